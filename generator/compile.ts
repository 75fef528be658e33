/**
 * `.ts` → `.js` + `.d.ts`, one file at a time, with no TypeScript program (a program costs seconds):
 * `transpileModule` strips types, `transpileDeclaration` writes declarations, which works because
 * every emitted and runtime file follows the `isolatedDeclarations` rules (explicit export types).
 */
import ts from "typescript";
import type { OutputFile } from "./files.js";

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  verbatimModuleSyntax: true,
  isolatedDeclarations: true,
  declaration: true,
  removeComments: false,
  newLine: ts.NewLineKind.LineFeed,
};

/** Compiles every `src/**.ts` file into `dist/**.js` and `dist/**.d.ts`; returns the new files. */
export function compileFiles(files: readonly OutputFile[]): OutputFile[] {
  return files
    .filter((f) => /^src\/.*\.ts$/.test(f.path) && !isDeclarations(f) && f.precompiled !== true)
    .flatMap(compileFile);
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
  const js = ts.transpileModule(file.contents, {
    compilerOptions: COMPILER_OPTIONS,
    fileName: file.path,
  });
  const dts = ts.transpileDeclaration(file.contents, {
    compilerOptions: COMPILER_OPTIONS,
    fileName: file.path,
    reportDiagnostics: true,
  });
  const problems = [...(js.diagnostics ?? []), ...(dts.diagnostics ?? [])];
  if (problems.length > 0)
    throw new Error(`Generated ${file.path} does not compile: ${describe(problems[0]!)}`);
  return [
    { path: `${stem}.js`, contents: js.outputText },
    { path: `${stem}.d.ts`, contents: dts.outputText },
  ];
}

/** The `//` comment lines a file starts with (its generated-file header), and a blank line. */
function leadingComments(text: string): string {
  const comments = /^(?:\/\/[^\n]*\n)+/.exec(text)?.[0];
  return comments === undefined ? "" : `${comments}\n`;
}

function describe(diagnostic: ts.Diagnostic): string {
  const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
  if (diagnostic.file === undefined || diagnostic.start === undefined) return text;
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `${line + 1}:${character + 1} ${text}`;
}
