/**
 * A large spec's run on a machine of few cores restarts Node with V8's pool sized to the machine
 * (generator/v8-pool.mjs): when it does, and that the restarted run is the same run to its user
 * (its output, exit code, and one Ctrl-C stopping `--watch` cleanly).
 */
import { spawn } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LARGE_SPEC_BYTES, specArgument, wantsSizedPool } from "../../generator/v8-pool.mjs";
import { ROOT, TMP } from "../helpers/paths.js";

describe("wantsSizedPool", () => {
  const large = { execArgv: [], cores: 2, specSize: LARGE_SPEC_BYTES };

  it("restarts a large spec's run on a machine of four cores or fewer", () => {
    expect(wantsSizedPool(large)).toBe(true);
    expect(wantsSizedPool({ ...large, cores: 4 })).toBe(true);
  });

  it("never for a small spec, a spec it cannot read, or a machine of more cores", () => {
    expect(wantsSizedPool({ ...large, specSize: LARGE_SPEC_BYTES - 1 })).toBe(false);
    expect(wantsSizedPool({ ...large, specSize: undefined })).toBe(false);
    expect(wantsSizedPool({ ...large, cores: 5 })).toBe(false);
  });

  it("never when Node was started with a pool size or an inspector of the user's", () => {
    expect(wantsSizedPool({ ...large, execArgv: ["--v8-pool-size=2"] })).toBe(false);
    expect(wantsSizedPool({ ...large, execArgv: ["--inspect-brk"] })).toBe(false);
    expect(wantsSizedPool({ ...large, execArgv: ["--max-old-space-size=4096"] })).toBe(true);
  });
});

describe("specArgument", () => {
  it("reads --spec as the CLI does: either form, the last one, the default without", () => {
    expect(specArgument([])).toBe("spec/openapi.yaml");
    expect(specArgument(["--out", "x", "--spec", "a.yaml"])).toBe("a.yaml");
    expect(specArgument(["--spec=b.json"])).toBe("b.json");
    expect(specArgument(["--spec", "a.yaml", "--spec=b.json"])).toBe("b.json");
    expect(specArgument(["--", "--spec", "a.yaml"])).toBe("spec/openapi.yaml");
  });
});

describe("a restarted run", () => {
  const dir = `${TMP}/v8-pool-${process.pid}`;
  // Large enough to restart, and broken (no `info`): the run ends at once with a located error.
  const spec = `${dir}/large-broken.json`;

  beforeAll(async () => {
    await mkdir(dir, { recursive: true });
    const padding = "x".repeat(LARGE_SPEC_BYTES);
    await writeFile(spec, JSON.stringify({ openapi: "3.1.0", paths: {}, "x-padding": padding }));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** The CLI as a user runs it, with extra Node options; its exit code and output. */
  function cli(nodeOptions: readonly string[], args: readonly string[], { group = false } = {}) {
    const child = spawn(process.execPath, [...nodeOptions, "generator/bin.js", ...args], {
      cwd: ROOT,
      env: { ...process.env, CF_SDK_TIMINGS: "" },
      detached: group, // a process group of its own, as a terminal's foreground job
    });
    const output = { stdout: "", stderr: "" };
    child.stdout.on("data", (chunk: Buffer) => (output.stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output.stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once("close", resolve));
    return { child, output, exited };
  }

  it("prints and exits as the same run in one process does", async () => {
    const args = ["--spec", spec, "--out", `${dir}/out`];
    // A pool size of the user's: never restarted.
    const inProcess = cli(["--v8-pool-size=4"], args);
    const restarted = cli([], args);
    expect(await restarted.exited).toBe(1);
    expect(await inProcess.exited).toBe(1);
    expect(restarted.output.stderr).toContain("spec-structure");
    expect(restarted.output.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
    expect(restarted.output).toEqual(inProcess.output);
  });

  /** Starts `--watch` on the broken spec and resolves once it waits for a change. */
  async function watching(options: { group?: boolean } = {}) {
    const run = cli([], ["--watch", "--spec", spec, "--out", `${dir}/watched`], options);
    await new Promise<void>((resolve, reject) => {
      const check = (): void => {
        if (run.output.stderr.includes("Waiting for the next change.")) resolve();
      };
      run.child.stderr.on("data", check);
      void run.exited.then((code) => reject(new Error(`exited (${code}): ${run.output.stderr}`)));
    });
    return run;
  }

  it.runIf(availableParallelism() <= 4)(
    "--watch stops cleanly on one SIGINT sent to the process the user started",
    async () => {
      const run = await watching();
      run.child.kill("SIGINT");
      expect(await run.exited).toBe(0);
    },
  );

  it.runIf(availableParallelism() <= 4 && process.platform !== "win32")(
    "--watch stops cleanly on a terminal's Ctrl-C (SIGINT to the whole process group)",
    async () => {
      const run = await watching({ group: true });
      process.kill(-run.child.pid!, "SIGINT");
      expect(await run.exited).toBe(0);
    },
  );
});
