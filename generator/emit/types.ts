/**
 * Emits `types.ts` with openapi-typescript: `paths`, `components` and `operations`, the types
 * openapi-fetch is keyed on.
 *
 * Its `transformSchema` is called directly, with the context its `openapiTS()` would build from
 * our options: `openapiTS()` would re-lint and re-bundle a spec we have already validated and
 * bundled, a tenth of a generation for nothing.
 */
import { createRequire } from "node:module";
import type { OutputFile } from "../files.js";
import type { ApiModel } from "../model/ir.js";
import { GENERATED_HEADER } from "./ts.js";

type OpenapiTypescript = typeof import("openapi-typescript");
type Context = Parameters<OpenapiTypescript["transformSchema"]>[1];
type Document = Parameters<OpenapiTypescript["transformSchema"]>[0];

/**
 * openapi-typescript's CommonJS build, through require(): imported as ESM it would import the
 * TypeScript compiler as ESM too, and Node scans a CommonJS file imported from ESM for its export
 * names (a third of a second for TypeScript's 9 MB).
 */
function loadOpenapiTypescript(): OpenapiTypescript {
  return createRequire(import.meta.url)("openapi-typescript") as OpenapiTypescript;
}

/** The emitted file. */
export function emitTypes(model: ApiModel): OutputFile[] {
  const { transformSchema, scanDiscriminators, resolveRef, astToString } = loadOpenapiTypescript();
  const document = structuredClone(model.document) as unknown as Document;
  withParameterDefaults(document as unknown as Record<string, unknown>);
  const nodes = transformSchema(document, context(document, { scanDiscriminators, resolveRef }));
  const contents = `${GENERATED_HEADER}\n\n${astToString(nodes)}`;
  return [{ path: "src/types.ts", contents, typesOnly: true }];
}

/**
 * openapi-typescript writes a parameter's JSDoc from the parameter object, where OpenAPI has no
 * `default`: its schema's `default` is copied up (in our clone only), so an editor shows
 * `@default` on the parameter as it does on a schema's property.
 */
function withParameterDefaults(document: Record<string, unknown>): void {
  const lists = [
    ...Object.values(asRecord(document["paths"])).flatMap((item) => [
      asRecord(item)["parameters"],
      ...Object.values(asRecord(item)).map((operation) => asRecord(operation)["parameters"]),
    ]),
    Object.values(asRecord(asRecord(document["components"])["parameters"])),
  ];
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const parameter of list.map(asRecord)) {
      const schema = asRecord(parameter["schema"]);
      if (schema["default"] !== undefined && parameter["default"] === undefined) {
        parameter["default"] = schema["default"];
      }
    }
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** openapi-typescript's defaults, except `defaultNonNullable: false`: a `default` must not make a request field required. */
function context(
  document: Document,
  lib: Pick<OpenapiTypescript, "scanDiscriminators" | "resolveRef">,
): Context {
  const options = { silent: true, defaultNonNullable: false };
  return {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: false,
    discriminators: lib.scanDiscriminators(document, options),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    redoc: undefined as unknown as Context["redoc"], // read only by openapiTS() itself
    silent: true,
    inject: undefined,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: ($ref) => lib.resolveRef(document, $ref, { silent: true }),
  };
}
