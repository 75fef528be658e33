/**
 * `.ts` → `.js` + `.d.ts`, one file at a time, without type-checking (a checked program over the
 * package costs seconds): `transpile.mjs` does it with oxc, one parse per file for both outputs.
 * Declarations need no checker because every emitted and runtime file follows the
 * `isolatedDeclarations` rules (explicit export types).
 *
 * This is the in-process form; the pipeline compiles on a thread of its own (compile-thread.ts).
 */
import type { OutputFile } from "./files.js";
import { isCompiled } from "./compile-thread.js";
import { compileFile } from "./transpile.mjs";

export { copiedToDist } from "./compile-thread.js";
export { TRANSFORM_OPTIONS } from "./transpile.mjs";

/** Compiles every `src/**.ts` file into `dist/**.js` and `dist/**.d.ts`; returns the new files. */
export function compileFiles(files: readonly OutputFile[]): OutputFile[] {
  return compileEach(files.filter(isCompiled)).flat();
}

/** Each file's `dist/` twins, in order (the files are all to be compiled). */
export function compileEach(files: readonly OutputFile[]): OutputFile[][] {
  return files.map((file) => compileFile(file));
}
