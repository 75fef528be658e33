/**
 * The cache changes nothing: the main spec generated through the real CLI with a cache (cold, warm,
 * warm after an edit of one operation's summary, after an edit of a `$ref`ed file, with damaged
 * entries) gives the same tree, byte for byte, as a run without one; `--check` answers from the
 * cache and stays correct, and the record of the output folder misses no hand edit; `generate()`
 * run twice with an edit between (as `--watch` does) gives the edited output; a JSON spec whose
 * operations' prose is edited is read through the cache (spec-cache.ts) with the same files and
 * located warnings as a full read. The corpus version is test/corpus/cache.test.ts.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cp, mkdir, readdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../generator/generate.js";
import { openCache, type GenerationCache } from "../generator/run-cache.js";
import { runCli, type CliRun } from "./helpers/cli.js";
import { ROOT, TMP } from "./helpers/paths.js";
import { syntheticDocument } from "./helpers/synthetic-spec.js";
import { readTree } from "./helpers/tree.js";

const dir = `${TMP}/cache-differential-${process.pid}`;
const spec = `${dir}/spec/openapi.yaml`;
const cacheDir = `${dir}/cache`;

/** The CLI with its stage timings on, so a test can see which stages ran. */
function cli(args: readonly string[]): Promise<CliRun> {
  return runCli(["--spec", spec, ...args], { CF_SDK_TIMINGS: "1" });
}

/**
 * Generates into `name` with the cache, and (unless the spec is unchanged since the reference
 * named `reference` was made) into `<name>-reference` without; both must agree byte for byte.
 */
async function expectSameWithCache(name: string, reference = `${name}-reference`): Promise<CliRun> {
  if (reference === `${name}-reference`) {
    const plain = await cli(["--no-cache", "--out", `${dir}/${reference}`]);
    expect(plain.code, plain.stderr).toBe(0);
  }
  const cached = await cli(["--cache-dir", cacheDir, "--out", `${dir}/${name}`]);
  expect(cached.code, cached.stderr).toBe(0);
  await expectSameTrees(`${dir}/${name}`, `${dir}/${reference}`);
  return cached;
}

async function expectSameTrees(actualDir: string, expectedDir: string): Promise<void> {
  const [actual, expected] = await Promise.all([readTree(actualDir), readTree(expectedDir)]);
  expect([...actual.keys()]).toEqual([...expected.keys()]);
  for (const [path, contents] of expected) {
    expect(actual.get(path), `${path} differs with the cache`).toBe(contents);
  }
}

/** The stages a run's timings line names (`cache` alone: the whole run came from the cache). */
function stages(run: CliRun): string[] {
  const line = run.stderr.split("\n").find((text) => /peak memory/.test(text)) ?? "";
  return [...line.matchAll(/([a-z:-]+) \d+ ms/g)].map((match) => match[1]!);
}

/** Appends to the summary of the spec's first operation: a one-line edit of one operation. */
async function editFirstSummary(text: string): Promise<void> {
  const source = await readFile(spec, "utf8");
  const edited = source.replace(/^(\s+)operationId: .*\n\1summary: .*$/m, (lines) => lines + text);
  expect(edited, "the spec's first operation has a one-line summary").not.toBe(source);
  await writeFile(spec, edited);
}

beforeAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await cp(`${ROOT}/spec`, `${dir}/spec`, { recursive: true });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

