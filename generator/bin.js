#!/usr/bin/env node
// Entry point of `cf-sdk-generate` and `npm run generate`. The generator is TypeScript and Node 20
// cannot run that directly, so its own sources (never node_modules) are bundled with esbuild
// (~50 ms) and loaded. A loader hook such as tsx would also run over TypeScript's 9 MB compiler
// on every start, doubling start-up.
//
// The bundle is CommonJS on purpose: the big dependencies (the TypeScript compiler, Redocly,
// openapi-typescript's CJS build) are then loaded with require(). Imported from ESM instead, Node
// first scans each CommonJS file for its export names, a third of a second for TypeScript alone.
// Modules the generator imports dynamically stay lazy (esbuild wraps them), so --help and broken
// specs never load the compiler. The file name carries a content hash and is written only when
// absent, through a rename, so concurrent runs never read a half-written bundle.
import { existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { build } from "esbuild";

const dir = new URL(".", import.meta.url).pathname;
const result = await build({
  entryPoints: [`${dir}cli.ts`],
  outdir: dir,
  entryNames: ".build-[name]-[hash]",
  outExtension: { ".js": ".cjs" },
  bundle: true,
  packages: "external",
  platform: "node",
  format: "cjs",
  target: "node20",
  // The sources find templates/ and .prettierrc.json relative to their own URL; the bundle sits
  // in the same folder, so its own URL serves.
  define: { "import.meta.url": "__bundleUrl" },
  banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: "error",
  write: false,
});
const [bundle] = result.outputFiles;
if (!existsSync(bundle.path)) {
  const staging = `${bundle.path}.${process.pid}`;
  writeFileSync(staging, bundle.contents);
  renameSync(staging, bundle.path);
}
pruneOldBuilds(bundle.path.slice(dir.length));
const { main } = createRequire(import.meta.url)(bundle.path);
process.exitCode = await main(process.argv.slice(2));

/** Removes builds of earlier sources, once they are old enough that no running process uses them. */
function pruneOldBuilds(current) {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(".build-") || name === current) continue;
    const path = `${dir}${name}`;
    if (statSync(path).mtimeMs < hourAgo) rmSync(path, { force: true });
  }
}
