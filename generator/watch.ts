/**
 * `--watch`: regenerate whenever a file under the spec's folder or `templates/` changes, debounced,
 * and keep running whatever a generation does.
 *
 * Each generation is a child process (the CLI itself, without `--watch`) with a time limit: one
 * that fails prints its errors and exits; one that hangs is stopped at the limit. Either way the
 * next change starts the next run, so a broken spec, a crash or a hang never stalls the watcher
 * (a run awaited in this process could keep a promise pending, or the event loop busy, forever).
 * A change during a run is remembered and runs once that one ends.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { watch as watchFiles, watchFile, unwatchFile, type FSWatcher } from "node:fs";
import { dirname, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { CliOptions } from "./cli.js";
import { TEMPLATES_DIR } from "./templates.js";

/** Longer than the poll interval, so that the poll and fs.watch seeing one change make one run. */
const DEBOUNCE_MS = 300;
/** How long one generation may take before it is stopped (`CF_SDK_WATCH_TIMEOUT_MS`). */
const DEFAULT_RUN_LIMIT_MS = 300_000;
/** How often the spec file itself is polled: fs.watch loses a file an editor replaces. */
const POLL_MS = 200;
/** How long to wait before watching a folder again after its watcher failed (it was replaced). */
const REWATCH_MS = 200;

const BIN = fileURLToPath(new URL("./bin.js", import.meta.url));

/**
 * Runs once, then again after each change; resolves with 0 when the process is interrupted.
 * `argv` is the command line, passed on to each run without `--watch`.
 */
export async function watch(options: CliOptions, argv: readonly string[]): Promise<number> {
  const runner = new Runner(
    argv.filter((arg) => arg !== "--watch"),
    runLimit(),
  );
  const outDir = resolve(options.out);
  const spec = resolve(options.spec);
  const dirs = [dirname(spec), TEMPLATES_DIR.replace(/[\\/]$/, "")];
  let timer: NodeJS.Timeout | undefined;
  const changed = (path: string | undefined): void => {
    // The output folder may sit inside the spec's: writing it is no change to regenerate for.
    if (path !== undefined && isInside(path, outDir)) return;
    clearTimeout(timer);
    timer = setTimeout(() => runner.request(), DEBOUNCE_MS);
  };
  runner.request();
  const watchers = dirs.map((dir) => new FolderWatcher(dir, changed));
  watchFile(spec, { interval: POLL_MS }, (now, before) => {
    if (now.mtimeMs !== before.mtimeMs || now.ino !== before.ino) changed(undefined);
  });
  process.stdout.write(`Watching ${dirs.join(" and ")} for changes (Ctrl+C to stop).\n`);
  return new Promise((resolveExit) => {
    process.once("SIGINT", () => {
      for (const watcher of watchers) watcher.close();
      unwatchFile(spec);
      clearTimeout(timer);
      runner.stop();
      resolveExit(0);
    });
  });
}

/** The time limit of one run, from `CF_SDK_WATCH_TIMEOUT_MS` when it is a positive number. */
function runLimit(): number {
  const configured = Number(process.env["CF_SDK_WATCH_TIMEOUT_MS"]);
  return Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_RUN_LIMIT_MS;
}

function isInside(path: string, dir: string): boolean {
  return path === dir || path.startsWith(`${dir}${sep}`);
}

/**
 * Runs the generation as a child process, one at a time: a request during a run makes one more
 * run after it; a run past the limit is killed, which ends it like any other.
 */
class Runner {
  private child: ChildProcess | undefined;
  private pending = false;
  private stopped = false;

  constructor(
    private readonly args: readonly string[],
    private readonly limitMs: number,
  ) {}

  /** Runs now, or after the current run. */
  request(): void {
    this.pending = true;
    if (this.child === undefined && !this.stopped) this.start();
  }

  /** Kills the current run, and starts no other. */
  stop(): void {
    this.stopped = true;
    this.child?.kill("SIGKILL");
  }

  private start(): void {
    this.pending = false;
    const child = spawn(process.execPath, [BIN, ...this.args], { stdio: "inherit" });
    this.child = child;
    const limit = setTimeout(() => {
      process.stderr.write(
        `Generation did not finish within ${this.limitMs / 1000} s and was stopped.\n`,
      );
      child.kill("SIGKILL");
    }, this.limitMs);
    const done = (code: number | null): void => {
      clearTimeout(limit);
      if (this.child !== child) return; // `error` and `exit` may both come
      this.child = undefined;
      if (code !== 0 && !this.stopped) process.stderr.write("Waiting for the next change.\n");
      if (this.pending && !this.stopped) this.start();
    };
    child.once("error", (error) => {
      process.stderr.write(`Could not start a generation: ${error.message}\n`);
      done(null);
    });
    child.once("exit", (code) => done(code));
  }
}

/**
 * A recursive watch of one folder that watches again when its watcher fails (the folder was
 * removed or replaced, as some editors and `git checkout` do), so no change is missed for good.
 */
class FolderWatcher {
  private watcher: FSWatcher | undefined;
  private retry: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly dir: string,
    private readonly changed: (path: string | undefined) => void,
  ) {
    if (!this.open()) this.reopen();
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.retry);
    this.watcher?.close();
  }

  /** Watches the folder; false when it cannot be watched (it is missing for now). */
  private open(): boolean {
    if (this.closed) return false;
    try {
      this.watcher = watchFiles(this.dir, { recursive: true }, (_event, file) => {
        this.changed(file === null ? undefined : resolve(this.dir, String(file)));
      });
      this.watcher.once("error", () => this.reopen());
      return true;
    } catch {
      return false;
    }
  }

  private reopen(): void {
    this.watcher?.close();
    this.watcher = undefined;
    clearTimeout(this.retry);
    this.retry = setTimeout(() => {
      if (this.closed) return;
      // What changed while unwatched is not known: run once more.
      if (this.open()) this.changed(undefined);
      else this.reopen();
    }, REWATCH_MS);
  }
}
