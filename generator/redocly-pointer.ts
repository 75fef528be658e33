/**
 * A correction to @redocly/openapi-core 1.x, which reads every `$ref` of the spec (and does so for
 * openapi-typescript too): its `parseRef` drops the empty segments of a JSON pointer, so
 * `#/$defs//$defs/` (the member `""` of the member `""`, RFC 6901) resolves to `#/$defs/$defs`,
 * nowhere. Its resolver calls `parseRef` through the module's exports object, so replacing that
 * one export makes every `$ref` resolve as RFC 6901 says. Applied once, on import, before any
 * document is read; `test/validators-json-schema-suite.test.ts` runs the official suite's "empty
 * tokens in $ref json-pointer" case through it, and fails if an update of Redocly stops calling it.
 *
 * Every module that hands a document to Redocly or openapi-typescript imports this one (load.ts,
 * emit/types.ts): a thread that loads only the emitter (types-thread.ts) must read pointers as
 * the main thread does.
 *
 * Both replacements also skip the work a plain segment does not need: openapi-typescript parses a
 * pointer and escapes each part of it for every node it walks (`createRef`), and Redocly's resolver
 * escapes every key it walks, which through Redocly's own functions is a `decodeURIComponent` and
 * two regular expressions per segment (a tenth of the types' thread on Cloudflare's spec).
 */
import { createRequire } from "node:module";

interface RefUtils {
  parseRef(ref: string): { uri: string | null; pointer: string[] };
  unescapePointer(segment: string): string;
  escapePointer<T extends string | number>(segment: T): T;
}

const refUtils = createRequire(import.meta.url)(
  "@redocly/openapi-core/lib/ref-utils.js",
) as RefUtils;

/** Redocly's own functions, kept for the segments that need them (and for tests). */
export const redoclyUnescapePointer = refUtils.unescapePointer;
export const redoclyEscapePointer = refUtils.escapePointer;

/**
 * A segment of a JSON pointer as RFC 6901 reads it (then percent-decoded, as Redocly does), as
 * Redocly's `unescapePointer` reads it: one without `~` and `%` reads as written.
 */
export function unescapeSegment(segment: string): string {
  if (segment.includes("%")) return redoclyUnescapePointer(segment);
  // Without `%`, Redocly's `decodeURIComponent` returns its argument: only `~1` and `~0` remain.
  return segment.includes("~") ? segment.replaceAll("~1", "/").replaceAll("~0", "~") : segment;
}

/** A key escaped for a JSON pointer: as Redocly's `escapePointer`, without its work when there is no `~` or `/`. */
export function escapeSegment<T extends string | number>(segment: T): T {
  return typeof segment === "string" && !segment.includes("~") && !segment.includes("/")
    ? segment
    : redoclyEscapePointer(segment);
}

/** A `$ref` split into its document (null: this one) and its pointer's segments, empty ones kept. */
export function parseRef(ref: string): { uri: string | null; pointer: string[] } {
  const [uri = "", pointer = ""] = ref.split("#/");
  return {
    uri: (uri.endsWith("#") ? uri.slice(0, -1) : uri) || null,
    // `#/` is the whole document (no segment); after it, every segment counts, empty ones too.
    pointer: pointer === "" ? [] : pointer.split("/").map(unescapeSegment),
  };
}

refUtils.parseRef = parseRef;
refUtils.escapePointer = escapeSegment;
