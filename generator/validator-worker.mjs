// The validators' thread (see validator-thread.ts): runs the emitters that compile the spec's
// schemas with Ajv on the second core while the main thread runs the other emitters. Plain JS,
// loaded by URL; the emitters are TypeScript, so they come from the CLI's bundle of the
// generator's sources, whose path the main thread sends. The model comes first, then one message
// per emitter; they run in turn (the mocks use what the validators' emitter compiled).
import { createRequire } from "node:module";
import { parentPort, workerData } from "node:worker_threads";

const { emitValidatorCodeInWorker } = createRequire(import.meta.url)(workerData.bundle);

let model;
let previous = Promise.resolve();
parentPort.on("message", (message) => {
  if ("model" in message) {
    model = message.model;
    return;
  }
  const { name, templates } = message;
  previous = previous.then(async () => {
    parentPort.postMessage(await emitValidatorCodeInWorker({ name, model, templates }));
  });
});
