/**
 * The emitters, in order: this list is the whole plugin system. Each is a pure function from the
 * model (and the templates read at the edge) to files; adding an output means adding a line here.
 *
 * Each emitter's module is loaded only when its turn comes: the first needs no TypeScript, so its
 * large output is already being formatted while the next emitter loads the compiler.
 */
import type { OutputFile } from "../files.js";
import { HTTP_METHODS, type ApiModel } from "../model/ir.js";
import type { Templates } from "../templates.js";
import type { Units } from "./units.js";

/**
 * What an emitter module provides: model and templates in, files out (and warnings, if any).
 * `units` lets it reuse parts of its files whose inputs are unchanged (emit/units.ts).
 */
export type EmitFunction = (
  model: ApiModel,
  templates: Templates,
  units: Units,
) => EmitOutput | Promise<EmitOutput>;

/**
 * Files, or files and warnings about the spec the emitter found (pointers into the bundled spec;
 * the pipeline locates them).
 */
export type EmitOutput =
  | OutputFile[]
  | {
      readonly files: OutputFile[];
      readonly warnings: readonly { readonly pointer: string; readonly message: string }[];
    };

/** One emitter: its name (for timings) and how to load it. */
export interface Emitter {
  readonly name: string;
  load(): Promise<EmitFunction>;
  /**
   * The part of the model its files depend on (with the templates), when that is less than the
   * whole: the cache reuses its files while this part is unchanged (generator/cache.ts).
   */
  readonly reads?: (model: ApiModel) => unknown;
}

/**
 * The model without the prose of operations (their `summary` and `description`, in the model and
 * in the document), which no validator reads: an edited operation description leaves the
 * validators' cache entries valid.
 */
export function withoutOperationProse(model: ApiModel): unknown {
  return withoutOperationFields(model, ["summary", "description"]);
}

/**
 * The model without the operations' descriptions: the mocks show each operation's summary (beside
 * its override) but no description, so an edited description leaves their cache entry valid.
 */
export function withoutOperationDescriptions(model: ApiModel): unknown {
  return withoutOperationFields(model, ["description"]);
}

/** The model with `fields` of each operation (in the model and in the document) left out. */
function withoutOperationFields(model: ApiModel, fields: readonly string[]): unknown {
  const paths = model.document["paths"] as Record<string, Record<string, unknown>> | undefined;
  const quiet = (value: unknown): unknown => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
    return { ...value, ...Object.fromEntries(fields.map((field) => [field, undefined])) };
  };
  const quietPaths = Object.fromEntries(
    Object.entries(paths ?? {}).map(([path, item]) => [
      path,
      Object.fromEntries(
        Object.entries(item).map(([key, op]) => [key, METHODS.has(key) ? quiet(op) : op]),
      ),
    ]),
  );
  return {
    ...model,
    operations: model.operations.map(quiet),
    document: { ...model.document, paths: quietPaths },
  };
}

const METHODS: ReadonlySet<string> = new Set(HTTP_METHODS);

/** Every emitter, in the order they run (files are listed sorted by path). */
export const EMITTERS: readonly Emitter[] = [
  {
    name: "validator-code",
    load: async () => (await import("./validator-code.js")).emitValidatorCode,
    reads: withoutOperationProse,
  },
  {
    name: "validators",
    load: async () => (await import("./validators.js")).emitValidators,
    reads: withoutOperationProse,
  },
  { name: "operations", load: async () => (await import("./operations.js")).emitOperations },
  { name: "client", load: async () => (await import("./client.js")).emitClient },
  // The `./mocks` entries: never imported by the client's files, so bundles do not change.
  {
    name: "mocks",
    load: async () => (await import("./mocks.js")).emitMocks,
    reads: withoutOperationDescriptions,
  },
  // The docs and the types come after the emitters whose files are compiled: the compiler thread
  // compiles those while this one emits these (nothing to compile: pages, and declarations that
  // are their own source).
  { name: "docs", load: async () => (await import("./docs.js")).emitDocs },
  { name: "types", load: async () => (await import("./types.js")).emitTypes },
  {
    name: "runtime",
    load: async () => {
      const { emitRuntime } = await import("./runtime.js");
      return (_model, templates) => emitRuntime(templates);
    },
  },
  { name: "package", load: async () => (await import("./package.js")).emitPackage },
  { name: "spec-json", load: async () => (await import("./spec-json.js")).emitSpecJson },
];
