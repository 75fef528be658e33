/**
 * The official JSON Schema Test Suite (draft 2020-12, vendored in
 * test/fixtures/json-schema-test-suite/) through the generated validators, beside Ajv 2020 +
 * ajv-formats as the reference.
 *
 * Every group of the vendored files whose schema uses only keywords the README says the generator
 * honours becomes a component schema of one spec, generated once by the real pipeline (load,
 * validate, types, validators, docs, compile); each case then runs through the compiled
 * `schemas[...]` validator. Groups using `patternProperties` or `dependentSchemas`, which the
 * generator refuses by design, go into a second spec that must be refused with a located error
 * per group. Groups using keywords the generator neither honours nor lists (`$id`, `$anchor`,
 * `contains`, remote references) are out of scope, and counted as such.
 *
 * Our wrong answers must be exactly the known deviations below (each with its reason), and fewer
 * than Ajv's wrong answers on the same cases. The figures are written to
 * test/.tmp/json-schema-suite/figures.md (copied into test/bench/RESULTS.md).
 */
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { DiagnosticsError } from "../generator/diagnostics.js";
import { generate } from "../generator/generate.js";
import { UNSUPPORTED_SCHEMA_KEYWORDS } from "../generator/keywords.js";
import { ROOT } from "./helpers/paths.js";

const require = createRequire(import.meta.url);
const Ajv2020 = (require("ajv/dist/2020") as typeof import("ajv/dist/2020.js")).default;
const addFormats = (require("ajv-formats") as typeof import("ajv-formats")).default;

const SUITE = join(ROOT, "test/fixtures/json-schema-test-suite/tests/draft2020-12");
const WORK = join(ROOT, "test/.tmp/json-schema-suite");

/** Keywords the generator refuses by design (README, "Schema keywords"): a located error. */
const REFUSED_BY_DESIGN: ReadonlySet<string> = new Set(["patternProperties", "dependentSchemas"]);

/**
 * Cases the generated validators answer otherwise than the suite, each with its reason, keyed
 * `file › group › case`. The test fails when one is missing or no longer wrong.
 */
/**
 * `hostname` checks RFC 1123 labels as ASCII; an A-label (`xn--…`) is not decoded, so the IDNA
 * 2008 rules on what it encodes (RFC 5891/5892: contextual characters, scripts, marks), which
 * need Unicode's tables, are not checked. ajv-formats (and so Ajv 2020) does the same.
 */
const A_LABELS = "A-labels are not decoded: IDNA 2008 rules on their Unicode are unchecked";

/**
 * Ajv's unevaluated vocabulary, which the validators use for `unevaluatedProperties`, counts the
 * properties of an `if` without `then` otherwise than 2020-12 says; Ajv 2020 answers the same.
 */
const IF_WITHOUT_THEN =
  "Ajv's unevaluatedProperties mis-tracks an `if` without `then` (Ajv 2020 too)";

const KNOWN_DEVIATIONS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    [
      "Arabic-Indic digits mixed with Extended Arabic-Indic digits",
      "Begins with a Nonspacing Mark",
      "Begins with a Spacing Combining Mark",
      "Begins with an Enclosing Mark",
      "Exceptions that are DISALLOWED, left-to-right chars",
      "Exceptions that are DISALLOWED, right-to-left chars",
      "Greek KERAIA not followed by Greek",
      "Greek KERAIA not followed by anything",
      "Hebrew GERESH not preceded by Hebrew",
      "Hebrew GERESH not preceded by anything",
      "Hebrew GERSHAYIM not preceded by Hebrew",
      "Hebrew GERSHAYIM not preceded by anything",
      "KATAKANA MIDDLE DOT with no Hiragana, Katakana, or Han",
      "KATAKANA MIDDLE DOT with no other characters",
      "MIDDLE DOT with no following 'l'",
      "MIDDLE DOT with no preceding 'l'",
      "MIDDLE DOT with nothing following",
      "MIDDLE DOT with nothing preceding",
      "ZERO WIDTH JOINER not preceded by Virama",
      "ZERO WIDTH JOINER not preceded by anything",
      'contains "--" in the 3rd and 4th position',
      "contains illegal char U+302E Hangul single dot tone mark",
      "invalid Punycode",
    ].map((name) => [
      `hostname.json › validation of A-label (punycode) host names › ${name}`,
      A_LABELS,
    ]),
  ),
  "unevaluatedProperties.json \u203a unevaluatedProperties with if/then/else, then not defined \u203a when if is true and has no unevaluated properties":
    IF_WITHOUT_THEN,
  "unevaluatedProperties.json \u203a unevaluatedProperties with if/then/else, then not defined \u203a when if is false and has unevaluated properties":
    IF_WITHOUT_THEN,
};

