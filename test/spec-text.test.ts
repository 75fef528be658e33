/**
 * The spec's text is user text (CONTRACT §1): no seed citation or path into the project's working
 * folders reaches the generated package, and `requests_by_attribute` is the open map the seed
 * describes ("Keys include ..."): the eight known keys and any other, each an array of
 * `{ metric, requests }`.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { modelOf } from "./helpers/package-checks.js";
import { GENERATED, MAIN_SPEC } from "./helpers/paths.js";
import { seedFeedbackReport } from "./helpers/seeds.js";

type Validators = typeof import("../generated/src/validators.js");
const validators = (await import(`${GENERATED}/dist/validators.js`)) as Validators;

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string, prefix = ""): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) =>
      statSync(`${dir}/${name}`).isDirectory()
        ? filesUnder(`${dir}/${name}`, `${prefix}${name}/`)
        : [`${prefix}${name}`],
    );
}

/** The seed's feedback report (seed 000's request example). */
const SEED_REPORT = seedFeedbackReport();

function withAttributes(attributes: unknown): unknown {
  return { ...SEED_REPORT, requests_by_attribute: attributes };
}

describe("the spec's text in the generated package", () => {
  it("has no seed citation and no path into the working folders", () => {
    const hits = filesUnder(GENERATED).flatMap((file) =>
      readFileSync(`${GENERATED}/${file}`, "utf8")
        .split("\n")
        .map((line, index) => `${file}:${index + 1}: ${line.trim()}`)
        .filter((line) => /seeds? [0-9]{3}|shared\//i.test(line)),
    );
    expect(hits).toEqual([]);
  });
});

/** Every string under a `description`, `summary`, `title` or example key, with its JSON pointer. */
function userText(node: unknown, pointer = ""): [string, string][] {
  if (typeof node !== "object" || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => {
    const at = `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    const own =
      /^(description|summary|title|example|examples|value)$/.test(key) ||
      pointer.includes("/examples/")
        ? JSON.stringify(value)
        : undefined;
    return [
      ...(own === undefined ? [] : ([[at, own]] as [string, string][])),
      ...userText(value, at),
    ];
  });
}

describe("the spec's user text", () => {
  it("no description, summary, title or example cites a seed or a working folder (those are YAML comments)", async () => {
    const { document } = await modelOf(MAIN_SPEC);
    const texts = userText(document);
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.filter(([, text]) => /seeds? [0-9]{3}|shared\//i.test(text))).toEqual([]);
  });
});

describe("requests_by_attribute is an open map of { metric, requests } arrays", () => {
  const validator = validators.requestBodies.createBotFeedbackReport;

  it("accepts the seed's feedback report", () => {
    expect(validator["~standard"].validate(SEED_REPORT)).toEqual({ value: SEED_REPORT });
  });

  it("accepts a known key beside one it does not know (topASNs plus topFoo)", () => {
    const report = withAttributes({
      topASNs: [{ metric: "AS13335", requests: 10 }],
      topFoo: [{ metric: "bar", requests: 3 }],
    });
    expect(validator.is(report)).toBe(true);
    expect(validators.schemas.RequestsByAttribute.is({ topFoo: [] })).toBe(true);
  });

  it.each([
    ["an object, not an array", { topFoo: { metric: "bar", requests: 3 } }],
    ["an item without requests", { topFoo: [{ metric: "bar" }] }],
    ["an item with a string count", { topFoo: [{ metric: "bar", requests: "3" }] }],
    ["an item with an extra field", { topIPs: [{ metric: "a", requests: 1, share: 0.5 }] }],
    ["a number", { topASNs: 3 }],
  ])("refuses a value that is %s", (_label, attributes) => {
    const report = withAttributes(attributes);
    expect(validator.is(report)).toBe(false);
    const result = validator["~standard"].validate(report) as { issues?: { path?: unknown }[] };
    expect(result.issues?.length).toBeGreaterThan(0);
  });
});
