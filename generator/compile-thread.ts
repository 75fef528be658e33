/**
 * The compile stage as the pipeline runs it: on a thread of its own (compile-worker.mjs, the same
 * `transpile.mjs` as compile.ts), each emitter's files sent as soon as they are emitted, so that
 * compiling runs on the second core beside the next emitters; with a cache, only the files not
 * compiled before. Imports no compiler: the main thread loads oxc only when it compiles in-process.
 */
import { Worker } from "node:worker_threads";
import type { OutputFile } from "./files.js";
import type { GenerationCache } from "./run-cache.js";

/** Whether a file is compiled: TypeScript sources under `src/` not already compiled by their emitter. */
export function isCompiled(file: OutputFile): boolean {
  return /^src\/.*\.ts$/.test(file.path) && !isDeclarations(file) && file.precompiled !== true;
}

function isDeclarations(file: OutputFile): boolean {
  return file.path.startsWith("src/") && file.path.endsWith(".d.ts");
}

/**
 * JavaScript in `src/` (Ajv's standalone validators) and hand-made declarations (of that
 * JavaScript), copied to `dist/` as they are.
 */
export function copiedToDist(files: readonly OutputFile[]): OutputFile[] {
  return files
    .filter((file) => /^src\/.*\.js$/.test(file.path) || isDeclarations(file))
    .map((file) => ({ ...file, path: file.path.replace(/^src\//, "dist/") }));
}

/**
 * The `dist/` twins of the files that are compiled, from the compiler thread; with a cache, a file
 * compiled before (same path, text and generator) takes its `.js` and `.d.ts` from there.
 */
export async function compileFilesAsync(
  files: readonly OutputFile[],
  cache?: GenerationCache,
): Promise<OutputFile[]> {
  const sources = files.filter(isCompiled);
  if (cache === undefined) return (await compileOnThread(sources)).flat();
  const keyOf = (file: OutputFile): string =>
    cache.key("compile", file.path, String(file.typesOnly === true), file.contents);
  const compile = async (missing: readonly OutputFile[]): Promise<string[]> =>
    (await compileOnThread(missing)).map((outputs) => JSON.stringify(outputs));
  const compiled = await cache.memo(sources, keyOf, compile);
  return compiled.flatMap((text) => JSON.parse(text) as OutputFile[]);
}

interface Reply {
  readonly id: number;
  readonly compiled?: OutputFile[][];
  readonly error?: string;
}

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, (reply: Reply) => void>();

/**
 * Starts the compiler thread (once per process), so that it loads the compiler while this thread
 * runs the first emitters; cheap to call again. Until it is started, files compile in this thread.
 */
export function startCompiler(): void {
  if (worker !== undefined) return;
  worker = new Worker(new URL("./compile-worker.mjs", import.meta.url));
  worker.on("message", (reply: Reply) => {
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
    if (pending.size === 0) worker?.unref(); // an idle compiler never keeps the process alive
  });
  // A thread that dies (it should not) fails the batches it holds, and the next call starts another.
  worker.on("error", (error: Error) => {
    worker = undefined;
    for (const [id, settle] of pending)
      settle({ id, error: `The compiler failed: ${error.message}` });
    pending.clear();
  });
  worker.unref();
}

/**
 * Each file's compiled twins, in order: from the compiler thread when it was started (for a large
 * spec: see generate.ts), else in this thread (a small spec's files compile in less time than a
 * thread takes to start).
 */
async function compileOnThread(files: readonly OutputFile[]): Promise<OutputFile[][]> {
  if (files.length === 0) return [];
  if (worker === undefined) return (await import("./compile.js")).compileEach(files);
  const id = nextId++;
  const jobs = files.map(({ path, contents, typesOnly }) => ({ path, contents, typesOnly }));
  const reply = await new Promise<Reply>((resolve) => {
    pending.set(id, resolve);
    worker!.ref();
    worker!.postMessage({ id, files: jobs });
  });
  if (reply.error !== undefined) throw new Error(reply.error);
  return reply.compiled!;
}
