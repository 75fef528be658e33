#!/usr/bin/env node
// Scale benchmark (`npm run bench:scale`): whole generation of large specs against
// openapi-typescript alone on the same spec, in one session, one alternating run each.
// Specs: synthetic ones of 100, 500, 1,000 and 2,000 operations (see synthetic.mjs) and the
// corpus's largest real ones (Cloudflare's 2024 API first). Our CLI prints its stage timings and
// peak memory (CF_SDK_TIMINGS=1); the table has both, and the doubling ratios of the synthetic ones.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleConsumer, FOUR_OPERATIONS } from "../helpers/bundle.mjs";
import { bundledMainSpec, syntheticSpec } from "./synthetic.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const corpus = resolve(process.env.CF_SDK_CORPUS ?? join(root, "../shared/corpus"));
const scratch = mkdtempSync(join(tmpdir(), "cf-sdk-scale-"));
const only = process.argv.slice(2);

const specs = [];
const base = await bundledMainSpec(join(root, "spec/openapi.yaml"));
for (const operations of [100, 500, 1000, 2000]) {
  const file = join(scratch, `synthetic-${operations}.json`);
  writeFileSync(file, JSON.stringify(syntheticSpec(base, operations)));
  specs.push({ name: `synthetic ${operations}`, file, operations });
}
for (const [file, operations] of [
  ["cloudflare-2024-08.json", 1533],
  ["stripe-2022-04.json", 417],
  ["digitalocean/DigitalOcean-public.v2.yaml", 659],
  ["pagerduty.json", 465],
  ["box.json", 296],
]) {
  specs.push({ name: file.replace(/\/.*/, ""), file: join(corpus, file), operations });
}

function run(args, env = {}) {
  const start = performance.now();
  const child = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  if (child.status !== 0)
    throw new Error(`${args.join(" ")} failed:\n${child.stderr.slice(0, 2000)}`);
  return { ms, stderr: child.stderr };
}

/**
 * Bundles do not grow with the spec: the same kind of consumer (a base client and four operations
 * that send a JSON body, as the seed four do) of the Cloudflare package and of ours.
 */
const CLOUDFLARE_FOUR = `
import { createBaseClient, miscategorizationCreateMiscategorization, botManagementForAZoneUpdateConfig, listsCreateAList, ipAccessRulesForAZoneCreateAnIpAccessRule } from "PACKAGE";
const client = createBaseClient({ apiToken: "token" });
export const calls = [miscategorizationCreateMiscategorization, botManagementForAZoneUpdateConfig, listsCreateAList, ipAccessRulesForAZoneCreateAnIpAccessRule].map((call) => (args) => call(client, args));
`;
const BASE_ONLY = `import { createBaseClient } from "PACKAGE"; export const client = createBaseClient({ apiToken: "token" });`;
let bundles;

async function cloudflareBundles(out) {
  mkdirSync(join(out, "node_modules"), { recursive: true });
  symlinkSync(join(root, "node_modules/openapi-fetch"), join(out, "node_modules/openapi-fetch"));
  const ours = join(root, "generated/dist/index.js");
  const theirs = join(out, "dist/index.js");
  return {
    base: [
      (await bundleConsumer(BASE_ONLY, ours)).gzip,
      (await bundleConsumer(BASE_ONLY, theirs)).gzip,
    ],
    four: [
      (await bundleConsumer(FOUR_OPERATIONS, ours)).gzip,
      (await bundleConsumer(CLOUDFLARE_FOUR, theirs)).gzip,
    ],
  };
}

const rows = [];
try {
  run(["generator/bin.js", "--help"]); // builds the CLI bundle once
  for (const spec of specs.filter(
    (s) => only.length === 0 || only.some((o) => s.name.includes(o)),
  )) {
    const ours = run(["generator/bin.js", "--spec", spec.file, "--out", join(scratch, "out")], {
      CF_SDK_TIMINGS: "1",
    });
    const reference = run(["test/bench/openapi-typescript.mjs", spec.file, join(scratch, "ot.ts")]);
    if (spec.name.startsWith("cloudflare")) bundles = await cloudflareBundles(join(scratch, "out"));
    rmSync(join(scratch, "out"), { recursive: true, force: true });
    const timings = /^load \d+ ms.*$/m.exec(ours.stderr)?.[0] ?? "";
    const peak = /peak memory (\d+) MB/.exec(ours.stderr)?.[1] ?? "?";
    rows.push({ ...spec, ours: ours.ms, reference: reference.ms, timings, peak });
    const row = rows.at(-1);
    console.error(
      `${row.name}: ${(row.ours / 1000).toFixed(1)} s vs ${(row.reference / 1000).toFixed(1)} s`,
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(
  `Scale: whole generation vs openapi-typescript alone (node ${process.version}), one run each\n`,
);
console.log("| spec | operations | cf-sdk-generate | openapi-typescript | ratio | peak memory |");
console.log("| --- | --- | --- | --- | --- | --- |");
for (const r of rows) {
  console.log(
    `| ${r.name} | ${r.operations} | ${s(r.ours)} | ${s(r.reference)} | ${(r.ours / r.reference).toFixed(2)}× | ${r.peak} MB |`,
  );
}
console.log("\nStages (ms, CF_SDK_TIMINGS):\n");
for (const r of rows) console.log(`- ${r.name}: ${r.timings}`);
const synthetic = (n) => rows.find((r) => r.name === `synthetic ${n}`);
for (const [a, b] of [
  [500, 1000],
  [1000, 2000],
]) {
  if (synthetic(a) && synthetic(b)) {
    console.log(
      `\ndoubling ${a} → ${b} operations: ${(synthetic(b).ours / synthetic(a).ours).toFixed(2)}× the time`,
    );
  }
}
if (bundles !== undefined) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    "\nBundles (esbuild --minify, gzip -9), main spec package vs Cloudflare 2024 package:\n",
  );
  console.log("| consumer | main spec | cloudflare-2024-08 | ratio |\n| --- | --- | --- | --- |");
  for (const [name, [ours, theirs]] of [
    ["createBaseClient only", bundles.base],
    ["createBaseClient + 4 operations with a JSON body", bundles.four],
  ]) {
    console.log(`| ${name} | ${kb(ours)} | ${kb(theirs)} | ${(theirs / ours).toFixed(2)}× |`);
  }
}
