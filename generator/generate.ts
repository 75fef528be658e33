/**
 * The pipeline, top to bottom: load → validate → bundle → upgrade (OpenAPI 3.0 schemas read as 3.1) → model → emit → compile and format
 * (each emitter's files, on two threads beside the emitters) → format the compiled files. Returns the files; never writes. Throws `DiagnosticsError` with every problem found.
 */
import { resolve } from "node:path";
import { hashOf } from "./cache.js";
import { compileFilesAsync, copiedToDist, startCompiler } from "./compile-thread.js";
import { diagnostic, DiagnosticsError, sortDiagnostics, type Diagnostic } from "./diagnostics.js";
import { EMITTERS, withoutOperationProse, type EmitOutput, type Emitter } from "./emit/index.js";
import { UNCACHED, type Units } from "./emit/units.js";
import { sortFiles, type OutputFile } from "./files.js";
import { formatFiles, startFormatter } from "./format.js";
import { bundleSpec, loadSpec, locate } from "./load.js";
import { buildModel } from "./model/build.js";
import type { ApiModel } from "./model/ir.js";
import { securityProblems } from "./model/security.js";
import { upgradeSchemas } from "./model/upgrade.js";
import type { GenerationCache } from "./run-cache.js";
import type { FindingLocator, SpecRead } from "./spec-cache.js";
import { loadTemplates, type Templates } from "./templates.js";
import { prestartTypesThread, startTypesThread } from "./types-thread.js";
import { validateSpec, validationConfig } from "./validate.js";
import {
  canEmitOnThread,
  startValidatorThread,
  VALIDATOR_THREAD_EMITTERS,
  VALIDATOR_THREAD_MIN_OPERATIONS,
  type ValidatorThread,
} from "./validator-thread.js";

/** What to generate from. */
export interface GenerateOptions {
  readonly specPath: string;
  /** Defaults to the generator's own `templates/`. */
  readonly templatesDir?: string;
  /** Compile the runtime even when the committed compiled copy is current (tests compare both). */
  readonly freshRuntime?: boolean;
  /** Reuse the outputs of stages whose inputs are unchanged (see cache.ts); none when absent. */
  readonly cache?: GenerationCache;
  /**
   * From this many operations on, the validators' Ajv code is emitted on a thread of its own
   * (default `VALIDATOR_THREAD_MIN_OPERATIONS`; only when running from the CLI's bundle).
   */
  readonly validatorThreadMinOperations?: number;
  /**
   * From this many operations on, a run without a cache makes the types on a thread of their own
   * (default `TYPES_THREAD_MIN_OPERATIONS`; only when running from the CLI's bundle).
   */
  readonly typesThreadMinOperations?: number;
}

/**
 * The generated files (sorted by path), the warnings about the spec, the spec files read, and how
 * long each stage took (ms).
 */
export interface GenerateResult {
  readonly files: readonly OutputFile[];
  readonly warnings: readonly Diagnostic[];
  readonly specFiles: readonly string[];
  readonly timings: Readonly<Record<string, number>>;
}

/** From this many operations on, compiling runs on a thread of its own (Cloudflare's API has 1,533). */
const COMPILER_THREAD_MIN_OPERATIONS = 200;

