/**
 * Specs that are valid but have crashed the generator (issue 14): property names that are
 * `Object.prototype`'s (`constructor`, `hasOwnProperty`...), names with `%` and combining marks,
 * and `enum`/`const`/`example` data holding an object with a `"$ref"` key. Each generates a
 * package whose code type-checks, and whose validators accept exactly the data the spec allows.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DiagnosticsError } from "../generator/diagnostics.js";
import { generate } from "../generator/generate.js";
import { TMP } from "./helpers/paths.js";
import { typeErrors } from "./helpers/typecheck.js";

const WORK = `${TMP}/hostile-specs-${process.pid}`;

/** Names that are functions on every plain object, and names that are not URI-safe. */
const BUILT_IN_NAMES = ["constructor", "toString", "hasOwnProperty", "valueOf", "__proto__"];
const PERCENT_NAMES = ["100%", "e\u0301%zz", "%41"];
/** JSON data that looks like a reference: it is a value, never followed nor rewritten. */
const REF_DATA = { $ref: "#/components/schemas/Other" };
const EXTERNAL_REF_DATA = { $ref: "./nowhere.yaml#/X" };

/** The spec, as a JSON value; `Object.fromEntries` so that `__proto__` stays a property. */
function hostileButValidSpec(): Record<string, unknown> {
  const names = [...BUILT_IN_NAMES, ...PERCENT_NAMES];
  const properties = Object.fromEntries(
    names.map((name) => [name, { type: "string", description: `The ${name} field.` }]),
  );
  return {
    openapi: "3.1.0",
    info: { title: "Hostile but valid", version: "1.0.0" },
    paths: {
      "/things": {
        post: {
          operationId: "createThing",
          requestBody: {
            content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
          },
          responses: {
            "200": {
              description: "ok",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Data" } } },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        Thing: { type: "object", required: BUILT_IN_NAMES.slice(0, 4), properties },
        Data: {
          type: "object",
          properties: {
            pinned: { const: REF_DATA, example: REF_DATA },
            chosen: { enum: [REF_DATA, EXTERNAL_REF_DATA, 1] },
          },
          example: { pinned: REF_DATA },
        },
        Pinned: { const: REF_DATA, default: EXTERNAL_REF_DATA },
        // Component names are keys of generated objects too.
        ["__proto__"]: { type: "integer" },
        constructor: { type: "boolean" },
        Other: { type: "string" },
      },
    },
  };
}

type Validator = { is(value: unknown): boolean };
let validators: { schemas: Record<string, Validator>; responses: Record<string, Validator> };
let out: string;

beforeAll(async () => {
  await mkdir(WORK, { recursive: true });
  const spec = `${WORK}/openapi.json`;
  await writeFile(spec, JSON.stringify(hostileButValidSpec(), null, 2));
  const { files } = await generate({ specPath: spec }).catch((error: unknown) => {
    const problems = error instanceof DiagnosticsError ? error.diagnostics : [];
    throw new Error(problems.map((d) => `${d.pointer}: ${d.message}`).join("\n") || String(error));
  });
  out = `${WORK}/out`;
  for (const file of files) {
    await mkdir(dirname(`${out}/${file.path}`), { recursive: true });
    await writeFile(`${out}/${file.path}`, file.contents);
  }
  validators = (await import(`${out}/dist/validators.js`)) as typeof validators;
}, 120_000);
afterAll(() => rm(WORK, { recursive: true, force: true }));

describe("a valid spec with hostile names and data", () => {
  it("generates code that type-checks", () => {
    const sources = ["index.ts", "client.ts", "operations.ts", "validators.ts", "types.ts"];
    expect(typeErrors(sources.map((file) => `${out}/src/${file}`))).toEqual([]);
  }, 120_000);

  it("keeps components named `__proto__` and `constructor` as validators of their own", () => {
    expect(Object.hasOwn(validators.schemas, "__proto__")).toBe(true);
    expect(validators.schemas["__proto__"]!.is(1)).toBe(true);
    expect(validators.schemas["__proto__"]!.is("1")).toBe(false);
    expect(validators.schemas["constructor"]!.is(true)).toBe(true);
  });

  it.each([
    ["a const that is an object with a $ref key", "Pinned", REF_DATA, true],
    ["the component it seems to name", "Pinned", "text", false],
    [
      "the id the validators give that component",
      "Pinned",
      { $ref: "urn:cf-sdk:schema:Other" },
      false,
    ],
  ])("component const: %s", (_, name, value, valid) => {
    expect(validators.schemas[name]!.is(value)).toBe(valid);
  });

  it.each([
    ["the const data", { pinned: REF_DATA }, true],
    ["each enum value that is data", { chosen: EXTERNAL_REF_DATA }, true],
    ["another object", { chosen: { $ref: "#/components/schemas/Thing" } }, false],
  ])("response enum/const: %s", (_, value, valid) => {
    expect(validators.responses["createThing"]!.is(value)).toBe(valid);
  });
});
