/**
 * A content-addressed store under the stages: each entry is text filed under a hash of
 * everything it was made from, so a stage asks "what did these inputs give last time?" and either
 * reuses the answer or computes it and files it. The pipeline's shape does not change; a stage that
 * is not handed a cache (or a disabled one) computes as before.
 *
 * An entry is one file, `<dir>/<key[0..2]>/<key>`, holding a header line (a magic word, the key,
 * and the SHA-256 of the body) and the body. Reads check all three, so a damaged, truncated or
 * foreign file is ignored (and overwritten when the entry is next made), never trusted. Writes go to
 * a temporary file renamed into place, so a concurrent reader sees the old entry or the new one.
 * The folder is bounded: after a run that added entries, the least recently used are removed
 * until it is under its size limit (reads refresh an entry's modification time); a running total
 * of its size spares listing it when it is well under.
 *
 * Knows nothing of OpenAPI; `run-cache.ts` files whole runs, and the stages their own outputs.
 */
import { createHash, randomBytes } from "node:crypto";
import { statSync, utimesSync, type BigIntStats } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** The first word of every entry: a file without it is not ours (or from another format). */
const MAGIC = "cf-sdk-cache/1";

/** The default bound of a cache folder (bytes); about six versions of Cloudflare's whole API. */
export const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;

/** Where and whether to cache. */
export interface CacheOptions {
  /** The cache folder; entries are created on first use. */
  readonly dir: string;
  /** Prune the folder to this many bytes after a run that added entries. */
  readonly maxBytes?: number;
}

/** SHA-256 (hex) of the parts, each length-prefixed so that no two lists of parts collide. */
export function hashOf(...parts: readonly string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest("hex");
}

/** The SHA-256 (hex) of one text, as the entries' header carries it. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The store. Every method is safe to call concurrently, from this process or another. */
export class Cache {
  readonly dir: string;
  private readonly maxBytes: number;
  private readonly writes: Promise<boolean>[] = [];
  private readonly touched = new Set<string>();
  /** The blobs this run filed or found on file: their stats are recorded when it settles. */
  private readonly blobs = new Set<string>();
  /** The blobs' stats as the last run to settle left them (loaded on first use). */
  private blobStats: Promise<ReadonlyMap<string, string>> | undefined;
  private added = 0;
  /** Bytes this instance wrote since it last settled (for the folder's running total). */
  private writtenBytes = 0;

  constructor(options: CacheOptions) {
    this.dir = options.dir;
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  }

  /**
   * The text filed under `key`, or undefined when there is none or it does not verify (a damaged
   * entry is removed).
   */
  async get(key: string): Promise<string | undefined> {
    const bytes = await readFile(this.pathOf(key)).catch(() => undefined);
    if (bytes === undefined) return undefined;
    const body = verified(bytes, key);
    if (body === undefined) await rm(this.pathOf(key), { force: true }).catch(() => undefined);
    else this.touched.add(key);
    return body;
  }

  /**
   * Files `body` under `key` (in the background: `settle()` waits for it and counts the writes that
   * failed; a cache that cannot write only costs time, so a failure is never the user's error).
   */
  put(key: string, body: string): void {
    this.added++;
    this.writes.push(succeeded(this.write(key, body)));
  }

  /**
   * Files `body` under its own content hash (`hash`, when the caller knows it) and returns that
   * key. A blob already on file that verifies is left as it is (reading it costs less than
   * writing it again), and one whose stat is as a run recorded it when it settled is not even
   * read: a damaged or replaced file has another mtime, ctime or inode, and is verified (and
   * rewritten). A blob is verified on every `get` all the same, so a damage the stat misses (made
   * within the file system clock's tick after the run settled) costs a later run time, never
   * its output.
   */
  putBlob(body: string, hash?: string): string {
    const key = hash ?? contentHash(body);
    this.blobs.add(key);
    const write = async (): Promise<void> => {
      if (await this.unchangedBlob(key)) return;
      if ((await this.get(key)) !== undefined) return;
      this.added++;
      await this.write(key, body, key);
    };
    this.writes.push(succeeded(write()));
    return key;
  }