// Each test runs the CLI on the main spec up to four times: minutes on a busy machine.
describe.sequential("the CLI with a cache", { timeout: 300_000 }, () => {
  it("cold: the same tree as without a cache", async () => {
    const run = await expectSameWithCache("cold");
    expect(stages(run)).toContain("emit:validator-code");
  });

  it("warm: the same tree, taken whole from the cache", async () => {
    const run = await expectSameWithCache("warm", "cold-reference");
    expect(stages(run)).toEqual(["cache"]);
  });

  it("after a one-line edit of one operation: the same tree, validators reused", async () => {
    await editFirstSummary(" (edited)");
    const run = await expectSameWithCache("edited");
    expect(stages(run)).toContain("emit:types");
    expect(stages(run)).not.toContain("emit:validator-code");
    expect(stages(run)).not.toContain("emit:validators");
  });

  it("after an edit of a file the root $refs: the same tree, not the cached run", async () => {
    const components = (await readdir(`${dir}/spec/components`)).map((name) =>
      join(`${dir}/spec/components`, name),
    );
    const file = components.find((path) => /\.ya?ml$/.test(path))!;
    const source = await readFile(file, "utf8");
    const edited = source.replace(/^(\s+description: )(\S.*)$/m, "$1$2 Edited.");
    expect(edited).not.toBe(source);
    await writeFile(file, edited);
    const run = await expectSameWithCache("ref-edited");
    expect(stages(run)).not.toEqual(["cache"]);
  });

  it("--check answers from the cache: clean on a current folder, stale files named otherwise", async () => {
    const clean = await cli(["--cache-dir", cacheDir, "--check", "--out", `${dir}/ref-edited`]);
    expect(clean.code, clean.stderr).toBe(0);
    expect(stages(clean)).toEqual(["cache"]);
    const readme = `${dir}/ref-edited/README.md`;
    await writeFile(readme, `${await readFile(readme, "utf8")}\nlocal change\n`);
    const stale = await cli(["--cache-dir", cacheDir, "--check", "--out", `${dir}/ref-edited`]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain("stale    ");
    expect(stale.stderr).toContain("/README.md");
    expect(stages(stale)).toEqual(["cache"]);
  });

  it("a damaged cache is never trusted: every entry corrupted, the same tree, entries rebuilt", async () => {
    const entries = await readdir(cacheDir, { recursive: true, withFileTypes: true });
    const files = entries.filter((entry) => entry.isFile());
    expect(files.length).toBeGreaterThan(0);
    for (const entry of files) {
      const path = join(entry.parentPath, entry.name);
      const text = await readFile(path, "utf8");
      await writeFile(path, `${text.slice(0, -1)}${text.endsWith("x") ? "y" : "x"}`);
    }
    const damaged = await expectSameWithCache("damaged", "ref-edited-reference");
    expect(stages(damaged)).toContain("emit:validator-code");
    const rebuilt = await expectSameWithCache("rebuilt", "ref-edited-reference");
    expect(stages(rebuilt)).toEqual(["cache"]);
  });

  it("the output record: files as last written are trusted, yet a same-size hand edit, a deleted and an added file are found and mended", async () => {
    const out = `${dir}/rebuilt`;
    // Older than the record's racy window, so that the next run records every file as trusted.
    const past = new Date(Date.now() - 60_000);
    const paths = [...(await readTree(out)).keys()];
    await Promise.all(paths.map((path) => utimes(join(out, path), past, past)));
    const recorded = await cli(["--cache-dir", cacheDir, "--out", out]);
    expect(recorded.code, recorded.stderr).toBe(0);
    expect(recorded.stdout).toContain(" 0 written, 0 removed");
    const readme = join(out, "README.md");
    const text = await readFile(readme, "utf8");
    await writeFile(
      readme,
      text.replace(/[a-z]/, (c) => (c === "a" ? "b" : "a")),
    );
    const deleted = paths.find((path) => path.startsWith("docs/") && path.endsWith(".md"))!;
    await rm(join(out, deleted));
    await writeFile(join(out, "stray.ts"), "export {};\n");
    const check = await cli(["--cache-dir", cacheDir, "--check", "--out", out]);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(`stale    ${out}/README.md`);
    expect(check.stderr).toContain(`missing  ${out}/${deleted}`);
    expect(check.stderr).toContain(`extra    ${out}/stray.ts`);
    const mended = await cli(["--cache-dir", cacheDir, "--out", out]);
    expect(mended.code, mended.stderr).toBe(0);
    expect(mended.stdout).toContain(" 2 written, 1 removed");
    await expectSameTrees(out, `${dir}/ref-edited-reference`);
    const clean = await cli(["--cache-dir", cacheDir, "--check", "--out", out]);
    expect(clean.code, clean.stderr).toBe(0);
  });
});

describe(
  "generate() through a cache, twice with an edit between (as --watch runs)",
  {
    timeout: 300_000,
  },
  () => {
    it("gives what generate() without a cache gives, each time", async () => {
      const cache = await openCache(`${dir}/cache-watch`);
      for (const edit of [" (first)", " (second)"]) {
        const cached = await generate({ specPath: spec, cache });
        await cache.settle();
        const plain = await generate({ specPath: spec });
        expect(cached.files).toEqual(plain.files);
        await editFirstSummary(edit);
      }
      const afterEdit = await generate({ specPath: spec, cache });
      expect(afterEdit.files).toEqual((await generate({ specPath: spec })).files);
      expect(Object.keys(afterEdit.timings)).not.toContain("emit:validator-code");
    });
  },
);

/** Resolves once `child`'s stdout has printed `count` lines matching `pattern`. */
function printed(child: ChildProcess, pattern: RegExp, count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = 0;
    let text = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      const lines = text.split("\n");
      text = lines.pop()!;
      seen += lines.filter((line) => pattern.test(line)).length;
      if (seen >= count) resolve();
    });
    child.once("exit", (code) => reject(new Error(`--watch exited (${code}) before printing`)));
  });
}

