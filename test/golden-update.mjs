#!/usr/bin/env node
// `npm run golden:update`: rewrites every golden tree through the CLI itself (its write path,
// its checks). Refuses to run under CI: goldens change on purpose, in a reviewed commit. Stops
// with a non-zero exit at the first failure, so a broken fixture never looks updated.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { runtimeFingerprint } from "../generator/fingerprint.mjs";
import { fileURLToPath } from "node:url";

if (process.env.CI) {
  console.error("golden:update refuses to run in CI: update goldens locally and commit the diff.");
  process.exit(1);
}
const root = fileURLToPath(new URL("..", import.meta.url));

// First the compiled runtime (templates/runtime/compiled): dropped, so that the CLI compiles the
// runtime afresh, then taken from that output with the fingerprint of what it was made from.
const compiled = `${root}/templates/runtime/compiled`;
const scratch = `${root}/test/.tmp/runtime-build`;
rmSync(compiled, { recursive: true, force: true });
rmSync(scratch, { recursive: true, force: true });
const build = spawnSync(
  process.execPath,
  ["generator/bin.js", "--spec", "test/fixtures/minimal/spec/openapi.yaml", "--out", scratch],
  { cwd: root, stdio: "inherit" },
);
if (build.status !== 0) {
  console.error(
    "golden:update: compiling the runtime failed; templates/runtime/compiled was not written.",
  );
  process.exit(1);
}
mkdirSync(compiled, { recursive: true });
cpSync(`${scratch}/dist/runtime`, compiled, { recursive: true });
writeFileSync(
  `${compiled}/manifest.json`,
  `${JSON.stringify({ fingerprint: await runtimeFingerprint(root) }, null, 2)}\n`,
);
rmSync(scratch, { recursive: true, force: true });
const fixtures = readdirSync(`${root}/test/fixtures`, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(`${root}/test/fixtures/${e.name}/spec/openapi.yaml`))
  .map((e) => e.name)
  .sort();
const cases = [
  ["spec/openapi.yaml", "generated"],
  ...fixtures.map((name) => [
    `test/fixtures/${name}/spec/openapi.yaml`,
    `test/fixtures/${name}/expected`,
  ]),
];
for (const [spec, out] of cases) {
  const run = spawnSync(process.execPath, ["generator/bin.js", "--spec", spec, "--out", out], {
    cwd: root,
    stdio: "inherit",
  });
  if (run.status !== 0) {
    console.error(
      `golden:update failed on ${spec} (exit ${run.status}); later goldens were not updated.`,
    );
    process.exit(1);
  }
}

// Broken specs: their golden is what the CLI prints on stderr.
const broken = readdirSync(`${root}/test/fixtures/broken`, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
for (const name of broken) {
  const dir = `test/fixtures/broken/${name}`;
  // A JSON fault's root is spec/openapi.json.
  const rootDoc = existsSync(`${root}/${dir}/spec/openapi.json`) ? "openapi.json" : "openapi.yaml";
  const run = spawnSync(
    process.execPath,
    ["generator/bin.js", "--spec", `${dir}/spec/${rootDoc}`, "--out", "test/.tmp/never-written"],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  if (run.status !== 1) {
    console.error(
      `golden:update: ${dir} should fail with exit 1, got ${run.status}:\n${run.stderr}`,
    );
    process.exit(1);
  }
  writeFileSync(`${root}/${dir}/expected-stderr.txt`, run.stderr);
}
console.log(`golden:update: ${cases.length} trees and ${broken.length} error messages checked.`);
