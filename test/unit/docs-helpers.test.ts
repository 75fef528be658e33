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

  it("cell: the same as collapsing line breaks, escaping pipes and trimming, for any text", () => {
    const slow = (text: string): string =>
      text
        .replace(/\s*\n\s*/g, " ")
        .replace(/\|/g, "\\|")
        .trim();
    const texts = [
      "",
      "plain",
      "  padded\t",
      "a\r\nb",
      "a \n\n  b",
      "x|y",
      "\u00a0nbsp\u00a0",
      "\u2028line\u2029",
      "tab\tinside",
      " | \n | ",
    ];
    for (const text of texts) expect(cell(text)).toBe(slow(text));
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

  it("lists a component again where an earlier listing was cut by depth, or $ref has fields beside it", () => {
    const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
    const object = (properties: Record<string, unknown>) => ({ type: "object", properties });
    const doc = {
      components: {
        schemas: {
          L1: object({ l2: ref("L2") }),
          L2: object({ l3: ref("L3") }),
          L3: object({ l4: ref("L4") }),
          L4: object({ x: ref("X") }),
          X: object({ y: ref("Y") }),
          Y: object({ leaf: { type: "string" } }),
        },
      },
    };
    const deep = object({ l1: ref("L1"), x: ref("X") });
    const names = describeSchema(deep, doc, "response").fields.map((f) => f.name);
    expect(names).toContain("l1.l2.l3.l4.x.y"); // depth 6: its fields are cut there
    expect(names).toContain("x.y.leaf"); // so the shallower place lists them
    const widened = object({
      a: ref("Y"),
      b: { ...ref("Y"), properties: { extra: { type: "integer" } } },
    });
    const fields = describeSchema(widened, doc, "response").fields;
    expect(fields.map((f) => f.name)).toEqual(["a", "a.leaf", "b", "b.leaf", "b.extra"]);
    expect(fields.find((f) => f.name === "b")?.description).toBe("");
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