  /**
   * `compute(input)` for each input, through the cache: `keyOf` names an input's entry, and only
   * the inputs without a verified entry are computed (in one call, in order).
   */
  async memo<I>(
    inputs: readonly I[],
    keyOf: (input: I) => string,
    compute: (missing: readonly I[]) => Promise<readonly string[]>,
  ): Promise<string[]> {
    const keys = inputs.map(keyOf);
    const found = await Promise.all(keys.map((key) => this.get(key)));
    const missing = inputs.filter((_, index) => found[index] === undefined);
    const computed = missing.length === 0 ? [] : await compute(missing);
    let next = 0;
    return found.map((body, index) => {
      if (body !== undefined) return body;
      const made = computed[next++]!;
      this.put(keys[index]!, made);
      return made;
    });
  }

  /**
   * Waits for pending writes, refreshes the entries read, and prunes when entries were added.
   * Returns how many writes failed (their entries are missing: made again on the next run).
   */
  async settle(): Promise<number> {
    const failed = (await Promise.all(this.writes.splice(0))).filter((ok) => !ok).length;
    const now = new Date();
    // One synchronous sweep (thousands of entries after a large run): microseconds each, where a
    // promise each queued behind the thread pool costs ten times that.
    for (const key of this.touched) touch(this.pathOf(key), now);
    this.touched.clear();
    // After the refresh, which moves the times: the stats recorded are those the next run sees.
    if (this.blobs.size > 0) await this.recordBlobStats().catch(() => undefined);
    if (this.added > 0) await this.bound().catch(() => undefined);
    this.added = 0;
    return failed;
  }

  /**
   * Keeps the folder under its bound without listing it on every run: a running total of its size
   * (a file beside the entries) grows by what each run writes, and only when it passes the bound,
   * or is missing, is the folder listed, pruned and the total set from the listing. Rewrites and
   * removed entries make the total too high, never too low, but for concurrent runs that both
   * add to it (one sum is then lost, until the next listing).
   */
  private async bound(): Promise<void> {
    const tally = join(this.dir, TALLY_FILE);
    const text = await readFile(tally, "utf8").catch(() => "");
    const estimate = /^\d+$/.test(text) ? Number(text) + this.writtenBytes : Infinity;
    this.writtenBytes = 0;
    const total = estimate <= this.maxBytes ? estimate : await prune(this.dir, this.maxBytes);
    const staging = `${tally}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    await writeFile(staging, String(total), "utf8");
    await rename(staging, tally);
  }

  /** Whether the blob's file is as the last run recorded it, untouched since (then refreshed). */
  private async unchangedBlob(key: string): Promise<boolean> {
    this.blobStats ??= this.get(BLOB_STATS_KEY).then(parseStats, () => new Map());
    const recorded = (await this.blobStats).get(key);
    if (recorded === undefined || recorded !== statOf(this.pathOf(key))) return false;
    this.touched.add(key);
    return true;
  }

  /** Records the stats of this run's blobs (an entry of its own, replaced each time). */
  private async recordBlobStats(): Promise<void> {
    const keys = [...this.blobs].sort();
    this.blobs.clear();
    const stats = keys.map((key) => statOf(this.pathOf(key)));
    const recorded = new Map<string, string>();
    keys.forEach((key, index) => {
      const stat = stats[index];
      if (stat !== undefined) recorded.set(key, stat);
    });
    this.blobStats = Promise.resolve(recorded);
    // Not counted as added: it replaces itself, and must not make a rerun prune.
    await this.write(BLOB_STATS_KEY, JSON.stringify(Object.fromEntries(recorded)));
  }

  private pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), key);
  }

  /** Writes an entry atomically; `hash` is the body's content hash when the caller has it. */
  private async write(key: string, body: string, hash?: string): Promise<void> {
    const target = this.pathOf(key);
    const staging = `${target}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    await mkdir(join(this.dir, key.slice(0, 2)), { recursive: true });
    // Encoded once: the hash (when not given) and the file are made from the same bytes.
    const bytes = Buffer.from(body, "utf8");
    const header = Buffer.from(`${MAGIC} ${key} ${hash ?? bytesHash(bytes)}\n`, "utf8");
    this.writtenBytes += header.length + bytes.length;
    await writeFile(staging, Buffer.concat([header, bytes]));
    await rename(staging, target).catch(async (error: unknown) => {
      await rm(staging, { force: true });
      throw error;
    });
  }
}

