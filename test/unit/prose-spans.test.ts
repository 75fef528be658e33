/**
 * Where operations' prose sits in a JSON text (generator/prose-spans.ts): found by structure
 * (root → `paths` → path item → operation), never by a key's name alone, and nothing at all when
 * the text is not one the scanner can walk soundly.
 */
import { describe, expect, it } from "vitest";
import { proseSpans } from "../../generator/prose-spans.js";

/** The spans as `path method field = value`, each value read back from its token. */
function found(text: string): string[] | undefined {
  return proseSpans(text)?.map(
    (span) =>
      `${span.path} ${span.method} ${span.field} = ${JSON.parse(text.slice(span.start, span.end)) as string}`,
  );
}

const operation = (extra: object = {}): object => ({
  operationId: "op",
  summary: "Sum",
  description: "Desc",
  ...extra,
});

describe("proseSpans", () => {
  it.each<[string, { given: string; want: string[] | undefined }]>([
    [
      "an operation's summary and description, in text order",
      {
        given: JSON.stringify({ paths: { "/a": { get: operation(), post: operation() } } }),
        want: [
          "/a get summary = Sum",
          "/a get description = Desc",
          "/a post summary = Sum",
          "/a post description = Desc",
        ],
      },
    ],
    [
      "not a `description` that is a schema property, example data or the path item's own",
      {
        given: JSON.stringify({
          components: { schemas: { A: { properties: { description: { type: "string" } } } } },
          paths: {
            "/a": {
              description: "item",
              get: operation({
                parameters: [{ name: "description", description: "p" }],
                responses: { "200": { description: "ok" } },
                "x-description": "x",
              }),
            },
          },
        }),
        want: ["/a get summary = Sum", "/a get description = Desc"],
      },
    ],
    [
      "not the operations of a path item with a `$ref`",
      {
        given: JSON.stringify({ paths: { "/a": { $ref: "#/x", get: operation() } } }),
        want: [],
      },
    ],
    [
      "not a prose value that is not a string (it stays in the key)",
      {
        given: JSON.stringify({ paths: { "/a": { get: { summary: null, description: 5 } } } }),
        want: [],
      },
    ],
    [
      "escaped keys read as JSON reads them, escapes in values kept in the token",
      {
        given: '{"p\\u0061ths":{"/a\\/b":{"g\\u0065t":{"description":"a \\"q\\" \\\\ \\u2028"}}}}',
        want: ['/a/b get description = a "q" \\ \u2028'],
      },
    ],
    [
      "pretty-printed, with a byte-order mark",
      {
        given: `\uFEFF${JSON.stringify({ openapi: "3.1.0", paths: { "/a": { get: operation() } } }, null, 2)}\n`,
        want: ["/a get summary = Sum", "/a get description = Desc"],
      },
    ],
    ["no paths", { given: '{"openapi":"3.1.0"}', want: [] }],
    [
      "nothing when a key it walks through is written twice",
      { given: '{"paths":{"/a":{"get":{"summary":"a","summary":"b"}}}}', want: undefined },
    ],
    [
      "nothing when `paths` is written twice",
      { given: '{"paths":{},"paths":{"/a":{"get":{"summary":"a"}}}}', want: undefined },
    ],
    ["nothing for text that is not a JSON object", { given: "openapi: 3.1.0\n", want: undefined }],
    [
      "nothing for a truncated text",
      { given: '{"paths":{"/a":{"get":{"summary":"a', want: undefined },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(found(given)).toEqual(want);
  });

  it("skips any value around the walked ones (nested arrays, strings with brackets)", () => {
    const text = JSON.stringify({
      info: { title: "}{][", list: [[1, { a: "]" }], true, null, -1.5e3] },
      paths: {
        "/a": { parameters: [{ a: ["{"] }], get: operation({ tags: ["}"] }), "x-y": [1, 2] },
      },
      components: {},
    });
    expect(found(text)).toEqual(["/a get summary = Sum", "/a get description = Desc"]);
  });
});
