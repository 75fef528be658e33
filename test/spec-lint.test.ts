/**
 * The spec lints clean with Redocly's recommended rules (redocly.yaml), and the linter is live:
 * the same rules do flag a spec whose example breaks its schema.
 */
import { lint, lintFromString, loadConfig, type NormalizedProblem } from "@redocly/openapi-core";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { MAIN_SPEC, ROOT } from "./helpers/paths.js";

function describeProblem(problem: NormalizedProblem): string {
  const where = problem.location[0];
  return `${problem.severity} ${problem.ruleId}: ${problem.message} at ${where?.source.absoluteRef ?? "?"}${where?.pointer ?? ""}`;
}

describe("spec/openapi.yaml", () => {
  it("has no Redocly problems under the recommended rules", async () => {
    const config = await loadConfig({ configPath: `${ROOT}/redocly.yaml` });
    const problems = await lint({ ref: MAIN_SPEC, config });
    expect(problems.map(describeProblem)).toEqual([]);
  });

  it("the same rules flag an example that breaks its schema", async () => {
    const config = await loadConfig({ configPath: `${ROOT}/redocly.yaml` });
    const text = (await readFile(MAIN_SPEC, "utf8")).replace("requests: 2000", "requests: lots");
    const problems = await lintFromString({ source: text, absoluteRef: MAIN_SPEC, config });
    expect(problems.map((p) => p.ruleId)).toContain("no-invalid-media-type-examples");
  });
});
