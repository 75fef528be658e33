/**
 * The mocks' plan, decided at generation time: every operation of the main spec gets a default
 * answer that passes its response validator (the spec's example, else made data), and the error
 * shape read from the spec; the data maker honours the keywords real specs use (a table).
 */
import { describe, expect, it } from "vitest";
import { planMocks, checkerFor, firstSuccess } from "../generator/emit/mocks-plan.js";
import { sampleOf } from "../generator/emit/mocks-data.js";
import { patternSample } from "../generator/emit/mocks-pattern.js";
import { bundleSpec, loadSpec } from "../generator/load.js";
import { buildModel } from "../generator/model/build.js";
import type { ApiModel, JsonSchema } from "../generator/model/ir.js";
import { upgradeSchemas } from "../generator/model/upgrade.js";
import { validationConfig } from "../generator/validate.js";
import { MAIN_SPEC } from "./helpers/paths.js";

const model = buildModel(
  upgradeSchemas(await bundleSpec(await loadSpec(MAIN_SPEC), await validationConfig())),
);

describe("the main spec's mock plan", () => {
  const plan = planMocks(model);

  it("answers every operation with its first 2xx status, and no warning", () => {
    expect(plan.warnings).toEqual([]);
    for (const { operation, answer } of plan.operations) {
      expect(String(answer.status), operation.operationId).toBe(firstSuccess(operation)!.status);
    }
  });

  it("gives every JSON default body that passes the response schema", () => {
    const check = checkerFor(model);
    for (const { operation, answer } of plan.operations) {
      const schema = firstSuccess(operation)!.schema;
      if (schema === undefined) expect("body" in answer && answer.body !== undefined).toBe(false);
      else expect(check(schema)("body" in answer ? answer.body : undefined)).toEqual([]);
    }
  });

  it("reads the error envelope from the 4xx response", () => {
    for (const { error } of plan.operations) {
      expect(error.kind).toBe("envelope");
      expect(error.invalidStatus).toBe(400);
      expect(error.itemsKey).toBe("errors");
      expect(error.template).toMatchObject({
        success: false,
        errors: [],
        messages: [],
        result: null,
      });
      expect(error.item).toMatchObject({ code: expect.any(Number), message: expect.any(String) });
    }
  });
});

/** A model with one component schema, for the data table. */
function modelWith(schemas: Record<string, JsonSchema>): ApiModel {
  return { ...model, document: { components: { schemas } } };
}

const cases: [string, { schemas?: Record<string, JsonSchema>; schema: JsonSchema }][] = [
  ["string lengths", { schema: { type: "string", minLength: 12, maxLength: 14 } }],
  [
    "formats",
    {
      schema: {
        type: "array",
        minItems: 3,
        prefixItems: [
          { type: "string", format: "date-time" },
          { type: "string", format: "ipv6" },
          { type: "string", format: "uuid" },
        ],
      },
    },
  ],
  ["a pattern", { schema: { type: "string", pattern: "^[A-Z]{3}-\\d{2,4}(?:_[a-z]+)?$" } }],
  [
    "integer bounds and multipleOf",
    { schema: { type: "integer", exclusiveMinimum: 10, maximum: 40, multipleOf: 7 } },
  ],
  [
    "enum and const",
    {
      schema: {
        type: "object",
        required: ["a", "b"],
        properties: { a: { enum: [null, "x"] }, b: { const: 3 } },
      },
    },
  ],
  [
    "required and closed objects",
    {
      schema: {
        type: "object",
        additionalProperties: false,
        required: ["id"],
        properties: { id: { type: "string", maxLength: 3 }, note: { type: "string" } },
      },
    },
  ],
  [
    "allOf with $ref",
    {
      schemas: {
        Base: {
          type: "object",
          required: ["id"],
          properties: { id: { type: "integer", minimum: 5 } },
        },
      },
      schema: {
        allOf: [
          { $ref: "#/components/schemas/Base" },
          {
            type: "object",
            required: ["name"],
            properties: { name: { type: "string", minLength: 2 } },
          },
        ],
      },
    },
  ],
  [
    "oneOf that must match exactly one",
    { schema: { oneOf: [{ type: "string", maxLength: 2, minLength: 2 }, { type: "integer" }] } },
  ],
  ["anyOf", { schema: { anyOf: [{ type: "boolean" }, { type: "null" }] } }],
  [
    "a map with propertyNames and minProperties",
    {
      schema: {
        type: "object",
        minProperties: 2,
        propertyNames: { pattern: "^[1-9][0-9]?$" },
        additionalProperties: { type: "integer", minimum: 0 },
      },
    },
  ],
  [
    "dependentRequired",
    {
      schema: {
        type: "object",
        dependentRequired: { a: ["b"] },
        required: ["a"],
        properties: { a: { type: "string" } },
      },
    },
  ],
  [
    "if/then",
    {
      schema: {
        type: "object",
        required: ["kind"],
        properties: { kind: { enum: ["other", "plain"] }, why: { type: "string" } },
        if: { required: ["kind"], properties: { kind: { const: "other" } } },
        then: { required: ["why"] },
      },
    },
  ],
  [
    "not required",
    {
      schema: {
        type: "object",
        required: ["kind"],
        properties: { kind: { enum: ["domain"] }, ip: { type: "string" } },
        not: { required: ["ip"] },
      },
    },
  ],
  [
    "x-sum-equals",
    {
      schema: {
        type: "object",
        required: ["total", "a", "b"],
        properties: {
          total: { type: "integer", minimum: 1 },
          a: {
            type: "object",
            "x-sum-equals": "total",
            additionalProperties: { type: "integer", minimum: 0 },
          },
          b: {
            type: "object",
            "x-sum-equals": "total",
            properties: { x: { type: "integer", minimum: 2 } },
            additionalProperties: { type: "integer" },
          },
        },
      },
    },
  ],
  [
    "uniqueItems",
    { schema: { type: "array", minItems: 3, uniqueItems: true, items: { type: "integer" } } },
  ],
  [
    "a recursive schema",
    {
      schemas: {
        Node: {
          type: "object",
          required: ["name"],
          properties: {
            name: { type: "string" },
            children: { type: "array", items: { $ref: "#/components/schemas/Node" } },
          },
        },
      },
      schema: { $ref: "#/components/schemas/Node" },
    },
  ],
];

describe("made data passes its schema", () => {
  it.each(cases)("%s", (_name, { schemas = {}, schema }) => {
    const local = modelWith(schemas);
    const value = sampleOf(schema, { document: local.document, useExamples: false });
    expect(checkerFor(local)(schema)(value)).toEqual([]);
    // deterministic: the same value every time
    expect(sampleOf(schema, { document: local.document, useExamples: false })).toEqual(value);
  });
});

describe("patterns", () => {
  it.each([
    ["^[a-f0-9]{32}$", 0, 40],
    ["^\\+?[1-9]\\d{1,14}$", 0, 20],
    ["^(accounts|zones)$", 0, 10],
    ["^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$", 0, 50],
    ["[A-Z]", 5, 10],
    ["^v\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?$", 0, 30],
  ])("%s", (pattern, min, max) => {
    const made = patternSample([pattern], { min, max, index: 0 });
    expect(made).toBeDefined();
    expect(new RegExp(pattern, "u").test(made!)).toBe(true);
    expect(made!.length).toBeGreaterThanOrEqual(min);
    expect(made!.length).toBeLessThanOrEqual(max);
  });

  it("says when it cannot (a back reference is outside the subset)", () => {
    expect(patternSample(["^(a)\\1b$"], { min: 0, max: 10, index: 0 })).toBeUndefined();
  });
});
