/**
 * A `.json` spec is read with `JSON.parse` alone when Redocly's YAML parser would read the same
 * value (load.ts, `readsAsInYaml`); where it would not, Redocly's parse decides, as before. Each
 * row: a JSON text in, the value (or the error) must be what Redocly's parser makes of it.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { parseYaml } from "@redocly/openapi-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DiagnosticsError } from "../../generator/diagnostics.js";
import { loadSpec } from "../../generator/load.js";
import { TMP } from "../helpers/paths.js";

const WORK = `${TMP}/load-json-${process.pid}`;
beforeAll(() => mkdir(WORK, { recursive: true }));
afterAll(() => rm(WORK, { recursive: true, force: true }));

/** A minimal spec whose `x-data` holds the JSON text `data`. */
const spec = (data: string): string =>
  `{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "x-data": ${data}}`;

const CASES: [string, { data: string; error?: RegExp }][] = [
  ["plain JSON", { data: String.raw`{"a": [1, -2.5e3, true, null, "q\"\/\u00e9"], "b": {}}` }],
  ["a key named __proto__", { data: `{"__proto__": {"polluted": true}}` }],
  ["a string with a key's text in it", { data: `{"a": "{\\"b\\": 1, \\"c\\": 2}"}` }],
  ["-0 (0 in YAML)", { data: `[-0, 0, -0.0]` }],
  ["a number out of range (a string in YAML)", { data: `[1e400, -1e400]` }],
  ["raw line separators", { data: `"a\u2028b\u2029c\u0085d"` }],
  ["a raw C1 control character", { data: `"a\u0080b"` }],
  ["a raw surrogate pair (an emoji)", { data: `{"a\uD83D\uDE00": "b\uD83D\uDE00"}` }],
  ["an escaped lone surrogate", { data: String.raw`{"a\ud800": "\udc00b"}` }],
  [
    "a repeated key (an error in YAML)",
    { data: `{"a": 1, "a": 2}`, error: /duplicated mapping key/ },
  ],
  ["a repeated key in an array", { data: `[{"a": 1}, {"b": 1, "b": 1}]`, error: /duplicated/ }],
];

describe("a .json spec is read as Redocly's YAML parser reads it", () => {
  it.each(CASES)("%s", async (name, { data, error }) => {
    const file = `${WORK}/${name.replace(/\W+/g, "-")}.json`;
    const text = spec(data);
    await writeFile(file, text);
    const loading = loadSpec(file);
    if (error !== undefined) {
      const thrown = await loading.catch((e: unknown) => e);
      expect(thrown).toBeInstanceOf(DiagnosticsError);
      expect((thrown as DiagnosticsError).diagnostics[0]!.message).toMatch(error);
      expect(() => parseYaml(text)).toThrow(error);
      return;
    }
    const { parsed } = (await loading).document;
    expect(parsed).toEqual(parseYaml(text));
    // toEqual tells -0 from 0; a `__proto__` key stays an own key in both.
    expect(Object.keys(parsed as object)).toEqual(Object.keys(parseYaml(text) as object));
  });
});
