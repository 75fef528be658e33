/**
 * The "Testing with mocks" page (`docs/mocks.md`): its TypeScript type-checks against the
 * generated package imported by name, its vitest example runs and passes, its links resolve, and
 * it is laid out as prettier lays it out.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { linkPackage } from "./helpers/link.js";
import { codeBlocks, linkTargets, markdownFiles } from "./helpers/markdown.js";
import { GENERATED, ROOT } from "./helpers/paths.js";
import { CONSUMER_OPTIONS, typeErrors } from "./helpers/typecheck.js";

const files = markdownFiles(GENERATED);
const page = files.get("docs/mocks.md")!;
const blocks = codeBlocks("docs/mocks.md", page).filter((b) => b.lang === "ts");

describe("docs/mocks.md", () => {
  it("is linked from the index, and its links resolve", () => {
    expect(linkTargets(files.get("docs/README.md")!)).toContain("mocks.md");
    for (const target of linkTargets(page)) expect(files.has(`docs/${target}`), target).toBe(true);
  });

  it("every TypeScript block type-checks against the generated package", async () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    const project = await linkPackage(GENERATED, "mocks-docs-types");
    const paths = await Promise.all(
      blocks.map(async (block, index) => {
        const path = `${project.root}/block-${index}.mts`;
        await writeFile(path, `${block.code}\nexport {};\n`);
        return path;
      }),
    );
    // vitest's and msw's own declarations are theirs to check (and slow to): skipLibCheck.
    expect(typeErrors(paths, { ...CONSUMER_OPTIONS, skipLibCheck: true })).toEqual([]);
  });

  it("overrides are typed from the spec (each @ts-expect-error line is a real error)", async () => {
    const project = await linkPackage(GENERATED, "mocks-types");
    const name = project.packageName;
    const path = `${project.root}/overrides.mts`;
    await writeFile(
      path,
      [
        `import { createMockFetch, errorResponse, delayed } from "${name}/mocks";`,
        `createMockFetch({`,
        `  createBotFeedbackReport: ({ path, body }) => {`,
        `    const zone: string = path.zone_id;`,
        `    const kind: "false_positive" | "false_negative" = body.type;`,
        `    return zone === kind ? errorResponse(409) : undefined;`,
        `  },`,
        `  getBotManagementConfig: async () => delayed(10, errorResponse(500)),`,
        `});`,
        `createMockFetch({`,
        `  // @ts-expect-error: no such operation in the spec`,
        `  getNothing: () => undefined,`,
        `});`,
        `createMockFetch({`,
        `  // @ts-expect-error: not the operation's response body`,
        `  createMiscategorization: () => 42,`,
        `});`,
        `createMockFetch({`,
        `  createBotFeedbackReport: ({ path }) => {`,
        `    // @ts-expect-error: no such path parameter`,
        `    void path.zone;`,
        `  },`,
        `});`,
        `export {};`,
      ].join("\n"),
    );
    expect(typeErrors([path], { ...CONSUMER_OPTIONS, skipLibCheck: true })).toEqual([]);
  });

  it("its vitest example runs and passes", async () => {
    const example = blocks.find((b) => b.code.includes('from "vitest"'))!;
    const project = await linkPackage(GENERATED, "mocks-docs-run");
    await writeFile(`${project.root}/example.test.ts`, example.code);
    // Its own config, so the repository's (which leaves test/.tmp out) is not picked up.
    const config = `${project.root}/vitest.config.mjs`;
    await writeFile(config, 'export default { test: { include: ["example.test.ts"] } };\n');
    const run = spawnSync(
      process.execPath,
      [`${ROOT}/node_modules/vitest/vitest.mjs`, "run", "--root", project.root, "--config", config],
      { cwd: project.root, encoding: "utf8", env: { ...process.env, CI: "1" } },
    );
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout.replace(/\x1b\[[0-9;]*m/g, "")).toMatch(/Tests\s+2 passed/);
  });

  it("is laid out as prettier lays it out", async () => {
    const options = JSON.parse(readFileSync(`${ROOT}/.prettierrc.json`, "utf8")) as object;
    expect(await prettier.format(page, { ...options, parser: "markdown" })).toBe(page);
  });
});
