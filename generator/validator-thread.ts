/**
 * The validators' thread (validator-worker.mjs), for a large spec: the emitters that compile the
 * spec's schemas with Ajv run there, beside this thread. Ajv's compiling is the largest piece of
 * the main thread's work otherwise, and these emitters read nothing the other emitters write, so
 * they run on the second core while this thread emits the operations, client, docs and types.
 *
 * They run there together, in one thread, in turn: the mocks' plan checks their default answers
 * with the functions the validators' emitter compiled (emit/ajv-compilation.ts keeps one
 * compilation per model and thread), so each schema is compiled by Ajv once per run, and a thread
 * that ran the validators' emitter first has none left to compile for the mocks. The plan comes
 * back as data and the mocks are printed here, where TypeScript is loaded already.
 *
 * The emitters are TypeScript, which a worker cannot load; the CLI runs from a bundle of the
 * generator's sources (bin.js), so the worker loads that bundle and calls
 * `emitValidatorCodeInWorker`, which the bundle's entry (cli.ts) exports. Run from the sources
 * (the tests' generate()), there is no bundle, and the emitters run in this thread.
 */
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { DiagnosticsError, type Diagnostic } from "./diagnostics.js";
import type { EmitOutput } from "./emit/index.js";
import type { MocksPlanData } from "./emit/mocks-plan.js";
import type { OutputFile } from "./files.js";
import type { ApiModel } from "./model/ir.js";
import type { Templates } from "./templates.js";

/**
 * From this many operations on, the validators' code is emitted on a thread of its own. Below
 * it the thread would not pay: it loads Ajv and receives a copy of the model (about 0.1 s for
 * Cloudflare's 10 MB), while a small spec's validators compile in well under a second.
 */
export const VALIDATOR_THREAD_MIN_OPERATIONS = 200;

/**
 * The emitters that run on the validators' thread, in the order they run there (the order of
 * EMITTERS): the validators' Ajv code, then the mocks' plan, which checks its answers with it.
 */
export const VALIDATOR_THREAD_EMITTERS: readonly string[] = ["validator-code", "mocks"];

/** Whether this process runs from the CLI's bundle, which the worker can load. */
export function canEmitOnThread(): boolean {
  return import.meta.url.endsWith(".cjs");
}

/** An emitter's files and warnings from the thread. */
export type Emitted = Exclude<EmitOutput, OutputFile[]>;

/**
 * The worker's answer: the emitter's output (the mocks': their plan's data) and how long it took
 * there, or why it failed.
 */
export type ThreadReply =
  | { readonly output: unknown; readonly ms: number }
  | { readonly error: string }
  | { readonly diagnostics: readonly Diagnostic[] };

/** One emitter's job on the thread (the model is sent once, as the thread starts). */
export interface ThreadJob {
  readonly name: string;
  readonly model: ApiModel;
  readonly templates: Templates;
}

/**
 * The worker's side: runs one of `VALIDATOR_THREAD_EMITTERS` on the model it was sent. Its
 * failures are answered, never thrown, so that this thread raises the same error the emitter
 * would have raised here (a spec problem exits 1, a generator bug 2).
 */
export async function emitValidatorCodeInWorker(job: ThreadJob): Promise<ThreadReply> {
  try {
    const run = await threadEmitter(job.name);
    const start = performance.now();
    const output = await run(job.model, job.templates);
    return { output, ms: performance.now() - start };
  } catch (error) {
    if (error instanceof DiagnosticsError) return { diagnostics: error.diagnostics };
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** What the thread runs of an emitter: the validators' whole emitter, the mocks' plan. */
async function threadEmitter(
  name: string,
): Promise<(model: ApiModel, templates: Templates) => Promise<unknown>> {
  if (name === "validator-code") {
    const { emitValidatorCode } = await import("./emit/validator-code.js");
    return async (model) => ({ files: emitValidatorCode(model), warnings: [] });
  }
  if (name === "mocks") {
    const { planData, planMocks } = await import("./emit/mocks-plan.js");
    return async (model) => planData(planMocks(model));
  }
  throw new Error(`No emitter ${name} on the validators' thread`);
}

/** The rest of an emitter's work, done in this thread on what the thread answered. */
async function finishHere(
  name: string,
  { model, templates, output }: ThreadJob & { output: unknown },
): Promise<Emitted> {
  if (name !== "mocks") return output as Emitted;
  const [{ printMocks }, { planFromData }] = await Promise.all([
    import("./emit/mocks.js"),
    import("./emit/mocks-plan.js"),
  ]);
  return printMocks(model, templates, planFromData(output as MocksPlanData, model));
}

/** The validators' thread: sends it jobs, and ends it. */
export interface ValidatorThread {
  /**
   * Runs an emitter there (jobs run in the order they are sent) and finishes it here: its output,
   * the thread's time and this thread's.
   */
  emit(
    name: string,
    templates: Templates,
  ): Promise<{ output: Emitted; ms: number; hereMs: number }>;
  /** Ends the thread once the jobs sent are answered (no more will come). */
  close(): void;
  /** Ends the thread now (after a failure elsewhere, so that it does not keep the process alive). */
  stop(): void;
}

/**
 * Starts the validators' thread on `model`, sent by structured clone as the thread starts.
 * `bundle`: the CommonJS bundle of the generator the thread loads (default: the one running,
 * which the CLI always is; tests give one of their own).
 */
export function startValidatorThread(
  model: ApiModel,
  bundle = fileURLToPath(import.meta.url),
): ValidatorThread {
  const worker = new Worker(new URL("./validator-worker.mjs", import.meta.url), {
    workerData: { bundle },
  });
  try {
    worker.postMessage({ model });
  } catch (error) {
    void worker.terminate(); // a model that cannot be copied: no thread left waiting for one
    throw error;
  }
  const waiting: { resolve(reply: ThreadReply): void; reject(error: Error): void }[] = [];
  let closed = false;
  let failure: Error | undefined;
  const endIfDone = () => {
    if (closed && waiting.length === 0) void worker.terminate();
  };
  const failAll = (error: Error) => {
    failure ??= error; // a job sent later fails at once, rather than wait for a thread gone
    for (const job of waiting.splice(0)) job.reject(failure);
  };
  worker.on("message", (reply: ThreadReply) => {
    waiting.shift()?.resolve(reply);
    endIfDone(); // the heap is freed before the pipeline's last stages
  });
  worker.once("error", (error: Error) =>
    failAll(new Error(`The validators' thread failed: ${error.message}`)),
  );
  worker.once("exit", (code) =>
    failAll(new Error(`The validators' thread ended (exit code ${code})`)),
  );
  return {
    emit: (name, templates) => {
      if (failure !== undefined) return Promise.reject(failure);
      const reply = new Promise<ThreadReply>((resolve, reject) =>
        waiting.push({ resolve, reject }),
      );
      worker.postMessage({ name, templates });
      return reply.then(async (answer) => {
        const { output, ms } = outputOf(answer);
        const start = performance.now();
        const finished = await finishHere(name, { name, model, templates, output });
        return { output: finished, ms, hereMs: performance.now() - start };
      });
    },
    close: () => {
      closed = true;
      endIfDone();
    },
    stop: () => void worker.terminate(),
  };
}

/** The emitter's output, or the error it raised there, raised here. */
function outputOf(reply: ThreadReply): { output: unknown; ms: number } {
  if ("output" in reply) return reply;
  if ("diagnostics" in reply) throw new DiagnosticsError(reply.diagnostics);
  throw new Error(reply.error);
}
