#!/usr/bin/env node
// Bundle sizes of consumers of the generated package (esbuild, minified, gzip -9): the four seed
// operations through the tree-shakable form, and the whole client.
import { fileURLToPath } from "node:url";
import { bundleConsumer, FOUR_OPERATIONS, WHOLE_CLIENT } from "../helpers/bundle.mjs";

const entry = fileURLToPath(new URL("../../generated/dist/index.js", import.meta.url));
console.log(
  "\nBundles (esbuild --minify, browser ESM, gzip -9):\n\n| consumer | minified | gzip |\n| --- | --- | --- |",
);
for (const [name, source] of [
  ["createBaseClient + 4 seed operation functions", FOUR_OPERATIONS],
  ["createClient (all 7 operations)", WHOLE_CLIENT],
]) {
  const size = await bundleConsumer(source, entry);
  console.log(
    `| ${name} | ${(size.minified / 1024).toFixed(1)} KB | ${(size.gzip / 1024).toFixed(1)} KB |`,
  );
}
