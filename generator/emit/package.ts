/**
 * Emits the package's manifest (`package.json`, from an object) and its entry point (`index.ts`).
 */
import { GENERATED_MARKER, type OutputFile } from "../files.js";
import type { ApiModel } from "../model/ir.js";
import { exportAll, exportFrom, exportNamespace, GENERATED_HEADER, printModule } from "./ts.js";

/** The runtime dependency of every generated package; the root package.json pins the same. */
export const OPENAPI_FETCH_RANGE = "^0.17.0";

/** The MSW majors `./mocks/msw` works with (only the API both share); msw 3 needs Node 22. */
export const MSW_RANGE = "^2.0.0 || ^3.0.0";

/** The emitted files. */
export function emitPackage(model: ApiModel): OutputFile[] {
  return [
    { path: "package.json", contents: `${JSON.stringify(manifest(model), null, 2)}\n` },
    { path: "src/index.ts", contents: printModule(indexStatements(), GENERATED_HEADER) },
  ];
}

function manifest(model: ApiModel): Record<string, unknown> {
  return {
    name: model.packageName,
    version: model.version,
    description: `Typed client for ${model.title}, generated from its OpenAPI spec.`,
    type: "module",
    sideEffects: false,
    exports: {
      ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
      "./validators": { types: "./dist/validators.d.ts", default: "./dist/validators.js" },
      // Test-only entries (emit/mocks.ts); `./mocks/msw` needs the optional peer `msw`.
      "./mocks": { types: "./dist/mocks.d.ts", default: "./dist/mocks.js" },
      "./mocks/msw": { types: "./dist/mocks-msw.d.ts", default: "./dist/mocks-msw.js" },
      "./package.json": "./package.json",
    },
    main: "./dist/index.js",
    types: "./dist/index.d.ts",
    files: ["dist", "src", "docs", "openapi.json", "CHANGELOG.md"],
    engines: { node: ">=20.19" },
    dependencies: { "openapi-fetch": OPENAPI_FETCH_RANGE },
    peerDependencies: { msw: MSW_RANGE },
    peerDependenciesMeta: { msw: { optional: true } },
    generatedBy: GENERATED_MARKER,
  };
}

function indexStatements() {
  return [
    exportFrom("./client.js", [{ name: "createClient" }, { name: "Client", type: true }]),
    exportFrom("./base-client.js", [
      { name: "createBaseClient" },
      { name: "BaseClient", type: true },
      { name: "ClientOptions", type: true },
    ]),
    exportAll("./operations.js"),
    exportFrom("./runtime/errors.js", [
      { name: "ApiError" },
      { name: "ClientError" },
      { name: "ConnectionError" },
      { name: "TimeoutError" },
      { name: "ValidationError" },
      { name: "ApiErrorMessage", type: true },
      { name: "ValidationIssue", type: true },
      { name: "ValidationTarget", type: true },
    ]),
    exportFrom("./runtime/operation.js", [
      { name: "DeepReadonly", type: true },
      { name: "RequestOptions", type: true },
    ]),
    exportFrom("./runtime/validation.js", [
      { name: "StandardSchemaV1", type: true },
      { name: "Validator", type: true },
    ]),
    exportNamespace("./validators.js", "validators"),
    exportFrom("./runtime/auth.js", [
      { name: "BasicCredential", type: true },
      { name: "BasicCredentials", type: true },
      { name: "Credential", type: true },
    ]),
    exportFrom("./types.js", [
      { name: "components", type: true },
      { name: "operations", type: true },
      { name: "paths", type: true },
    ]),
  ];
}
