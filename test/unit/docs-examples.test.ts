import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parameterExample, sampleOf } from "../../generator/emit/docs-examples.js";
import { describeValue } from "../../generator/emit/docs-schema.js";
import type { JsonSchema, ParameterModel } from "../../generator/model/ir.js";

const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormats as unknown as (ajv: Ajv2020) => void)(ajv);

/** A document whose components the schemas below may `$ref`. */
const DOCUMENT = {
  components: {
    schemas: {
      Identifier: { type: "string", maxLength: 32, examples: ["023e105f4ecef8ad9ca31a8372d0c353"] },
      Entry: {
        type: "object",
        required: ["value", "kind"],
        properties: { value: { type: "string", minLength: 3 }, kind: { enum: [null, "a", "b"] } },
      },
    },
  },
  paths: {
    "/x/{id}": {
      get: {
        parameters: [
          {
            name: "id",
            in: "path",
            required: true,
            example: "from-the-parameter",
            schema: { type: "string" },
          },
          {
            name: "n",
            in: "query",
            examples: { first: { value: 7 } },
            schema: { type: "integer" },
          },
        ],
      },
    },
  },
};

const MADE_UP: [string, JsonSchema][] = [
  ["a uuid", { type: "string", format: "uuid" }],
  ["a date-time", { type: "string", format: "date-time" }],
  ["a short string", { type: "string", maxLength: 4 }],
  ["a long string", { type: "string", minLength: 40 }],
  ["an integer in 1..1000", { type: "integer", minimum: 1, maximum: 1000 }],
  ["a number below an exclusive maximum", { type: "number", exclusiveMaximum: 0 }],
  ["a multiple", { type: "integer", minimum: 5, multipleOf: 4 }],
  ["a nullable boolean", { type: ["null", "boolean"] }],
  [
    "an array of an enum",
    { type: "array", minItems: 2, items: { type: "string", enum: ["x", "y"] } },
  ],
  ["an object by $ref", { $ref: "#/components/schemas/Entry" }],
  ["an array of $refs", { type: "array", items: { $ref: "#/components/schemas/Entry" } }],
  ["a const", { const: 3 }],
  ["a default", { type: "integer", minimum: 1, default: 20 }],
];

/** A made-up example is capped in values, so even a wide recursive schema's stays small. */
const MAX_EXAMPLE_CHARACTERS = 50_000;

describe("sampleOf: a value the schema accepts, for examples the spec does not give", () => {
  it.each(MADE_UP)("%s", (_name, schema) => {
    const value = sampleOf(schema, DOCUMENT, "name");
    const validate = ajv.compile({ ...(schema as object), components: DOCUMENT.components });
    expect(validate(value), `${JSON.stringify(value)}: ${ajv.errorsText(validate.errors)}`).toBe(
      true,
    );
  });

  it("stops on a wide recursive schema (each level ten required children of its own kind)", () => {
    const keys = "abcdefghij".split("");
    const node = { $ref: "#/components/schemas/Wide" };
    const document = {
      components: {
        schemas: {
          Wide: {
            type: "object",
            required: keys,
            properties: Object.fromEntries(keys.map((k) => [k, node])),
          },
        },
      },
    };
    // A size in characters, not a time: ten children a level, uncapped, would be 10^8 values.
    const characters = JSON.stringify(sampleOf(node, document, "wide")).length;
    expect(characters).toBeGreaterThan(0);
    expect(characters).toBeLessThan(MAX_EXAMPLE_CHARACTERS);
  });

  it("prefers the spec's example, then the default", () => {
    expect(sampleOf({ $ref: "#/components/schemas/Identifier" }, DOCUMENT, "zone_id")).toBe(
      "023e105f4ecef8ad9ca31a8372d0c353",
    );
    expect(sampleOf({ type: "integer", default: 20 }, DOCUMENT, "per_page")).toBe(20);
  });
});

describe("parameterExample: the parameter's own example first", () => {
  const parameter = (index: number, schema: JsonSchema): ParameterModel => ({
    name: index === 0 ? "id" : "n",
    in: index === 0 ? "path" : "query",
    required: index === 0,
    description: undefined,
    schema,
    pointer: `#/paths/~1x~1{id}/get/parameters/${index}`,
  });

  it("reads `example` and `examples` of the parameter object", () => {
    expect(parameterExample(parameter(0, { type: "string" }), DOCUMENT)).toBe("from-the-parameter");
    expect(parameterExample(parameter(1, { type: "integer" }), DOCUMENT)).toBe(7);
  });
});

describe("describeValue: a parameter's schema in the docs' words", () => {
  it("follows $refs and shows arrays as T[] with their items' enum values and limits", () => {
    expect(describeValue({ $ref: "#/components/schemas/Identifier" }, DOCUMENT)).toMatchObject({
      type: "string",
      limits: "max length 32",
    });
    expect(
      describeValue(
        { type: "array", items: { type: "string", enum: ["a", "b"], maxLength: 3 } },
        DOCUMENT,
      ),
    ).toMatchObject({ type: "string[]", values: '"a", "b"', limits: "each max length 3" });
    expect(
      describeValue({ type: "integer", minimum: 1, maximum: 1000, default: 20 }, DOCUMENT),
    ).toMatchObject({
      type: "integer",
      limits: "≥ 1, ≤ 1000",
      default: "20",
    });
  });
});
