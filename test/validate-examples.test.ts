/**
 * The example check (generator/validate-examples.ts) as a table: a spec's examples in, the
 * `example-invalid` diagnostics out (severity, pointer). The broken fixture
 * `example-breaks-schema` shows the message a user reads.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSpec } from "../generator/load.js";
import { validateSpec } from "../generator/validate.js";
import { TMP } from "./helpers/paths.js";

const WORK = `${TMP}/validate-examples-${process.pid}`;
beforeAll(() => mkdir(WORK, { recursive: true }));
afterAll(() => rm(WORK, { recursive: true, force: true }));

type Json = Record<string, unknown>;

/** A one-operation spec whose 200 response has `media` as its JSON media type. */
function specWith(media: Json, extra: Json = {}, openapi = "3.1.0"): Json {
  return {
    openapi,
    info: { title: "Examples", version: "1.0.0" },
    paths: {
      "/ping": {
        get: {
          operationId: "ping",
          responses: { "200": { description: "ok", content: { "application/json": media } } },
        },
      },
    },
    ...extra,
  };
}

const STRICT = {
  type: "object",
  additionalProperties: false,
  properties: { description: { type: "string" }, id: { type: "string", format: "uuid" } },
};

const CASES: [string, { spec: Json; files?: Record<string, string>; want: string[] }][] = [
  [
    "a property named like an annotation is still a property",
    { spec: specWith({ schema: STRICT, example: { description: "kept" } }), want: [] },
  ],
  [
    "a wrong type is an error at the value",
    {
      spec: specWith({ schema: STRICT, example: { description: 1 } }),
      want: [
        "error #/paths/~1ping/get/responses/200/content/application~1json/example/description",
      ],
    },
  ],
  [
    "a wrong format alone is a warning",
    {
      spec: specWith({ schema: STRICT, example: { id: "4f4e4e1-c824-4d63-b37a-d8d698862f1d" } }),
      want: ["warning #/paths/~1ping/get/responses/200/content/application~1json/example/id"],
    },
  ],
  [
    "an Example object in another file is located there",
    {
      spec: specWith({ schema: STRICT, examples: { one: { $ref: "./examples.yaml#/One" } } }),
      files: { "examples.yaml": "One:\n  value:\n    extra: true\n" },
      want: ["error #/One/value"],
    },
  ],
  [
    "data shaped like a reference is data",
    {
      spec: specWith({
        schema: { const: { $ref: "#/components/schemas/Nope" } },
        example: { $ref: "#/components/schemas/Nope" },
      }),
      want: [],
    },
  ],
  [
    "in OpenAPI 3.0 a wrong example is a warning",
    {
      spec: specWith({ schema: STRICT, example: { description: 1 } }, {}, "3.0.3"),
      want: [
        "warning #/paths/~1ping/get/responses/200/content/application~1json/example/description",
      ],
    },
  ],
  [
    "webhooks are not generated, so their examples are not checked",
    {
      spec: specWith(
        { schema: STRICT },
        {
          webhooks: {
            hook: {
              post: {
                requestBody: {
                  content: { "application/json": { schema: STRICT, example: "not an object" } },
                },
                responses: { "200": { description: "ok" } },
              },
            },
          },
        },
      ),
      want: [],
    },
  ],
  [
    "many distinct schemas: checked on a thread of their own, reported in place",
    {
      spec: specWith({ schema: STRICT }, { components: { schemas: boundedSchemas(150) } }),
      want: Array.from({ length: 150 }, (_, i) => i)
        .filter((i) => i % 3 !== 0)
        .map((i) => `error #/components/schemas/s${i}/example/n`),
    },
  ],
];

/** `count` schemas that differ (each its own bound), every third one's example valid. */
function boundedSchemas(count: number): Json {
  const schema = (i: number): Json => ({
    type: "object",
    properties: { n: { type: "integer", maximum: i } },
    example: { n: i % 3 === 0 ? i : i + 1 },
  });
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`s${i}`, schema(i)]));
}

describe.each(CASES)("examples: %s", (name, { spec, files = {}, want }) => {
  it("gives exactly the expected example-invalid diagnostics", async () => {
    const dir = `${WORK}/${name.replace(/\W+/g, "-")}`;
    await mkdir(dir, { recursive: true });
    await writeFile(`${dir}/openapi.json`, JSON.stringify(spec, null, 2));
    for (const [file, text] of Object.entries(files)) await writeFile(`${dir}/${file}`, text);
    const found = await validateSpec(await loadSpec(`${dir}/openapi.json`));
    const examples = found.filter((d) => d.code === "example-invalid");
    expect(examples.map((d) => `${d.severity} ${d.pointer}`)).toEqual(want);
    for (const d of examples) expect(d.line).toBeGreaterThan(0);
  });
});
