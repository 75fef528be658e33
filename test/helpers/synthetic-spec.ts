/**
 * Small synthetic OpenAPI documents written by a test into a temporary folder, generated in
 * memory with `generate()` and written out, so that the test can import the package they give.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { generate } from "../../generator/generate.js";
import { TMP } from "./paths.js";

/** A JSON object of the spec. */
export type Json = Record<string, unknown>;

/** What a synthetic spec varies: its security parts, and any root-level extras. */
export interface SyntheticSpec {
  readonly name: string;
  readonly schemes?: Json;
  /** The root's `security`; omitted when undefined. */
  readonly security?: readonly Json[];
  /** Extra root fields (`x-request-id-header`...) and server fields (`x-env`). */
  readonly root?: Json;
  readonly server?: Json;
}

const OK = {
  description: "The thing.",
  content: { "application/json": { schema: { type: "object" } } },
};
const FAILURE = {
  description: "An error.",
  content: { "application/json": { schema: {} } },
};

/**
 * The document: `getThing` (`GET /things/{id}`, the root's security), `getPublic`
 * (`GET /public`, `security: []`), and `createThing` (`POST /things`, the root's security).
 */
export function syntheticDocument(spec: SyntheticSpec): Json {
  const id = { name: "id", in: "path", required: true, schema: { type: "string" } };
  return {
    openapi: "3.1.0",
    info: { title: `Synthetic ${spec.name}`, version: "1.0.0" },
    servers: [{ url: "https://api.example.test/v1", ...spec.server }],
    ...(spec.security === undefined ? {} : { security: spec.security }),
    ...spec.root,
    paths: {
      "/things/{id}": {
        get: {
          operationId: "getThing",
          summary: "Get a thing",
          parameters: [id],
          responses: { "200": OK, default: FAILURE },
        },
      },
      "/things": {
        post: {
          operationId: "createThing",
          summary: "Create a thing",
          requestBody: {
            required: true,
            content: { "application/json": { schema: { type: "object" } } },
          },
          responses: { "200": OK, default: FAILURE },
        },
      },
      "/public": {
        get: {
          operationId: "getPublic",
          summary: "A public thing",
          security: [],
          responses: { "200": OK, default: FAILURE },
        },
      },
    },
    ...(spec.schemes === undefined ? {} : { components: { securitySchemes: spec.schemes } }),
  };
}

/** Writes the spec into `test/.tmp/<folder>/spec.json` and returns its path. */
export async function writeSpec(folder: string, document: Json): Promise<string> {
  const path = `${TMP}/${folder}/spec.json`;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify(document, null, 2));
  return path;
}

/** Generates a spec into `test/.tmp/<folder>/out` and returns that folder. */
export async function generateInto(folder: string, document: Json): Promise<string> {
  const out = `${TMP}/${folder}/out`;
  await rm(out, { recursive: true, force: true });
  const { files } = await generate({ specPath: await writeSpec(folder, document) });
  for (const file of files) {
    await mkdir(dirname(`${out}/${file.path}`), { recursive: true });
    await writeFile(`${out}/${file.path}`, file.contents);
  }
  return out;
}
