#!/usr/bin/env node
// `npm run bench`: every benchmark in turn; figures go into test/bench/RESULTS.md by hand, with
// the date and the machine, after reading them.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL(".", import.meta.url));
for (const bench of ["generation.mjs"]) {
  const run = spawnSync(process.execPath, [`${dir}/${bench}`, ...process.argv.slice(2)], {
    stdio: "inherit",
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
