#!/usr/bin/env node
// Generation benchmark: whole runs of our CLI on the main spec against openapi-typescript's CLI
// alone on the same spec, alternating in one session so both see the same machine state.
// Each run is a fresh process writing into a fresh folder: start-up included, as users pay it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const spec = process.argv[2] ?? "spec/openapi.yaml";
const rounds = Number(process.env.BENCH_ROUNDS ?? 7);

function timed(command, args) {
  const start = performance.now();
  const run = spawnSync(command, args, { cwd: root, encoding: "utf8" });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`${args.join(" ")} failed:\n${run.stderr}`);
  return ms;
}

const ours = [];
const reference = [];
const scratch = mkdtempSync(join(tmpdir(), "cf-sdk-bench-"));
try {
  timed(process.execPath, ["generator/bin.js", "--spec", spec, "--out", join(scratch, "warm")]); // builds the CLI bundle once
  for (let i = 0; i < rounds; i++) {
    ours.push(
      timed(process.execPath, [
        "generator/bin.js",
        "--spec",
        spec,
        "--out",
        join(scratch, `ours-${i}`),
      ]),
    );
    reference.push(
      timed(process.execPath, [
        "node_modules/openapi-typescript/bin/cli.js",
        spec,
        "-o",
        join(scratch, `ot-${i}.ts`),
      ]),
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const row = (name, list) =>
  `| ${name} | ${(median(list) / 1000).toFixed(2)} s | ${(Math.min(...list) / 1000).toFixed(2)} s | ${(Math.max(...list) / 1000).toFixed(2)} s |`;
console.log(`Generation of ${spec}, ${rounds} alternating rounds (node ${process.version}):\n`);
console.log("| run | median | min | max |\n| --- | --- | --- | --- |");
console.log(row("cf-sdk-generate (whole package)", ours));
console.log(row("openapi-typescript CLI (types only)", reference));
console.log(`\nratio of medians: ${(median(ours) / median(reference)).toFixed(2)}×`);
