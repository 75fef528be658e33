#!/usr/bin/env node
// Entry point of `cf-sdk-generate` and `npm run generate`. The generator is TypeScript and Node 20
// cannot run that directly, so its own sources (never node_modules) are bundled with esbuild into
// one ESM file next to them and imported. A loader hook such as tsx would also run over
// TypeScript's 9 MB compiler on every start, doubling start-up.
import { build } from "esbuild";

const outfile = new URL("./.cli.bundle.mjs", import.meta.url);
await build({
  entryPoints: [new URL("./cli.ts", import.meta.url).pathname],
  outfile: outfile.pathname,
  bundle: true,
  packages: "external",
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "error",
});
const { main } = await import(outfile.href);
process.exitCode = await main(process.argv.slice(2));
