/**
 * The only writer. Compares the wanted files with the output folder, writes only what changed,
 * removes files that no longer belong, and does it all-or-nothing as far as a file system allows:
 * every new content is staged next to its target first, and only when all are staged are they
 * renamed into place. Knows nothing of OpenAPI.
 *
 * Given the record an earlier write left (each file's size, times, inode and content hash), a file
 * whose stat still matches is not read back: its recorded hash stands for its contents, as git's
 * index stands for the work tree. Anything else (a file added, edited by hand, replaced, or written
 * too close to when the record was made to be told apart from a later edit) is read and compared.
 */
import { statSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, rmdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { contentHash } from "./cache.js";
import type { OutputFile } from "./files.js";

/** How the output folder differs from what should be there (paths relative to it, sorted). */
export interface OutputStatus {
  /** Present, with other contents. */
  readonly stale: readonly string[];
  /** Wanted but absent. */
  readonly missing: readonly string[];
  /** Present but not wanted. */
  readonly extra: readonly string[];
}

/** What a write did. */
export interface WriteReport {
  readonly written: readonly string[];
  readonly removed: readonly string[];
  readonly unchanged: number;
  /** The folder as this write left it (when asked for with `WriteOptions.record`). */
  readonly record?: OutputRecord;
}

/**
 * What a write left in the output folder: per path, the file's stat (size, mtime and ctime in
 * nanoseconds, inode) and the SHA-256 of its contents. Plain JSON, kept by the caller.
 */
export interface OutputRecord {
  readonly files: Readonly<Record<string, RecordedFile>>;
}

/** `[size, mtimeNs, ctimeNs, ino, sha256]`; the big integers as decimal strings. */
export type RecordedFile = readonly [
  size: string,
  mtimeNs: string,
  ctimeNs: string,
  ino: string,
  hash: string,
];

/** How to compare with less reading (both optional: without them, every file is read). */
export interface CompareOptions {
  /** The record of the earlier write; `{ files: {} }` to trust nothing but record this write. */
  readonly record?: OutputRecord | undefined;
  /** The SHA-256 (hex) of a wanted file's contents, when the caller knows it already. */
  readonly hashOf?: ((file: OutputFile) => string) | undefined;
}

/** Reads the folder's files' contents for the owner check (from memory when read already). */
export type ReadExisting = (path: string) => Promise<string | undefined>;

/** Thrown when the output folder holds files we did not write. */
export class ForeignOutputError extends Error {
  override readonly name = "ForeignOutputError";
}

/** Folders never listed or touched inside an output folder. */
const SKIPPED_DIRS: ReadonlySet<string> = new Set(["node_modules", ".git"]);

const STAGING_SUFFIX = ".cf-sdk-staging";

/**
 * A file changed within this long before its stat was recorded is not trusted next time: a later
 * edit in the same tick of the file system's clock (coarse on some, 2 s on FAT) would keep its
 * mtime. Such a file is read once more, and recorded again by that run.
 */
const RACY_NS = 2_000_000_000n;

/** A file found in the output folder: its stat, and its contents unless the record vouched. */
interface Existing {
  readonly stamp: Stamp;
  readonly contents?: string;
  /** The recorded hash of a file whose stat matched the record (its contents were not read). */
  readonly hash?: string;
}

/** `[size, mtimeNs, ctimeNs, ino]` as the record keeps them. */
type Stamp = readonly [string, string, string, string];

/** Compares `files` with the folder's contents without changing anything. */
export async function checkOutput(
  outDir: string,
  files: readonly OutputFile[],
  options: CompareOptions = {},
): Promise<OutputStatus> {
  const existing = await scanTree(outDir, options.record);
  const same = sameAs(options.hashOf);
  const wanted = new Set(files.map((file) => file.path));
  return {
    stale: files
      .filter((f) => existing.has(f.path) && !same(f, existing.get(f.path)!))
      .map((f) => f.path),
    missing: files.filter((f) => !existing.has(f.path)).map((f) => f.path),
    extra: [...existing.keys()].filter((path) => !wanted.has(path)).sort(),
  };
}

/** Whether nothing differs. */
export function isClean(status: OutputStatus): boolean {
  return status.stale.length + status.missing.length + status.extra.length === 0;
}

/**
 * Makes the folder hold exactly `files`. `owned(read)` is asked before anything is touched when
 * the folder is not empty; when it says no, nothing is written. With `options.record`, the report
 * carries the folder's new record.
 */
export async function writeOutput(
  outDir: string,
  files: readonly OutputFile[],
  owned: (read: ReadExisting) => boolean | Promise<boolean>,
  options: CompareOptions = {},
): Promise<WriteReport> {
  if (new Set(files.map((file) => file.path)).size !== files.length) {
    throw new Error("Two output files share a path; refusing to write.");
  }
  const existing = await scanTree(outDir, options.record);
  if (existing.size > 0 && !(await owned(readerOf(outDir, existing)))) {
    throw new ForeignOutputError(
      `${outDir} holds files this generator did not write; refusing to replace them.`,
    );
  }
  const same = sameAs(options.hashOf);
  const changed = files.filter((file) => {
    const found = existing.get(file.path);
    return found === undefined || !same(file, found);
  });
  const wanted = new Set(files.map((file) => file.path));
  const extra = [...existing.keys()].filter((path) => !wanted.has(path)).sort();
  await stageAll(outDir, changed);
  await renameAll(outDir, changed);
  for (const path of extra) await rm(join(outDir, path));
  await removeEmptyDirs(outDir, extra);
  const report = {
    written: changed.map((f) => f.path),
    removed: extra,
    unchanged: files.length - changed.length,
  };
  if (options.record === undefined) return report;
  const record = recordOf({ outDir, files, changed, existing, hashOf: hasher(options) });
  return { ...report, record };
}

/** Renames every staged file into place, several at once, saying how many made it when one fails. */
async function renameAll(outDir: string, changed: readonly OutputFile[]): Promise<void> {
  const failures = await mapLimited(changed, (file) =>
    rename(join(outDir, file.path + STAGING_SUFFIX), join(outDir, file.path)).then(
      () => undefined,
      (error: unknown) => ({ error }),
    ),
  );
  const failed = failures.filter((failure) => failure !== undefined);
  if (failed.length === 0) return;
  const { error } = failed[0]!;
  const reason = error instanceof Error ? error.message : String(error);
  throw new Error(
    `writing stopped after ${changed.length - failed.length} of ${changed.length} files (${reason}); run the generator again`,
  );
}

/** What the folder holds after a write, with the files too fresh to trust left out. */
function recordOf(write: {
  readonly outDir: string;
  readonly files: readonly OutputFile[];
  readonly changed: readonly OutputFile[];
  readonly existing: ReadonlyMap<string, Existing>;
  readonly hashOf: (file: OutputFile) => string;
}): OutputRecord {
  const changed = new Set(write.changed);
  const stamps = write.files.map((file) =>
    changed.has(file)
      ? stampOfSync(join(write.outDir, file.path))
      : write.existing.get(file.path)!.stamp,
  );
  // Taken after the stats: a file whose mtime is this close to it may change unseen in its tick.
  const trustedBefore = BigInt(Date.now()) * 1_000_000n - RACY_NS;
  const recorded: Record<string, RecordedFile> = {};
  write.files.forEach((file, index) => {
    const stamp = stamps[index];
    if (stamp === undefined || BigInt(stamp[1]) >= trustedBefore) return;
    recorded[file.path] = [...stamp, write.hashOf(file)];
  });
  return { files: recorded };
}

/** Compares a wanted file with what the folder holds: by contents when read, else by hash. */
function sameAs(
  hashOf: ((file: OutputFile) => string) | undefined,
): (file: OutputFile, found: Existing) => boolean {
  const hash = hasher({ hashOf });
  return (file, found) =>
    found.contents !== undefined ? found.contents === file.contents : found.hash === hash(file);
}

function hasher(options: CompareOptions): (file: OutputFile) => string {
  return options.hashOf ?? ((file) => contentHash(file.contents));
}

/** The owner check's reader: the contents already read, else the file (a vouched-for one). */
function readerOf(outDir: string, existing: ReadonlyMap<string, Existing>): ReadExisting {
  return async (path) => {
    const found = existing.get(path);
    if (found === undefined) return undefined;
    return found.contents ?? readFile(join(outDir, path), "utf8").catch(() => undefined);
  };
}

/**
 * Writes every file's staging copy, several at once (one at a time, a large package's thousands of
 * files cost a thread-pool round trip each, in turn); on any failure, once every write has
 * settled, removes them all and rethrows the first failure.
 */
async function stageAll(outDir: string, files: readonly OutputFile[]): Promise<void> {
  const failures = await mapLimited(files, async (file) => {
    try {
      const target = join(outDir, file.path + STAGING_SUFFIX);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.contents, "utf8");
      return undefined;
    } catch (error) {
      return { error };
    }
  });
  const failed = failures.find((failure) => failure !== undefined);
  if (failed === undefined) return;
  // allSettled: a staging path that could not exist (e.g. beneath a file) fails its own removal,
  // and must not cut short the removal of the others.
  await Promise.allSettled(
    files.map((file) => rm(join(outDir, file.path + STAGING_SUFFIX), { force: true })),
  );
  throw failed.error;
}

