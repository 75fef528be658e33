/**
 * The text of `types.ts` when another thread makes it (generator/types-thread.ts), handed to
 * `emitTypes` by the model it is of. A module of its own, without TypeScript, so that starting the
 * thread loads nothing of the emitter's.
 */
import type { ApiModel } from "../model/ir.js";

const madeElsewhere = new WeakMap<ApiModel, Promise<string>>();

/**
 * Hands `emitTypes` openapi-typescript's whole text for `model`, being made on another thread: a
 * run without a cache takes it instead of making it (and makes it itself if the promise fails).
 */
export function typesMadeElsewhere(model: ApiModel, text: Promise<string>): void {
  text.catch(() => undefined); // awaited by emitTypes; a failure there is not unhandled
  madeElsewhere.set(model, text);
}

/** The text being made elsewhere for `model`, if any (taken once). */
export function takeTypesMadeElsewhere(model: ApiModel): Promise<string> | undefined {
  const text = madeElsewhere.get(model);
  madeElsewhere.delete(model);
  return text;
}
