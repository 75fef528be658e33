#!/usr/bin/env node
// Entry point of `cf-sdk-generate` and `npm run generate`. The generator is TypeScript and Node 20
// cannot run that directly, so its own sources (never node_modules) are bundled with esbuild
// (~50 ms) and imported. A loader hook such as tsx would also run over TypeScript's 9 MB compiler
// on every start, doubling start-up.
//
// Code splitting keeps the heavy stages (the TypeScript compiler, the emitters) in chunks that load
// only after the spec validated, so --help and broken specs answer quickly. Output names carry a
// content hash and are written only when absent, each through a rename, so concurrent runs never
// read a half-written file. They live beside the sources (same depth), because the generator finds
// templates/ relative to its own module URL.
import { existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const dir = new URL(".", import.meta.url).pathname;
const result = await build({
  entryPoints: [`${dir}cli.ts`],
  outdir: dir,
  entryNames: ".build-[name]-[hash]",
  chunkNames: ".build-chunk-[hash]",
  bundle: true,
  splitting: true,
  packages: "external",
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "error",
  write: false,
});
for (const file of result.outputFiles) {
  if (existsSync(file.path)) continue;
  const staging = `${file.path}.${process.pid}`;
  writeFileSync(staging, file.contents);
  renameSync(staging, file.path);
}
pruneOldBuilds(new Set(result.outputFiles.map((file) => basename(file.path))));
const entry = result.outputFiles.find((file) => basename(file.path).startsWith(".build-cli-"));
const { main } = await import(pathToFileURL(entry.path).href);
process.exitCode = await main(process.argv.slice(2));

/** Removes builds of earlier sources, once they are old enough that no running process uses them. */
function pruneOldBuilds(current) {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(".build-") || current.has(name)) continue;
    const path = `${dir}${name}`;
    if (statSync(path).mtimeMs < hourAgo) rmSync(path, { force: true });
  }
}
