/**
 * Whole runs through the cache: the inputs of a run (the generator's own code and toolchain, the
 * templates, the options and the spec files) are hashed, and when a run with the same inputs is on
 * file its files are taken from it: a rerun with nothing changed stops after hashing its inputs.
 * Light on purpose (Node built-ins only): the CLI asks it before loading the pipeline.
 *
 * A run's entry records every spec file the run read (a root document may `$ref` others), with its
 * hash; the key holds the root's. The files themselves are entries of their own, filed under their
 * contents' hash, so runs that share files share entries.
 */
import { createRequire } from "node:module";
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Cache, contentHash, hashOf } from "./cache.js";
import type { Diagnostic } from "./diagnostics.js";
import type { OutputFile } from "./files.js";
import type { OutputRecord } from "./write.js";

/** What a run is made from, besides the generator itself. */
export interface RunInputs {
  readonly specPath: string;
  /** Defaults to the generator's own `templates/`. */
  readonly templatesDir?: string;
  readonly freshRuntime?: boolean;
}

/** A run's result as the cache keeps it. */
export interface CachedRun {
  readonly files: readonly OutputFile[];
  readonly warnings: readonly Diagnostic[];
  readonly specFiles: readonly string[];
}

/** The run's key, and when its inputs were read (a later change of a spec file voids the run). */
export interface RunKey {
  readonly key: string;
  readonly readAt: number;
  readonly templateFiles: readonly string[];
  /** The root spec file as read for the key, with its content hash (filing the run reuses it). */
  readonly root?: { readonly path: string; readonly hash: string };
}

interface RunEntry {
  readonly specFiles: readonly string[];
  readonly dependencies: readonly (readonly [path: string, hash: string])[];
  readonly warnings: readonly Diagnostic[];
  readonly files: readonly (readonly [path: string, blob: string])[];
}

/** The generator's folder (the CLI bundle sits in it too) and the repository root. */
const GENERATOR_DIR: string = fileURLToPath(new URL(".", import.meta.url));
const ROOT: string = fileURLToPath(new URL("..", import.meta.url));
const TEMPLATES_DIR: string = join(ROOT, "templates");

/** The libraries whose versions shape the output. */
const TOOLCHAIN: readonly string[] = [
  "@redocly/openapi-core",
  "ajv",
  "ajv-formats",
  "handlebars",
  "openapi-typescript",
  "prettier",
  "typescript",
  "yaml-ast-parser",
];

/**
 * A cache whose every key also covers the generator: its sources, the toolchain's versions, the
 * formatter's options and Node's version. Any change to them starts from an empty cache.
 */
export async function openCache(dir: string, maxBytes?: number): Promise<GenerationCache> {
  return new GenerationCache(
    { dir: resolve(dir), ...(maxBytes === undefined ? {} : { maxBytes }) },
    await generatorFingerprint(),
  );
}

/** The cache of a generation: entries keyed by their inputs plus the generator's fingerprint. */
export class GenerationCache extends Cache {
  private readonly fingerprint: string;

  constructor(options: ConstructorParameters<typeof Cache>[0], fingerprint: string) {
    super(options);
    this.fingerprint = fingerprint;
  }

  /** The key of an entry made from `parts` by this generator. */
  key(...parts: readonly string[]): string {
    return hashOf(this.fingerprint, ...parts);
  }
}

/** Hashes the run's inputs (the root spec, the templates, the options) into its key. */
export async function runKey(cache: GenerationCache, inputs: RunInputs): Promise<RunKey> {
  const readAt = Date.now();
  const templatesDir = resolve(inputs.templatesDir ?? TEMPLATES_DIR);
  const specPath = resolve(inputs.specPath);
  const [templates, spec] = await Promise.all([
    readTree(templatesDir),
    readFile(specPath, "utf8").catch(() => undefined),
  ]);
  const options = JSON.stringify([specPath, templatesDir, inputs.freshRuntime === true]);
  const parts = [...templates.flatMap(([path, text]) => [path, text])];
  const hash = spec === undefined ? undefined : contentHash(spec);
  const key = cache.key("run", options, hash ?? "\0missing", ...parts);
  const templateFiles = templates.map(([path]) => join(templatesDir, path));
  return { key, readAt, templateFiles, ...(hash ? { root: { path: specPath, hash } } : {}) };
}

