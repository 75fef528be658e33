/**
 * The generated docs cannot lie: every TypeScript block type-checks against the generated package
 * (imported by name), every example passes the package's own validation and its curl sends what
 * its TypeScript sends, every curl body is the spec's example, every relative link and anchor
 * resolves (test/helpers/package-checks.ts, which takes every list from the spec); and every field
 * name, enum value and path parameter of each seed page appears on its operation's page.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defineDocsChecks, modelOf } from "./helpers/package-checks.js";
import { markdownFiles } from "./helpers/markdown.js";
import { GENERATED, MAIN_SPEC, ROOT } from "./helpers/paths.js";

const model = await modelOf(MAIN_SPEC);
const files = markdownFiles(GENERATED);

// The checks every package's docs pass, lists and counts from the spec (test/helpers/package-checks.ts).
defineDocsChecks({ label: "generated", dir: GENERATED, model });

/** Which docs pages each seed page is about (seed 001: the config and the list of reports). */
const SEED_PAGES: Readonly<Record<string, readonly string[]>> = {
  "000": ["createBotFeedbackReport"],
  "001": ["getBotManagementConfig", "updateBotManagementConfig", "listBotFeedbackReports"],
  "002": ["updateInsightClassification"],
  "003": ["requestMitigationReview"],
  "004": ["createMiscategorization"],
};
/**
 * The seed pages, copied from `../shared/seeds/` so the suite runs in any checkout; the copy is
 * checked against the shared folder whenever that folder is there.
 */
const SEEDS = `${ROOT}/test/fixtures/seeds`;
const SHARED_SEEDS = `${ROOT}/../shared/seeds`;

describe.skipIf(!existsSync(SHARED_SEEDS))("the seed pages' copy", () => {
  it("is byte-identical to ../shared/seeds", () => {
    const names = readdirSync(SHARED_SEEDS).sort();
    expect(readdirSync(SEEDS).sort()).toEqual(names);
    for (const name of names) {
      expect(readFileSync(`${SEEDS}/${name}`, "utf8"), name).toBe(
        readFileSync(`${SHARED_SEEDS}/${name}`, "utf8"),
      );
    }
  });
});

describe.each(Object.entries(SEED_PAGES))("seed %s fidelity", (seed, ids) => {
  const file = readdirSync(SEEDS).find((name) => name.startsWith(`${seed}_`));
  const text = readFileSync(`${SEEDS}/${file}`, "utf8");
  const page = ids.map((id) => files.get(`docs/${id}.md`) ?? "").join("\n");

  it("every body field, enum value and path parameter it lists is on the page", () => {
    // Field lines read `name: type` (`description: string`, `zone_id: string`), or are keys of a
    // JSON example (`"fight_mode": false`); enum values are quoted lines under "One of the
    // following:". `params: …Params { … }` is the SDK's argument object, not an API field.
    const names = [
      ...[...text.matchAll(/^([a-z_][a-z0-9_]*): (?!\w+Params\b)/gm)].map((m) => m[1]!),
      ...[...text.matchAll(/^"([a-z_][a-z0-9_]*)": /gm)].map((m) => m[1]!),
    ];
    const values = [...text.matchAll(/^"([^"\n]+)"$/gm)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(0);
    const missing = [
      ...names
        .filter((name) => !new RegExp(`\`[^\`]*\\b${name}\\b[^\`]*\``).test(page))
        .map((n) => `field ${n}`),
      ...values
        .filter((value) => !page.includes(`"${value}"`) && !page.includes(`\`${value}\``))
        .map((v) => `value ${v}`),
    ];
    expect(missing).toEqual([]);
  });
});
