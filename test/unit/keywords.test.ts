import { describe, expect, it } from "vitest";
import {
  likelySlipOf,
  SCHEMA_FORMATS,
  SCHEMA_KEYWORDS,
  unicodePattern,
} from "../../generator/keywords.js";

describe("likelySlipOf", () => {
  it.each([
    ["maxLenght", "maxLength"],
    ["max_length", "maxLength"],
    ["MAXLENGTH", "maxLength"],
    ["min_items", "minItems"],
    ["requried", "required"],
  ])("takes keyword %s for %s", (word, meant) => {
    expect(likelySlipOf(word, SCHEMA_KEYWORDS)).toBe(meant);
  });

  it.each([
    ["date-tme", "date-time"],
    ["datetime", "date-time"],
    ["date_time", "date-time"],
    ["ipv-4", "ipv4"],
  ])("takes format %s for %s", (word, meant) => {
    expect(likelySlipOf(word, SCHEMA_FORMATS)).toBe(meant);
  });

  it.each(["uint64", "uint32", "url", "token", "unix-time", "phone-number", "optional", "x-foo"])(
    "does not take %s for a slip",
    (word) => {
      expect(likelySlipOf(word, [...SCHEMA_FORMATS, ...SCHEMA_KEYWORDS])).toBeUndefined();
    },
  );
});

describe("unicodePattern", () => {
  it.each([
    ["^[a-zA-Z0-9_\\-\\:]+$", "^[a-zA-Z0-9_\\-:]+$"],
    ["\\@\\#\\_", "@#_"],
    ["a\\.b\\d\\\\", "a\\.b\\d\\\\"],
    ["\\u00e9\\p{L}", "\\u00e9\\p{L}"],
  ])("%s → %s, which compiles in unicode mode", (pattern, expected) => {
    expect(unicodePattern(pattern)).toBe(expected);
    expect(() => new RegExp(expected, "u")).not.toThrow();
  });
});
