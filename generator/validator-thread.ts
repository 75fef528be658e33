/**
 * The validators' Ajv code emitted on a thread of its own (validator-worker.mjs), for a large
 * spec: Ajv's compiling is the largest piece of the main thread's work (about 4.6 of its 22
 * seconds on Cloudflare's 1,533 operations), and it reads nothing the other emitters write, so it
 * runs on the second core while this thread emits the operations, client, mocks, docs and types.
 *
 * The emitter is TypeScript, which a worker cannot load; the CLI runs from a bundle of the
 * generator's sources (bin.js), so the worker loads that bundle and calls
 * `emitValidatorCodeInWorker`, which the bundle's entry (cli.ts) exports. Run from the sources
 * (the tests' generate()), there is no bundle, and the emitter runs in this thread.
 */
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { DiagnosticsError, type Diagnostic } from "./diagnostics.js";
import type { OutputFile } from "./files.js";
import type { ApiModel } from "./model/ir.js";

/**
 * From this many operations on, the validators' code is emitted on a thread of its own. Below
 * it the thread would not pay: it loads Ajv and receives a copy of the model (about 0.1 s for
 * Cloudflare's 10 MB), while a small spec's validators compile in well under a second.
 */
export const VALIDATOR_THREAD_MIN_OPERATIONS = 200;

/** Whether this process runs from the CLI's bundle, which the worker can load. */
export function canEmitOnThread(): boolean {
  return import.meta.url.endsWith(".cjs");
}

/** The worker's answer: the files and how long the emitter took there, or why it failed. */
export type ThreadReply =
  | { readonly files: OutputFile[]; readonly ms: number }
  | { readonly error: string }
  | { readonly diagnostics: readonly Diagnostic[] };

/**
 * The worker's side: runs the emitter on the model it was sent. Its failures are answered, never
 * thrown, so that this thread raises the same error the emitter would have raised here (a spec
 * problem exits 1, a generator bug 2).
 */
export async function emitValidatorCodeInWorker(model: ApiModel): Promise<ThreadReply> {
  try {
    const { emitValidatorCode } = await import("./emit/validator-code.js");
    const start = performance.now();
    const files = emitValidatorCode(model);
    return { files, ms: performance.now() - start };
  } catch (error) {
    if (error instanceof DiagnosticsError) return { diagnostics: error.diagnostics };
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** A job on the validators' thread: its files (and the thread's time), and how to stop it. */
export interface ThreadJob {
  readonly done: Promise<{ files: OutputFile[]; ms: number }>;
  /** Ends the thread (after a failure elsewhere, so that it does not keep the process alive). */
  stop(): void;
}

/**
 * Starts a thread that emits the validators' code of `model` and then ends (freeing its heap
 * before the pipeline's last stages). The model is sent by structured clone as the thread starts.
 * `bundle`: the CommonJS bundle of the generator the thread loads (default: the one running,
 * which the CLI always is; tests give one of their own).
 */
export function emitValidatorCodeOnThread(
  model: ApiModel,
  bundle = fileURLToPath(import.meta.url),
): ThreadJob {
  const worker = new Worker(new URL("./validator-worker.mjs", import.meta.url), {
    workerData: { bundle },
  });
  try {
    worker.postMessage(model);
  } catch (error) {
    void worker.terminate(); // a model that cannot be copied: no thread left waiting for one
    throw error;
  }
  const done = new Promise<{ files: OutputFile[]; ms: number }>((resolve, reject) => {
    worker.once("message", (reply: ThreadReply) => {
      void worker.terminate();
      if ("files" in reply) resolve(reply);
      else if ("diagnostics" in reply) reject(new DiagnosticsError(reply.diagnostics));
      else reject(new Error(reply.error));
    });
    worker.once("error", (error: Error) =>
      reject(new Error(`The validators' thread failed: ${error.message}`)),
    );
    worker.once("exit", (code) =>
      reject(new Error(`The validators' thread ended (exit code ${code})`)),
    );
  });
  // Awaited only once the other emitters are done: a failure before then is not unhandled.
  done.catch(() => undefined);
  return { done, stop: () => void worker.terminate() };
}
