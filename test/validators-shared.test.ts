/**
 * Operations that repeat a body or response schema (Cloudflare's 2,150 bodies and responses have
 * 1,233 distinct ones), and components that repeat another's, share one compiled validate
 * function: the repeats are exported as aliases, references to a repeated component call the
 * first, and each validator judges exactly as its own copy would.
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { generate } from "../generator/generate.js";
import { TMP } from "./helpers/paths.js";

const WORK = join(TMP, `validators-shared-${process.pid}`);

/** The same rule, written out in each operation (only the prose differs, which no check reads). */
const note = (description: string) => ({
  type: "object",
  description,
  required: ["text"],
  properties: { text: { type: "string", maxLength: 5, description } },
  additionalProperties: false,
});

const operation = (operationId: string, description: string) => ({
  operationId,
  requestBody: {
    required: true,
    content: { "application/json": { schema: note(description) } },
  },
  responses: {
    "200": {
      description: "The note.",
      content: { "application/json": { schema: note(`${description} (answer)`) } },
    },
  },
});

type Validators = Record<string, { issues(value: unknown): readonly { path: string }[] }>;
let code: string;
let requestBodies: Validators;
let responses: Validators;
let schemas: Validators;

beforeAll(async () => {
  await rm(WORK, { recursive: true, force: true });
  const specPath = join(WORK, "openapi.json");
  const spec = {
    openapi: "3.1.0",
    info: { title: "Shared schemas", version: "1.0.0" },
    paths: {
      "/a": { post: operation("addNote", "A note.") },
      "/b": { post: operation("addMemo", "A memo.") },
      "/c": { put: operation("putNote", "Another note.") },
    },
    components: {
      schemas: {
        Label: { type: "string", maxLength: 5, description: "A label." },
        Tag: { type: "string", maxLength: 5, description: "A tag: the same rule." },
        Tagged: {
          type: "object",
          properties: { tag: { $ref: "#/components/schemas/Tag" } },
          additionalProperties: false,
        },
      },
    },
  };
  await mkdir(WORK, { recursive: true });
  await writeFile(specPath, JSON.stringify(spec, null, 2));
  for (const file of (await generate({ specPath })).files) {
    await mkdir(dirname(join(WORK, "out", file.path)), { recursive: true });
    await writeFile(join(WORK, "out", file.path), file.contents);
  }
  code = await readFile(join(WORK, "out/src/validators/ajv.js"), "utf8");
  const url = pathToFileURL(join(WORK, "out/dist/validators.js")).href;
  ({ requestBodies, responses, schemas } = (await import(url)) as {
    requestBodies: Validators;
    responses: Validators;
    schemas: Validators;
  });
}, 120_000);

describe("a schema repeated across operations", () => {
  it("is compiled once; the other operations' validators are aliases of it", () => {
    expect(code.match(/^export const \w+ = \w+;$/gm)).toEqual([
      "export const validateSchema0_Label = validate0;",
      "export const validateSchema2_Tagged = validate1;",
      "export const validateAddNoteBody = validate2;",
      "export const validateSchema1_Tag = validateSchema0_Label;",
      "export const validateAddNoteResponse = validateAddNoteBody;",
      "export const validateAddMemoBody = validateAddNoteBody;",
      "export const validateAddMemoResponse = validateAddNoteBody;",
      "export const validatePutNoteBody = validateAddNoteBody;",
      "export const validatePutNoteResponse = validateAddNoteBody;",
    ]);
  });

  it.each(["addNote", "addMemo", "putNote"])("judges %s's body and response alike", (id) => {
    for (const table of [requestBodies, responses]) {
      expect(table[id]!.issues({ text: "hi" })).toEqual([]);
      expect(table[id]!.issues({ text: "too long" }).map((issue) => issue.path)).toEqual(["/text"]);
      expect(table[id]!.issues({ text: "hi", extra: 1 })).toHaveLength(1);
    }
  });
});

describe("a component repeating another's schema", () => {
  it("is the first one's function, also where it is referenced", () => {
    expect(code.match(/^function validate\d+/gm)).toHaveLength(3);
    for (const name of ["Label", "Tag"]) {
      expect(schemas[name]!.issues("short")).toEqual([]);
      expect(schemas[name]!.issues("too long")).toHaveLength(1);
    }
    expect(schemas["Tagged"]!.issues({ tag: "too long" }).map((issue) => issue.path)).toEqual([
      "/tag",
    ]);
  });
});