interface SuiteCase {
  readonly description: string;
  readonly data: unknown;
  readonly valid: boolean;
}

interface SuiteGroup {
  /** `required`, or `format: date-time` for the optional format files. */
  readonly keyword: string;
  readonly file: string;
  readonly description: string;
  readonly schema: unknown;
  readonly tests: readonly SuiteCase[];
}

type Scope = "accepted" | "refused" | "out of scope";

/** Every group of the vendored files, in file order. */
async function suiteGroups(): Promise<SuiteGroup[]> {
  const groups: SuiteGroup[] = [];
  const read = async (folder: string, keywordOf: (name: string) => string) => {
    const names = (await readdir(folder)).filter((name) => name.endsWith(".json")).sort();
    for (const name of names) {
      const file = JSON.parse(await readFile(join(folder, name), "utf8")) as SuiteGroup[];
      const keyword = keywordOf(name.replace(/\.json$/, ""));
      for (const group of file) groups.push({ ...group, keyword, file: name });
    }
  };
  await read(SUITE, (name) => name);
  await read(join(SUITE, "optional/format"), (name) => `format: ${name}`);
  return groups;
}

/** Keys whose value is one subschema, a list of subschemas, or a map of subschemas. */
const ONE = new Set(["additionalProperties", "unevaluatedProperties", "propertyNames", "items"]);
for (const key of ["not", "if", "then", "else", "contains", "unevaluatedItems", "contentSchema"])
  ONE.add(key);
const LIST = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
const MAP = new Set(["properties", "patternProperties", "dependentSchemas", "$defs"]);

/** The keywords a schema uses (at any depth), and whether it has a `$ref` outside the document. */
function keywordsOf(schema: unknown, found = new Set<string>()): Set<string> {
  if (typeof schema !== "object" || schema === null) return found;
  for (const [key, value] of Object.entries(schema)) {
    found.add(key);
    if (key === "$ref" && typeof value === "string" && !value.startsWith("#"))
      found.add("remote $ref");
    if (ONE.has(key)) keywordsOf(value, found);
    else if (LIST.has(key) && Array.isArray(value)) value.forEach((v) => keywordsOf(v, found));
    else if (MAP.has(key) && typeof value === "object" && value !== null)
      Object.values(value).forEach((v) => keywordsOf(v, found));
  }
  return found;
}

function scopeOf(group: SuiteGroup): Scope {
  const used = keywordsOf(group.schema);
  used.delete("$schema"); // the dialect, which OpenAPI 3.1 says for every schema
  const unsupported = [...used].filter(
    (key) => key === "remote $ref" || UNSUPPORTED_SCHEMA_KEYWORDS.has(key),
  );
  if (unsupported.length === 0) return "accepted";
  return unsupported.every((key) => REFUSED_BY_DESIGN.has(key)) ? "refused" : "out of scope";
}

/**
 * A group's schema as a component `name` of an OpenAPI document: its root `$schema` dropped and
 * its document-local `$ref`s (`#`, `#/$defs/a`) pointed at the component. Only schemas are
 * rewritten, never data (`enum: [{ $ref: "#/x" }]` is a value).
 */
