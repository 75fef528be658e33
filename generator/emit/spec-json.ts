/**
 * Emits `openapi.json`: the bundled spec the package was generated from, so the next generation
 * can report what changed for its consumers (generator/diff). Two-space JSON in the spec's own key
 * order: deterministic, and already in the form prettier gives JSON objects.
 */
import type { OutputFile } from "../files.js";
import type { ApiModel } from "../model/ir.js";

/** The path of the bundled spec inside the package. */
export const SPEC_JSON_PATH = "openapi.json";

/** The emitted file. */
export function emitSpecJson(model: ApiModel): OutputFile[] {
  const contents = `${JSON.stringify(model.document, null, 2)}\n`;
  return [{ path: SPEC_JSON_PATH, contents, preformatted: true }];
}
