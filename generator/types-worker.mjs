// The types' thread (see types-thread.ts): makes openapi-typescript's text of a large spec's
// document on the second core while the main thread runs the other emitters. Plain JS, loaded by
// URL; the emitter is TypeScript, so it comes from the CLI's bundle of the generator's sources,
// whose path the main thread sends. Started before the spec is read (`warm`), it loads the emitter
// at once, while the main thread reads and validates the spec.
import { createRequire } from "node:module";
import { parentPort, workerData } from "node:worker_threads";

const { emitTypesInWorker, loadTypesEmitter } = createRequire(import.meta.url)(workerData.bundle);

const loaded = workerData.warm ? loadTypesEmitter() : Promise.resolve();

parentPort.once("message", async (document) => {
  await loaded;
  parentPort.postMessage(await emitTypesInWorker(document));
});
