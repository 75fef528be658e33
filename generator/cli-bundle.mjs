// How the generator's sources are bundled for running: by bin.js, and by tests that need the
// bundle somewhere of their own. Plain JS, so that bin.js can use it before anything is built.

/**
 * esbuild's options for bundling `entry` (generator/cli.ts): CommonJS with packages external (see
 * bin.js for why). The sources find templates/ and .prettierrc.json relative to their own URL;
 * in the bundle, that is the bundle's own URL.
 * @param {string} entry
 * @returns {import("esbuild").BuildOptions}
 */
export function cliBundleOptions(entry) {
  return {
    entryPoints: [entry],
    bundle: true,
    packages: "external",
    platform: "node",
    format: "cjs",
    target: "node20",
    define: { "import.meta.url": "__bundleUrl" },
    banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
    logLevel: "error",
  };
}
