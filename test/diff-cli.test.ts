/**
 * The change report through the real CLI, on a copy of the minimal fixture: the report printed
 * and written (`--report`), `--fail-on-breaking`, the version error that `--check` keeps failing
 * on until `info.version` is raised, and a CHANGELOG.md that grows once per API change.
 */
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.js";
import { FIXTURES, TMP } from "./helpers/paths.js";
import { readTree } from "./helpers/tree.js";

const WORK = `${TMP}/diff-cli-${process.pid}`;
const SPEC = `${WORK}/spec/openapi.yaml`;
const OUT = `${WORK}/out`;
const REPORT = `${WORK}/reports/r.json`;

beforeAll(async () => {
  await rm(WORK, { recursive: true, force: true });
  await cp(`${FIXTURES}/minimal/spec`, `${WORK}/spec`, { recursive: true });
  await cp(`${FIXTURES}/minimal/expected`, OUT, { recursive: true });
});
afterAll(async () => {
  await rm(WORK, { recursive: true, force: true });
});

async function editSpec(from: string | RegExp, to: string): Promise<void> {
  const text = await readFile(SPEC, "utf8");
  const edited = text.replace(from, to);
  expect(edited, "the edit applies").not.toBe(text);
  await writeFile(SPEC, edited);
}

const generate = (...flags: string[]) => runCli(["--spec", SPEC, "--out", OUT, ...flags]);

describe("the change report through the CLI", () => {
  it("--check of a stale output prints the report, writes --report, changes nothing", async () => {
    await editSpec("                required: [ok]\n", "");
    const before = await readTree(OUT);
    const run = await generate("--check", "--report", REPORT);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^API changes from 1\.0\.0 to 1\.0\.0 \(bump: major; 1 breaking, 0 non-breaking, 0 info\):\n {2}breaking property-became-optional ping #\/paths\/~1ping\/get\/responses\/200\/content\/application~1json\/schema\/properties\/ok: response field ok is now optional: code reading it must now handle its absence\n/,
    );
    expect(run.stderr).toContain(
      "version error: breaking changes need a new major version (2.0.0 or later)",
    );
    expect(run.stderr).toContain("stale    ");
    expect(JSON.parse(await readFile(REPORT, "utf8"))).toMatchObject({
      from: "1.0.0",
      to: "1.0.0",
      bump: "major",
    });
    expect(await readTree(OUT)).toEqual(before);
  });

  it("--fail-on-breaking writes, then exits 2; --check keeps failing on the version", async () => {
    const run = await generate("--fail-on-breaking");
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/\nGenerated \d+ files in /);
    const changelog = await readFile(`${OUT}/CHANGELOG.md`, "utf8");
    expect(changelog).toMatch(
      /\n## 1\.0\.0\n\nFrom 1\.0\.0, bump major\.\n\n- \*\*breaking\*\* `property-became-optional` `ping`/,
    );
    const check = await generate("--check");
    expect([check.code, check.stdout]).toEqual([1, `${OUT} is up to date.\n`]);
    expect(check.stderr).toMatch(/^version error: .*\n {2}hint: raise info\.version/);
  });

  it("raising info.version fixes it: one entry for the change, and reruns add nothing", async () => {
    await editSpec("  version: 1.0.0\n", "  version: 2.0.0\n");
    const run = await generate("--fail-on-breaking", "--report", REPORT);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(JSON.parse(await readFile(REPORT, "utf8"))).toEqual({
      from: "1.0.0",
      to: "2.0.0",
      bump: "none",
      changes: [],
    });
    const changelog = await readFile(`${OUT}/CHANGELOG.md`, "utf8");
    expect(changelog.match(/^## .*$/gm)).toEqual(["## 1.0.0", "## 2.0.0"]);
    const again = await generate("--check");
    expect([again.code, again.stdout, again.stderr]).toEqual([0, `${OUT} is up to date.\n`, ""]);
  });

  it("an addition with a new minor is clean, and appends its entry", async () => {
    await editSpec("  version: 2.0.0\n", "  version: 2.1.0\n");
    await editSpec(
      "      summary: Ping the service\n",
      "      summary: Ping the service\n      deprecated: true\n",
    );
    await editSpec(
      "      responses:\n",
      "      parameters:\n        - { name: verbose, in: query, schema: { type: boolean } }\n      responses:\n",
    );
    const run = await generate("--report", REPORT);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    const json = JSON.parse(await readFile(REPORT, "utf8")) as {
      bump: string;
      changes: { kind: string; level: string }[];
    };
    expect(json.bump).toBe("minor");
    expect(json.changes.map((c) => [c.kind, c.level])).toEqual([
      ["operation-deprecated", "info"],
      ["optional-parameter-added", "non-breaking"],
    ]);
    const changelog = await readFile(`${OUT}/CHANGELOG.md`, "utf8");
    expect(changelog.match(/^## .*$/gm)).toEqual(["## 1.0.0", "## 2.0.0", "## 2.1.0"]);
  });
});
