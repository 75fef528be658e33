#!/usr/bin/env node
// Entry point of `cf-sdk-generate` and `npm run generate`. The generator is TypeScript and Node 20
// cannot run that directly, so its own sources (never node_modules) are bundled with esbuild
// (~50 ms) into one ESM file beside them and imported. A loader hook such as tsx would also run
// over TypeScript's 9 MB compiler on every start, doubling start-up.
import { rename } from "node:fs/promises";
import { build } from "esbuild";

const bundle = new URL("./.cli.bundle.mjs", import.meta.url);
// Each process writes its own file and renames it into place, so concurrent runs never read
// a half-written bundle.
const staging = new URL(`./.cli.bundle.${process.pid}.mjs`, import.meta.url);
await build({
  entryPoints: [new URL("./cli.ts", import.meta.url).pathname],
  outfile: staging.pathname,
  bundle: true,
  packages: "external",
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "error",
});
await rename(staging, bundle);
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