async function removeEmptyDirs(outDir: string, removed: readonly string[]): Promise<void> {
  const dirs = new Set(removed.flatMap(ancestors));
  const deepestFirst = [...dirs].sort((a, b) => b.length - a.length);
  for (const dir of deepestFirst) {
    await rmdir(join(outDir, dir)).catch(() => undefined); // not empty: keep it
  }
}

/** `a/b/c.ts` → `a/b`, `a`. */
function ancestors(path: string): string[] {
  const found: string[] = [];
  for (let dir = dirname(path); dir !== "."; dir = dirname(dir)) found.push(dir);
  return found;
}

/**
 * Every file under `dir` (relative `/` paths, sorted) with its stat, and its contents unless
 * `record` vouches for it; empty when the folder is missing.
 */
async function scanTree(
  dir: string,
  record: OutputRecord | undefined,
): Promise<Map<string, Existing>> {
  const paths = (await listFiles(dir)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  // The stat comes before the read: a file changed after it is then recorded with the older
  // stat, so the next run reads it again (read first, a change in between would pass as seen).
  // In one synchronous sweep: a stat is microseconds, a promise per file costs ten times that.
  const stamps = paths.map((path) => stampOfSync(join(dir, path)));
  const found = await mapLimited(paths, async (path, index): Promise<Existing | undefined> => {
    const stamp = stamps[index];
    const recorded = record?.files[path];
    if (stamp === undefined) return undefined;
    if (recorded !== undefined && stamp.every((value, at) => value === recorded[at])) {
      return { stamp, hash: recorded[4] };
    }
    const contents = await readFile(join(dir, path), "utf8").catch(gone);
    return contents === undefined ? undefined : { stamp, contents };
  });
  const tree = new Map<string, Existing>();
  paths.forEach((path, index) => {
    const existing = found[index];
    if (existing !== undefined) tree.set(path, existing);
  });
  return tree;
}

/** Undefined for a file removed since it was listed; any other failure is thrown, as it was. */
function gone(error: NodeJS.ErrnoException): undefined {
  if (error.code === "ENOENT") return undefined;
  throw error;
}

/** How many files are read or written at once: enough to keep the disk busy, few open descriptors. */
const PARALLEL_FILES = 16;

/** `map` over `items` with at most PARALLEL_FILES calls pending; results by index. */
async function mapLimited<T, R>(
  items: readonly T[],
  map: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < items.length; index = next++) {
      results[index] = await map(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_FILES, items.length) }, worker));
  return results;
}

function stampOfSync(path: string): Stamp | undefined {
  const info = statSync(path, { bigint: true, throwIfNoEntry: false });
  if (info === undefined) return undefined;
  return [`${info.size}`, `${info.mtimeNs}`, `${info.ctimeNs}`, `${info.ino}`];
}

/** The relative `/` paths of the files under `dir`, skipping ours and other tools' folders. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return [];
      throw error;
    },
  );
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(dir.length + 1)
        .split("\\")
        .join("/"),
    )
    .filter((path) => !path.split("/").some((segment) => SKIPPED_DIRS.has(segment)))
    .filter((path) => !path.endsWith(STAGING_SUFFIX));
}
