/**
 * The mocks' checker (mocks-check.ts) compiles schemas in a shared form (annotations left out,
 * components that validate alike compiled once): it must judge every value exactly as the same
 * schemas compiled as the spec writes them. A reference checker here compiles them that way (the
 * whole document and every component added to Ajv as written, as the checker did before), and
 * the two are compared on the main spec, the fixtures and a table of tricky schemas.
 */
import { describe, expect, it } from "vitest";
import { createAjv } from "../generator/emit/ajv-dialect.js";
import { checkerFor, mockChecks, type Check } from "../generator/emit/mocks-check.js";
import { emitValidatorCode } from "../generator/emit/validator-code.js";
import { sampleOf } from "../generator/emit/mocks-data.js";
import type { ApiModel, JsonSchema } from "../generator/model/ir.js";
import { modelOf } from "./helpers/model.js";
import { FIXTURES, MAIN_SPEC } from "./helpers/paths.js";

/** Every schema as written: the document and each component added whole, `$ref`s rebased. */
function referenceChecker(document: Readonly<Record<string, unknown>>): (s: JsonSchema) => Check {
  const ajv = createAjv({
    unevaluated: JSON.stringify(document).includes('"unevaluated'),
    checkOnly: true,
  });
  const ids = new Set(["$id", "$anchor", "$dynamicAnchor", "$schema"]);
  const id = (name: string) => `urn:cf-sdk:mocks-schema:${encodeURIComponent(name)}`;
  const rebase = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rebase);
    if (typeof node !== "object" || node === null) return node;
    return Object.fromEntries(
      Object.entries(node)
        .filter(([key]) => !ids.has(key))
        .map(([key, value]) => {
          if (key !== "$ref" || typeof value !== "string" || !value.startsWith("#"))
            return [key, rebase(value)];
          const match = /^#\/components\/schemas\/([^/]+)(.*)$/.exec(value);
          if (match === null) return [key, `urn:cf-sdk:mocks-document${value}`];
          const name = decodeURIComponent(match[1]!).replace(/~1/g, "/").replace(/~0/g, "~");
          return [key, `${id(name)}${match[2] ? `#${match[2]}` : ""}`];
        }),
    );
  };
  ajv.addSchema(rebase(document) as object, "urn:cf-sdk:mocks-document");
  const schemas = (document["components"] as { schemas?: object } | undefined)?.schemas ?? {};
  for (const [name, schema] of Object.entries(schemas))
    ajv.addSchema(rebase(schema) as object, id(name));
  return (schema) => {
    let validate: ReturnType<typeof ajv.compile>;
    try {
      validate = ajv.compile(rebase(schema) as object);
    } catch (error) {
      return () => [
        { pointer: "", message: `the schema cannot be compiled: ${(error as Error).message}` },
      ];
    }
    return (value) =>
      validate(value)
        ? []
        : (validate.errors ?? []).map((e) => ({
            pointer: e.instancePath,
            message: `${e.keyword} ${JSON.stringify(e.params)}`,
          }));
  };
}

/** Values to judge: made ones (both ways), the schema's examples, and some of every type. */
function valuesFor(schema: JsonSchema, document: Readonly<Record<string, unknown>>): unknown[] {
  const made = [true, false].flatMap((useExamples) => {
    try {
      return [sampleOf(schema, { document, useExamples })];
    } catch {
      return [];
    }
  });
  const objects = made.filter((v) => typeof v === "object" && v !== null && !Array.isArray(v));
  const emptied = objects.map((v) =>
    Object.fromEntries(Object.keys(v as object).map((k) => [k, null])),
  );
  return [...made, ...emptied, {}, [], null, "x", 1, 1.5, true, { extra: 1 }];
}

/** The schemas a spec's mocks check: every request and response body, and every component. */
function schemasOf(model: ApiModel): JsonSchema[] {
  const bodies = model.operations.flatMap((o) => [
    ...(o.requestBody?.schema === undefined ? [] : [o.requestBody.schema]),
    ...o.responses.flatMap((r) => (r.schema === undefined ? [] : [r.schema])),
  ]);
  return [...bodies, ...model.schemas.map((s) => s.schema)];
}

function expectSameVerdicts(
  model: ApiModel,
  schemas: readonly JsonSchema[],
  values: readonly unknown[] = [],
): void {
  const checks = checkerFor(model);
  const reference = referenceChecker(model.document);
  for (const schema of schemas) {
    for (const value of [...valuesFor(schema, model.document), ...values]) {
      expect(checks(schema)(value), JSON.stringify({ schema, value })).toEqual(
        reference(schema)(value),
      );
    }
  }
}

