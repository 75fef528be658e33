/**
 * Differential and hostile-input checks of the generated validators.
 *
 * Differential: for every validator whose schema uses no custom keyword, the generated standalone
 * code and an independently configured `Ajv2019` (native `dependentRequired`, ajv-formats' own
 * format functions) agree on thousands of random inputs: arbitrary JSON and mutated examples.
 * Hostile: prototype keys, deep nesting, huge values and adversarial strings neither crash the
 * validators nor pollute prototypes, and validation time stays linear in the input (shown by
 * ratios between input sizes, never by an absolute bound).
 */
import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bundleSpec, loadSpec } from "../generator/load.js";
import { buildModel } from "../generator/model/build.js";
import { isSuccessStatus, type OperationModel } from "../generator/model/ir.js";
import { validationConfig } from "../generator/validate.js";
import { GENERATED, MAIN_SPEC } from "./helpers/paths.js";

const require = createRequire(import.meta.url);
const Ajv2019 = (require("ajv/dist/2019") as typeof import("ajv/dist/2019.js")).default;
const addFormats = (require("ajv-formats") as typeof import("ajv-formats")).default;

type Validate = ((data: unknown) => boolean) & { errors?: unknown };
const generated = (await import(`${GENERATED}/dist/validators/ajv.js`)) as Record<string, Validate>;
const model = buildModel(await bundleSpec(await loadSpec(MAIN_SPEC), await validationConfig()));
const components = model.document["components"];

function usesCustomKeyword(schema: unknown, seen = new Set<unknown>()): boolean {
  if (typeof schema !== "object" || schema === null || seen.has(schema)) return false;
  seen.add(schema);
  const node = schema as Record<string, unknown>;
  if ("x-sum-equals" in node) return true;
  const ref = node["$ref"];
  if (typeof ref === "string") {
    const target = ref
      .replace(/^#\//, "")
      .split("/")
      .reduce<unknown>((n, k) => (n as Record<string, unknown>)?.[k], model.document);
    if (usesCustomKeyword(target, seen)) return true;
  }
  return Object.values(node).some((child) => usesCustomKeyword(child, seen));
}

interface Target {
  readonly name: string;
  readonly validate: Validate;
  readonly schema: unknown;
  readonly examples: readonly unknown[];
}

function targets(): Target[] {
  const list: Target[] = [];
  const add = (
    op: OperationModel,
    kind: "Body" | "Response",
    schema: unknown,
    examples: readonly unknown[],
  ) => {
    const validate = generated[`validate${op.typeName}${kind}`];
    if (validate !== undefined && !usesCustomKeyword(schema))
      list.push({ name: `${op.operationId} ${kind.toLowerCase()}`, validate, schema, examples });
  };
  for (const op of model.operations) {
    if (op.requestBody?.schema !== undefined)
      add(
        op,
        "Body",
        op.requestBody.schema,
        op.requestBody.examples.map((e) => e.value),
      );
    const success = op.responses.find((r) => isSuccessStatus(r.status) && r.schema !== undefined);
    if (success)
      add(
        op,
        "Response",
        success.schema,
        success.examples.map((e) => e.value),
      );
  }
  return list;
}

/** Values that hit the schemas' edges: enum members, formats, nulls, wrong types. */
const interesting = fc.oneof(
  fc.constantFrom(
    "false_positive",
    "accept_risk",
    "other",
    "removed",
    "misclassified",
    "domain",
    "ipv4",
    "ipv6",
    "url",
    "allow",
    "block",
    "managed_challenge",
    "pending",
    "zone",
  ),
  fc.constantFrom(
    "203.0.113.7",
    "2001:db8::1",
    "999.1.1.1",
    "2025-09-29T00:00:00Z",
    "2025-02-30T00:00:00Z",
    "2025-09-29T23:59:60Z",
    "2025-09-29 06:00:00+02:00",
    "x",
  ),
  fc.constantFrom(null, true, false, 0, -1, 1000, 999, 1.5, "", [], {}),
  fc.string(),
  fc.integer(),
  fc.array(fc.integer(), { maxLength: 3 }),
);

const KEYS = [
  "classification",
  "rationale",
  "appeals",
  "id",
  "reason",
  "indicator_type",
  "ip",
  "url",
  "content_adds",
  "security_removes",
  "fight_mode",
  "sbfm_verified_bots",
  "success",
  "errors",
  "messages",
  "result",
  "result_info",
  "code",
  "message",
  "status",
  "effective_date",
  "extra",
];

/** An example with random edits: set or delete keys on random objects inside it. */
function mutated(examples: readonly unknown[]): fc.Arbitrary<unknown> {
  const edit = fc.record({
    at: fc.nat(),
    key: fc.constantFrom(...KEYS),
    value: fc.option(interesting, { nil: undefined }),
  });
  return fc
    .tuple(fc.constantFrom(...examples), fc.array(edit, { minLength: 1, maxLength: 4 }))
    .map(([example, edits]) => {
      const value = structuredClone(example);
      for (const { at, key, value: replacement } of edits) {
        const objects = objectsIn(value);
        const target = objects[at % objects.length];
        if (target === undefined) continue;
        if (replacement === undefined) delete target[key];
        else target[key] = structuredClone(replacement); // a shared {} could otherwise form a cycle
      }
      return value;
    });
}

function objectsIn(
  value: unknown,
  found: Record<string, unknown>[] = [],
): Record<string, unknown>[] {
  if (Array.isArray(value)) value.forEach((v) => objectsIn(v, found));
  else if (typeof value === "object" && value !== null) {
    found.push(value as Record<string, unknown>);
    Object.values(value).forEach((v) => objectsIn(v, found));
  }
  return found;
}

describe("differential: generated standalone validators agree with Ajv2019 compiling the same schema", () => {
  const list = targets();
  // The reference compiles each target inside a copy of the spec's components, as the emitter does.
  const reference = new Ajv2019({ allErrors: true, strict: false });
  addFormats(reference);
  reference.addSchema(
    { components, targets: Object.fromEntries(list.map((t, i) => [i, t.schema])) },
    "spec",
  );

  it("covers the validators without custom keywords", () => {
    expect(list.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        "updateInsightClassification body",
        "createMiscategorization body",
        "requestMitigationReview body",
        "updateBotManagementConfig body",
        "requestMitigationReview response",
      ]),
    );
  });

  it.each(list.map((t, i) => [t.name, t, i] as const))("%s", (_name, target, index) => {
    const compiled = reference.getSchema(`spec#/targets/${index}`) as Validate;
    const inputs =
      target.examples.length > 0
        ? fc.oneof(fc.jsonValue(), mutated(target.examples))
        : fc.jsonValue();
    let invalid = 0;
    let valid = 0;
    fc.assert(
      fc.property(inputs, (input) => {
        const expected = compiled(input);
        if (expected) valid++;
        else invalid++;
        expect(target.validate(input)).toBe(expected);
      }),
      { numRuns: 1500, seed: 20261124 },
    );
    expect(invalid).toBeGreaterThan(0);
    if (target.examples.length > 0) expect(valid).toBeGreaterThan(0);
  });
});

