/**
 * Emits the spec-independent runtime: the hand-written, unit-tested TypeScript of
 * `templates/runtime/`, copied verbatim under `src/runtime/`.
 */
import type { OutputFile } from "../files.js";
import type { Templates } from "../templates.js";

/** The emitted files. */
export function emitRuntime(templates: Templates): OutputFile[] {
  return templates.runtime.map((file) => ({
    path: `src/runtime/${file.path}`,
    contents: file.contents,
    preformatted: true,
  }));
}
