/**
 * Operations that repeat a body or response schema (Cloudflare's 2,150 bodies and responses have
 * 1,233 distinct ones) share one compiled validate function: the repeats are exported as aliases,
 * and each operation's validator judges exactly as its own copy would.
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
  };
  await mkdir(WORK, { recursive: true });
  await writeFile(specPath, JSON.stringify(spec, null, 2));
  for (const file of (await generate({ specPath })).files) {
    await mkdir(dirname(join(WORK, "out", file.path)), { recursive: true });
    await writeFile(join(WORK, "out", file.path), file.contents);
  }
  code = await readFile(join(WORK, "out/src/validators/ajv.js"), "utf8");
  const url = pathToFileURL(join(WORK, "out/dist/validators.js")).href;
  ({ requestBodies, responses } = (await import(url)) as {
    requestBodies: Validators;
    responses: Validators;
  });
}, 120_000);

describe("a schema repeated across operations", () => {
  it("is compiled once; the other operations' validators are aliases of it", () => {
    expect(code.match(/^export const \w+ = validate\d+;$/gm)).toHaveLength(1);
    expect(code.match(/^export const \w+ = \w+;$/gm)).toEqual([
      "export const validateAddNoteBody = validate0;",
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