/** The run filed under `key` when every spec file it read is unchanged and every file verifies. */
export async function cachedRun(cache: Cache, key: RunKey): Promise<CachedRun | undefined> {
  const body = await cache.get(key.key);
  if (body === undefined) return undefined;
  const entry = JSON.parse(body) as RunEntry;
  const current = await Promise.all(entry.dependencies.map(([path]) => hashFile(path)));
  if (entry.dependencies.some(([, hash], index) => current[index] !== hash)) return undefined;
  const contents = await Promise.all(entry.files.map(([, blob]) => cache.get(blob)));
  if (contents.some((text) => text === undefined)) return undefined;
  return {
    // A blob verified is its contents' hash: the writer's comparison need not compute it again.
    files: entry.files.map(([path, blob], index) =>
      knownHash({ path, contents: contents[index]! }, blob),
    ),
    warnings: entry.warnings,
    specFiles: entry.specFiles,
  };
}

/**
 * Files a run's result under its key, unless a spec file or template changed since the key was
 * made (the result might then be of either version; `--watch` runs again anyway).
 */
export async function storeRun(cache: Cache, key: RunKey, run: CachedRun): Promise<void> {
  const inputs = [...run.specFiles, ...key.templateFiles];
  const times = await Promise.all(
    inputs.map((path) =>
      stat(path).then(
        (s) => s.mtimeMs,
        () => Infinity,
      ),
    ),
  );
  if (times.some((mtime) => mtime >= key.readAt)) return;
  // The root as hashed for the key: unchanged since, as the times above say.
  const hashes = await Promise.all(
    run.specFiles.map((path) => (path === key.root?.path ? key.root.hash : hashFile(path))),
  );
  if (hashes.some((hash) => hash === undefined)) return;
  const dependencies = run.specFiles.map((path, index) => [path, hashes[index]!] as const);
  const files = run.files.map(
    (file) => [file.path, cache.putBlob(file.contents, fileHash(file))] as const,
  );
  const entry: RunEntry = { specFiles: run.specFiles, dependencies, warnings: run.warnings, files };
  cache.put(key.key, JSON.stringify(entry));
}

/** Each output file's content hash, made once per file object (the cache and the writer ask). */
const fileHashes = new WeakMap<OutputFile, string>();

/** The SHA-256 (hex) of a file's contents, as its blob's key and the output record have it. */
export function fileHash(file: OutputFile): string {
  let hash = fileHashes.get(file);
  if (hash === undefined) fileHashes.set(file, (hash = contentHash(file.contents)));
  return hash;
}

function knownHash(file: OutputFile, hash: string): OutputFile {
  fileHashes.set(file, hash);
  return file;
}

/** The key of an output folder's record (not the generator's: any version's record is true). */
function recordKey(outDir: string): string {
  return hashOf("output-record/1", resolve(outDir));
}

/** The record of what the last write left in `outDir` (undefined when none verifies). */
export async function readOutputRecord(
  cache: Cache,
  outDir: string,
): Promise<OutputRecord | undefined> {
  const body = await cache.get(recordKey(outDir));
  if (body === undefined) return undefined;
  const record = JSON.parse(body) as Partial<OutputRecord>;
  return typeof record.files === "object" && record.files !== null
    ? { files: record.files }
    : undefined;
}

/** Files the record of a write to `outDir` (in the background, as every entry: see `settle`). */
export function storeOutputRecord(cache: Cache, outDir: string, record: OutputRecord): void {
  cache.put(recordKey(outDir), JSON.stringify(record));
}

async function hashFile(path: string): Promise<string | undefined> {
  const text = await readFile(path, "utf8").catch(() => undefined);
  return text === undefined ? undefined : contentHash(text);
}

/** Every file under `dir` as sorted `[relative path, text]` pairs (empty when it is missing). */
async function readTree(dir: string): Promise<[string, string][]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const paths = entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
  return Promise.all(paths.map(async (path) => [path, await readFile(join(dir, path), "utf8")]));
}

/** A hash of the generator's sources, the toolchain's versions, prettier's options and Node's. */
async function generatorFingerprint(): Promise<string> {
  const sources = (await readTree(GENERATOR_DIR)).filter(
    ([path]) => /\.(ts|mjs|js)$/.test(path) && !path.startsWith(".build-"),
  );
  const prettierrc = await readFile(join(ROOT, ".prettierrc.json"), "utf8").catch(() => "");
  const versions = await Promise.all(TOOLCHAIN.map(versionOf));
  return hashOf(process.version, prettierrc, ...versions, ...sources.flat());
}

async function versionOf(name: string): Promise<string> {
  const require = createRequire(join(ROOT, "package.json"));
  const manifest = await readFile(require.resolve(`${name}/package.json`), "utf8").catch(() =>
    readFile(join(ROOT, "node_modules", name, "package.json"), "utf8").catch(() => "{}"),
  );
  return `${name}@${String((JSON.parse(manifest) as { version?: unknown }).version)}`;
}
