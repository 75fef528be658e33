import { mkdir, rm, stat, utimes, writeFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import type { OutputFile } from "../../generator/files.js";
import { checkOutput, writeOutput, type OutputRecord } from "../../generator/write.js";
import { TMP } from "../helpers/paths.js";

const dir = `${TMP}/write-record-${process.pid}`;
afterEach(() => rm(dir, { recursive: true, force: true }));

const files: OutputFile[] = [
  { path: "package.json", contents: "{}\n" },
  { path: "src/a.ts", contents: "export const a = 1;\n" },
  { path: "src/b.ts", contents: "export const b = 2;\n" },
];

const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

/** Counts the hashes asked for: a file the record vouches for is compared by hash, not read. */
function countingHash(): { hashOf: (file: OutputFile) => string; asked: string[] } {
  const asked: string[] = [];
  return { asked, hashOf: (file) => (asked.push(file.path), sha256(file.contents)) };
}

/** Writes `files` and ages them past the racy window, then records the folder. */
async function recordedFolder(): Promise<OutputRecord> {
  await writeOutput(dir, files, () => true);
  const past = new Date(Date.now() - 60_000);
  for (const file of files) await utimes(`${dir}/${file.path}`, past, past);
  const { record } = await writeOutput(dir, files, () => true, { record: { files: {} } });
  return record!;
}

describe("the output record", () => {
  it("records each file's stat and hash, leaving out files too fresh to trust", async () => {
    const fresh = await writeOutput(dir, files, () => true, { record: { files: {} } });
    expect(fresh.record).toEqual({ files: {} });
    const record = await recordedFolder();
    expect(Object.keys(record.files)).toEqual(files.map((file) => file.path));
    const [size, mtimeNs, , , hash] = record.files["src/a.ts"]!;
    const info = await stat(`${dir}/src/a.ts`, { bigint: true });
    expect([size, mtimeNs, hash]).toEqual([
      `${info.size}`,
      `${info.mtimeNs}`,
      sha256(files[1]!.contents),
    ]);
  });

  it("trusts a file whose stat matches: it is compared by hash, and a wrong hash rewrites it", async () => {
    const record = await recordedFolder();
    const counting = countingHash();
    const clean = await writeOutput(dir, files, () => true, { record, ...counting });
    expect(clean.written).toEqual([]);
    expect([...new Set(counting.asked)].sort()).toEqual(files.map((file) => file.path));
    const lying = { files: { ...record.files } };
    const entry = record.files["src/b.ts"]!;
    lying.files["src/b.ts"] = [entry[0], entry[1], entry[2], entry[3], sha256("other\n")];
    const rewritten = await writeOutput(dir, files, () => true, { record: lying });
    expect(rewritten.written).toEqual(["src/b.ts"]);
  });

  it("finds a hand edit of the same size, a deleted and an added file", async () => {
    const record = await recordedFolder();
    await writeFile(`${dir}/src/a.ts`, "export const a = 9;\n");
    await rm(`${dir}/src/b.ts`);
    await mkdir(`${dir}/src/c`, { recursive: true });
    await writeFile(`${dir}/src/c/new.ts`, "x\n");
    expect(await checkOutput(dir, files, { record })).toEqual({
      stale: ["src/a.ts"],
      missing: ["src/b.ts"],
      extra: ["src/c/new.ts"],
    });
    const report = await writeOutput(dir, files, () => true, { record });
    expect(report.written).toEqual(["src/a.ts", "src/b.ts"]);
    expect(report.removed).toEqual(["src/c/new.ts"]);
    expect(await checkOutput(dir, files)).toEqual({ stale: [], missing: [], extra: [] });
  });

  it("finds a hand edit whose mtime was put back (its ctime moved)", async () => {
    const record = await recordedFolder();
    const before = await stat(`${dir}/src/a.ts`);
    await writeFile(`${dir}/src/a.ts`, "export const a = 9;\n");
    await utimes(`${dir}/src/a.ts`, before.atime, before.mtime);
    expect((await checkOutput(dir, files, { record })).stale).toEqual(["src/a.ts"]);
  });

  it("asks the owner check with the contents of a file it did not read", async () => {
    const record = await recordedFolder();
    let seen: string | undefined;
    await writeOutput(
      dir,
      files,
      async (read) => {
        seen = await read("package.json");
        return true;
      },
      { record },
    );
    expect(seen).toBe("{}\n");
  });
});
