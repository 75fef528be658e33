#!/usr/bin/env node
// `npm run bench`: every benchmark in turn (generation time, bundle sizes, validator speed).
// Figures go into test/bench/RESULTS.md by hand, with the date, after reading them.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const steps = [
  ["test/bench/generation.mjs"],
  ["test/bench/bundle.mjs"],
  ["node_modules/vitest/vitest.mjs", "bench", "--run", "test/bench/"],
];
for (const args of steps) {
  const run = spawnSync(process.execPath, args, { stdio: "inherit", cwd: root });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
