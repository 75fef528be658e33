/**
 * `locate` places problems through its own index of line starts (Redocly's `getLineColLocation`
 * rescans the file for each one): both must agree on every node of real documents.
 */
import { readFileSync } from "node:fs";
import { getLineColLocation, parseYaml, Source } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";
import { locate, sourceLine } from "../../generator/load.js";
import { MAIN_SPEC } from "../helpers/paths.js";

/** Every JSON pointer into a parsed value. */
function pointers(value: unknown, at = "#"): string[] {
  if (typeof value !== "object" || value === null) return [at];
  const keys = Array.isArray(value) ? value.map((_, index) => String(index)) : Object.keys(value);
  return [
    at,
    ...keys.flatMap((key) =>
      pointers(
        (value as Record<string, unknown>)[key],
        `${at}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`,
      ),
    ),
  ];
}

const json = JSON.stringify(
  {
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    paths: { "/a/{b}": { get: { tags: ["x", "y"] } } },
  },
  null,
  2,
);

/**
 * A `.json` file is located by scanning its text (json-positions.ts), not through a YAML tree:
 * escapes in keys and strings, every kind of value, empty and nested containers, JSON's other
 * whitespace, all on one line as minified specs are.
 */
const minified =
  String.raw`{"openapi":"3.1.0","a\"b":{"x\/y":[1,-2.5e3,true,false,null,{"k~0":{},"s":"q\"\\"}],"\u00e9":[[],[[]],""]},	"paths" :{"/p/{id}":{"get":{"tags":["t"],"x-n":{"a":{"b":[{"c":1}]}}}}}}` +
  "\n";

const documents: [string, string, string][] = [
  ["the main spec (YAML)", MAIN_SPEC, readFileSync(MAIN_SPEC, "utf8")],
  ["a JSON document", "/spec.json", json],
  ["a JSON document with CRLF line ends", "/spec-crlf.json", json.replace(/\n/g, "\r\n")],
  ["a minified JSON document", "/min.json", minified],
];

describe.each(documents)("locate on %s", (_name, file, body) => {
  const all = pointers(parseYaml(body));
  // A missing node falls back to the document's start, as in Redocly.
  const targets = [...all, "#/no/such/node"];

  it(`agrees with Redocly's getLineColLocation on every node and key`, () => {
    expect(all.length).toBeGreaterThan(10);
    const source = new Source(file, body);
    for (const pointer of targets) {
      for (const reportOnKey of [false, true]) {
        const location = { source, pointer, reportOnKey };
        const { start } = getLineColLocation(location);
        expect(locate(location), `${pointer} (key: ${reportOnKey})`).toEqual({
          file,
          line: start.line,
          column: start.col,
          pointer,
        });
      }
    }
  });

  it("gives a located line's text", () => {
    const source = new Source(file, body);
    const lines = body.split("\n");
    for (const line of [1, 2, lines.length]) {
      expect(sourceLine(source, line)).toBe(lines[line - 1]!.trim());
    }
    expect(sourceLine(source, lines.length + 1)).toBe("");
  });
});
