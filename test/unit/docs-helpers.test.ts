import { describe, expect, it } from "vitest";
import { cell, code, href, yesNo } from "../../generator/emit/docs-helpers.js";
import { describeSchema } from "../../generator/emit/docs-schema.js";

describe("docs helpers", () => {
  it("code: a code span, with longer fences around a backtick", () => {
    expect(code("zone_id")).toBe("`zone_id`");
    expect(code("a`b")).toBe("``a`b``");
    expect(code("`x")).toBe("`` `x ``");
    expect(code("")).toBe("");
  });

  it("cell: one line, pipes escaped", () => {
    expect(cell("a |\n  b")).toBe("a \\| b");
    expect(cell(undefined)).toBe("");
  });

  it("href: angle brackets around a destination with spaces or parentheses", () => {
    expect(href("createBotFeedbackReport.md")).toBe("createBotFeedbackReport.md");
    expect(href("vectorize-(-deprecated)-list.md")).toBe("<vectorize-(-deprecated)-list.md>");
    expect(href("a b<c>.md")).toBe("<a b%3Cc%3E.md>");
  });

  it("yesNo", () => {
    expect(yesNo(true)).toBe("yes");
    expect(yesNo(undefined)).toBe("no");
  });
});

describe("describeSchema: fields and rules in words", () => {
  const document = {
    components: {
      schemas: {
        Item: {
          type: "object",
          required: ["id"],
          properties: { id: { type: "string", maxLength: 4 } },
        },
      },
    },
  };

  it("flattens nested objects, arrays and maps, following $refs", () => {
    const schema = {
      type: "object",
      required: ["items"],
      properties: {
        items: { type: "array", items: { $ref: "#/components/schemas/Item" } },
        counts: { type: "object", additionalProperties: { type: "integer", minimum: 0 } },
        secret: { type: "string", readOnly: true },
      },
    };
    const { fields } = describeSchema(schema, document, "request");
    expect(fields.map((f) => [f.name, f.type, f.required, f.limits])).toEqual([
      ["items", "Item[]", true, ""],
      ["items[].id", "string", true, "max length 4"],
      ["counts", "map of integer", false, ""],
      ["counts.{key}", "integer", false, "≥ 0"],
    ]);
    expect(describeSchema(schema, document, "response").fields.map((f) => f.name)).toContain(
      "secret",
    );
  });

  it("lists a component's fields once, where it first appears; repeats and recursion point there", () => {
    const tree = {
      components: {
        schemas: {
          Agent: {
            type: "object",
            properties: {
              name: { type: "string" },
              children: { type: "array", items: { $ref: "#/components/schemas/Agent" } },
              parent: { $ref: "#/components/schemas/Agent" },
              team: { $ref: "#/components/schemas/Team" },
            },
          },
          Team: {
            type: "object",
            properties: {
              lead: { $ref: "#/components/schemas/Agent", description: "Who leads." },
              size: { type: "integer" },
            },
          },
        },
      },
    };
    const schema = {
      type: "object",
      properties: {
        agent: { $ref: "#/components/schemas/Agent" },
        backup: { $ref: "#/components/schemas/Team" },
      },
    };
    const { fields } = describeSchema(schema, tree, "response");
    expect(fields.map((f) => [f.name, f.type, f.description])).toEqual([
      ["agent", "object", ""],
      ["agent.name", "string", ""],
      ["agent.children", "Agent[]", "Fields as listed under `agent`."],
      ["agent.parent", "object", "Fields as listed under `agent`."],
      ["agent.team", "object", ""],
      ["agent.team.lead", "object", "Who leads. Fields as listed under `agent`."],
      ["agent.team.size", "integer", ""],
      ["backup", "object", "Fields as listed under `agent.team`."],
    ]);
    const root = describeSchema({ $ref: "#/components/schemas/Agent" }, tree, "response");
    expect(root.fields.find((f) => f.name === "parent")?.description).toBe(
      "Fields as at the top level.",
    );
  });

  it("words if/then, dependentRequired, not and x-sum-equals", () => {
    const schema = {
      type: "object",
      properties: {
        total: { type: "integer" },
        byKind: {
          type: "object",
          additionalProperties: { type: "integer" },
          "x-sum-equals": "total",
        },
        kind: { type: "string", enum: ["a", "b"] },
        why: { type: "string" },
      },
      dependentRequired: { why: ["kind"] },
      not: { required: ["legacy"] },
      allOf: [
        {
          if: { required: ["kind"], properties: { kind: { const: "b" } } },
          then: { required: ["why"] },
        },
      ],
    };
    expect(describeSchema(schema, document, "request").rules).toEqual([
      "When `why` is given, `kind` must be given too.",
      "`why` is required when `kind` is `b`.",
      "`legacy` must not be given.",
      "The values of `byKind` add up to `total`.",
    ]);
  });
});
