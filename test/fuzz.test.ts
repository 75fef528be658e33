/**
 * Fuzzing the generator with broken specs: random mutations of the main spec (a key dropped, a
 * value of another type, an odd name, a duplicated operationId, a broken `$ref`...) must either
 * generate a package whose code type-checks, or fail with located diagnostics (file, line, column,
 * pointer): never an uncaught exception. `npm test` runs FUZZ_RUNS (default 20) mutations;
 * `npm run fuzz` (in CI) runs 300. Generation runs in-process, as the CLI runs it.
 */
import fc from "fast-check";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { afterAll, describe, expect, it } from "vitest";
import { DiagnosticsError } from "../generator/diagnostics.js";
import { generate } from "../generator/generate.js";
import { MAIN_SPEC, TMP } from "./helpers/paths.js";
import { hostileSpec } from "./helpers/arbitrary.js";
import { typeErrors } from "./helpers/typecheck.js";

const RUNS = Number(process.env["FUZZ_RUNS"] ?? 20);
/**
 * A fixed seed by default, so that CI is reproducible; `FUZZ_SEED=random` (or a number) explores
 * other mutations. Every crash a seed found is fixed in the generator.
 */
const SEED =
  process.env["FUZZ_SEED"] === "random"
    ? Date.now() % 1_000_000
    : Number(process.env["FUZZ_SEED"] ?? 20261124);
const WORK = `${TMP}/fuzz-${process.pid}`;
const TYPE_CHECKED = 4;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path into a JSON value, to pick mutation sites from. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value))
    return here.concat(value.flatMap((item, i) => paths(item, [...prefix, i])));
  if (value !== null && typeof value === "object") {
    return here.concat(
      Object.entries(value).flatMap(([key, item]) => paths(item, [...prefix, key])),
    );
  }
  return here;
}

type Mutation =
  | { kind: "delete"; site: number }
  | { kind: "replace"; site: number; value: Json }
  | { kind: "rename"; site: number; name: string }
  | { kind: "duplicateOperationId" }
  | { kind: "breakRef"; site: number; target: string };

const oddValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 100 }),
  fc.constantFrom("", "string", "object", "#/components/schemas/Nope", "[a-", "date-tme", "x"),
  fc.constant([]),
  fc.constant({}),
  fc.constant({ type: "string" }),
);
const oddName = fc.constantFrom(
  "class",
  "a-b",
  "with space",
  "$ref",
  "x-extra",
  "123",
  "",
  "__proto__",
  "é",
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), site: fc.nat() }),
  fc.record({
    kind: fc.constant("replace" as const),
    site: fc.nat(),
    value: oddValue as fc.Arbitrary<Json>,
  }),
  fc.record({ kind: fc.constant("rename" as const), site: fc.nat(), name: oddName }),
  fc.record({ kind: fc.constant("duplicateOperationId" as const) }),
  fc.record({
    kind: fc.constant("breakRef" as const),
    site: fc.nat(),
    target: fc.constantFrom("#/components/schemas/Nope", "#/info", "./missing.yaml#/X", "#/paths"),
  }),
);

/** Applies one mutation to a copy of the document. */
function mutate(document: Json, m: Mutation): Json {
  const copy = structuredClone(document) as { [key: string]: Json };
  const all = paths(copy).filter((p) => p.length > 0);
  const parentOf = (path: (string | number)[]): Json =>
    path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string, Json>)[key]!, copy);
  if (m.kind === "duplicateOperationId") {
    const ids = all.filter((p) => p.at(-1) === "operationId");
    const [first, second] = [ids[0], ids[1]];
    if (first && second)
      (parentOf(second) as Record<string, Json>)["operationId"] = (
        parentOf(first) as Record<string, Json>
      )["operationId"]!;
    return copy;
  }
  if (m.kind === "breakRef") {
    const refs = all.filter((p) => p.at(-1) === "$ref");
    const site = refs[m.site % Math.max(refs.length, 1)];
    if (site) (parentOf(site) as Record<string, Json>)["$ref"] = m.target;
    return copy;
  }
  const site = all[m.site % all.length]!;
  const parent = parentOf(site) as Record<string | number, Json> | Json[];
  const key = site.at(-1)!;
  if (m.kind === "replace") {
    (parent as Record<string | number, Json>)[key] = m.value;
  } else if (Array.isArray(parent)) {
    parent.splice(Number(key), 1);
  } else if (m.kind === "delete") {
    delete parent[key];
  } else {
    const value = parent[key]!;
    delete parent[key];
    parent[m.name] = value;
  }
  return copy;
}

/** The main spec bundled into one document (its `$ref`s local), the mutations' starting point. */
const base = await (async () => {
  const { bundle, createConfig } = await import("@redocly/openapi-core");
  const result = await bundle({ ref: MAIN_SPEC, config: await createConfig({ extends: [] }) });
  return result.bundle.parsed as Json;
})();

