import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { checkOutput, writeOutput } from "../../generator/write.js";
import { TMP } from "../helpers/paths.js";
import { readTree } from "../helpers/tree.js";

const dir = `${TMP}/write-${process.pid}`;
afterEach(() => rm(dir, { recursive: true, force: true }));

const files = [
  { path: "package.json", contents: "{}\n" },
  { path: "src/a.ts", contents: "export const a = 1;\n" },
];

describe("writeOutput and checkOutput", () => {
  it("writes into a missing folder, then reports it clean", async () => {
    const report = await writeOutput(dir, files, () => false);
    expect(report).toEqual({ written: ["package.json", "src/a.ts"], removed: [], unchanged: 0 });
    expect(await checkOutput(dir, files)).toEqual({ stale: [], missing: [], extra: [] });
  });

  it("lists stale, missing and extra files without touching them", async () => {
    await mkdir(`${dir}/src`, { recursive: true });
    await writeFile(`${dir}/src/a.ts`, "old\n");
    await writeFile(`${dir}/src/gone.ts`, "x\n");
    expect(await checkOutput(dir, files)).toEqual({
      stale: ["src/a.ts"],
      missing: ["package.json"],
      extra: ["src/gone.ts"],
    });
    expect(await readFile(`${dir}/src/a.ts`, "utf8")).toBe("old\n");
  });

  it("removes extra files and folders left empty, keeps unchanged files as they are", async () => {
    await writeOutput(dir, [...files, { path: "old/deep/b.ts", contents: "b\n" }], () => true);
    const report = await writeOutput(dir, files, () => true);
    expect(report).toEqual({ written: [], removed: ["old/deep/b.ts"], unchanged: 2 });
    expect(existsSync(`${dir}/old`)).toBe(false);
  });

  it("changes nothing when one file cannot be staged (all or nothing)", async () => {
    await writeOutput(dir, files, () => true);
    const before = await readTree(dir);
    // `src/a.ts` is a file, so nothing can be written beneath it: the second staging fails.
    const attempt = writeOutput(
      dir,
      [
        { path: "package.json", contents: '{ "v": 2 }\n' },
        { path: "src/a.ts/inner.ts", contents: "x\n" },
      ],
      () => true,
    );
    await expect(attempt).rejects.toThrow();
    expect(await readTree(dir)).toEqual(before);
  });

  it("leaves no staging copy behind when a write fails among many in flight", async () => {
    await writeOutput(dir, files, () => true);
    const before = await readTree(dir);
    // More files than are written at once, the failing one early: the writes still in flight
    // when it fails must settle before the staging copies are removed.
    const many = Array.from({ length: 50 }, (_, index) => ({
      path: `docs/page-${index}.md`,
      contents: `${index}\n`.repeat(1000),
    }));
    many.splice(3, 0, { path: "src/a.ts/inner.ts", contents: "x\n" });
    await expect(writeOutput(dir, many, () => true)).rejects.toThrow();
    expect(await readTree(dir)).toEqual(before);
  });

  it("refuses a folder the owner check rejects, writing nothing", async () => {
    await mkdir(dir, { recursive: true });
    await writeFile(`${dir}/mine.txt`, "keep\n");
    await expect(writeOutput(dir, files, () => false)).rejects.toThrow(/did not write/);
    expect(await readTree(dir)).toEqual(new Map([["mine.txt", "keep\n"]]));
  });
});

describe("writeOutput refuses a file list with a path twice", () => {
  it("writes nothing", async () => {
    await expect(writeOutput(dir, [...files, files[0]!], () => true)).rejects.toThrow(
      /share a path/,
    );
    expect(existsSync(dir)).toBe(false);
  });
});