describe("the shared-form checker judges as the schemas are written", () => {
  it.each([
    ["the main spec", MAIN_SPEC],
    ["the composition fixture", `${FIXTURES}/composition/spec/openapi.yaml`],
    ["the minimal fixture", `${FIXTURES}/minimal/spec/openapi.yaml`],
  ])("%s", async (_name, path) => {
    const model = await modelOf(path);
    expectSameVerdicts(model, schemasOf(model));
  });

  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  const table: [string, Record<string, JsonSchema>][] = [
    [
      "properties named like annotations stay properties",
      {
        Item: {
          type: "object",
          required: ["description", "title", "example"],
          additionalProperties: false,
          properties: {
            description: { type: "string", description: "text" },
            title: { type: "integer" },
            example: { type: "boolean" },
          },
        },
      },
    ],
    [
      "components alike but for their annotations, and ones that differ",
      {
        A: { type: "object", description: "a", required: ["id"], properties: { id: ref("IdA") } },
        B: { type: "object", description: "b", required: ["id"], properties: { id: ref("IdB") } },
        C: { type: "object", required: ["id"], properties: { id: ref("IdC") } },
        IdA: { type: "string", maxLength: 3, example: "abc" },
        IdB: { type: "string", maxLength: 3, title: "id" },
        IdC: { type: "string", maxLength: 4 },
        Both: { allOf: [ref("A"), ref("B"), ref("C")] },
      },
    ],
    [
      "recursive components, alike and not",
      {
        Tree: {
          type: "object",
          required: ["name"],
          properties: { name: { type: "string" }, kids: { type: "array", items: ref("Tree") } },
        },
        Forest: {
          type: "object",
          required: ["name"],
          description: "another tree",
          properties: { name: { type: "string" }, kids: { type: "array", items: ref("Forest") } },
        },
        Grove: {
          type: "object",
          required: ["name"],
          properties: { name: { type: "integer" }, kids: { type: "array", items: ref("Tree") } },
        },
      },
    ],
    [
      "nullable and x-sum-equals are read; other x- keys are not",
      {
        Counts: {
          type: "object",
          "x-internal": true,
          properties: {
            total: { type: "integer" },
            parts: {
              type: "object",
              "x-sum-equals": "total",
              additionalProperties: { type: "integer" },
            },
            note: { type: "string", nullable: true },
          },
        },
        Note: { type: "string", nullable: true },
      },
    ],
    [
      "a reference into a part of a component, and one outside the components",
      {
        Host: { type: "object", properties: { port: { type: "integer", minimum: 1 } } },
        Port: ref("Host/properties/port"),
        Elsewhere: { $ref: "#/x-elsewhere/Thing" },
      },
    ],
    [
      "an enum of objects holding $ref keys is data",
      { Odd: { enum: [{ $ref: "#/components/schemas/Odd" }, "plain"], description: "odd" } },
    ],
    [
      "a reference to a component the spec lacks fails as written",
      { Broken: { type: "object", properties: { gone: ref("Missing") } } },
    ],
    [
      "conditions and dependencies",
      {
        Rule: {
          type: "object",
          properties: { kind: { enum: ["a", "b"] }, why: { type: "string" } },
          if: { properties: { kind: { const: "a" } }, description: "when a" },
          then: { required: ["why"], title: "then why" },
          dependencies: { why: ["kind"], kind: { properties: { why: { minLength: 2 } } } },
          propertyNames: { pattern: "^[a-z]+$", description: "lower case" },
        },
      },
    ],
  ];
  /** Values at the edges of the table's schemas, which made data does not reach. */
  const EDGES: unknown[] = [
    { id: "abcd" },
    { id: "abc" },
    { name: "t", kids: [{ name: 1 }] },
    { name: 1, kids: [{ name: "t" }] },
    { total: 3, parts: { a: 1, b: 1 } },
    { note: null },
    { kind: "a" },
    { kind: "b", why: "x" },
    { Upper: 1 },
    { description: "d", title: 1, example: true, extra: 0 },
    { port: 0 },
    { $ref: "#/components/schemas/Odd" },
    "plain",
    "yes",
  ];
  it.each(table)("%s", (_name, schemas) => {
    const document = {
      components: { schemas },
      "x-elsewhere": { Thing: { type: "string", minLength: 2 } },
    };
    const model = { operations: [], schemas: [], document } as unknown as ApiModel;
    const extra: JsonSchema[] = [
      { type: "object", properties: { value: { $ref: "#/components/schemas/Port" } } },
      { oneOf: Object.keys(schemas).map(ref) },
    ];
    expectSameVerdicts(
      model,
      [...Object.keys(schemas).map(ref), ...Object.values(schemas), ...extra],
      EDGES,
    );
  });

  it("compiles a schema repeated by many operations once", () => {
    const schemas = { Id: { type: "string", maxLength: 32 } };
    const model = { document: { components: { schemas } } } as unknown as ApiModel;
    const checks = checkerFor(model);
    const same = (text: string): JsonSchema => ({ ...ref("Id"), description: text });
    expect(checks(same("one"))).toBe(checks(same("two")));
    expect(checks(same("one"))("x".repeat(33))).toEqual(checks(ref("Id"))("x".repeat(33)));
  });
});

describe("the mocks' checks: the validators' own functions", () => {
  it.each([
    ["the main spec", MAIN_SPEC],
    ["the composition fixture", `${FIXTURES}/composition/spec/openapi.yaml`],
    ["the minimal fixture", `${FIXTURES}/minimal/spec/openapi.yaml`],
  ])(
    "%s: the same verdict and first problem as the shared-form checker, with or without the validators' emitter run first",
    async (_name, path) => {
      for (const emitterFirst of [true, false]) {
        const model = await modelOf(path);
        if (emitterFirst) emitValidatorCode(model); // its compilation is then the checks' own
        const checks = mockChecks(model);
        const shared = checkerFor(model);
        for (const schema of schemasOf(model)) {
          for (const value of valuesFor(schema, model.document)) {
            expect(checks(schema)(value), JSON.stringify({ schema, value })).toEqual(
              shared(schema)(value).slice(0, 1),
            );
          }
        }
      }
    },
  );

  it("reads a property named like an id keyword as a property, as the validators do", () => {
    const schema = {
      type: "object",
      properties: { $schema: { type: "string" } },
      additionalProperties: false,
    };
    const model = {
      operations: [],
      schemas: [{ name: "Config", schema }],
      document: { components: { schemas: { Config: schema } } },
    } as unknown as ApiModel;
    const check = mockChecks(model)({ $ref: "#/components/schemas/Config" });
    expect(check({ $schema: "x" })).toEqual([]);
    expect(check({ $schema: 1 })).toEqual([
      { pointer: "/$schema", message: 'type {"type":"string"}' },
    ]);
  });
});
