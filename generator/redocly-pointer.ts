/**
 * A correction to @redocly/openapi-core 1.x, which reads every `$ref` of the spec (and does so for
 * openapi-typescript too): its `parseRef` drops the empty segments of a JSON pointer, so
 * `#/$defs//$defs/` (the member `""` of the member `""`, RFC 6901) resolves to `#/$defs/$defs`,
 * nowhere. Its resolver calls `parseRef` through the module's exports object, so replacing that
 * one export makes every `$ref` resolve as RFC 6901 says. Applied once, on import, before any
 * document is read; `test/validators-json-schema-suite.test.ts` runs the official suite's "empty
 * tokens in $ref json-pointer" case through it, and fails if an update of Redocly stops calling it.
 */
import { createRequire } from "node:module";

interface RefUtils {
  parseRef(ref: string): { uri: string | null; pointer: string[] };
  unescapePointer(segment: string): string;
}

const refUtils = createRequire(import.meta.url)(
  "@redocly/openapi-core/lib/ref-utils.js",
) as RefUtils;

refUtils.parseRef = function parseRef(ref: string) {
  const [uri = "", pointer = ""] = ref.split("#/");
  return {
    uri: (uri.endsWith("#") ? uri.slice(0, -1) : uri) || null,
    // `#/` is the whole document (no segment); after it, every segment counts, empty ones too.
    pointer: pointer === "" ? [] : pointer.split("/").map(refUtils.unescapePointer),
  };
};
