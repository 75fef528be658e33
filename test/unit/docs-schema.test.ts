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
