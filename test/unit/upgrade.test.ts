import { describe, expect, it } from "vitest";
import { upgradeSchemas } from "../../generator/model/upgrade.js";

/** Upgrades one component schema (in a document that may hold others) and returns it. */
function upgraded(schema: unknown, others: Record<string, unknown> = {}): unknown {
  const api = { openapi: "3.0.3", components: { schemas: { S: schema, ...others } } };
  const result = upgradeSchemas({ rootFile: "x", api, files: [] }).api as {
    components: { schemas: Record<string, unknown> };
  };
  return result.components.schemas["S"];
}

describe("upgradeSchemas: OpenAPI 3.0 schemas read as 3.1", () => {
  it("turns nullable beside a type into a null type, and adds null to an enum", () => {
    expect(upgraded({ type: "string", enum: ["a"], nullable: true })).toEqual({
      type: ["string", "null"],
      enum: ["a", null],
    });
  });

  it("wraps a nullable $ref or composition in anyOf with null, annotations outside", () => {
    expect(
      upgraded(
        { description: "d", allOf: [{ $ref: "#/components/schemas/T" }], nullable: true },
        { T: {} },
      ),
    ).toEqual({
      description: "d",
      anyOf: [{ allOf: [{ $ref: "#/components/schemas/T" }] }, { type: "null" }],
    });
  });

  it("drops nullable: false and nullable without type or composition", () => {
    expect(upgraded({ type: "integer", nullable: false })).toEqual({ type: "integer" });
    expect(upgraded({ description: "any", nullable: true })).toEqual({ description: "any" });
  });

  it("turns boolean exclusive bounds into numeric ones", () => {
    expect(
      upgraded({
        type: "number",
        minimum: 0,
        exclusiveMinimum: true,
        maximum: 9,
        exclusiveMaximum: false,
      }),
    ).toEqual({
      type: "number",
      exclusiveMinimum: 0,
      maximum: 9,
    });
  });

  it("reaches nested schemas: properties, items, compositions", () => {
    expect(
      upgraded({
        type: "object",
        properties: { a: { type: "array", items: { type: "string", nullable: true } } },
        oneOf: [{ type: "integer", nullable: true }],
      }),
    ).toEqual({
      type: "object",
      properties: { a: { type: "array", items: { type: ["string", "null"] } } },
      oneOf: [{ type: ["integer", "null"] }],
    });
  });

  it("leaves example data alone, even when it looks like a schema", () => {
    const example = { nullable: true, type: "string" };
    expect(upgraded({ type: "object", example, default: example })).toEqual({
      type: "object",
      example,
      default: example,
    });
  });

  it("drops needless escapes from patterns and keeps an empty enum (it allows no value)", () => {
    expect(upgraded({ type: "string", pattern: "^[a-z\\:]+$", enum: [] })).toEqual({
      type: "string",
      pattern: "^[a-z:]+$",
      enum: [],
    });
  });

  it("reads boolean schemas in lists as the object schemas that mean the same", () => {
    expect(upgraded({ allOf: [true], anyOf: [false, { type: "string" }] })).toEqual({
      allOf: [{}],
      anyOf: [{ not: {} }, { type: "string" }],
    });
  });

  it("inlines a $ref into the middle of another schema, keeping whole-component refs", () => {
    const others = { T: { allOf: [{ type: "object", properties: { id: { type: "string" } } }] } };
    expect(upgraded({ $ref: "#/components/schemas/T/allOf/0" }, others)).toEqual(others.T.allOf[0]);
    expect(upgraded({ $ref: "#/components/schemas/T" }, others)).toEqual({
      $ref: "#/components/schemas/T",
    });
  });

  it("keeps a deep $ref that leads back to itself as it is (no endless inlining)", () => {
    const others = {
      T: { properties: { next: { $ref: "#/components/schemas/T/properties/next" } } },
    };
    expect(upgraded({ $ref: "#/components/schemas/T/properties/next" }, others)).toEqual({
      $ref: "#/components/schemas/T/properties/next",
    });
  });

  it("returns a 3.1 schema unchanged", () => {
    const schema = {
      type: ["string", "null"],
      exclusiveMinimum: 1,
      if: { const: "a" },
      then: { minLength: 2 },
    };
    expect(upgraded(schema)).toEqual(schema);
  });
});
