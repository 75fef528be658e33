/**
 * The validators' Ajv makes each compiled function on its first call (ajv-dialect.ts): what it
 * hands back stands in for it, and must judge, report errors and chain references exactly as the
 * function Ajv would have made, in every mode the generator uses.
 */
import { describe, expect, it } from "vitest";
import { createAjv } from "../../generator/emit/ajv-dialect.js";

const cases: [
  string,
  {
    unevaluated?: boolean;
    schemas: Record<string, object>;
    root: string;
    values: [unknown, boolean][];
  },
][] = [
  [
    "a reference to another root, its errors passed on",
    {
      schemas: {
        "urn:t:item": { type: "object", required: ["id"], properties: { id: { type: "string" } } },
        "urn:t:list": { type: "array", items: { $ref: "urn:t:item" } },
      },
      root: "urn:t:list",
      values: [
        [[{ id: "a" }], true],
        [[{ id: 1 }, {}], false],
        ["nope", false],
      ],
    },
  ],
  [
    "a recursive schema (calls itself by name)",
    {
      schemas: {
        "urn:t:tree": {
          type: "object",
          properties: { children: { type: "array", items: { $ref: "urn:t:tree" } } },
          additionalProperties: false,
        },
      },
      root: "urn:t:tree",
      values: [
        [{ children: [{ children: [] }] }, true],
        [{ children: [{ extra: 1 }] }, false],
      ],
    },
  ],
  [
    "unevaluated properties through a reference (the callee's `evaluated`)",
    {
      unevaluated: true,
      schemas: {
        "urn:t:base": {
          type: "object",
          properties: { kind: { type: "string" } },
          if: { properties: { kind: { const: "a" } } },
          then: { properties: { a: { type: "number" } } },
          else: { properties: { b: { type: "number" } } },
        },
        "urn:t:open": { allOf: [{ $ref: "urn:t:base" }], unevaluatedProperties: false },
      },
      root: "urn:t:open",
      values: [
        [{ kind: "a", a: 1 }, true],
        [{ kind: "c", b: 1 }, true],
        [{ kind: "a", b: 1 }, false],
      ],
    },
  ],
];

/** The verdicts and errors of `root` in an Ajv of the dialect. */
function judge(
  { unevaluated, schemas, root, values }: (typeof cases)[number][1],
  checkOnly: boolean,
): unknown[] {
  const ajv = createAjv({ unevaluated, checkOnly });
  for (const [id, schema] of Object.entries(schemas)) ajv.addSchema(schema, id);
  const validate = ajv.getSchema(root)!;
  return values.map(([value]) => {
    const valid = validate(value);
    return { valid, errors: validate.errors?.map((e) => [e.instancePath, e.keyword]) ?? null };
  });
}

describe("the validators' Ajv (functions made on first call)", () => {
  it.each(cases)("%s", (_name, test) => {
    const made = judge(test, false);
    expect(made.map((verdict) => (verdict as { valid: boolean }).valid)).toEqual(
      test.values.map(([, valid]) => valid),
    );
    // The first error is the one the check-only Ajv (functions made at once, first error
    // only) reports, so both judge alike.
    const checked = judge(test, true);
    made.forEach((verdict, index) => {
      const first = (verdict as { errors: unknown[] | null }).errors?.[0];
      expect(first).toEqual((checked[index] as { errors: unknown[] | null }).errors?.[0]);
    });
  });

  it("keeps the source of each function for the standalone code", () => {
    const ajv = createAjv();
    ajv.addSchema({ type: "string", minLength: 2 }, "urn:t:s");
    const validate = ajv.getSchema("urn:t:s") as unknown as { source?: { validateCode: string } };
    expect(validate.source?.validateCode).toContain("function validate");
  });
});