/** The running total of the folder's size (see `bound`); not an entry, never read as one. */
const TALLY_FILE = "size-tally";

/** The key of the blobs' recorded stats (not a content hash: no blob can take it). */
const BLOB_STATS_KEY = hashOf("blob-stats/1");

/**
 * A file's size, mtime, ctime (ns) and inode in one string; undefined when it is missing.
 * Synchronous: a stat is microseconds, and a promise for each of thousands costs ten times that.
 */
function statOf(path: string): string | undefined {
  const info = statOrUndefined(path);
  return info && `${info.size}:${info.mtimeNs}:${info.ctimeNs}:${info.ino}`;
}

/** Refreshes an entry's modification time (gone or unwritable: left, as a cache may be). */
function touch(path: string, now: Date): void {
  try {
    utimesSync(path, now, now);
  } catch {
    // The entry was removed meanwhile, or the folder is read-only: nothing to refresh.
  }
}

function statOrUndefined(path: string): BigIntStats | undefined {
  try {
    return statSync(path, { bigint: true, throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function parseStats(body: string | undefined): ReadonlyMap<string, string> {
  if (body === undefined) return new Map();
  try {
    return new Map(Object.entries(JSON.parse(body) as Record<string, string>));
  } catch {
    return new Map();
  }
}

/** Whether a background write went through (its error is the cache's, never the run's). */
function succeeded(write: Promise<void>): Promise<boolean> {
  return write.then(
    () => true,
    () => false,
  );
}

/** The body of an entry's text when its header names `key` and the body's hash; else undefined. */
function verified(bytes: Buffer, key: string): string | undefined {
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) return undefined;
  const [magic, entryKey, hash, ...rest] = bytes.toString("utf8", 0, newline).split(" ");
  if (magic !== MAGIC || entryKey !== key || rest.length > 0) return undefined;
  // The bytes are hashed as read (the text's hash is its UTF-8's): no second encoding, and a
  // file that is not valid UTF-8 cannot match.
  const body = bytes.subarray(newline + 1);
  return bytesHash(body) === hash ? body.toString("utf8") : undefined;
}

function bytesHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

interface EntryStat {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/**
 * Removes the least recently used entries (and stale temporary files) until the folder holds at
 * most 80% of `maxBytes`, so that pruning is not needed again on the very next run. Returns the
 * bytes left.
 */
export async function prune(dir: string, maxBytes: number): Promise<number> {
  const entries = await listEntries(dir);
  let total = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (total <= maxBytes) return total;
  const oldestFirst = [...entries].sort((a, b) => a.mtimeMs - b.mtimeMs);
  const victims: string[] = [];
  for (const entry of oldestFirst) {
    if (total <= maxBytes * 0.8) break;
    victims.push(entry.path);
    total -= entry.size;
  }
  // unlink, all at once: an entry is a file, and rm's checks (an lstat each, retries), one after
  // the other, made pruning a fifth of a 512 MB folder take seconds.
  await Promise.all(victims.map((path) => unlink(path).catch(() => undefined)));
  return total;
}

async function listEntries(dir: string): Promise<EntryStat[]> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = names.filter(
    (entry) => entry.isFile() && !(entry.name === TALLY_FILE && entry.parentPath === dir),
  );
  // One synchronous sweep, as in settle: tens of thousands of stats at microseconds each.
  const stats = files.map((entry) => {
    const path = join(entry.parentPath, entry.name);
    const info = statOrUndefined(path);
    return info && { path, size: Number(info.size), mtimeMs: Number(info.mtimeNs / 1_000_000n) };
  });
  return stats.filter((entry): entry is EntryStat => entry !== undefined);
}
