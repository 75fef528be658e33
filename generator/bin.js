#!/usr/bin/env node
// Entry point of `cf-sdk-generate` and `npm run generate`. The generator is TypeScript and Node 20
// cannot run that directly, so its own sources (never node_modules) are bundled with esbuild and
// loaded. A loader hook such as tsx would also run over TypeScript's 9 MB compiler on every
// start, doubling start-up.
//
// The bundle is CommonJS on purpose: the big dependencies (the TypeScript compiler, Redocly,
// openapi-typescript's CJS build) are then loaded with require(). Imported from ESM instead, Node
// first scans each CommonJS file for its export names, a third of a second for TypeScript alone.
// Modules the generator imports dynamically stay lazy (esbuild wraps them), so --help and broken
// specs never load the compiler.
//
// The bundle's name is a hash of the generator's sources, so an unchanged generator starts
// without esbuild at all; a changed one is rebuilt, written through a rename so that concurrent
// runs never read half a file.
import { createHash } from "node:crypto";
import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import module, { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { cliBundleOptions } from "./cli-bundle.mjs";
import { runWithSizedPool } from "./v8-pool.mjs";

// Node 22.1+ keeps V8's compiled code of the modules we load between runs (TypeScript's 9 MB
// compiler alone is 130 ms of parsing per run), as TypeScript's own CLI does; Node 20 lacks it.
module.enableCompileCache?.();

const dir = new URL(".", import.meta.url).pathname;
const argv = process.argv.slice(2);
// A large spec's run on a machine of few cores runs in a Node whose V8 pool fits the machine
// (see v8-pool.mjs): this process then only waits for it.
const restarted = await runWithSizedPool(fileURLToPath(import.meta.url), argv);
if (restarted === undefined) {
  const bundle = join(dir, `.build-cli-${sourceHash()}.cjs`);
  if (!existsSync(bundle)) await build(bundle);
  pruneOldBuilds(bundle.slice(dir.length));
  const { main } = createRequire(import.meta.url)(bundle);
  process.exitCode = await main(argv);
} else {
  process.exitCode = restarted;
}

/**
 * A hash of every source file of the generator (and of this file, which says how to bundle), and
 * of the runtime's TypeScript sources, which the generator imports too (the validators compile
 * with the runtime's own format checks).
 */
function sourceHash() {
  const hash = createHash("sha256");
  const runtime = join(dir, "../templates/runtime");
  const sources = (root, recursive) =>
    readdirSync(root, { recursive, encoding: "utf8" })
      .filter((name) => /\.(ts|mjs|js)$/.test(name) && !name.startsWith(".build-"))
      .sort()
      .map((name) => join(root, name));
  for (const path of [...sources(dir, true), ...sources(runtime, false)]) {
    hash.update(`${path.slice(dir.length)}\0${readFileSync(path)}\0`);
  }
  return hash.digest("hex").slice(0, 16);
}

async function build(target) {
  const { build: esbuild } = await import("esbuild");
  // The bundle sits in this folder, so its own URL serves the sources as theirs did.
  const result = await esbuild({ ...cliBundleOptions(join(dir, "cli.ts")), write: false });
  const staging = `${target}.${process.pid}`;
  writeFileSync(staging, result.outputFiles[0].contents);
  renameSync(staging, target);
}

/** Removes builds of earlier sources, once they are old enough that no running process uses them. */
function pruneOldBuilds(current) {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(".build-") || name === current) continue;
    const path = join(dir, name);
    if (statSync(path).mtimeMs < hourAgo) rmSync(path, { force: true });
  }
}