describe("--watch with a cache", { timeout: 300_000 }, () => {
  it("regenerates an edit through the cache: the same tree as without one", async () => {
    const out = `${dir}/watched`;
    const child = spawn(
      process.execPath,
      ["generator/bin.js", "--spec", spec, "--out", out, "--watch", "--cache-dir", cacheDir],
      { cwd: ROOT, env: { ...process.env, CF_SDK_TIMINGS: "1" } },
    );
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      await printed(child, /^Watching /, 1);
      const generated = printed(child, /^Generated /, 1);
      stderr = "";
      await editFirstSummary(" (watched)");
      await generated;
      // The rerun took the validators from the cache: the edit was to an operation's prose.
      expect(stages({ code: 0, stdout: "", stderr })).toContain("emit:types");
      expect(stages({ code: 0, stdout: "", stderr })).not.toContain("emit:validator-code");
      const reference = await cli(["--no-cache", "--out", `${dir}/watched-reference`]);
      expect(reference.code, reference.stderr).toBe(0);
      await expectSameTrees(out, `${dir}/watched-reference`);
    } finally {
      child.kill("SIGINT");
    }
  });
});

/**
 * A JSON spec with warnings before and after its operations' prose: an unknown format (a warning,
 * kept as an annotation) in a parameter of the last operation and in a component schema that
 * follows `paths`, and a response no mock default satisfies (the mocks emitter's warning).
 */
function proseSpec(): Record<string, unknown> {
  const document = syntheticDocument({ name: "prose" }) as {
    paths: Record<string, Record<string, Record<string, unknown>>>;
  } & Record<string, unknown>;
  const template = { type: "string", format: "uri-template" };
  document.paths["/things/{id}"]!["get"]!["description"] = "First.";
  document.paths["/public"]!["get"]!["parameters"] = [
    { name: "next", in: "query", schema: template },
  ];
  // No value is both: the mocks' default answer is a located `mock-default` warning.
  document.paths["/public"]!["get"]!["responses"] = {
    "200": {
      description: "Never made.",
      content: {
        "application/json": { schema: { allOf: [{ type: "string" }, { type: "integer" }] } },
      },
    },
  };
  return { ...document, components: { schemas: { Link: template } } };
}

/** `generate()` through the cache and without one: the same files and the same warnings. */
async function expectSameRead(specPath: string, cache: GenerationCache) {
  const cached = await generate({ specPath, cache });
  expect(await cache.settle()).toBe(0);
  const plain = await generate({ specPath });
  expect(cached.files).toEqual(plain.files);
  expect(cached.warnings).toEqual(plain.warnings);
  expect(cached.specFiles).toEqual(plain.specFiles);
  return cached;
}

