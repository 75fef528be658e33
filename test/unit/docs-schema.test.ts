/**
 * The docs' schema descriptions are made once per document and schema (generator/emit/docs-schema.ts
 * keeps what it made): the same schema text in another document, whose `$ref`s lead elsewhere, is
 * described from that document, and a repeat gives what a first description gives.
 */
import { describe, expect, it } from "vitest";
import { describeSchema, describeValue } from "../../generator/emit/docs-schema.js";

/** A document whose component `Thing` has one property, `name`, of `type`. */
function documentWith(type: string): Record<string, unknown> {
  return {
    components: {
      schemas: {
        Thing: {
          type: "object",
          required: ["name"],
          properties: { name: { type, description: `A ${type}.` } },
        },
      },
    },
  };
}

const thing = { $ref: "#/components/schemas/Thing" };

describe("describeSchema, kept per document", () => {
  it("describes the same schema text from each document's own components", () => {
    const strings = describeSchema(thing, documentWith("string"), "response");
    const numbers = describeSchema({ ...thing }, documentWith("number"), "response");
    expect(strings.fields.map((field) => field.type)).toEqual(["string"]);
    expect(numbers.fields.map((field) => field.type)).toEqual(["number"]);
  });

  it("gives a repeat what it gave the first time, in each direction", () => {
    const document = documentWith("string");
    const first = describeSchema(thing, document, "request");
    expect(describeSchema({ ...thing }, document, "request")).toEqual(first);
    expect(describeSchema(thing, document, "response")).toEqual(first);
  });

  it("describes a value from its own document", () => {
    const name = { $ref: "#/components/schemas/Thing/properties/name" };
    expect(describeValue(name, documentWith("string")).type).toBe("string");
    expect(describeValue(name, documentWith("integer")).type).toBe("integer");
  });
});

describe("describeSchema: one component behind many `$ref`s", () => {
  const document = {
    components: {
      schemas: {
        Id: { type: "string", maxLength: 32, description: "An id." },
        Pair: {
          type: "object",
          required: ["a"],
          properties: {
            a: { $ref: "#/components/schemas/Id" },
            b: { $ref: "#/components/schemas/Id", description: "The other one." },
          },
        },
      },
    },
  };

  it("gives each bare `$ref` the target's row, and a `$ref` with siblings its own", () => {
    const { fields } = describeSchema({ $ref: "#/components/schemas/Pair" }, document, "request");
    expect(fields.map((f) => [f.name, f.type, f.required, f.limits, f.description])).toEqual([
      ["a", "string", true, "max length 32", "An id."],
      ["b", "string", false, "max length 32", "The other one."],
    ]);
  });

  it("describes a second `$ref` object to the same target as the first", () => {
    const first = describeValue({ $ref: "#/components/schemas/Id" }, document);
    expect(describeValue({ $ref: "#/components/schemas/Id" }, document)).toEqual(first);
    expect(first).toMatchObject({ type: "string", limits: "max length 32" });
  });
});
