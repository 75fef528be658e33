/**
 * The command line as users run it: broken specs (each with its expected stderr as a golden file),
 * --check, --help, and the write path (atomic, only changed files, stale files removed).
 */
import { spawn } from "node:child_process";
import { cp, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { existsSync, readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.js";
import { FIXTURES, ROOT, TMP } from "./helpers/paths.js";
import { readTree } from "./helpers/tree.js";

const WORK = `${TMP}/cli-${process.pid}`;
const MINIMAL = `${FIXTURES}/minimal`;
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

beforeAll(() => mkdir(WORK, { recursive: true }));
afterAll(() => rm(WORK, { recursive: true, force: true }));

const faults = readdirSync(`${FIXTURES}/broken`).sort();

/** A fault's root document: `spec/openapi.yaml`, or `spec/openapi.json` for a JSON fault. */
function rootOf(fault: string): string {
  const json = `test/fixtures/broken/${fault}/spec/openapi.json`;
  return existsSync(`${FIXTURES}/broken/${fault}/spec/openapi.json`)
    ? json
    : `test/fixtures/broken/${fault}/spec/openapi.yaml`;
}

describe.concurrent.each(faults)("broken spec: %s", (fault) => {
  it("exits 1 with its golden message, no stack trace, and leaves the output folder untouched", async () => {
    const out = `${WORK}/out-${fault}`;
    await cp(`${MINIMAL}/expected`, out, { recursive: true });
    const before = await readTree(out);
    const run = await runCli(["--spec", rootOf(fault), "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      await readFile(`${FIXTURES}/broken/${fault}/expected-stderr.txt`, "utf8"),
    );
    expect(run.stderr).toMatch(/^test\/fixtures\/broken\/\S+:\d+:\d+ error\[[a-z-]+\]: /);
    expect(run.stderr).toMatch(/\n {2}at #\S*\n {2}hint: /);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.stdout).toBe("");
    expect(await readTree(out)).toEqual(before);
  });
});

describe("--check", () => {
  it("exits 0 on an up-to-date folder and 1, naming the stale files, after a description changes", async () => {
    const specDir = `${WORK}/check-spec`;
    await cp(`${MINIMAL}/spec`, specDir, { recursive: true });
    const spec = `${specDir}/openapi.yaml`;
    const clean = await runCli([
      "--check",
      "--spec",
      spec,
      "--out",
      "test/fixtures/minimal/expected",
    ]);
    expect([clean.code, clean.stdout]).toEqual([
      0,
      "test/fixtures/minimal/expected is up to date.\n",
    ]);

    const text = await readFile(spec, "utf8");
    await writeFile(spec, text.replace("The service is up.", "The service answered."));
    const stale = await runCli([
      "--check",
      "--spec",
      spec,
      "--out",
      "test/fixtures/minimal/expected",
    ]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain("stale    test/fixtures/minimal/expected/src/types.ts");
    expect(stale.stderr).toContain("stale    test/fixtures/minimal/expected/dist/types.d.ts");
    expect(stale.stderr).not.toContain("operations.ts");
  });
});

describe("writing", () => {
  it("writes only changed files, removes files that no longer belong, and reports it in one line", async () => {
    const out = `${WORK}/write`;
    await cp(`${MINIMAL}/expected`, out, { recursive: true });
    await writeFile(`${out}/src/leftover.ts`, "export {};\n");
    await writeFile(`${out}/src/client.ts`, "// edited by hand\n");
    const run = await runCli(["--spec", "test/fixtures/minimal/spec/openapi.yaml", "--out", out]);
    expect(run.code).toBe(0);
    const total = (await readTree(`${MINIMAL}/expected`)).size;
    expect(run.stdout).toMatch(
      new RegExp(
        `^Generated ${total} files in .+ from test/fixtures/minimal/spec/openapi\\.yaml: 1 written, 1 removed, ${total - 1} unchanged \\(\\d+\\.\\d\\d s\\)\\n$`,
      ),
    );
    expect(await readTree(out)).toEqual(await readTree(`${MINIMAL}/expected`));
  });

  it("refuses to replace a folder it did not write", async () => {
    const out = `${WORK}/foreign`;
    await mkdir(out, { recursive: true });
    await writeFile(`${out}/notes.txt`, "mine\n");
    const run = await runCli(["--spec", "test/fixtures/minimal/spec/openapi.yaml", "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("holds files this generator did not write");
    expect(await readTree(out)).toEqual(new Map([["notes.txt", "mine\n"]]));
  });
});

describe("--help and usage errors", () => {
  it("--help prints usage and every option, exit 0", async () => {
    const run = await runCli(["--help"]);
    expect(run.code).toBe(0);
    for (const option of ["--spec", "--out", "--check", "--watch", "--help"])
      expect(run.stdout).toContain(option);
  });

  it("an unknown option exits 2 with the usage, no stack trace", async () => {
    const run = await runCli(["--frobnicate"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Unknown option '--frobnicate'");
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });
});

describe("--watch", () => {
  it("prints a broken spec's errors, keeps watching, and regenerates once the spec is mended by replacing the file", async () => {
    const specDir = `${WORK}/watch-spec`;
    const out = `${WORK}/watch-out`;
    await cp(`${MINIMAL}/spec`, specDir, { recursive: true });
    const spec = `${specDir}/openapi.yaml`;
    const text = await readFile(spec, "utf8");
    const watcher = startWatch(spec, out);
    try {
      await watcher.until("stdout", (s) => count(s, "Generated ") === 1);
      await writeFile(spec, `${text}broken: [\n`);
      await watcher.until("stderr", (s) => s.includes("error[spec-syntax]"));
      expect(watcher.output.stderr).toContain("problem in the spec; nothing was written.");
      // Mended as editors save: a new file renamed over the old one.
      await writeFile(`${specDir}/.openapi.yaml.swp`, text.replace("is up.", "answered."));
      await rename(`${specDir}/.openapi.yaml.swp`, spec);
      await watcher.until("stdout", (s) => count(s, "Generated ") === 2);
      expect(await readFile(`${out}/src/types.ts`, "utf8")).toContain("The service answered.");
    } finally {
      expect(await watcher.stop()).toBe(0);
    }
    expect(watcher.output.stderr).not.toMatch(STACK_FRAME);
    expect(watcher.output.stderr).not.toContain("internal error");
  }, 300_000);
});

describe("--watch with a run that does not finish", () => {
  it("stops the run at the time limit and still runs again on the next change", async () => {
    const specDir = `${WORK}/watch-limit-spec`;
    await cp(`${MINIMAL}/spec`, specDir, { recursive: true });
    const spec = `${specDir}/openapi.yaml`;
    // A limit no generation can meet stands for a run that hangs.
    const watcher = startWatch(spec, `${WORK}/watch-limit-out`, { CF_SDK_WATCH_TIMEOUT_MS: "1" });
    try {
      await watcher.until("stderr", (s) => count(s, "and was stopped") === 1);
      await writeFile(spec, `${await readFile(spec, "utf8")}\n`);
      await watcher.until("stderr", (s) => count(s, "and was stopped") === 2);
    } finally {
      expect(await watcher.stop()).toBe(0);
    }
    expect(watcher.output.stdout).not.toContain("Generated ");
  }, 300_000);
});

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

/** `--watch` running as a user starts it, with ways to wait on what it prints and to stop it. */
function startWatch(spec: string, out: string, env: Record<string, string> = {}) {
  const child = spawn(
    process.execPath,
    ["generator/bin.js", "--watch", "--spec", spec, "--out", out],
    { cwd: ROOT, env: { ...process.env, CF_SDK_TIMINGS: "", ...env } },
  );
  const output = { stdout: "", stderr: "" };
  const exited = new Promise<number | null>((resolve) => child.once("close", resolve));
  child.stdout.on("data", (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output.stderr += chunk.toString()));
  /** Resolves once the stream's text so far satisfies `done`; rejects if the watcher exits. */
  const until = (stream: "stdout" | "stderr", done: (text: string) => boolean) =>
    new Promise<void>((resolve, reject) => {
      const check = (): void => {
        if (!done(output[stream])) return;
        child[stream].off("data", check);
        resolve();
      };
      child[stream].on("data", check);
      void exited.then((code) => reject(new Error(`--watch exited (${code}): ${output.stderr}`)));
      check();
    });
  const stop = (): Promise<number | null> => {
    child.kill("SIGINT");
    return exited;
  };
  return { output, until, stop };
}