describe("hostile input", () => {
  const feedback = generated["validateCreateBotFeedbackReportBody"]!;
  const misc = generated["validateCreateMiscategorizationBody"]!;

  it("__proto__ and constructor keys are reported as unknown fields and pollute nothing", () => {
    const payload = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "indicator_type": "domain"}',
    ) as unknown;
    expect(misc(payload)).toBe(false);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    const scores = JSON.parse('{"__proto__": 5}') as unknown;
    expect(feedback({ requests_by_score: scores })).toBe(false);
    expect((Object.prototype as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("deeply nested values do not crash", () => {
    let deep: unknown = "leaf";
    for (let i = 0; i < 20_000; i++) deep = { content_adds: deep };
    expect(misc(deep)).toBe(false);
    let deepArray: unknown = [];
    for (let i = 0; i < 20_000; i++) deepArray = [deepArray];
    expect(misc({ content_adds: deepArray })).toBe(false);
  });

  it("huge arrays and strings are handled, in time linear in their size", () => {
    const time = (size: number) => {
      const payload = {
        content_adds: Array.from({ length: size }, (_, i) => i),
        url: "x".repeat(size),
        indicator_type: "url",
      };
      const start = performance.now();
      expect(misc(payload)).toBe(true);
      return performance.now() - start;
    };
    // The best of three runs of each size: one garbage collection inside a single run can
    // double it. Linear gives ~10× for 10× the input, quadratic ~100×; the bound sits between.
    const best = (size: number) => Math.min(time(size), time(size), time(size));
    time(10_000); // warm up
    const small = Math.max(best(100_000), 0.5);
    const large = best(1_000_000);
    expect(large / small).toBeLessThan(50);
  });

  it("adversarial strings against every pattern and format run in linear time", () => {
    // Each attack at two sizes, ten times apart. No absolute bound (a loaded machine stalls any
    // run): linear time gives a ratio near 10, catastrophic backtracking one in the thousands;
    // 50 sits between, with a floor so that timer noise on tiny times cannot decide.
    const attacks: ((n: number) => string)[] = [
      (n) => "1".repeat(n) + "x",
      (n) => "9".repeat(n),
      (n) => "2025-09-29T" + "0".repeat(n),
      (n) => "1.".repeat(n / 2) + "x",
      (n) => ":".repeat(n) + "g",
      (n) => "a@" + "a.".repeat(n / 2) + "!",
    ];
    const run = (attack: string): number => {
      const start = performance.now();
      feedback({
        requests_by_score: { [attack]: 1 },
        first_request_seen_at: attack,
        last_request_seen_at: attack,
      });
      misc({ indicator_type: "ipv4", ip: attack });
      misc({ indicator_type: "ipv6", ip: attack });
      return performance.now() - start;
    };
    const best = (attack: string) => Math.min(run(attack), run(attack), run(attack));
    for (const attack of attacks) {
      const small = Math.max(best(attack(10_000)), 1);
      const large = best(attack(100_000));
      expect(large / small).toBeLessThan(50);
    }
  });
});
