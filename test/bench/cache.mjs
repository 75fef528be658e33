#!/usr/bin/env node
// Cache and cold-run benchmark (`npm run bench:cache`; not a timed test): side by side in one
// session, alternating, each run a fresh process as users pay it.
//
// 1. Cold: our whole generation of Cloudflare's 2024 spec with --no-cache against Hey API 0.99
//    (fetch client, SDK, types and zod plugins: types, a client and validators, the closest peer
//    output), installed into a temporary folder on first use, never into the project.
// 2. No-op rerun of the main spec (warm cache, current output folder) against openapi-typescript's
//    CLI on the same spec.
// 3. A one-operation description edit of the Cloudflare spec with a warm cache (a new text each
//    round, so each is a real change) against openapi-typescript alone on that spec (its Node API,
//    as openapi-typescript.mjs: its CLI refuses that spec).
// 4. The doubling figure: cold runs (--no-cache) of synthetic specs of 1,000 and 2,000 operations.
//
// Wall time (median, min, max), CPU time (user + sys, all threads) and peak memory (max RSS) of
// each run, from /usr/bin/time. BENCH_ROUNDS (default 3) sets the rounds; arguments pick parts
// (`cold`, `noop`, `edit`, `doubling`).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bundledMainSpec, syntheticSpec } from "./synthetic.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const corpus = resolve(process.env.CF_SDK_CORPUS ?? join(root, "../shared/corpus"));
const cloudflare = join(corpus, "cloudflare-2024-08.json");
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const parts = process.argv.slice(2);
const wants = (part) => parts.length === 0 || parts.includes(part);
const scratch = mkdtempSync(join(tmpdir(), "cf-sdk-bench-cache-"));

/** Hey API and its plugins, pinned; installed once per machine into the system's temp folder. */
const HEY_API = [
  "@hey-api/openapi-ts@0.99.0",
  "@hey-api/client-fetch@0.13.1",
  "zod@4.6.7",
  "typescript@5.9.3",
];
const HEY_DIR = join(tmpdir(), "cf-sdk-bench-hey-api-0.99.0");

function installHeyApi() {
  if (existsSync(join(HEY_DIR, "node_modules/@hey-api/openapi-ts/package.json"))) return;
  mkdirSync(HEY_DIR, { recursive: true });
  writeFileSync(join(HEY_DIR, "package.json"), '{ "private": true, "type": "module" }\n');
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...HEY_API], {
    cwd: HEY_DIR,
    stdio: "inherit",
  });
}

function writeHeyApiConfig() {
  const config = `export default {
  input: process.env.HEY_INPUT,
  output: process.env.HEY_OUTPUT,
  plugins: ["@hey-api/client-fetch", "@hey-api/typescript", "@hey-api/sdk", "zod"],
  logs: { level: "silent" },
};
`;
  writeFileSync(join(HEY_DIR, "openapi-ts.config.mjs"), config);
}

