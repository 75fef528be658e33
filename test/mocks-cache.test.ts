/**
 * The mocks read no operation's description (only its summary, beside its override): their
 * cache entry stays valid when a description is edited, and is redone when a summary or a schema
 * they read changes. Their warnings (a default no value satisfies) come back from the cache with
 * their files.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { afterAll, describe, expect, it } from "vitest";
import { EMITTERS } from "../generator/emit/index.js";
import { generate, type GenerateResult } from "../generator/generate.js";
import type { ApiModel } from "../generator/model/ir.js";
import { openCache } from "../generator/run-cache.js";
import { TMP } from "./helpers/paths.js";

const DIR = `${TMP}/mocks-cache-${process.pid}`;
const SPEC = `openapi: 3.1.0
info:
  title: Cached mocks
  version: 1.0.0
servers:
  - url: https://api.example.com/v1
paths:
  /things:
    post:
      operationId: createThing
      summary: Create a thing
      description: Makes a thing.
      responses:
        "201":
          description: Created.
          content:
            application/json:
              schema:
                type: object
                required: [name]
                properties:
                  name: { type: string, minLength: 2 }
  /things/{id}:
    get:
      operationId: getThing
      summary: Get a thing
      description: Reads a thing.
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        "200":
          description: A thing that cannot exist.
          content:
            application/json:
              schema:
                allOf:
                  - { type: string }
                  - { type: integer }
`;

const mocksReads = EMITTERS.find((emitter) => emitter.name === "mocks")!.reads!;

/** A model whose operations and document hold the given prose (the rest is not read here). */
function modelWith(prose: { summary?: string; description?: string }, schema: object): ApiModel {
  const operation = { operationId: "op", summary: "Sum", description: "Desc", ...prose };
  return {
    operations: [operation],
    document: {
      paths: { "/x": { get: { ...operation, responses: { 200: { schema } } } } },
      components: { schemas: { Thing: schema } },
    },
  } as unknown as ApiModel;
}

describe("what the mocks read", () => {
  const before = JSON.stringify(mocksReads(modelWith({}, { type: "string" })));
  it.each([
    ["an operation's description", { description: "Edited." }, { type: "string" }, true],
    ["an operation's summary", { summary: "Edited" }, { type: "string" }, false],
    ["a schema", {}, { type: "integer" }, false],
  ])("an edit of %s keeps their inputs: %s", (_name, prose, schema, same) => {
    const after = JSON.stringify(mocksReads(modelWith(prose, schema)));
    expect(after === before).toBe(same);
  });
});

describe("the mocks through the cache", () => {
  afterAll(() => rm(DIR, { recursive: true, force: true }));

  async function run(spec: string): Promise<GenerateResult> {
    await mkdir(`${DIR}/spec`, { recursive: true });
    await writeFile(`${DIR}/spec/openapi.yaml`, spec);
    const cache = await openCache(`${DIR}/cache`);
    const result = await generate({ specPath: `${DIR}/spec/openapi.yaml`, cache });
    await cache.settle();
    return result;
  }
  const mocksFiles = (result: GenerateResult) =>
    result.files.filter((file) => /mocks/.test(file.path));
  const mockWarnings = (result: GenerateResult) =>
    result.warnings.filter((warning) => warning.code === "mock-default");

  it("reuses them after a description edit, warnings included; redoes them after a summary edit", async () => {
    const cold = await run(SPEC);
    expect(cold.timings["emit:mocks"]).toBeDefined();
    expect(mockWarnings(cold)).toHaveLength(1);

    const edited = await run(SPEC.replace("Reads a thing.", "Reads one thing, by id."));
    expect(edited.timings["emit:mocks"]).toBeUndefined();
    expect(mocksFiles(edited)).toEqual(mocksFiles(cold));
    expect(mockWarnings(edited)).toEqual(mockWarnings(cold));

    const summary = await run(SPEC.replace("Get a thing", "Get one thing"));
    expect(summary.timings["emit:mocks"]).toBeDefined();
    expect(mocksFiles(summary)).not.toEqual(mocksFiles(cold));

    const schema = await run(SPEC.replace("minLength: 2", "minLength: 3"));
    expect(schema.timings["emit:mocks"]).toBeDefined();
    expect(mockWarnings(schema)).toEqual(mockWarnings(cold));
  });
});
