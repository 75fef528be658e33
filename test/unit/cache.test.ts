/**
 * The content-addressed store (generator/cache.ts): entries verified on read, damaged and foreign
 * entries ignored then rebuilt, writes atomic, the folder bounded. The whole generation through it
 * is held to the uncached output in test/cache-differential.test.ts.
 */
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Cache, contentHash, hashOf, prune } from "../../generator/cache.js";
import { TMP } from "../helpers/paths.js";

const dir = `${TMP}/cache-unit-${process.pid}`;

/**
 * Every cache a test opened: their background writes are awaited before the folder is removed. A
 * write still under way when `rm` ran made it fail (ENOTEMPTY) or left entries for the next test
 * (the flake of two tests here in a loaded run).
 */
const opened: Cache[] = [];
function open(options: ConstructorParameters<typeof Cache>[0] = { dir }): Cache {
  const cache = new Cache(options);
  opened.push(cache);
  return cache;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((cache) => cache.settle()));
  await rm(dir, { recursive: true, force: true });
});

const entryPath = (key: string): string => join(dir, key.slice(0, 2), key);

/** Every entry file in the cache folder (names; the running size total left out). */
async function listed(): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name !== "size-tally")
    .map((entry) => entry.name);
}

describe("Cache", () => {
  it("gives back what was put, after settle, from another instance", async () => {
    const key = hashOf("a", "b");
    const first = open();
    first.put(key, "body\nwith lines ✓");
    await first.settle();
    expect(await open().get(key)).toBe("body\nwith lines ✓");
    expect(await open().get(hashOf("a", "c"))).toBeUndefined();
  });

  it("keys parts unambiguously", () => {
    expect(hashOf("ab", "c")).not.toBe(hashOf("a", "bc"));
    expect(hashOf("a")).not.toBe(hashOf("a", ""));
  });

  it.each([
    ["a changed body", (text: string) => text.replace("value", "valuE")],
    ["a truncated body", (text: string) => text.slice(0, -3)],
    [
      "a header naming another key",
      (text: string) => text.replace(/ [0-9a-f]{64} /, ` ${"0".repeat(64)} `),
    ],
    ["a file without a header (foreign)", () => "value\n"],
    ["an empty file", () => ""],
  ])("ignores an entry with %s, and rebuilds it", async (_name, damage) => {
    const key = hashOf("damaged");
    const cache = open();
    cache.put(key, "the value");
    await cache.settle();
    await writeFile(entryPath(key), damage(await readFile(entryPath(key), "utf8")));
    expect(await cache.get(key)).toBeUndefined();
    let computed = 0;
    const compute = async (inputs: readonly string[]): Promise<string[]> => {
      computed += inputs.length;
      return inputs.map(() => "the value");
    };
    expect(await cache.memo(["x"], () => key, compute)).toEqual(["the value"]);
    await cache.settle();
    expect(computed).toBe(1);
    expect(await cache.get(key)).toBe("the value");
  });

  it("files a blob under its content hash, leaving a sound one be and replacing a damaged one", async () => {
    const cache = open();
    const key = cache.putBlob("blob body");
    await cache.settle();
    expect(key).toBe(contentHash("blob body"));
    const path = entryPath(key);
    const past = Date.now() / 1000 - 3600;
    await utimes(path, past, past);
    const before = (await stat(path)).mtimeMs;
    cache.putBlob("blob body");
    await cache.settle();
    // Still sound, and refreshed as used.
    expect(await cache.get(key)).toBe("blob body");
    expect((await stat(path)).mtimeMs).toBeGreaterThan(before);
    await writeFile(path, (await readFile(path, "utf8")).replace("blob", "blub"));
    expect(cache.putBlob("blob body")).toBe(key);
    await cache.settle();
    expect(await cache.get(key)).toBe("blob body");
  });

  it("does not read back a blob whose stat is as the last run left it, and still refreshes it", async () => {
    const first = open();
    const key = first.putBlob("blob body");
    await first.settle();
    const before = (await stat(entryPath(key))).mtimeMs;
    const second = open();
    const read = vi.spyOn(second, "get");
    expect(second.putBlob("blob body")).toBe(key);
    await second.settle();
    expect(read.mock.calls.map(([asked]) => asked)).not.toContain(key);
    expect((await stat(entryPath(key))).mtimeMs).toBeGreaterThanOrEqual(before);
    expect(await second.get(key)).toBe("blob body");
  });

  it("rewrites in one run a blob damaged in place after the last run (same size, same inode)", async () => {
    const first = open();
    const key = first.putBlob("blob body");
    await first.settle();
    const path = entryPath(key);
    // Past the file system clock's tick (a few ms): an edit within it could keep every time.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await writeFile(path, (await readFile(path, "utf8")).replace("blob", "blub"));
    const second = open();
    second.putBlob("blob body");
    await second.settle();
    expect(await open().get(key)).toBe("blob body");
  });

  it("verifies every blob when the record of their stats is damaged", async () => {
    const first = open();
    const key = first.putBlob("blob body");
    await first.settle();
    const path = entryPath(key);
    await writeFile(path, (await readFile(path, "utf8")).replace("blob", "blub"));
    for (const name of await listed()) {
      if (name === key) continue;
      const stats = join(dir, name.slice(0, 2), name);
      await writeFile(stats, (await readFile(stats, "utf8")).replace(/.$/s, "#"));
    }
    const second = open();
    second.putBlob("blob body");
    await second.settle();
    expect(await open().get(key)).toBe("blob body");
  });

  it("memo computes only the missing inputs, once, in order", async () => {
    const cache = open();
    const keyOf = (input: string): string => hashOf("upper", input);
    const calls: string[][] = [];
    const compute = async (inputs: readonly string[]): Promise<string[]> => {
      calls.push([...inputs]);
      return inputs.map((input) => input.toUpperCase());
    };
    expect(await cache.memo(["a", "b"], keyOf, compute)).toEqual(["A", "B"]);
    await cache.settle();
    expect(await cache.memo(["c", "a", "d", "b"], keyOf, compute)).toEqual(["C", "A", "D", "B"]);
    expect(calls).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(await cache.settle()).toBe(0); // c and d were filed too
  });

  it("writes through a temporary file, leaving none behind", async () => {
    const cache = open();
    for (let i = 0; i < 20; i++) cache.put(hashOf(String(i)), `value ${i}`);
    expect(await cache.settle()).toBe(0);
    const names = await listed();
    expect(names).toHaveLength(20);
    expect(names.filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("stays usable when its folder cannot be written (a file stands in its place)", async () => {
    await mkdir(TMP, { recursive: true });
    await writeFile(dir, "not a folder");
    const cache = open();
    cache.put(hashOf("x"), "x");
    cache.putBlob("y");
    expect(await cache.settle()).toBe(2); // counted, never thrown
    expect(await cache.get(hashOf("x"))).toBeUndefined();
  });

  it("keeps the entry's content hash in its header", async () => {
    const key = hashOf("header");
    const cache = open();
    cache.put(key, "text");
    await cache.settle();
    const [header] = (await readFile(entryPath(key), "utf8")).split("\n");
    expect(header).toBe(`cf-sdk-cache/1 ${key} ${contentHash("text")}`);
  });
});

describe("prune", () => {
  it("removes the least recently used entries down to 80% of the bound", async () => {
    const cache = open({ dir, maxBytes: Number.MAX_SAFE_INTEGER });
    const keys = Array.from({ length: 10 }, (_, i) => hashOf(`entry ${i}`));
    for (const key of keys) cache.put(key, "x".repeat(1000));
    await cache.settle();
    // Entry i was last used i minutes ago: the oldest go first.
    const now = Date.now() / 1000;
    await Promise.all(keys.map((key, i) => utimes(entryPath(key), now - i * 60, now - i * 60)));
    const size = (await readFile(entryPath(keys[0]!))).length;
    await prune(dir, size * 5);
    const kept = keys.filter((key) => existsSync(entryPath(key)));
    expect(kept).toEqual(keys.slice(0, 4));
  });

  it("leaves a folder under its bound alone", async () => {
    const cache = open();
    cache.put(hashOf("small"), "small");
    await cache.settle();
    await prune(dir, 1_000_000);
    expect(await listed()).toHaveLength(1);
  });

  it("lists the folder only when its running total passes the bound (or is unknown)", async () => {
    const maxBytes = 10_000;
    const first = open({ dir, maxBytes });
    first.put(hashOf("a"), "a".repeat(3000));
    await first.settle();
    // Not written through the cache: only a listing finds it. Older than every entry.
    const junk = join(dir, "ff", `ff${"0".repeat(62)}`);
    const past = Date.now() / 1000 - 3600;
    const addJunk = async (): Promise<void> => {
      await mkdir(dirname(junk), { recursive: true });
      await writeFile(junk, "j".repeat(20_000));
      await utimes(junk, past, past);
    };
    await addJunk();
    await utimes(entryPath(hashOf("a")), past + 60, past + 60);
    const second = open({ dir, maxBytes });
    second.put(hashOf("b"), "b".repeat(3000));
    await second.settle();
    expect(existsSync(junk)).toBe(true);
    // The total passes the bound: listed, the junk and then the oldest entry removed.
    const third = open({ dir, maxBytes });
    third.put(hashOf("c"), "c".repeat(4500));
    await third.settle();
    expect(existsSync(junk)).toBe(false);
    expect(existsSync(entryPath(hashOf("a")))).toBe(false);
    expect(await listed()).toHaveLength(2);
    await writeFile(join(dir, "size-tally"), "damaged");
    await addJunk();
    const fourth = open({ dir, maxBytes });
    fourth.put(hashOf("d"), "d");
    await fourth.settle();
    expect(existsSync(junk)).toBe(false);
  });

  it("runs after a run that added entries, refreshing what was read", async () => {
    const old = hashOf("old");
    const used = hashOf("used");
    const first = open({ dir, maxBytes: Number.MAX_SAFE_INTEGER });
    first.put(old, "x".repeat(1000));
    first.put(used, "y".repeat(1000));
    await first.settle();
    const past = Date.now() / 1000 - 3600;
    await utimes(entryPath(old), past, past);
    await utimes(entryPath(used), past - 60, past - 60);
    const size = (await readFile(entryPath(old))).length;
    // Three entries are over the bound; two are under 80% of it: only the oldest goes.
    const second = open({ dir, maxBytes: size * 3 - 1 });
    expect(await second.get(used)).toBe("y".repeat(1000));
    second.put(hashOf("new"), "z".repeat(1000));
    await second.settle();
    expect(existsSync(entryPath(old))).toBe(false);
    expect(existsSync(entryPath(used))).toBe(true);
  });
});