function asComponent(schema: unknown, name: string): unknown {
  const base = `#/components/schemas/${name}`;
  const each = (map: unknown, rewrite: (v: unknown) => unknown) =>
    typeof map === "object" && map !== null && !Array.isArray(map)
      ? Object.fromEntries(Object.entries(map).map(([k, v]) => [k, rewrite(v)]))
      : map;
  const rewrite = (node: unknown): unknown => {
    if (typeof node !== "object" || node === null || Array.isArray(node)) return node;
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => {
        if (key === "$ref" && typeof value === "string" && value.startsWith("#"))
          return [key, `${base}${value.slice(1)}`];
        if (ONE.has(key)) return [key, rewrite(value)];
        if (LIST.has(key) && Array.isArray(value)) return [key, value.map(rewrite)];
        if (MAP.has(key)) return [key, each(value, rewrite)];
        return [key, value];
      }),
    );
  };
  if (typeof schema !== "object" || schema === null) return schema;
  const { $schema: _dialect, ...rest } = schema as Record<string, unknown>;
  return rewrite(rest);
}

function specOf(schemas: Record<string, unknown>): object {
  return {
    openapi: "3.1.0",
    info: { title: "JSON Schema Test Suite", version: "1.0.0" },
    paths: {},
    components: { schemas },
  };
}

/** Per keyword: cases; those refused; right answers of ours and Ajv's on the cases run. */
interface Tally {
  cases: number;
  ours: number;
  ajv: number;
  refused: number;
}

const groups = await suiteGroups();
const scopes = groups.map(scopeOf);
const accepted = groups.flatMap((g, i) =>
  scopes[i] === "accepted" ? [[`S${i}`, g] as const] : [],
);
const refused = groups.flatMap((g, i) => (scopes[i] === "refused" ? [[`S${i}`, g] as const] : []));

type Validators = Record<string, { is(value: unknown): boolean }>;
let schemas: Validators;

beforeAll(async () => {
  await rm(WORK, { recursive: true, force: true });
  await mkdir(WORK, { recursive: true });
  const specPath = join(WORK, "openapi.json");
  await writeFile(
    specPath,
    JSON.stringify(
      specOf(Object.fromEntries(accepted.map(([name, g]) => [name, asComponent(g.schema, name)]))),
    ),
  );
  const { files } = await generate({ specPath }).catch((error: unknown) => {
    if (!(error instanceof DiagnosticsError)) throw error;
    const list = error.diagnostics.map((d) => `${d.pointer}: ${d.message}`).join("\n");
    throw new Error(`The generator refused groups it should accept:\n${list}`);
  });
  for (const file of files) {
    await mkdir(dirname(join(WORK, "out", file.path)), { recursive: true });
    await writeFile(join(WORK, "out", file.path), file.contents);
  }
  const module = (await import(pathToFileURL(join(WORK, "out/dist/validators.js")).href)) as {
    schemas: Validators;
  };
  schemas = module.schemas;
}, 120_000);

/** Ajv 2020 + ajv-formats, as a user of Ajv would set it up. */
const reference = new Ajv2020({ strict: false });
addFormats(reference);

/** The reference's validate function for the suite's own schema of a group. */
function ajvAnswers(group: SuiteGroup): ((data: unknown) => boolean) | undefined {
  const ajv = reference;
  try {
    return ajv.compile(group.schema as object) as (data: unknown) => boolean;
  } catch {
    return undefined; // a schema Ajv cannot compile: every case counts as wrong
  }
}

const caseKey = (group: SuiteGroup, test: SuiteCase) =>
  `${group.file} › ${group.description} › ${test.description}`;

