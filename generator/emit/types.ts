/**
 * Emits `types.ts` with openapi-typescript: `paths`, `components` and `operations`, the types
 * openapi-fetch is keyed on. openapi-typescript re-lints and re-bundles what it is given, so it
 * gets the already bundled spec and a Redocly config with no rules.
 */
import { createConfig, type Config } from "@redocly/openapi-core";
import { createRequire } from "node:module";
import type { OutputFile } from "../files.js";
import type { ApiModel } from "../model/ir.js";
import { GENERATED_HEADER } from "./ts.js";

let noRulesConfig: Promise<Config> | undefined;

/**
 * openapi-typescript's CommonJS build, through require(): imported as ESM it would import the
 * TypeScript compiler as ESM too, and Node scans a CommonJS file imported from ESM for its export
 * names (a third of a second for TypeScript's 9 MB).
 */
function loadOpenapiTypescript(): typeof import("openapi-typescript") {
  return createRequire(import.meta.url)(
    "openapi-typescript",
  ) as typeof import("openapi-typescript");
}

/** The emitted file. */
export async function emitTypes(model: ApiModel): Promise<OutputFile[]> {
  const { default: openapiTS, astToString } = loadOpenapiTypescript();
  noRulesConfig ??= createConfig({ extends: [], rules: {} });
  const document = structuredClone(model.document) as unknown as Parameters<typeof openapiTS>[0];
  // defaultNonNullable: false — a `default` must not make a request field required.
  const nodes = await openapiTS(document, {
    redocly: await noRulesConfig,
    silent: true,
    defaultNonNullable: false,
  });
  const contents = `${GENERATED_HEADER}\n\n${astToString(nodes)}`;
  return [{ path: "src/types.ts", contents, typesOnly: true }];
}
