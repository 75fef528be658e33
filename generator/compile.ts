/**
 * `.ts` → `.js` + `.d.ts`, one file at a time, without type-checking (a checked program over the
 * package costs seconds). This is what `transpileModule` and `transpileDeclaration` do, in one
 * program per file instead of two, so each file is parsed and bound once (the Cloudflare spec's
 * 2.9 MB of operations: 1.2 s → 0.8 s; output byte-identical). Declarations need no checker
 * because every emitted and runtime file follows the `isolatedDeclarations` rules (explicit
 * export types).
 */
import ts from "typescript";
import type { OutputFile } from "./files.js";
import type { GenerationCache } from "./run-cache.js";

/** The package's compiler options (exported for the tests that compare with TypeScript's transpilers). */
export const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  verbatimModuleSyntax: true,
  isolatedDeclarations: true,
  declaration: true,
  removeComments: false,
  newLine: ts.NewLineKind.LineFeed,
  // What transpileModule and transpileDeclaration set: one file, nothing resolved or checked.
  isolatedModules: true,
  noCheck: true,
  noResolve: true,
  suppressOutputPathCheck: true,
};

/**
 * The library the declaration emitter needs in place of TypeScript's real one (the same as
 * `transpileDeclaration`'s): the global types it may name, empty.
 */
const LIB_NAME = "lib.d.ts";
const LIB = `/// <reference no-default-lib="true"/>
interface Boolean {}
interface Function {}
interface CallableFunction {}
interface NewableFunction {}
interface IArguments {}
interface Number {}
interface Object {}
interface RegExp {}
interface String {}
interface Array<T> { length: number; [n: number]: T; }
interface SymbolConstructor {
    (desc?: string | number): symbol;
    for(name: string): symbol;
    readonly toStringTag: symbol;
}
declare var Symbol: SymbolConstructor;
interface Symbol {
    readonly [Symbol.toStringTag]: string;
}`;
let lib: ts.SourceFile | undefined;

/** Compiles every `src/**.ts` file into `dist/**.js` and `dist/**.d.ts`; returns the new files. */
export function compileFiles(files: readonly OutputFile[]): OutputFile[] {
  return files.filter(isCompiled).flatMap(compileFile);
}

/**
 * `compileFiles` through the cache: a file compiled before (same path, text and generator) takes
 * its `.js` and `.d.ts` from there.
 */
export async function compileFilesCached(
  files: readonly OutputFile[],
  cache: GenerationCache,
): Promise<OutputFile[]> {
  const sources = files.filter(isCompiled);
  const keyOf = (file: OutputFile): string =>
    cache.key("compile", file.path, String(file.typesOnly === true), file.contents);
  const compile = async (missing: readonly OutputFile[]): Promise<string[]> =>
    missing.map((file) => JSON.stringify(compileFile(file)));
  const compiled = await cache.memo(sources, keyOf, compile);
  return compiled.flatMap((text) => JSON.parse(text) as OutputFile[]);
}

function isCompiled(file: OutputFile): boolean {
  return /^src\/.*\.ts$/.test(file.path) && !isDeclarations(file) && file.precompiled !== true;
}

/**
 * JavaScript in `src/` (Ajv's standalone validators) and hand-made declarations (of that
 * JavaScript), copied to `dist/` as they are.
 */
export function copiedToDist(files: readonly OutputFile[]): OutputFile[] {
  return files
    .filter((file) => /^src\/.*\.js$/.test(file.path) || isDeclarations(file))
    .map((file) => ({ ...file, path: file.path.replace(/^src\//, "dist/") }));
}

function isDeclarations(file: OutputFile): boolean {
  return file.path.startsWith("src/") && file.path.endsWith(".d.ts");
}

function compileFile(file: OutputFile): OutputFile[] {
  const stem = file.path.replace(/^src\//, "dist/").replace(/\.ts$/, "");
  if (file.typesOnly === true) {
    // Only interfaces and type aliases: nothing to emit as JS, and declarations are the source.
    return [
      { path: `${stem}.js`, contents: `${leadingComments(file.contents)}export {};\n` },
      { path: `${stem}.d.ts`, contents: file.contents },
    ];
  }
  const { js, dts } = transpile(file);
  return [
    { path: `${stem}.js`, contents: js },
    { path: `${stem}.d.ts`, contents: dts },
  ];
}

/** The file's JavaScript and declarations, from one parse; throws if it does not compile. */
function transpile(file: OutputFile): { js: string; dts: string } {
  lib ??= ts.createSourceFile(LIB_NAME, LIB, ts.ScriptTarget.Latest);
  const source = ts.createSourceFile(file.path, file.contents, ts.ScriptTarget.ES2022);
  const output: { js?: string; dts?: string } = {};
  const host: ts.CompilerHost = {
    getSourceFile: (name) => (name === file.path ? source : name === LIB_NAME ? lib : undefined),
    writeFile: (name, text) => {
      output[name.endsWith(".d.ts") ? "dts" : "js"] = text;
    },
    getDefaultLibFileName: () => LIB_NAME,
    useCaseSensitiveFileNames: () => true,
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: () => "",
    getNewLine: () => "\n",
    fileExists: (name) => name === file.path || name === LIB_NAME,
    readFile: () => "",
    directoryExists: () => true,
    getDirectories: () => [],
  };
  const program = ts.createProgram([file.path, LIB_NAME], COMPILER_OPTIONS, host);
  const emitted = program.emit();
  const problems = [...program.getSyntacticDiagnostics(source), ...emitted.diagnostics];
  if (problems.length > 0 || output.js === undefined || output.dts === undefined)
    throw new Error(`Generated ${file.path} does not compile: ${describe(problems[0])}`);
  return { js: output.js, dts: output.dts };
}

/** The `//` comment lines a file starts with (its generated-file header), and a blank line. */
function leadingComments(text: string): string {
  const comments = /^(?:\/\/[^\n]*\n)+/.exec(text)?.[0];
  return comments === undefined ? "" : `${comments}\n`;
}

function describe(diagnostic: ts.Diagnostic | undefined): string {
  if (diagnostic === undefined) return "no output";
  const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
  if (diagnostic.file === undefined || diagnostic.start === undefined) return text;
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `${line + 1}:${character + 1} ${text}`;
}