describe("JSON Schema Test Suite (draft 2020-12): the generated validators beside Ajv 2020", () => {
  it("the vendored files hold the groups of every honoured keyword, and few are out of scope", () => {
    expect(accepted.length).toBeGreaterThan(200);
    expect(refused.length).toBeGreaterThan(0);
    const keywords = new Set(accepted.map(([, g]) => g.keyword));
    for (const keyword of ["boolean_schema", "required", "properties", "enum", "items", "not"])
      expect(keywords).toContain(keyword);
  });

  it("answers every case of the accepted groups right, but for the known deviations, and is right more often than Ajv 2020", async () => {
    const tallies = new Map<string, Tally>();
    const ours: string[] = [];
    const ajvWrong: string[] = [];
    for (const [name, group] of accepted) {
      const tally = tallies.get(group.keyword) ?? { cases: 0, ours: 0, ajv: 0, refused: 0 };
      const reference = ajvAnswers(group);
      for (const test of group.tests) {
        tally.cases++;
        if (schemas[name]!.is(test.data) === test.valid) tally.ours++;
        else ours.push(caseKey(group, test));
        if (reference !== undefined && reference(test.data) === test.valid) tally.ajv++;
        else ajvWrong.push(caseKey(group, test));
      }
      tallies.set(group.keyword, tally);
    }
    for (const [, group] of refused) {
      const tally = tallies.get(group.keyword) ?? { cases: 0, ours: 0, ajv: 0, refused: 0 };
      for (const _test of group.tests) {
        tally.cases++;
        tally.refused++;
      }
      tallies.set(group.keyword, tally);
    }
    await writeFile(join(WORK, "figures.md"), figures(tallies, ajvWrong));
    expect(ours.sort()).toEqual(Object.keys(KNOWN_DEVIATIONS).sort());
    expect(ours.length).toBeLessThan(ajvWrong.length);
  });

  it("refuses each group using patternProperties or dependentSchemas, and only those, with a located error, and crashes on none", async () => {
    const specPath = join(WORK, "refused.json");
    await writeFile(
      specPath,
      JSON.stringify(
        specOf(Object.fromEntries(refused.map(([name, g]) => [name, asComponent(g.schema, name)]))),
      ),
    );
    const error = await generate({ specPath }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiagnosticsError);
    const diagnostics = (error as DiagnosticsError).diagnostics;
    for (const [name] of refused) {
      const found = diagnostics.find((d) => d.pointer.startsWith(`#/components/schemas/${name}/`));
      expect(found, name).toMatchObject({ severity: "error" });
      expect(found!.line, name).toBeGreaterThan(0);
      expect(found!.code, name).toBe("schema-keyword");
    }
  });
});

/** The figures as a Markdown table: per keyword, cases, refused, and right/wrong on the cases run. */
function figures(tallies: ReadonlyMap<string, Tally>, ajvWrong: readonly string[]): string {
  const row = (keyword: string, t: Tally) => {
    const run = t.cases - t.refused;
    return `| ${keyword} | ${t.cases} | ${t.refused} | ${t.ours} | ${run - t.ours} | ${t.ajv} | ${run - t.ajv} |`;
  };
  const total = [...tallies.values()].reduce(
    (sum, t) => ({
      cases: sum.cases + t.cases,
      ours: sum.ours + t.ours,
      ajv: sum.ajv + t.ajv,
      refused: sum.refused + t.refused,
    }),
    { cases: 0, ours: 0, ajv: 0, refused: 0 },
  );
  return [
    "| keyword | cases | refused | ours right | ours wrong | Ajv 2020 right | Ajv 2020 wrong |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...[...tallies].map(([keyword, t]) => row(keyword, t)),
    row("**total**", total),
    "",
    `Groups: ${accepted.length} run, ${refused.length} refused, ${scopes.filter((s) => s === "out of scope").length} out of scope.`,
    "",
    "Ajv 2020 wrong on:",
    ...ajvWrong.map((key) => `- ${key}`),
    "",
  ].join("\n");
}