/** Runs the whole pipeline in memory. */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  startFormatter();
  const timings: Record<string, number> = {};
  const time = async <T>(stage: string, run: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await run();
    timings[stage] = (timings[stage] ?? 0) + performance.now() - start;
    return result;
  };
  const cached = options.cache !== undefined;
  // The types' thread loads its libraries while this thread reads the spec (types-thread.ts).
  const typesStarted = prestartTypesThread({ specPath: options.specPath, cached });
  // The spec is read in a function of its own, so that the loaded and bundled documents (and
  // Redocly's syntax trees) can be collected once the model is built.
  const [{ model, warnings, specFiles, locator }, templates] = await Promise.all([
    readSpec(options.specPath, options.cache, time),
    loadTemplates(options.templatesDir, options.freshRuntime),
  ]).catch((error: unknown) => {
    typesStarted?.stop();
    throw error;
  });
  const emitWarnings: { pointer: string; message: string }[] = [];
  // A large spec's TypeScript (megabytes) compiles on a thread of its own beside the emitters; a
  // small one's in less time than that thread would take to start.
  if (model.operations.length >= COMPILER_THREAD_MIN_OPERATIONS) startCompiler();
  const { cache } = options;
  const formatting: Promise<OutputFile[]>[] = [];
  const compiling: Promise<OutputFile[]>[] = [];
  const inputs = cache === undefined ? undefined : emitInputs(model, templates);
  const threads = new EmitterThreads(
    model,
    templates,
    timings,
    options.validatorThreadMinOperations,
  );
  const typesThread = startTypesThread({
    model,
    cached,
    timings,
    minOperations: options.typesThreadMinOperations,
    started: typesStarted,
  });
  try {
    for (const emitter of EMITTERS) {
      // Modules load in turn (see emit/index.ts); each one's files go to the formatter and compiler
      // threads at once, so they format and compile while this thread emits. Dist files are
      // formatted after compiling, so compiling the unformatted text changes nothing but the order
      // of work.
      // An emitter's warnings (the mocks': a default no value satisfies) are collected as it runs,
      // or from the cache with its files.
      const emit = async (): Promise<Emitted> => {
        const run = await time("load", () => emitter.load());
        const units = cache === undefined ? UNCACHED : unitsOf(emitter, cache, inputs!);
        const output: EmitOutput = await time(`emit:${emitter.name}`, () =>
          run(model, templates, units),
        );
        return Array.isArray(output) ? { files: output, warnings: [] } : output;
      };
      const { emitted } = await threads.emit(emitter, emit, (run) =>
        cache === undefined ? run() : emitCached(emitter, run, cache, inputs!),
      );
      const files = emitted.then(({ files, warnings }) => {
        emitWarnings.push(...warnings);
        return files;
      });
      formatting.push(files.then((done) => formatFiles(done, cache)));
      compiling.push(
        files
          .then((done) => compileFilesAsync(done, cache))
          .then((dist) => formatFiles(dist, cache)),
      );
    }
  } catch (error) {
    threads.stop();
    typesThread?.stop();
    throw error;
  }
  const sources = (await time("format", () => Promise.all(formatting))).flat();
  const outputs = (await time("compile", () => Promise.all(compiling))).flat();
  const files = [...sources, ...outputs, ...copiedToDist(sources)].map(({ path, contents }) => ({
    path,
    contents,
  }));
  const locateAll = () => locateWarnings(options.specPath, emitWarnings);
  const located =
    emitWarnings.length === 0
      ? []
      : await time("locate", () => locator?.(emitWarnings, locateAll) ?? locateAll());
  return {
    files: uniquePaths(sortFiles(files)),
    warnings: [...warnings, ...located],
    specFiles,
    timings,
  };
}

/**
 * Emitters' warnings (rare: a mock default no value satisfies), located in the root document,
 * which is read again only then, so the common run keeps no parsed source alive.
 */
async function locateWarnings(
  specPath: string,
  found: readonly { pointer: string; message: string }[],
): Promise<Diagnostic[]> {
  if (found.length === 0) return [];
  const { source } = (await loadSpec(specPath)).document;
  return sortDiagnostics(
    found.map(({ pointer, message }) =>
      diagnostic({
        code: "mock-default",
        severity: "warning",
        message,
        ...locate({ source, pointer }),
      }),
    ),
  );
}

/** What an emitter's cache key is made of: the templates, and the part of the model it reads. */
interface EmitInputs {
  readonly templates: string;
  readonly reads: Map<Emitter["reads"], string>;
  readonly model: ApiModel;
}

function emitInputs(model: ApiModel, templates: Templates): EmitInputs {
  return { templates: hashOf(JSON.stringify(templates)), reads: new Map(), model };
}

/** An emitter's files and its warnings about the spec. */
type Emitted = Exclude<EmitOutput, OutputFile[]>;

/** The hash of one part of the model (`reads`), serialized once a run however many ask. */
function readsHash(inputs: EmitInputs, reads: NonNullable<Emitter["reads"]>): string {
  let hash = inputs.reads.get(reads);
  if (hash === undefined) {
    hash = hashOf(JSON.stringify(reads(inputs.model)));
    inputs.reads.set(reads, hash);
  }
  return hash;
}

/**
 * An emitter's units through the cache: each keyed by the emitter, the unit's kind, the
 * templates, the model without operation prose, and what the unit reads besides (emit/units.ts).
 */
function unitsOf(emitter: Emitter, cache: GenerationCache, inputs: EmitInputs): Units {
  return {
    caching: true,
    texts: (kind, list, reads, make) => {
      const shared = readsHash(inputs, withoutOperationProse);
      const keyOf = (input: (typeof list)[number]): string =>
        cache.key("unit", emitter.name, kind, inputs.templates, shared, reads(input));
      return cache.memo(list, keyOf, async (missing) => [...(await make(missing))]);
    },
  };
}

/**
 * An emitter that says what it reads is run only when that changed; its files (and warnings) are
 * filed under a key of the templates and that part of the model (each distinct part serialized
 * once a run).
 */
async function emitCached(
  emitter: Emitter,
  emit: () => Promise<Emitted>,
  cache: GenerationCache,
  inputs: EmitInputs,
): Promise<Emitted> {
  if (emitter.reads === undefined) return emit();
  const reads = readsHash(inputs, emitter.reads);
  const key = cache.key("emit", emitter.name, inputs.templates, reads);
  const [body] = await cache.memo(
    [key],
    (k) => k,
    async () => [JSON.stringify(await emit())],
  );
  return JSON.parse(body!) as Emitted;
}

type Timer = <T>(stage: string, run: () => T | Promise<T>) => Promise<T>;