/** Replaces one operation's prose in the text, keeping everything else where it was. */
function withProse(text: string, from: string, to: string): string {
  const edited = text.replace(JSON.stringify(from), JSON.stringify(to));
  expect(edited).not.toBe(text);
  return edited;
}

describe(
  "the spec read through the cache when only operations' prose changed",
  { timeout: 300_000 },
  () => {
    it.each([
      ["on one line (every warning's column moves)", (value: unknown) => JSON.stringify(value)],
      ["pretty-printed", (value: unknown) => JSON.stringify(value, null, 2)],
    ])("%s: the same files and located warnings as a full read", async (name, print) => {
      const specPath = `${dir}/prose-${name.split(" ")[0]}/spec.json`;
      await mkdir(dirname(specPath), { recursive: true });
      const cache = await openCache(`${dir}/prose-cache-${name.split(" ")[0]}`);
      const original = print(proseSpec());
      await writeFile(specPath, original);
      const cold = await expectSameRead(specPath, cache);
      expect(cold.warnings.map((w) => w.code)).toEqual(
        expect.arrayContaining(["schema-annotation", "mock-default"]),
      );
      expect(Object.keys(cold.timings)).toContain("validate");

      // Two operations' prose, longer, with escapes and a character outside the BMP.
      let edited = withProse(
        original,
        "First.",
        'First, edited: "quoted", \\ back\u2028slash ✓ 𝄞.',
      );
      edited = withProse(edited, "A public thing", "A public thing, renamed");
      await writeFile(specPath, edited);
      const hit = await expectSameRead(specPath, cache);
      expect(Object.keys(hit.timings)).toContain("spec-cache");
      expect(Object.keys(hit.timings)).not.toContain("validate");
      expect(Object.keys(hit.timings)).not.toContain("emit:validator-code");
      expect(Object.keys(hit.timings)).toContain("locate");
      if (!original.includes("\n")) {
        // The warnings after the edit moved along the line.
        expect(hit.warnings.map((w) => w.column)).not.toEqual(cold.warnings.map((w) => w.column));
      }

      // A change outside the prose (a tag): the full read, and still the same.
      await writeFile(specPath, edited.replace('"operationId":', '"tags": ["x"], "operationId":'));
      const structural = await expectSameRead(specPath, cache);
      expect(Object.keys(structural.timings)).toContain("validate");
    });

    it("a JSON root that $refs another file: a change to that file is a full read", async () => {
      const folder = `${dir}/prose-ref`;
      await mkdir(folder, { recursive: true });
      const document = proseSpec() as { components: { schemas: Record<string, unknown> } };
      document.components.schemas["Link"] = { $ref: "./link.json" };
      const specPath = `${folder}/spec.json`;
      const original = JSON.stringify(document);
      await writeFile(specPath, original);
      await writeFile(`${folder}/link.json`, '{"type": "string", "format": "uri-template"}');
      const cache = await openCache(`${folder}/cache`);
      await expectSameRead(specPath, cache);
      await writeFile(specPath, withProse(original, "First.", "First, edited."));
      const hit = await expectSameRead(specPath, cache);
      expect(Object.keys(hit.timings)).not.toContain("validate");
      await writeFile(`${folder}/link.json`, '{"type": "string", "maxLength": 9}');
      const changed = await expectSameRead(specPath, cache);
      expect(Object.keys(changed.timings)).toContain("validate");
    });

    it("a YAML root is read in full, also after a prose edit", async () => {
      const specPath = `${dir}/prose-yaml/spec.yaml`;
      await mkdir(dirname(specPath), { recursive: true });
      const original = JSON.stringify(proseSpec(), null, 2); // JSON is YAML too
      await writeFile(specPath, original);
      const cache = await openCache(`${dir}/prose-yaml/cache`);
      await expectSameRead(specPath, cache);
      await writeFile(specPath, withProse(original, "First.", "First, edited."));
      const edited = await expectSameRead(specPath, cache);
      expect(Object.keys(edited.timings)).toContain("validate");
    });
  },
);
