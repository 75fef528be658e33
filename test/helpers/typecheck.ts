/** Type-checking with ts-morph (tests only: it carries its own TypeScript and costs a second). */
import { Project, ts, type Diagnostic } from "ts-morph";

/** Strict NodeNext options, as a careful consumer would compile with. */
export const CONSUMER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  types: [],
  noEmit: true,
  skipLibCheck: false,
};

/** Every diagnostic of the given files (and what they import), as `file:line message` strings. */
export function typeErrors(
  files: readonly string[],
  options: ts.CompilerOptions = CONSUMER_OPTIONS,
): string[] {
  const project = new Project({ compilerOptions: options, skipAddingFilesFromTsConfig: true });
  project.addSourceFilesAtPaths([...files]);
  return project.getPreEmitDiagnostics().map(describe);
}

function describe(diagnostic: Diagnostic): string {
  const file = diagnostic.getSourceFile()?.getFilePath() ?? "";
  const message = ts.flattenDiagnosticMessageText(
    diagnostic.getMessageText() as string | ts.DiagnosticMessageChain,
    "\n",
  );
  return `${file}:${diagnostic.getLineNumber() ?? 0} ${message}`;
}