/**
 * Where each emitter runs: for a large spec, the emitters that compile the spec's schemas with
 * Ajv (the validators' code, and the mocks, which check their answers with the validators'
 * compiled functions) on a thread of their own, one after the other (validator-thread.ts); every
 * other emitter, and every emitter of a small spec, in this thread. Either way the mocks' checks
 * find the validators already compiled in their thread, unless the cache had the validators.
 */
class EmitterThreads {
  private readonly threaded: boolean;
  private thread: ValidatorThread | undefined;
  /** The threaded emitters not yet met: the thread ends once none is left and its jobs are done. */
  private readonly ahead = new Set(VALIDATOR_THREAD_EMITTERS);

  constructor(
    private readonly model: ApiModel,
    private readonly templates: Templates,
    private readonly timings: Record<string, number>,
    minOperations = VALIDATOR_THREAD_MIN_OPERATIONS,
  ) {
    this.threaded = model.operations.length >= minOperations && canEmitOnThread();
  }

  /**
   * The emitter's files, through `cached` (the cache, or none). This thread waits for an emitter
   * it runs itself; for a threaded one only until its job is sent (or its files were found in
   * the cache), and goes on with the next emitters while the other thread works.
   */
  async emit(
    emitter: Emitter,
    emit: () => Promise<Emitted>,
    cached: (run: () => Promise<Emitted>) => Promise<Emitted>,
  ): Promise<{ emitted: Promise<Emitted> }> {
    if (!this.threaded || !this.ahead.has(emitter.name)) {
      return { emitted: Promise.resolve(await cached(emit)) };
    }
    let sent!: () => void;
    const started = new Promise<void>((resolve) => (sent = resolve));
    const emitted = cached(() => {
      const job = this.send(emitter.name, emit);
      sent();
      return job;
    });
    emitted.catch(() => undefined); // awaited after the other emitters; a failure is not unhandled
    await Promise.race([started, emitted]);
    this.ahead.delete(emitter.name);
    if (this.ahead.size === 0) this.thread?.close();
    return { emitted };
  }

  /**
   * Sends the job (this thread's part: copying the model, once) and records the thread's time. A
   * model structured clone cannot copy (none seen: it is parsed JSON or YAML) is emitted here.
   */
  private async send(name: string, emit: () => Promise<Emitted>): Promise<Emitted> {
    const start = performance.now();
    try {
      this.thread ??= startValidatorThread(this.model);
    } catch {
      return emit();
    }
    const job = this.thread.emit(name, this.templates);
    this.timings[`emit:${name}`] = performance.now() - start;
    const { output, ms, hereMs } = await job;
    this.timings[`thread:${name}`] = ms;
    const here = `emit:${name}`;
    this.timings[here] = (this.timings[here] ?? 0) + hereMs; // finished here: the mocks printed
    return output;
  }

  /** Ends a running thread (another emitter failed: nothing will wait for it). */
  stop(): void {
    this.thread?.stop();
  }
}

/**
 * `specModel`, through the cache when there is one (spec-cache.ts): when only operations' prose
 * changed since a run it filed, that run's validated, bundled document and warnings with the new
 * prose put in; else the full read, filed for next time. The cache's own work is timed as
 * `spec-cache`; its locator places emitters' findings the same way.
 */
async function readSpec(
  specPath: string,
  cache: GenerationCache | undefined,
  time: Timer,
): Promise<SpecRead & { readonly locator?: FindingLocator }> {
  if (cache === undefined) return specModel(specPath, time);
  const { cachedSpecRead } = await import("./spec-cache.js");
  const { parseYaml } = await import("@redocly/openapi-core");
  return cachedSpecRead({
    specPath,
    cache,
    time,
    read: () => specModel(specPath, time),
    build: (api, files) => buildModel({ rootFile: resolve(specPath), api, files }),
    parseYaml: (text) => parseYaml(text),
  });
}

/** Load → validate → bundle → model: the model, the warnings, and the spec files read. */
async function specModel(specPath: string, time: Timer) {
  const loaded = await time("load", () => loadSpec(specPath));
  const problems = sortDiagnostics([
    ...(await time("validate", () => validateSpec(loaded))),
    ...securityProblems(loaded), // option names and security extensions (model/security.ts)
  ]);
  const errors = problems.filter((problem) => problem.severity === "error");
  if (errors.length > 0) throw new DiagnosticsError(errors);
  const warnings = problems.filter((problem) => problem.severity === "warning");
  const bundled = await time("bundle", async () => bundleSpec(loaded, await validationConfig()));
  const model = await time("model", () => buildModel(upgradeSchemas(bundled)));
  return { model, warnings, specFiles: bundled.files };
}

/** Two emitters writing one path is a generator bug: stop before anything is written. */
function uniquePaths(files: OutputFile[]): OutputFile[] {
  const twice = files.find((file, index) => index > 0 && files[index - 1]!.path === file.path);
  if (twice !== undefined) throw new Error(`${twice.path} was emitted twice`);
  return files;
}
