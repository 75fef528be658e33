/**
 * The only writer. Compares the wanted files with the output folder, writes only what changed,
 * removes files that no longer belong, and does it all-or-nothing as far as a file system allows:
 * every new content is staged next to its target first, and only when all are staged are they
 * renamed into place. Knows nothing of OpenAPI.
 */
import { mkdir, readdir, readFile, rename, rm, rmdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
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
}

/** Thrown when the output folder holds files we did not write. */
export class ForeignOutputError extends Error {
  override readonly name = "ForeignOutputError";
}

/** Folders never listed or touched inside an output folder. */
const SKIPPED_DIRS: ReadonlySet<string> = new Set(["node_modules", ".git"]);

const STAGING_SUFFIX = ".cf-sdk-staging";

/** Compares `files` with the folder's contents without changing anything. */
export async function checkOutput(
  outDir: string,
  files: readonly OutputFile[],
): Promise<OutputStatus> {
  const existing = await readTree(outDir);
  const wanted = new Set(files.map((file) => file.path));
  return {
    stale: files
      .filter((f) => existing.has(f.path) && existing.get(f.path) !== f.contents)
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
 * Makes the folder hold exactly `files`. `owned(existing)` is asked before anything is touched
 * when the folder is not empty; when it says no, nothing is written.
 */
export async function writeOutput(
  outDir: string,
  files: readonly OutputFile[],
  owned: (existing: ReadonlyMap<string, string>) => boolean,
): Promise<WriteReport> {
  if (new Set(files.map((file) => file.path)).size !== files.length) {
    throw new Error("Two output files share a path; refusing to write.");
  }
  const existing = await readTree(outDir);
  if (existing.size > 0 && !owned(existing)) {
    throw new ForeignOutputError(
      `${outDir} holds files this generator did not write; refusing to replace them.`,
    );
  }
  const changed = files.filter((file) => existing.get(file.path) !== file.contents);
  const wanted = new Set(files.map((file) => file.path));
  const extra = [...existing.keys()].filter((path) => !wanted.has(path)).sort();
  await stageAll(outDir, changed);
  let renamed = 0;
  try {
    for (const file of changed) {
      await rename(join(outDir, file.path + STAGING_SUFFIX), join(outDir, file.path));
      renamed++;
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `writing stopped after ${renamed} of ${changed.length} files (${reason}); run the generator again`,
    );
  }
  for (const path of extra) await rm(join(outDir, path));
  await removeEmptyDirs(outDir, extra);
  return {
    written: changed.map((f) => f.path),
    removed: extra,
    unchanged: files.length - changed.length,
  };
}

/** Writes every file's staging copy; on any failure removes them all and rethrows. */
async function stageAll(outDir: string, files: readonly OutputFile[]): Promise<void> {
  try {
    for (const file of files) {
      const target = join(outDir, file.path + STAGING_SUFFIX);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.contents, "utf8");
    }
  } catch (error) {
    // allSettled: a staging path that could not exist (e.g. beneath a file) fails its own removal,
    // and must not cut short the removal of the others.
    await Promise.allSettled(
      files.map((file) => rm(join(outDir, file.path + STAGING_SUFFIX), { force: true })),
    );
    throw error;
  }
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

/** Every file under `dir` (relative `/` paths → contents); empty when the folder is missing. */
async function readTree(dir: string): Promise<Map<string, string>> {
  const tree = new Map<string, string>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return [];
      throw error;
    },
  );
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name)
      .slice(dir.length + 1)
      .split("\\")
      .join("/");
    if (path.split("/").some((segment) => SKIPPED_DIRS.has(segment))) continue;
    if (path.endsWith(STAGING_SUFFIX)) continue;
    tree.set(path, await readFile(join(dir, path), "utf8"));
  }
  return new Map([...tree].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
