// Bundles a consumer of the generated package with esbuild, as a browser app would be built.
// Plain JS so that both the tests and the bench script (plain Node) can use it.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";

/**
 * Bundles `source` (an ES module importing "PACKAGE") against the package entry at `packageEntry`.
 * @param {string} source
 * @param {string} packageEntry
 * @param {boolean} [minify]
 * @returns {Promise<{ code: string, minified: number, gzip: number }>}
 */
export async function bundleConsumer(source, packageEntry, minify = true) {
  const result = await build({
    stdin: {
      contents: source.replaceAll("PACKAGE", packageEntry),
      loader: "js",
      resolveDir: process.cwd(),
    },
    bundle: true,
    minify,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].text;
  return { code, minified: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

/** The tree-shakable form: a base client and the four seed operations' functions. */
export const FOUR_OPERATIONS = `
import { createBaseClient, createBotFeedbackReport, updateInsightClassification, requestMitigationReview, createMiscategorization } from "PACKAGE";
const client = createBaseClient({ apiToken: "token" });
export const calls = [createBotFeedbackReport, updateInsightClassification, requestMitigationReview, createMiscategorization].map((call) => (args) => call(client, args));
`;

/** The whole client. */
export const WHOLE_CLIENT = `
import { createClient } from "PACKAGE";
export const client = createClient({ apiToken: "token" });
`;
