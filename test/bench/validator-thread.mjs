#!/usr/bin/env node
// The validators' thread's CPU on a spec, without the rest of the pipeline beside it:
// `node test/bench/validator-thread.mjs [spec]` (default: the Cloudflare benchmark spec). The
// model is built once and cached in test/.tmp; each run is a fresh process, so compare two
// checkouts run in alternation. Its sources are bundled first, as bin.js does.
import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { cliBundleOptions } from "../../generator/cli-bundle.mjs";

const spec = process.argv[2] ?? "/work/shared/corpus/cloudflare-2024-08.json";
const tmp = fileURLToPath(new URL("../.tmp/", import.meta.url));
mkdirSync(tmp, { recursive: true });
const bundle = `${tmp}validator-thread-work.cjs`;
await build({
  ...cliBundleOptions(fileURLToPath(new URL("validator-thread-work.ts", import.meta.url))),
  outfile: bundle,
});
const { runThreadWork } = createRequire(import.meta.url)(bundle);
await runThreadWork(spec, `${tmp}${basename(spec)}.model.bin`);
