#!/usr/bin/env node
// Change-report benchmark (`npm run bench:diff [spec]`): what the API change report adds to a
// generation of a large spec. The spec (default: the corpus's Cloudflare API of 2024-08, 4 MB) is
// bundled once; the earlier output's openapi.json is written to a scratch folder; then each round
// times what a run does for the report: serialise the new openapi.json (its emitter), read and
// parse the earlier one, parse the new one, compare, and compute the next CHANGELOG.md, with one
// edit made to the spec (an enum value dropped from the component schema reached by most
// operations). Prints the median and the range; not a test (no time bound is asserted anywhere).
import { build } from "esbuild";
import { bundle, createConfig } from "@redocly/openapi-core";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os, { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const specPath = resolve(process.argv[2] ?? "/work/shared/corpus/cloudflare-2024-08.json");
const rounds = Number(process.env.BENCH_ROUNDS ?? 7);
const scratch = mkdtempSync(join(tmpdir(), "cf-sdk-bench-diff-"));

try {
  const diff = await loadDiff();
  const config = await createConfig({ extends: [] });
  const spec = (await bundle({ ref: specPath, config, dereference: false })).bundle.parsed;
  const old = JSON.parse(JSON.stringify(spec));
  writeFileSync(join(scratch, "openapi.json"), `${JSON.stringify(old, null, 2)}\n`);
  const edited = editOne(spec, diff);
  const times = [];
  const cpu = [];
  let report;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const contents = `${JSON.stringify(edited.spec, null, 2)}\n`;
    const earlier = JSON.parse(readFileSync(join(scratch, "openapi.json"), "utf8"));
    report = diff.compareSpecs(earlier, JSON.parse(contents));
    diff.nextChangelog(undefined, report);
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  const [first, firstCpu] = [times[0], cpu[0]];
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const operations = diff.operationsOf(spec).length;
  const size = (readFileSync(join(scratch, "openapi.json")).length / 1e6).toFixed(1);
  console.log(
    `${specPath.split("/").pop()}: ${operations} operations, openapi.json ${size} MB; edit: ${edited.what}\n` +
      `report: ${report.changes.length} changes (${report.changes.filter((c) => c.level === "breaking").length} breaking), bump ${report.bump}\n` +
      `added per run, wall (CPU): first round ${ms(first)} (${ms(firstCpu)}), cold as in one CLI run; ` +
      `median ${ms(times[times.length >> 1])} (${ms(cpu[cpu.length >> 1])}), ` +
      `range ${ms(times[0])}-${ms(times.at(-1))} over ${rounds} rounds; load average ${os.loadavg()[0].toFixed(1)}`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

function ms(value) {
  return `${Math.round(value)} ms`;
}

/** The pure diff modules, bundled by esbuild (Node 20 cannot import TypeScript). */
async function loadDiff() {
  const entry = join(scratch, "entry.ts");
  writeFileSync(
    entry,
    [
      `export { compareSpecs } from ${JSON.stringify(join(root, "generator/diff/index.ts"))};`,
      `export { operationsOf } from ${JSON.stringify(join(root, "generator/diff/operations.ts"))};`,
      `export { nextChangelog } from ${JSON.stringify(join(root, "generator/diff/changelog.ts"))};`,
    ].join("\n"),
  );
  const out = join(scratch, "diff.mjs");
  await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "node",
    outfile: out,
    logLevel: "warning",
  });
  return import(pathToFileURL(out).href);
}

/** Drops the last enum value of the enum-holding component schema that most operations reach. */
function editOne(spec, diff) {
  const schemas = spec.components?.schemas ?? {};
  const text = diff.operationsOf(spec).map((op) => JSON.stringify(op.node));
  let best;
  for (const [name, schema] of Object.entries(schemas)) {
    if (!Array.isArray(schema?.enum) || schema.enum.length < 2) continue;
    const ref = JSON.stringify(`#/components/schemas/${name}`);
    const reach = text.filter((op) => op.includes(ref)).length;
    if (best === undefined || reach > best.reach) best = { name, reach };
  }
  const next = structuredClone(spec);
  if (best === undefined) {
    next.info.description = `${next.info.description ?? ""} Edited.`;
    return { spec: next, what: "info.description changed" };
  }
  const dropped = next.components.schemas[best.name].enum.pop();
  return {
    spec: next,
    what: `${JSON.stringify(dropped)} dropped from ${best.name} (named directly by ${best.reach} operations)`,
  };
}
