// The validators' thread (see validator-thread.ts): emits Ajv's standalone code of a large spec on
// the second core while the main thread runs the other emitters. Plain JS, loaded by URL; the
// emitter is TypeScript, so it comes from the CLI's bundle of the generator's sources, whose path
// the main thread sends.
import { createRequire } from "node:module";
import { parentPort, workerData } from "node:worker_threads";

const { emitValidatorCodeInWorker } = createRequire(import.meta.url)(workerData.bundle);

parentPort.once("message", async (model) => {
  parentPort.postMessage(await emitValidatorCodeInWorker(model));
});
