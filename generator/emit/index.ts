/**
 * The emitters, in order: this list is the whole plugin system. Each is a pure function from the
 * model (and the templates read at the edge) to files; adding an output means adding a line here.
 */
import type { OutputFile } from "../files.js";
import type { ApiModel } from "../model/ir.js";
import type { Templates } from "../templates.js";
import { emitClient } from "./client.js";
import { emitOperations } from "./operations.js";
import { emitPackage } from "./package.js";
import { emitRuntime } from "./runtime.js";
import { emitTypes } from "./types.js";
import { emitValidators } from "./validators.js";

/** One emitter: model and templates in, files out. */
export interface Emitter {
  readonly name: string;
  emit(model: ApiModel, templates: Templates): OutputFile[] | Promise<OutputFile[]>;
}

/** Every emitter, in the order they run (files are listed sorted by path). */
export const EMITTERS: readonly Emitter[] = [
  // Validators first: their module is the largest to format, and formatting starts per emitter.
  { name: "validators", emit: emitValidators },
  { name: "types", emit: emitTypes },
  { name: "operations", emit: emitOperations },
  { name: "client", emit: emitClient },
  { name: "runtime", emit: (_model, templates) => emitRuntime(templates) },
  { name: "package", emit: emitPackage },
];
