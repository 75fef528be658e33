/**
 * The runtime's `date-time` scanner accepts exactly what ajv-formats' full `date-time` accepts,
 * but for two corrections: differential, on strings built from valid and nearly valid pieces.
 */
import fc from "fast-check";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { dateTime } from "../../templates/runtime/formats.js";

const require = createRequire(import.meta.url);
const { fullFormats } = require("ajv-formats/dist/formats") as {
  fullFormats: Record<string, { validate: (s: string) => boolean }>;
};
const ajvFormats = fullFormats["date-time"]!;
/**
 * ajv-formats' full `date-time` with the two slips formats.ts corrects (as the JSON Schema Test
 * Suite checks): a numeric offset needs `:mm`, and hour 24 is invalid even in a leap second.
 */
const reference = {
  validate: (text: string): boolean =>
    ajvFormats.validate(text) && !/[+-]\d\d\d?\d?$/.test(text) && Number(text.slice(11, 13)) <= 23,
};

/** Mostly a valid piece, sometimes one of the near misses. */
function mostly(valid: fc.Arbitrary<string>, misses: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: valid, weight: 12 },
    { arbitrary: fc.constantFrom(...misses), weight: 1 },
  );
}
const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const candidate = fc
  .tuple(
    mostly(
      fc.integer({ min: 1900, max: 2100 }).map((n) => pad(n, 4)),
      ["999", "20255", "abcd"],
    ),
    mostly(fc.constant("-"), ["/", ""]),
    mostly(
      fc.integer({ min: 1, max: 12 }).map((n) => pad(n)),
      ["00", "13", "1", "ab"],
    ),
    mostly(fc.constant("-"), ["", "."]),
    mostly(
      fc.integer({ min: 1, max: 31 }).map((n) => pad(n)),
      ["00", "32", "1"],
    ),
    mostly(fc.constantFrom("T", "t", " "), ["\t", "\u00a0", "x", "", "TT"]),
    mostly(
      fc.integer({ min: 0, max: 23 }).map((n) => pad(n)),
      ["24", "1", "ab"],
    ),
    mostly(fc.constant(":"), ["", "-"]),
    mostly(
      fc.integer({ min: 0, max: 59 }).map((n) => pad(n)),
      ["60", "1"],
    ),
    mostly(fc.constant(":"), [""]),
    mostly(
      fc.integer({ min: 0, max: 60 }).map((n) => pad(n)),
      ["61", "1", "ab"],
    ),
    mostly(fc.constantFrom("", ".5", ".123456"), [".", ".x"]),
    mostly(fc.constantFrom("Z", "z", "+05:30", "-05:30", "+0530", "+05", "-23:59", "+00:00"), [
      "",
      "+24:00",
      "+05:60",
      "+5:30",
      "Zx",
      "+05:30:00",
    ]),
  )
  .map((parts) => parts.join(""));

describe("dateTime.validate", () => {
  it("agrees with ajv-formats' full date-time (corrected) on 20,000 near-valid strings", () => {
    let valid = 0;
    fc.assert(
      fc.property(candidate, (text) => {
        const expected = reference.validate(text);
        if (expected) valid++;
        expect(dateTime.validate(text)).toBe(expected);
      }),
      { numRuns: 20_000, seed: 42 },
    );
    expect(valid).toBeGreaterThan(500);
  });

  it.each([
    ["2025-09-29T00:00:00Z", true],
    ["2024-02-29T12:00:00+01:00", true],
    ["2025-02-29T12:00:00Z", false],
    ["2016-12-31T23:59:60Z", true],
    ["2016-12-31T22:59:60-01:00", true],
    ["2016-12-31T23:59:60+01:00", false],
    ["2025-09-29T00:00:00", false],
    ["2025-09-29", false],
    ["1985-04-12T23:20:50+01", false],
    ["1985-04-12T23:20:50+0100", false],
    ["2016-12-31T24:59:60+01:00", false],
  ])("%s → %s", (text, want) => {
    expect(dateTime.validate(text)).toBe(want);
    expect(reference.validate(text)).toBe(want);
  });
});
