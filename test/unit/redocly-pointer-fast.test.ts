/**
 * The pointer functions generator/redocly-pointer.ts puts in Redocly's place read every segment
 * as Redocly's own do, only without their work on a plain segment; `parseRef` differs from
 * Redocly's only in keeping empty segments (RFC 6901).
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import {
  escapeSegment,
  parseRef,
  redoclyEscapePointer,
  redoclyUnescapePointer,
  unescapeSegment,
} from "../../generator/redocly-pointer.js";

/** Redocly's own `parsePointer` (not replaced): its segments, empty ones dropped. */
const { parsePointer } = createRequire(import.meta.url)(
  "@redocly/openapi-core/lib/ref-utils.js",
) as { parsePointer(pointer: string): string[] };

const SEGMENTS = [
  "",
  "plain",
  "a~1b",
  "a~0b",
  "~01",
  "~10",
  "~0~1~1~0",
  "%7Bzone_id%7D",
  "a%25~1b",
  "~1zones~1%7Bzone_id%7D~1dns_records",
  "/zones/{zone_id}",
  "a/b~c",
  "~",
  "é ü",
];

describe("Redocly's pointer functions, made cheap", () => {
  it.each(SEGMENTS)("unescapes %j as Redocly does", (segment) => {
    expect(unescapeSegment(segment)).toBe(redoclyUnescapePointer(segment));
  });

  it.each(SEGMENTS)("escapes %j as Redocly does", (segment) => {
    expect(escapeSegment(segment)).toBe(redoclyEscapePointer(segment));
  });

  it("escapes a number (an array index) as Redocly does: as it is", () => {
    expect(escapeSegment(3)).toBe(3);
  });

  it("throws on a malformed percent-encoding, as Redocly does", () => {
    expect(() => redoclyUnescapePointer("%E0%A4%A")).toThrow(URIError);
    expect(() => unescapeSegment("%E0%A4%A")).toThrow(URIError);
  });

  it.each([
    ["#/components/schemas/Pet", { uri: null, pointer: ["components", "schemas", "Pet"] }],
    ["other.yaml#/a~1b/%7Bc%7D", { uri: "other.yaml", pointer: ["a/b", "{c}"] }],
    ["other.yaml", { uri: "other.yaml", pointer: [] }],
    ["#/", { uri: null, pointer: [] }],
    ["properties", { uri: "properties", pointer: [] }],
    ["", { uri: null, pointer: [] }],
    ["#/$defs//$defs/", { uri: null, pointer: ["$defs", "", "$defs", ""] }],
  ])("parses %j", (ref, want) => {
    expect(parseRef(ref)).toEqual(want);
  });

  it.each(["components/schemas/Pet", "paths/~1zones~1%7Bzone_id%7D/get", "a~0b/~01"])(
    "parses a pointer without empty segments as Redocly's parsePointer does: %j",
    (pointer) => {
      expect(parseRef(`#/${pointer}`).pointer).toEqual(parsePointer(pointer));
    },
  );

  it("is what Redocly's module exports once imported", () => {
    const refUtils = createRequire(import.meta.url)("@redocly/openapi-core/lib/ref-utils.js");
    expect(refUtils.parseRef).toBe(parseRef);
    expect(refUtils.escapePointer).toBe(escapeSegment);
  });
});
