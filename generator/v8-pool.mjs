// V8's thread pool, sized to the machine for a large spec's run (see bin.js). Plain JS: bin.js
// decides before it loads the generator's bundle.
//
// V8 runs its background work (concurrent garbage collection, optimizing compiles) on a pool of
// four threads by default, for every thread of the process. A large spec's run already keeps two
// cores busy with threads of its own (the validators', the types', the formatter's), so on a
// machine of four cores or fewer that pool only adds threads that wait for a core. On two cores,
// a cold run of Cloudflare's 1,533 operations (11-12 s) was 0.1 to 1.5 s faster in each of eight
// alternating pairs with Node's `--v8-pool-size=0` (a pool of one thread fewer than the cores).
// The pool is fixed when Node starts, so such a run restarts Node with it; a small spec's run (a
// no-op rerun among them) never pays for the restart. The same size starts the types' thread
// early (types-thread.ts).
import { spawn } from "node:child_process";
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";

/** Node's option that sizes V8's pool to the machine. */
export const SIZED_POOL = "--v8-pool-size=0";

/** From this size on, a root spec file is taken for one whose run uses the generator's threads. */
export const LARGE_SPEC_BYTES = 512 * 1024;

/** Above this many cores, V8's default pool of four is not more than the machine has. */
const MAX_CORES = 4;

/**
 * Whether this run should restart Node with `SIZED_POOL`: a large root spec file, a machine of
 * few cores, and a Node started without the user's own pool size or inspector (which a second
 * process would fight for). `specSize` is the root file's size, undefined when it cannot be read
 * (the run then reports that, in this process).
 * @param {{ execArgv: readonly string[], cores: number, specSize: number | undefined }} run
 */
export function wantsSizedPool({ execArgv, cores, specSize }) {
  if (cores > MAX_CORES || specSize === undefined || specSize < LARGE_SPEC_BYTES) return false;
  return !execArgv.some((arg) => arg.startsWith("--v8-pool-size") || arg.startsWith("--inspect"));
}

/**
 * The root spec file named by the arguments, read by node:util's parseArgs as the CLI reads it
 * (`--spec F` or `--spec=F`, the last one given, else the CLI's default); the CLI itself reports
 * any other option or mistake.
 * @param {readonly string[]} argv
 */
export function specArgument(argv) {
  const { values } = parseArgs({
    args: [...argv],
    options: { spec: { type: "string", default: "spec/openapi.yaml" } },
    strict: false,
    allowPositionals: true,
  });
  return typeof values.spec === "string" ? values.spec : "spec/openapi.yaml";
}

/** @param {string} path */
function sizeOf(path) {
  try {
    return statSync(path).size;
  } catch {
    return undefined;
  }
}

/**
 * Runs `script` again with `SIZED_POOL` when this run wants it (see `wantsSizedPool`), and
 * resolves to the exit code to leave with; resolves to undefined when this process should run
 * the generator itself. The child shares this process's standard streams, and gets each signal
 * this process gets (SIGINT, SIGTERM, SIGHUP) exactly once: it runs in a process group of its own,
 * so that a terminal's Ctrl-C reaches it through this process only (`--watch` stops cleanly on
 * one SIGINT, and would be killed by a second).
 * @param {string} script the entry point to run again
 * @param {readonly string[]} argv its arguments
 * @returns {Promise<number | undefined>}
 */
export function runWithSizedPool(script, argv) {
  const run = {
    execArgv: process.execArgv,
    cores: availableParallelism(),
    specSize: sizeOf(specArgument(argv)),
  };
  if (!wantsSizedPool(run)) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, SIZED_POOL, script, ...argv], {
      stdio: "inherit",
      detached: process.platform !== "win32",
    });
    const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
    const pass = (signal) => child.kill(signal);
    for (const signal of signals) process.on(signal, pass);
    const settle = (code) => {
      for (const signal of signals) process.off(signal, pass);
      resolve(code);
    };
    child.once("error", () => settle(undefined)); // Node could not start again: run here
    child.once("exit", (code, signal) => {
      if (signal !== null) {
        for (const name of signals) process.off(name, pass);
        process.kill(process.pid, signal); // end as the child ended
      }
      settle(code ?? 1);
    });
  });
}
