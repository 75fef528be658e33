/**
 * Emits the spec-independent runtime: the hand-written, unit-tested TypeScript of
 * `templates/runtime/`, copied verbatim under `src/runtime/`, and, when the committed compiled copy
 * is current, its `.js` + `.d.ts` under `dist/runtime/` (otherwise the compile stage makes them).
 */
import type { OutputFile } from "../files.js";
import type { Templates } from "../templates.js";

/** The emitted files. */
export function emitRuntime(templates: Templates): OutputFile[] {
  const compiled = templates.runtimeCompiled;
  const sources = templates.runtime.map((file) => ({
    path: `src/runtime/${file.path}`,
    contents: file.contents,
    preformatted: true,
    precompiled: compiled !== undefined,
  }));
  const outputs = (compiled ?? []).map((file) => ({
    path: `dist/runtime/${file.path}`,
    contents: file.contents,
    preformatted: true,
  }));
  return [...sources, ...outputs];
}
