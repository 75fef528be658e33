// `.ts` → `.js` + `.d.ts` for one file, without type-checking: what `transpileModule` and
// `transpileDeclaration` do, in one program per file instead of two, so each file is parsed and
// bound once. Plain JS, so that both the pipeline (compile.ts) and the compiler thread
// (compile-worker.mjs, which runs beside the emitters on the second core) use it.

/**
 * The package's compiler options.
 * @param {typeof import("typescript")} ts
 * @returns {import("typescript").CompilerOptions}
 */
export function compilerOptions(ts) {
  return {
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
}

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

/** @type {WeakMap<object, import("typescript").SourceFile>} the library, parsed once per TypeScript */
const libs = new WeakMap();

/**
 * @typedef {{ readonly path: string; readonly contents: string; readonly typesOnly?: boolean }} SourceText
 * @typedef {{ path: string; contents: string }} CompiledFile
 */

/**
 * A `src/**.ts` file's `dist/` twins: `.js` and `.d.ts`.
 * @param {typeof import("typescript")} ts
 * @param {SourceText} file
 * @returns {CompiledFile[]}
 */
export function compileFile(ts, file) {
  const stem = file.path.replace(/^src\//, "dist/").replace(/\.ts$/, "");
  if (file.typesOnly === true) {
    // Only interfaces and type aliases: nothing to emit as JS, and declarations are the source.
    return [
      { path: `${stem}.js`, contents: `${leadingComments(file.contents)}export {};\n` },
      { path: `${stem}.d.ts`, contents: file.contents },
    ];
  }
  const { js, dts } = transpile(ts, file);
  return [
    { path: `${stem}.js`, contents: js },
    { path: `${stem}.d.ts`, contents: dts },
  ];
}

/**
 * The file's JavaScript and declarations, from one parse; throws if it does not compile.
 * @param {typeof import("typescript")} ts
 * @param {SourceText} file
 * @returns {{ js: string; dts: string }}
 */
export function transpile(ts, file) {
  let lib = libs.get(ts);
  if (lib === undefined) {
    lib = ts.createSourceFile(LIB_NAME, LIB, ts.ScriptTarget.Latest);
    libs.set(ts, lib);
  }
  const source = ts.createSourceFile(file.path, file.contents, ts.ScriptTarget.ES2022);
  /** @type {{ js?: string; dts?: string }} */
  const output = {};
  /** @type {import("typescript").CompilerHost} */
  const host = {
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
  const program = ts.createProgram([file.path, LIB_NAME], compilerOptions(ts), host);
  const emitted = program.emit();
  const problems = [...program.getSyntacticDiagnostics(source), ...emitted.diagnostics];
  if (problems.length > 0 || output.js === undefined || output.dts === undefined)
    throw new Error(`Generated ${file.path} does not compile: ${describe(ts, problems[0])}`);
  return { js: output.js, dts: output.dts };
}

/**
 * The `//` comment lines a file starts with (its generated-file header), and a blank line.
 * @param {string} text
 */
function leadingComments(text) {
  const comments = /^(?:\/\/[^\n]*\n)+/.exec(text)?.[0];
  return comments === undefined ? "" : `${comments}\n`;
}

/**
 * @param {typeof import("typescript")} ts
 * @param {import("typescript").Diagnostic | undefined} diagnostic
 */
function describe(ts, diagnostic) {
  if (diagnostic === undefined) return "no output";
  const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
  if (diagnostic.file === undefined || diagnostic.start === undefined) return text;
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `${line + 1}:${character + 1} ${text}`;
}
