/**
 * The types (`types.ts`, openapi-typescript's transform and TypeScript's printer) made on a
 * thread of their own (types-worker.mjs) for a large spec run without a cache: after the
 * validators' Ajv code, they are the largest piece of the main thread's work (about 2.5 of its
 * 16 seconds on Cloudflare's 1,533 operations) and read nothing but the spec's document, so they
 * are made on the second core while this thread emits the operations, client, mocks and docs.
 *
 * The thread loads the CLI's bundle, as the validators' thread does (validator-thread.ts); run
 * from the sources (the tests' generate()), there is none, and the types are made in this
 * thread. With a cache, the types are made here too: an edit remakes one path's entry of them
 * (emit/types.ts), and a copy of the whole document would cost more than that.
 */
import { statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { typesMadeElsewhere } from "./emit/types-elsewhere.js";
import type { ApiModel } from "./model/ir.js";
import { canEmitOnThread } from "./validator-thread.js";
import { LARGE_SPEC_BYTES } from "./v8-pool.mjs";

/**
 * From this many operations on (and without a cache), the types are made on a thread of their
 * own. Below it the thread would not pay: it loads TypeScript and openapi-typescript and receives
 * a copy of the document, while a small spec's types take a fraction of a second.
 */
export const TYPES_THREAD_MIN_OPERATIONS = 200;

/**
 * From this size on, a root spec file is taken for one with enough operations for the thread, and
 * the thread is started before the spec is read (see `prestartTypesThread`): the size from which
 * a run also sizes V8's pool to the machine (v8-pool.mjs). Cloudflare's spec takes some 2.7 kB
 * per operation: 512 KiB is about `TYPES_THREAD_MIN_OPERATIONS` of them.
 */
export const TYPES_THREAD_PRESTART_BYTES = LARGE_SPEC_BYTES;

/** The worker's answer: the text and how long it took there, or why it failed. */
export type TypesReply =
  { readonly text: string; readonly ms: number } | { readonly error: string };

/**
 * The worker's side, before it has a document: loads the emitter with TypeScript and
 * openapi-typescript (about a third of a second), so that this is done while the main thread
 * reads and validates the spec. A failure is left to `emitTypesInWorker`, which loads them again.
 */
export async function loadTypesEmitter(): Promise<void> {
  try {
    const { loadTypesLibraries } = await import("./emit/types.js");
    loadTypesLibraries();
  } catch {
    // answered by emitTypesInWorker
  }
}

/**
 * The worker's side: openapi-typescript's whole text of the document it was sent (its own copy,
 * prepared in place). Failures are answered, never thrown: this thread then makes the types
 * itself, raising the error it would have raised anyway.
 */
export async function emitTypesInWorker(document: Record<string, unknown>): Promise<TypesReply> {
  try {
    const { typesTextOfOwnDocument } = await import("./emit/types.js");
    const start = performance.now();
    const text = typesTextOfOwnDocument(document);
    return { text, ms: performance.now() - start };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** A job on the types' thread: how to stop it. */
export interface TypesJob {
  /** Ends the thread (after a failure elsewhere, so that it does not keep the process alive). */
  stop(): void;
}

/** A types' thread running, with the answer it will give once sent a document. */
export interface TypesThread extends TypesJob {
  readonly worker: Worker;
  readonly reply: Promise<{ readonly text: string; readonly ms: number }>;
}

/**
 * Starts the types' thread before the spec is read, when the run has no cache and its root file
 * is large (`TYPES_THREAD_PRESTART_BYTES`): the thread loads the emitter (TypeScript,
 * openapi-typescript) while the main thread reads and validates the spec, when the second core
 * has room, instead of after the model, when every core is taken. Hand it to `startTypesThread`,
 * which uses it or stops it; stop it if the run fails before. `minBytes`: the size (default
 * `TYPES_THREAD_PRESTART_BYTES`).
 */
export function prestartTypesThread(options: {
  readonly specPath: string;
  readonly cached: boolean;
  readonly bundle?: string;
  readonly minBytes?: number;
}): TypesThread | undefined {
  if (options.cached) return undefined;
  if (options.bundle === undefined && !canEmitOnThread()) return undefined;
  let size: number;
  try {
    size = statSync(options.specPath).size;
  } catch {
    return undefined; // reading the spec reports it
  }
  if (size < (options.minBytes ?? TYPES_THREAD_PRESTART_BYTES)) return undefined;
  const thread = spawn(options.bundle, true);
  // Until it is sent a document, it must not keep a failed run's process alive.
  thread.worker.unref();
  return thread;
}

/**
 * When `model` is large enough and the run has no cache, starts a thread that makes its types and
 * hands them to `emitTypes` (emit/types.ts); the thread's time is recorded as `thread:types`.
 * `bundle`: the CommonJS bundle of the generator the thread loads (default: the one running).
 * `started`: a thread from `prestartTypesThread`, used instead of a new one (or stopped, when the
 * model takes none).
 */
export function startTypesThread(options: {
  readonly model: ApiModel;
  readonly cached: boolean;
  readonly timings: Record<string, number>;
  readonly minOperations?: number | undefined;
  readonly bundle?: string;
  readonly started?: TypesThread | undefined;
}): TypesJob | undefined {
  const { model, minOperations = TYPES_THREAD_MIN_OPERATIONS, started } = options;
  const wanted = !options.cached && model.operations.length >= minOperations;
  if (!wanted || (started === undefined && options.bundle === undefined && !canEmitOnThread())) {
    started?.stop();
    return undefined;
  }
  const thread = started ?? spawn(options.bundle, false);
  const start = performance.now();
  try {
    thread.worker.ref();
    thread.worker.postMessage(model.document);
    // This thread's part of the types (copying the document) is theirs: emitTypes adds its own.
    options.timings["emit:types"] = performance.now() - start;
  } catch {
    thread.stop(); // a document that cannot be copied: made in this thread instead
    return undefined;
  }
  const text = thread.reply.then((reply) => {
    options.timings["thread:types"] = reply.ms;
    return reply.text;
  });
  typesMadeElsewhere(model, text);
  return thread;
}

/** A new types' thread (`warm`: loading the emitter at once) and its answer to come. */
function spawn(bundle: string | undefined, warm: boolean): TypesThread {
  const worker = new Worker(new URL("./types-worker.mjs", import.meta.url), {
    workerData: { bundle: bundle ?? fileURLToPath(import.meta.url), warm },
  });
  const reply = new Promise<{ text: string; ms: number }>((resolve, reject) => {
    worker.once("message", (answer: TypesReply) => {
      void worker.terminate();
      if ("error" in answer) return reject(new Error(answer.error));
      resolve(answer);
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`The types' thread ended (exit code ${code})`)));
  });
  reply.catch(() => undefined); // awaited once a document is sent; a stopped thread's is not
  return { worker, reply, stop: () => void worker.terminate() };
}
