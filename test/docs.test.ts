/**
 * The generated docs cannot lie: every TypeScript block type-checks against the generated package
 * (imported by name), every JSON request example passes its validator and is the spec's example,
 * every curl body is that same JSON, every relative link and anchor resolves, and every field name,
 * enum value and path parameter of each seed page appears on its operation's page.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { linkPackage } from "./helpers/link.js";
import { anchors, codeBlocks, linkTargets, markdownFiles } from "./helpers/markdown.js";
import { GENERATED, ROOT } from "./helpers/paths.js";
import { typeErrors } from "./helpers/typecheck.js";

type Validators = typeof import("../generated/src/validators.js");
const validators = (await import(`${GENERATED}/dist/validators.js`)) as Validators;

const files = markdownFiles(GENERATED);
const operationIds = Object.keys(validators.requestBodies).concat(
  Object.keys(validators.responses),
);
// docs/mocks.md is no operation's page; its example is checked in test/mocks-docs.test.ts.
const pages = [...files.keys()].filter((path) => /^docs\/(?!README|mocks\.md)/.test(path));

describe("generated docs", () => {
  it("has the index and one page per operation", () => {
    const linked = linkTargets(files.get("docs/README.md")!).filter(
      (t) => t.endsWith(".md") && t !== "mocks.md",
    );
    expect(pages.map((p) => p.slice("docs/".length)).sort()).toEqual([...new Set(linked)].sort());
    for (const id of operationIds) expect(pages).toContain(`docs/${id}.md`);
    expect(pages).toHaveLength(7);
  });

  it("every TypeScript block type-checks against the generated package", async () => {
    const project = await linkPackage(GENERATED, "docs-examples");
    const blocks = [...files]
      .filter(([file]) => file !== "docs/mocks.md")
      .flatMap(([file, text]) => codeBlocks(file, text))
      .filter((b) => b.lang === "ts");
    expect(blocks.length).toBeGreaterThanOrEqual(pages.length + 3);
    const paths = await Promise.all(
      blocks.map(async (block, index) => {
        const path = `${project.root}/block-${index}.mts`;
        await writeFile(path, `${block.code}\nexport {};\n`);
        return path;
      }),
    );
    const errors = typeErrors(paths).map((e) => {
      const index = Number(/block-(\d+)\.mts/.exec(e)?.[1]);
      return `${blocks[index]?.file}: ${e}`;
    });
    expect(errors).toEqual([]);
  });

  it("a TypeScript block with a wrong field does not type-check (the check above is live)", async () => {
    const project = await linkPackage(GENERATED, "docs-examples-wrong");
    const page = files.get("docs/createBotFeedbackReport.md")!;
    const block = codeBlocks("x", page).find((b) => b.lang === "ts")!.code;
    const path = `${project.root}/wrong.mts`;
    await writeFile(
      path,
      `${block.replace('"false_negative"', '"false_negatives"')}\nexport {};\n`,
    );
    expect(typeErrors([path]).join("\n")).toMatch(/false_negatives/);
  });

  it.each(pages)("%s: each curl body is JSON that passes the operation's validator", (page) => {
    const id = page.slice("docs/".length, -".md".length);
    const text = files.get(page)!;
    const bodies = codeBlocks(page, text)
      .filter((b) => b.lang === "sh")
      .flatMap((b) =>
        [...b.code.matchAll(/<<'JSON'\n([\s\S]*?)\nJSON/g)].map(
          (m) => JSON.parse(m[1]!) as unknown,
        ),
      );
    const validator = (
      validators.requestBodies as Record<string, { is(v: unknown): boolean; issues?: unknown }>
    )[id];
    if (validator === undefined) {
      expect(bodies).toEqual([]);
      return;
    }
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies) expect(validator.is(body), JSON.stringify(body)).toBe(true);
  });

  it("the curl bodies are exactly the spec's request examples", async () => {
    const { bundle, createConfig } = await import("@redocly/openapi-core");
    const result = await bundle({
      ref: `${ROOT}/spec/openapi.yaml`,
      config: await createConfig({ extends: [] }),
    });
    const spec = result.bundle.parsed as { paths: Record<string, Record<string, SpecOperation>> };
    for (const item of Object.values(spec.paths)) {
      for (const operation of Object.values(item)) {
        if (typeof operation !== "object" || operation.operationId === undefined) continue;
        const examples = Object.values(
          operation.requestBody?.content?.["application/json"]?.examples ?? {},
        ).map((e) => e.value);
        const text = files.get(`docs/${operation.operationId}.md`)!;
        const curlBodies = [...text.matchAll(/<<'JSON'\n([\s\S]*?)\nJSON/g)].map(
          (m) => JSON.parse(m[1]!) as unknown,
        );
        expect(curlBodies, operation.operationId).toEqual(examples);
      }
    }
  });

  it("every relative link resolves to a file, and every anchor to a heading of it", () => {
    const problems: string[] = [];
    for (const [file, text] of files) {
      for (const target of linkTargets(text)) {
        if (/^[a-z]+:/.test(target)) continue; // an absolute URL
        const [path, anchor] = target.split("#") as [string, string | undefined];
        const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/") + 1) : "";
        const resolved = path === "" ? file : new URL(path, `file:///${dir}`).pathname.slice(1);
        const linked = files.get(resolved);
        if (linked === undefined) problems.push(`${file}: ${target} (no file ${resolved})`);
        else if (anchor !== undefined && !anchors(linked).has(anchor))
          problems.push(`${file}: ${target} (no heading)`);
      }
    }
    expect(problems).toEqual([]);
    expect([...files.values()].flatMap(linkTargets).length).toBeGreaterThan(10);
  });

  it("is laid out as prettier lays it out (the generator no longer runs prettier on Markdown)", async () => {
    const options = JSON.parse(readFileSync(`${ROOT}/.prettierrc.json`, "utf8")) as object;
    const changed: string[] = [];
    for (const [file, text] of files) {
      const formatted = await prettier.format(text, { ...options, parser: "markdown" });
      if (formatted !== text) changed.push(file);
    }
    expect(changed).toEqual([]);
    expect(files.size).toBe(10);
  });
});

interface SpecOperation {
  readonly operationId?: string;
  readonly requestBody?: {
    content?: Record<string, { examples?: Record<string, { value: unknown }> }>;
  };
}

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
