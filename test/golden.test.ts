/**
 * Whole-tree goldens: each fixture spec is generated in memory and compared with its committed
 * expected folder, first the file list (missing / extra), then each file's bytes.
 * Update on purpose with `npm run golden:update`, and review the diff.
 */
import { describe, expect, it } from "vitest";
import { readEarlierOutput, withChangeReport } from "../generator/changes.js";
import { generate } from "../generator/generate.js";
import { goldenCases } from "./helpers/goldens.js";
import { readTree } from "./helpers/tree.js";

describe.each(goldenCases())("golden: $name", ({ spec, expected }) => {
  it("generates exactly the committed files, byte for byte", async () => {
    // As the CLI does: the changelog follows from the spec the expected folder was generated from.
    const generated = await generate({ specPath: spec });
    const { files } = await withChangeReport(generated.files, await readEarlierOutput(expected));
    const actual = new Map(files.map((file) => [file.path, file.contents]));
    const golden = await readTree(expected);
    expect(files.map((file) => file.path)).toEqual([...golden.keys()].sort());
    for (const [path, contents] of actual) {
      expect(contents, `${path} differs from its golden copy`).toBe(golden.get(path));
    }
  });

  it("is deterministic: a second run gives identical bytes", async () => {
    const first = await generate({ specPath: spec });
    const second = await generate({ specPath: spec });
    expect(second.files).toEqual(first.files);
  });
});
