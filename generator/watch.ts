/**
 * `--watch`: regenerate whenever a file under the spec's folder or `templates/` changes, debounced,
 * and keep running when a generation fails (its errors are printed by the run itself).
 */
import { watch as watchFiles } from "node:fs";
import { dirname, resolve } from "node:path";
import type { CliOptions } from "./cli.js";
import { TEMPLATES_DIR } from "./templates.js";

const DEBOUNCE_MS = 100;

/** Runs once, then again after each change; resolves only when the process is interrupted. */
export async function watch(
  options: CliOptions,
  run: (options: CliOptions) => Promise<number>,
): Promise<number> {
  await run(options);
  const dirs = [dirname(resolve(options.spec)), TEMPLATES_DIR];
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve(0);
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(() => run(options));
    }, DEBOUNCE_MS);
  };
  const watchers = dirs.map((dir) => watchFiles(dir, { recursive: true }, schedule));
  process.stdout.write(`Watching ${dirs.join(" and ")} for changes (Ctrl+C to stop).\n`);
  return new Promise((resolveExit) => {
    process.once("SIGINT", () => {
      for (const watcher of watchers) watcher.close();
      clearTimeout(timer);
      resolveExit(0);
    });
  });
}
