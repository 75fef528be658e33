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
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { typesMadeElsewhere } from "./emit/types-elsewhere.js";
import type { ApiModel } from "./model/ir.js";
import { canEmitOnThread } from "./validator-thread.js";

/**
 * From this many operations on (and without a cache), the types are made on a thread of their
 * own. Below it the thread would not pay: it loads TypeScript and openapi-typescript and receives
 * a copy of the document, while a small spec's types take a fraction of a second.
 */
export const TYPES_THREAD_MIN_OPERATIONS = 200;

/** The worker's answer: the text and how long it took there, or why it failed. */
export type TypesReply =
  { readonly text: string; readonly ms: number } | { readonly error: string };

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

/**
 * When `model` is large enough and the run has no cache, starts a thread that makes its types and
 * hands them to `emitTypes` (emit/types.ts); the thread's time is recorded as `thread:types`.
 * `bundle`: the CommonJS bundle of the generator the thread loads (default: the one running).
 */
export function startTypesThread(options: {
  readonly model: ApiModel;
  readonly cached: boolean;
  readonly timings: Record<string, number>;
  readonly minOperations?: number | undefined;
  readonly bundle?: string;
}): TypesJob | undefined {
  const { model, minOperations = TYPES_THREAD_MIN_OPERATIONS } = options;
  if (options.cached || model.operations.length < minOperations) return undefined;
  if (options.bundle === undefined && !canEmitOnThread()) return undefined;
  const worker = new Worker(new URL("./types-worker.mjs", import.meta.url), {
    workerData: { bundle: options.bundle ?? fileURLToPath(import.meta.url) },
  });
  const start = performance.now();
  try {
    worker.postMessage(model.document);
    // This thread's part of the types (copying the document) is theirs: emitTypes adds its own.
    options.timings["emit:types"] = performance.now() - start;
  } catch {
    void worker.terminate(); // a document that cannot be copied: made in this thread instead
    return undefined;
  }
  const text = new Promise<string>((resolve, reject) => {
    worker.once("message", (reply: TypesReply) => {
      void worker.terminate();
      if ("error" in reply) return reject(new Error(reply.error));
      options.timings["thread:types"] = reply.ms;
      resolve(reply.text);
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`The types' thread ended (exit code ${code})`)));
  });
  typesMadeElsewhere(model, text);
  return { stop: () => void worker.terminate() };
}