/** One run under /usr/bin/time: wall ms, CPU ms (user + sys, every thread), peak RSS MB. */
function measured(args, { cwd = root, env = {} } = {}) {
  const report = join(scratch, "time.txt");
  const start = performance.now();
  const child = spawnSync("/usr/bin/time", ["-o", report, "-f", "%U %S %M", ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  if (child.status !== 0)
    throw new Error(`${args.join(" ")} failed:\n${child.stderr.slice(-3000)}`);
  const [user, sys, rss] = readFileSync(report, "utf8")
    .trim()
    .split("\n")
    .at(-1)
    .split(" ")
    .map(Number);
  return { ms, cpu: (user + sys) * 1000, rss: rss / 1024, stderr: child.stderr };
}

const ours = (args, env) => measured([process.execPath, "generator/bin.js", ...args], { env });

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
function row(name, runs) {
  const wall = runs.map((r) => r.ms);
  const cpu = runs.map((r) => r.cpu);
  const peak = Math.max(...runs.map((r) => r.rss));
  return `| ${name} | ${s(median(wall))} | ${s(Math.min(...wall))} | ${s(Math.max(...wall))} | ${s(median(cpu))} | ${peak.toFixed(0)} MB |`;
}
function table(title, a, b) {
  console.log(`\n${title}\n`);
  console.log("| run | median wall | min | max | median CPU | peak memory |");
  console.log("| --- | --- | --- | --- | --- | --- |");
  console.log(row(a.name, a.runs));
  console.log(row(b.name, b.runs));
  const ratio = (f) => (median(a.runs.map(f)) / median(b.runs.map(f))).toFixed(2);
  console.log(`\nratio of medians: wall ${ratio((r) => r.ms)}×, CPU ${ratio((r) => r.cpu)}×`);
}

/** Our cold run against Hey API's, alternating. */
function cold() {
  installHeyApi();
  writeHeyApiConfig();
  const a = { name: "cf-sdk-generate --no-cache (whole package)", runs: [] };
  const b = { name: "Hey API 0.99 (client-fetch, typescript, sdk, zod)", runs: [] };
  for (let i = 0; i < rounds; i++) {
    a.runs.push(ours(["--no-cache", "--spec", cloudflare, "--out", join(scratch, `cold-${i}`)]));
    rmSync(join(scratch, `cold-${i}`), { recursive: true, force: true });
    const out = join(scratch, `hey-${i}`);
    b.runs.push(
      measured(
        [
          process.execPath,
          "node_modules/@hey-api/openapi-ts/bin/run.js",
          "-f",
          "openapi-ts.config.mjs",
        ],
        {
          cwd: HEY_DIR,
          env: { HEY_INPUT: cloudflare, HEY_OUTPUT: out },
        },
      ),
    );
    rmSync(out, { recursive: true, force: true });
  }
  table(`Cold, ${cloudflare.slice(corpus.length + 1)}, ${rounds} alternating rounds:`, a, b);
}

/** A rerun of the main spec with nothing changed, against openapi-typescript's CLI. */
function noop() {
  const cache = join(scratch, "cache-noop");
  const out = join(scratch, "noop");
  ours(["--cache-dir", cache, "--out", out]); // fills the cache and the folder
  const a = { name: "cf-sdk-generate, nothing changed (warm cache)", runs: [] };
  const b = { name: "openapi-typescript CLI (types only)", runs: [] };
  for (let i = 0; i < Math.max(rounds, 5); i++) {
    a.runs.push(ours(["--cache-dir", cache, "--out", out]));
    b.runs.push(
      measured([
        process.execPath,
        "node_modules/openapi-typescript/bin/cli.js",
        "spec/openapi.yaml",
        "-o",
        join(scratch, "ot.ts"),
      ]),
    );
  }
  table(`No-op rerun, spec/openapi.yaml, ${Math.max(rounds, 5)} alternating rounds:`, a, b);
}

/** The Cloudflare spec with the first operation's description extended by `text`. */
function editedCloudflare(file, text) {
  const spec = JSON.parse(readFileSync(cloudflare, "utf8"));
  for (const item of Object.values(spec.paths)) {
    for (const op of Object.values(item)) {
      if (op?.operationId === undefined) continue;
      op.description = `${op.description ?? ""} ${text}`;
      writeFileSync(file, JSON.stringify(spec, null, 2));
      return;
    }
  }
}

/** A one-operation edit with a warm cache, against openapi-typescript's whole run. */
function edit() {
  const cache = join(scratch, "cache-edit");
  const spec = join(scratch, "cloudflare-edited.json");
  const out = join(scratch, "edit");
  editedCloudflare(spec, "Edited.");
  ours(["--cache-dir", cache, "--spec", spec, "--out", out]); // a warm cache and a current folder
  const a = { name: "cf-sdk-generate, one description edited (warm cache)", runs: [] };
  const b = { name: "openapi-typescript (types only, Node API)", runs: [] };
  for (let i = 0; i < rounds; i++) {
    editedCloudflare(spec, `Edited in round ${i}.`);
    a.runs.push(
      ours(["--cache-dir", cache, "--spec", spec, "--out", out], { CF_SDK_TIMINGS: "1" }),
    );
    // The stages' timings, and (from s20w on) the report's, the write's and the filing's.
    const timings = a.runs
      .at(-1)
      .stderr.split("\n")
      .filter((line) => / \d+ ms/.test(line) && !line.startsWith(" "));
    console.error(`edit round ${i}: ${timings.join("\n  ")}`);
    b.runs.push(
      measured([
        process.execPath,
        "test/bench/openapi-typescript.mjs",
        spec,
        join(scratch, "ot-cf.ts"),
      ]),
    );
  }
  table(
    `One-operation description edit, ${cloudflare.slice(corpus.length + 1)}, ${rounds} alternating rounds:`,
    a,
    b,
  );
}

/** Cold runs of synthetic specs of 1,000 and 2,000 operations: how time grows with the spec. */
async function doubling() {
  const base = await bundledMainSpec(join(root, "spec/openapi.yaml"));
  const runs = {};
  for (const operations of [1000, 2000]) {
    const file = join(scratch, `synthetic-${operations}.json`);
    writeFileSync(file, JSON.stringify(syntheticSpec(base, operations)));
    runs[operations] = ours([
      "--no-cache",
      "--spec",
      file,
      "--out",
      join(scratch, `syn-${operations}`),
    ]);
    rmSync(join(scratch, `syn-${operations}`), { recursive: true, force: true });
  }
  console.log("\nDoubling (cold, --no-cache, synthetic specs):\n");
  console.log("| operations | wall | CPU | peak memory |\n| --- | --- | --- | --- |");
  for (const [n, r] of Object.entries(runs))
    console.log(`| ${n} | ${s(r.ms)} | ${s(r.cpu)} | ${r.rss.toFixed(0)} MB |`);
  console.log(
    `\n1,000 → 2,000 operations: wall ${(runs[2000].ms / runs[1000].ms).toFixed(2)}×, CPU ${(runs[2000].cpu / runs[1000].cpu).toFixed(2)}×`,
  );
}

try {
  console.log(
    `node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")} at start`,
  );
  ours(["--help"]); // builds the CLI bundle once
  if (wants("cold")) cold();
  if (wants("noop")) noop();
  if (wants("edit")) edit();
  if (wants("doubling")) await doubling();
  console.log(
    `\nload average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")} at the end`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
