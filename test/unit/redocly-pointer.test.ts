/**
 * `$ref` JSON pointers read as RFC 6901 says (generator/redocly-pointer.ts): an empty segment is
 * the member named `""`, not nothing; a pointer to a missing member is still a located error.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DiagnosticsError } from "../../generator/diagnostics.js";
import { generate } from "../../generator/generate.js";
import { TMP } from "../helpers/paths.js";

const WORK = `${TMP}/redocly-pointer-${process.pid}`;

/** One operation whose response schema is `ref`, and components with empty-named members. */
function specWith(ref: string): object {
  return {
    openapi: "3.1.0",
    info: { title: "Empty segments", version: "1.0.0" },
    paths: {
      "/things": {
        get: {
          operationId: "getThing",
          responses: {
            "200": {
              description: "ok",
              content: { "application/json": { schema: { $ref: ref } } },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        Holder: {
          $defs: { "": { $defs: { "": { type: "number" } } }, Other: { type: "string" } },
        },
      },
    },
  };
}

async function generated(ref: string, name: string) {
  const specPath = `${WORK}/${name}.json`;
  await writeFile(specPath, JSON.stringify(specWith(ref), null, 2));
  return generate({ specPath });
}

/** The generated validators' code (Ajv standalone). */
function validatorSource(files: readonly { path: string; contents: string }[]): string {
  return files
    .filter((file) => file.path.startsWith("src/validators"))
    .map((file) => file.contents)
    .join("\n");
}

describe("$ref JSON pointers with empty segments", () => {
  beforeAll(() => mkdir(WORK, { recursive: true }));
  afterAll(() => rm(WORK, { recursive: true, force: true }));

  it("resolves `//` and a trailing `/` to the members named the empty string", async () => {
    const { files } = await generated("#/components/schemas/Holder/$defs//$defs/", "empty");
    // The member `""` of `""` is `{ type: "number" }`: its check is in the response validator.
    expect(validatorSource(files)).toContain('params: { type: "number" }');
  });

  it("still refuses, located, a pointer whose empty segment names no member", async () => {
    const error = await generated("#/components/schemas/Holder/$defs/Other/", "missing").catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DiagnosticsError);
    const [found] = (error as DiagnosticsError).diagnostics;
    expect(found).toMatchObject({ code: "ref-unresolved", severity: "error" });
    expect(found!.line).toBeGreaterThan(0);
  });
});
