// The generator bundled as bin.js bundles it (CommonJS, packages external, its own URL), for
// tests of the threads that load it (the validators' and the types'), as the CLI's run does.
import { mkdir, rm } from "node:fs/promises";
import { build } from "esbuild";
import { afterAll, beforeAll } from "vitest";
import { cliBundleOptions } from "../../generator/cli-bundle.mjs";
import { ROOT, TMP } from "./paths.js";

/**
 * Builds the bundle in a folder of the calling test file's own before its tests, removes the
 * folder after them; returns the folder and the bundle's path.
 */
export function useGeneratorBundle(name: string): {
  readonly work: string;
  readonly bundle: string;
} {
  const work = `${TMP}/${name}-${process.pid}`;
  const bundle = `${work}/generator.cjs`;
  beforeAll(async () => {
    await mkdir(work, { recursive: true });
    await build({ ...cliBundleOptions(`${ROOT}/generator/cli.ts`), outfile: bundle });
  });
  afterAll(() => rm(work, { recursive: true, force: true }));
  return { work, bundle };
}
