/**
 * Validations per second of the generated validators (Ajv standalone, as shipped in
 * generated/dist) against `ajv.compile` of the same schema with the same options and keyword, and
 * against a hand-written Zod 4 schema of the same rules; valid and invalid payloads.
 * Run with `npm run bench`; figures go into RESULTS.md.
 */
import { bench, describe } from "vitest";
import { z } from "zod";
import { createAjv } from "../../generator/emit/ajv-dialect.js";
import { bundleSpec, loadSpec } from "../../generator/load.js";
import { validationConfig } from "../../generator/validate.js";
import { GENERATED, MAIN_SPEC } from "../helpers/paths.js";
import { seedFeedbackReport } from "../helpers/seeds.js";

type Validate = (data: unknown) => boolean;
const generated = (await import(`${GENERATED}/dist/validators/ajv.js`)) as Record<string, Validate>;
const api = (await bundleSpec(await loadSpec(MAIN_SPEC), await validationConfig())).api as {
  components: unknown;
};

function compiled(schemaName: string): Validate {
  const ajv = createAjv();
  ajv.addSchema(
    {
      components: api.components,
      generated: { body: { $ref: `#/components/schemas/${schemaName}` } },
    },
    "spec",
  );
  return ajv.getSchema("spec#/generated/body") as Validate;
}

const count = z.number().int().min(0);
const attribute = z.array(z.strictObject({ metric: z.string(), requests: count })).optional();
const sumsTo = (values: Record<string, number>, total: number) =>
  Object.values(values).reduce((a, b) => a + b, 0) === total;
const zodFeedback = z
  .strictObject({
    created_at: z.iso.datetime({ offset: true }).optional(),
    description: z.string(),
    expression: z.string(),
    first_request_seen_at: z.iso.datetime({ offset: true }),
    last_request_seen_at: z.iso.datetime({ offset: true }),
    requests: count,
    requests_by_attribute: z.strictObject({
      topASNs: attribute,
      topCountries: attribute,
      topHosts: attribute,
      topIPs: attribute,
      topJA3Hashes: attribute,
      topJA4s: attribute,
      topPaths: attribute,
      topUserAgents: attribute,
    }),
    requests_by_score: z.record(z.string().regex(/^(?:[1-9]|[1-9][0-9])$/), count),
    requests_by_score_src: z.record(z.string(), count),
    type: z.enum(["false_positive", "false_negative"]),
    subtype: z.string().optional(),
  })
  .superRefine((report, ctx) => {
    if (!sumsTo(report.requests_by_score, report.requests))
      ctx.addIssue({ code: "custom", path: ["requests_by_score"], message: "sum" });
    if (!sumsTo(report.requests_by_score_src, report.requests))
      ctx.addIssue({ code: "custom", path: ["requests_by_score_src"], message: "sum" });
  });
const ids = z.array(z.number()).optional();
const zodMiscategorization = z
  .strictObject({
    content_adds: ids,
    content_removes: ids,
    security_adds: ids,
    security_removes: ids,
    indicator_type: z.enum(["domain", "ipv4", "ipv6", "url"]).optional(),
    ip: z.string().nullable().optional(),
    url: z.string().optional(),
  })
  .superRefine((m, ctx) => {
    if (typeof m.ip === "string" && m.indicator_type !== "ipv4" && m.indicator_type !== "ipv6")
      ctx.addIssue({ code: "custom", path: ["indicator_type"], message: "ip" });
    if (m.url !== undefined && m.indicator_type !== "domain" && m.indicator_type !== "url")
      ctx.addIssue({ code: "custom", path: ["indicator_type"], message: "url" });
    if (
      m.indicator_type === "ipv4" &&
      typeof m.ip === "string" &&
      !z.ipv4().safeParse(m.ip).success
    )
      ctx.addIssue({ code: "custom", path: ["ip"], message: "ipv4" });
    if (
      m.indicator_type === "ipv6" &&
      typeof m.ip === "string" &&
      !z.ipv6().safeParse(m.ip).success
    )
      ctx.addIssue({ code: "custom", path: ["ip"], message: "ipv6" });
  });

const feedbackValid = seedFeedbackReport();
const feedbackInvalid = {
  ...feedbackValid,
  type: "maybe",
  requests: 1999,
  requests_by_score: { "100": 2000 },
};
const miscValid = {
  content_adds: [82],
  content_removes: [155],
  indicator_type: "domain",
  security_adds: [117, 131],
  security_removes: [83],
};
const miscInvalid = { indicator_type: "domain", ip: "203.0.113.7", url: 5 };

const cases = [
  [
    "feedback report, valid",
    "validateCreateBotFeedbackReportBody",
    "BotFeedbackReport",
    zodFeedback,
    feedbackValid,
    true,
  ],
  [
    "feedback report, invalid",
    "validateCreateBotFeedbackReportBody",
    "BotFeedbackReport",
    zodFeedback,
    feedbackInvalid,
    false,
  ],
  [
    "miscategorization, valid",
    "validateCreateMiscategorizationBody",
    "Miscategorization",
    zodMiscategorization,
    miscValid,
    true,
  ],
  [
    "miscategorization, invalid",
    "validateCreateMiscategorizationBody",
    "Miscategorization",
    zodMiscategorization,
    miscInvalid,
    false,
  ],
] as const;

for (const [name, exportName, schemaName, zodSchema, payload, valid] of cases) {
  const standalone = generated[exportName]!;
  const ajvCompiled = compiled(schemaName);
  for (const [who, ok] of [
    ["generated", standalone(payload)],
    ["ajv.compile", ajvCompiled(payload)],
    ["zod 4", zodSchema.safeParse(payload).success],
  ] as const) {
    if (ok !== valid) throw new Error(`${who} says ${String(ok)} for "${name}"`);
  }
  describe(name, () => {
    bench("generated (Ajv standalone)", () => void standalone(payload));
    bench("ajv.compile, same options", () => void ajvCompiled(payload));
    bench("zod 4 safeParse", () => void zodSchema.safeParse(payload));
  });
}