let keep = false;
afterAll(() => (keep ? undefined : rm(WORK, { recursive: true, force: true })));

describe("the generator under random spec mutations", () => {
  it(`never crashes: ${RUNS} mutations generate code that type-checks or fail located`, async () => {
    await mkdir(WORK, { recursive: true });
    let run = 0;
    const generated: string[] = [];
    const outcomes = { generated: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const spec = `${WORK}/openapi-${run}.json`;
        run++;
        await writeFile(spec, JSON.stringify(mutations.reduce(mutate, base), null, 2));
        try {
          const result = await generate({ specPath: spec });
          outcomes.generated++;
          if (generated.length < TYPE_CHECKED) {
            const out = `${WORK}/out-${run}`;
            for (const file of result.files.filter((f) => f.path.startsWith("src/"))) {
              await mkdir(`${out}/${file.path.replace(/\/[^/]*$/, "")}`, { recursive: true });
              await writeFile(`${out}/${file.path}`, file.contents);
            }
            generated.push(out);
          }
        } catch (error) {
          if (!(error instanceof DiagnosticsError)) {
            keep = true; // the failing spec stays in test/.tmp for a look
            throw new Error(`${spec}: ${(error as Error).stack ?? String(error)}`);
          }
          outcomes.refused++;
          for (const d of error.diagnostics) {
            expect(d.file, d.message).not.toBe("");
            expect(d.line, `${d.message} at ${d.pointer}`).toBeGreaterThan(0);
            expect(d.pointer.startsWith("#")).toBe(true);
          }
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(outcomes.generated + outcomes.refused).toBe(RUNS);
    expect(outcomes.refused).toBeGreaterThan(0);
    const sources = generated.flatMap((out) =>
      ["index.ts", "client.ts", "operations.ts", "validators.ts", "types.ts"].map(
        (f) => `${out}/src/${f}`,
      ),
    );
    expect(typeErrors(sources)).toEqual([]);
  }, 600_000);
});

/**
 * Hostile names: operationIds, parameter and property names, enum values and descriptions drawn
 * from JavaScript built-ins, reserved words, lone surrogates, combining marks, `*\/`, `${}`,
 * backticks, `</script>` and Handlebars braces. Each run generates a package whose code
 * type-checks, or is refused with located diagnostics; never anything else.
 */
const HOSTILE_RUNS = Math.max(5, Math.round(RUNS / 2));
const TYPE_CHECK_BATCH = 20;

describe("the generator under hostile names", () => {
  it(`never crashes: ${HOSTILE_RUNS} specs generate code that type-checks or fail located`, async () => {
    await mkdir(WORK, { recursive: true });
    let run = 0;
    const generated: string[] = [];
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(hostileSpec, async (document) => {
        const spec = `${WORK}/hostile-${run}.json`;
        const out = `${WORK}/hostile-out-${run}`;
        run++;
        await writeFile(spec, JSON.stringify(document, null, 2));
        try {
          const result = await generate({ specPath: spec });
          await writeSources(out, result.files);
          generated.push(out);
        } catch (error) {
          if (!(error instanceof DiagnosticsError)) {
            keep = true; // the failing spec stays in test/.tmp for a look
            throw new Error(`${spec}: ${(error as Error).stack ?? String(error)}`);
          }
          refused++;
          if (process.env["FUZZ_VERBOSE"]) console.log(error.diagnostics.map((d) => d.message));
          for (const d of error.diagnostics) {
            expect(d.file, d.message).toBe(spec);
            expect(d.line, `${d.message} at ${d.pointer}`).toBeGreaterThan(0);
            expect(d.pointer.startsWith("#")).toBe(true);
          }
        }
      }),
      { numRuns: HOSTILE_RUNS, seed: SEED },
    );
    expect(generated.length + refused).toBe(HOSTILE_RUNS);
    expect(generated.length).toBeGreaterThan(0);
    for (let at = 0; at < generated.length; at += TYPE_CHECK_BATCH) {
      const sources = generated
        .slice(at, at + TYPE_CHECK_BATCH)
        .flatMap((out) => CHECKED_SOURCES.map((f) => `${out}/src/${f}`));
      expect(typeErrors(sources)).toEqual([]);
    }
  }, 900_000);
});

const CHECKED_SOURCES = ["index.ts", "client.ts", "operations.ts", "validators.ts", "types.ts"];

/** Writes the generated `src/` files under `out`. */
async function writeSources(
  out: string,
  files: readonly { path: string; contents: string }[],
): Promise<void> {
  for (const file of files.filter((f) => f.path.startsWith("src/"))) {
    await mkdir(`${out}/${file.path.replace(/\/[^/]*$/, "")}`, { recursive: true });
    await writeFile(`${out}/${file.path}`, file.contents);
  }
}
