/**
 * Prettier, in memory, before anything is compared or written (formatting after writing breaks
 * stale-output checks). The config is the repository's `.prettierrc.json`, read once.
 *
 * Prettier runs in a worker thread started by `startFormatter()` at the top of the pipeline: its
 * cold start (plugin loading and JIT warm-up, about as long as formatting itself) then overlaps
 * with the main thread loading the TypeScript compiler, on the machine's second core.
 */
import { readFileSync } from "node:fs";
import { Worker } from "node:worker_threads";
import type { OutputFile } from "./files.js";
import type { GenerationCache } from "./run-cache.js";

/**
 * Prettier's parser per file. TypeScript is read by `babel-ts`: the same output as prettier's
 * `typescript` parser on what we emit, in 60% of the time, and no second plugin to load (the
 * formatter thread falls back to `typescript` where `babel-ts` cannot parse).
 */
const PARSERS: readonly [RegExp, string][] = [
  [/\.ts$/, "babel-ts"],
  // Compiled JavaScript: oxc's printer breaks every object literal of two or more properties over
  // lines, which prettier would keep; `babel-compiled` (see format-worker.mjs) collapses the ones
  // that fit, so the layout is prettier's own, whatever the compiler's.
  [/^dist\/.*\.js$/, "babel-compiled"],
  [/\.js$/, "babel"],
  [/\.json$/, "json"],
  // Markdown: laid out by `markdown-layout.mjs`, its code blocks by prettier (see there).
  [/\.md$/, "markdown-layout"],
];

interface Reply {
  readonly id: number;
  readonly formatted?: readonly string[];
  readonly error?: string;
}

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, (reply: Reply) => void>();

/** Starts the formatter thread (once per process); cheap to call again. */
export function startFormatter(): void {
  if (worker !== undefined) return;
  const options: unknown = JSON.parse(
    readFileSync(new URL("../.prettierrc.json", import.meta.url), "utf8"),
  );
  worker = new Worker(new URL("./format-worker.mjs", import.meta.url), { workerData: { options } });
  worker.on("message", (reply: Reply) => {
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
    if (pending.size === 0) worker?.unref(); // an idle formatter never keeps the process alive
  });
  // A thread that dies (it should not) fails the batches it holds, and the next call starts another.
  worker.on("error", (error: Error) => {
    worker = undefined;
    for (const [id, settle] of pending)
      settle({ id, error: `The formatter failed: ${error.message}` });
    pending.clear();
  });
  worker.unref();
}

/**
 * Files from this size (in UTF-16 units) on are laid out by `layout.mjs` instead of prettier.
 * Prettier takes about two seconds a megabyte, and a spec of Cloudflare's whole API gives over
 * thirty (the validators alone over ten). Files that large are the TypeScript printer's or Ajv's
 * output, one statement per line, and only need indenting. Every file of a spec the size of ours
 * stays well below (the largest, the validators, is about 110 KB).
 */
export const PRETTIER_MAX_LENGTH = 250_000;

interface Job {
  readonly path: string;
  readonly contents: string;
  readonly parser: string | undefined;
}

/**
 * Formats every file prettier knows (skipping `preformatted` ones); a failure names the file.
 * With a cache, a text formatted before (by the same parser and generator) is not sent again.
 */
export async function formatFiles(
  files: readonly OutputFile[],
  cache?: GenerationCache,
): Promise<OutputFile[]> {
  const jobs = files.map((file) => ({
    path: file.path,
    contents: file.contents,
    parser: parserOf(file),
  }));
  const toFormat = jobs.filter((job) => job.parser !== undefined);
  const formatted =
    cache === undefined
      ? await formatJobs(toFormat)
      : await cache.memo(
          toFormat,
          (job) => cache.key("format", job.parser!, job.contents),
          formatJobs,
        );
  let next = 0;
  return files.map((file, index) => ({
    ...file,
    contents: jobs[index]!.parser === undefined ? file.contents : formatted[next++]!,
  }));
}

/** The jobs' formatted texts, from the formatter thread. */
async function formatJobs(jobs: readonly Job[]): Promise<string[]> {
  if (jobs.length === 0) return [];
  startFormatter();
  const reply = await request(jobs);
  if (reply.error !== undefined) throw new Error(reply.error);
  return jobs.map((job, index) => reply.formatted?.[index] ?? job.contents);
}

function parserOf(file: OutputFile): string | undefined {
  if (file.preformatted === true) return undefined;
  const parser = PARSERS.find(([pattern]) => pattern.test(file.path))?.[1];
  if (parser === "babel-ts" || parser === "babel" || parser === "babel-compiled") {
    if (file.contents.length >= PRETTIER_MAX_LENGTH) return "layout";
  }
  return parser;
}

function request(files: readonly unknown[]): Promise<Reply> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker!.ref();
    worker!.postMessage({ id, files });
  });
}
