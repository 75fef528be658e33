/**
 * Property-based tests of the generated validators: values generated from each request body's
 * schema pass; one targeted mutation (a dropped required field, a value outside an enum, a broken
 * format, a broken sum) fails with an issue at exactly the mutated path.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bundleSpec, loadSpec } from "../generator/load.js";
import { buildModel } from "../generator/model/build.js";
import { validationConfig } from "../generator/validate.js";
import { arbitraryOf } from "./helpers/arbitrary.js";
import { GENERATED, MAIN_SPEC } from "./helpers/paths.js";

type Validators = typeof import("../generated/src/validators.js");
type Issues = (value: unknown) => readonly { path: string; message: string }[];
const { requestBodies } = (await import(`${GENERATED}/dist/validators.js`)) as Validators;
const model = buildModel(await bundleSpec(await loadSpec(MAIN_SPEC), await validationConfig()));
const doc = model.document;
const bodies = model.operations.filter((op) => op.requestBody?.schema !== undefined);
const issuesOf = (operationId: string): Issues =>
  (requestBodies as unknown as Record<string, { issues: Issues }>)[operationId]!.issues;

function rootSchema(schema: unknown): Record<string, unknown> {
  const ref = (schema as { $ref?: string }).$ref;
  return (
    ref
      ? ref
          .replace(/^#\//, "")
          .split("/")
          .reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], doc)
      : schema
  ) as Record<string, unknown>;
}

describe.each(bodies.map((op) => [op.operationId, op] as const))(
  "requestBodies.%s",
  (operationId, op) => {
    const schema = op.requestBody!.schema!;
    const arbitrary = arbitraryOf(schema, doc);
    const issues = issuesOf(operationId);
    const root = rootSchema(schema);
    const properties = (root["properties"] ?? {}) as Record<string, Record<string, unknown>>;

    it("every generated value passes", () => {
      fc.assert(
        fc.property(arbitrary, (value) => {
          expect(issues(value)).toEqual([]);
        }),
        { numRuns: 300, seed: 7 },
      );
    });

    const required = (root["required"] ?? []) as string[];
    if (required.length > 0)
      it("dropping a required field fails at that field", () => {
        fc.assert(
          fc.property(
            arbitrary,
            fc.constantFrom(...(required.length > 0 ? required : ["-"])),
            (value, key) => {
              const broken = { ...(value as object) } as Record<string, unknown>;
              delete broken[key];
              expect(issues(broken)).toContainEqual({
                path: `/${key}`,
                message: `${key} is required`,
              });
            },
          ),
          { numRuns: 100, seed: 7 },
        );
      });

    const enums = Object.keys(properties).filter((k) =>
      Array.isArray(resolveLocal(properties[k])["enum"]),
    );
    if (enums.length > 0)
      it("a value outside an enum fails at that field", () => {
        fc.assert(
          fc.property(
            arbitrary,
            fc.constantFrom(...(enums.length > 0 ? enums : ["-"])),
            (value, key) => {
              const broken = { ...(value as object), [key]: "not-in-the-enum" };
              expect(issues(broken).map((i) => i.path)).toContain(`/${key}`);
            },
          ),
          { numRuns: 100, seed: 7 },
        );
      });

    const STRING_FORMATS = new Set(["date-time", "date", "ipv4", "ipv6", "uri", "email", "uuid"]);
    const formatted = Object.keys(properties).filter((k) =>
      STRING_FORMATS.has(String(resolveLocal(properties[k])["format"])),
    );
    if (formatted.length > 0)
      it("a broken format fails at that field", () => {
        fc.assert(
          fc.property(
            arbitrary,
            fc.constantFrom(...(formatted.length > 0 ? formatted : ["-"])),
            (value, key) => {
              const broken = { ...(value as object), [key]: "29/09/2025 and not an address" };
              expect(issues(broken)).toContainEqual({
                path: `/${key}`,
                message: expect.stringMatching(/^must be a valid /),
              });
            },
          ),
          { numRuns: 100, seed: 7 },
        );
      });
  },
);

function resolveLocal(schema: unknown): Record<string, unknown> {
  return rootSchema(schema ?? {});
}

describe("the sum rule, property-based", () => {
  const feedback = bodies.find((op) => op.operationId === "createBotFeedbackReport")!;
  const arbitrary = arbitraryOf(feedback.requestBody!.schema!, doc);
  const issues = issuesOf("createBotFeedbackReport");

  it("changing requests by any non-zero amount breaks both sums, reported at both maps", () => {
    fc.assert(
      fc.property(arbitrary, fc.integer({ min: 1, max: 1000 }), (value, delta) => {
        const report = value as { requests: number };
        const broken = { ...report, requests: report.requests + delta };
        const paths = issues(broken).map((i) => i.path);
        expect(paths).toEqual(["/requests_by_score", "/requests_by_score_src"]);
        expect(issues(broken)[0]!.message).toBe(
          `values sum to ${report.requests} but requests is ${report.requests + delta}`,
        );
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
