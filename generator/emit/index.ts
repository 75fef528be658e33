/**
 * The emitters, in order: this list is the whole plugin system. Each is a pure function from the
 * model (and the templates read at the edge) to files; adding an output means adding a line here.
 *
 * Each emitter's module is loaded only when its turn comes: the first needs no TypeScript, so its
 * large output is already being formatted while the next emitter loads the compiler.
 */
import type { OutputFile } from "../files.js";
import type { ApiModel } from "../model/ir.js";
import type { Templates } from "../templates.js";

/** What an emitter module provides: model and templates in, files out (and warnings, if any). */
export type EmitFunction = (
  model: ApiModel,
  templates: Templates,
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
}

/** Every emitter, in the order they run (files are listed sorted by path). */
export const EMITTERS: readonly Emitter[] = [
  {
    name: "validator-code",
    load: async () => (await import("./validator-code.js")).emitValidatorCode,
  },
  // The docs need no TypeScript either: their pages are formatted while the compiler loads.
  { name: "docs", load: async () => (await import("./docs.js")).emitDocs },
  { name: "types", load: async () => (await import("./types.js")).emitTypes },
  { name: "validators", load: async () => (await import("./validators.js")).emitValidators },
  { name: "operations", load: async () => (await import("./operations.js")).emitOperations },
  { name: "client", load: async () => (await import("./client.js")).emitClient },
  {
    name: "runtime",
    load: async () => {
      const { emitRuntime } = await import("./runtime.js");
      return (_model, templates) => emitRuntime(templates);
    },
  },
  { name: "package", load: async () => (await import("./package.js")).emitPackage },
  { name: "spec-json", load: async () => (await import("./spec-json.js")).emitSpecJson },
  // The `./mocks` entries: never imported by the client's files, so bundles do not change.
  { name: "mocks", load: async () => (await import("./mocks.js")).emitMocks },
];
