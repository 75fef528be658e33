// The example check's thread (see validate-examples.ts): validates the examples of a large spec
// on the second core while the main thread walks the rest of the spec. Batches of checks come in
// the order the walk found them; at the end, the failures go back, by check id. Plain JS: loaded
// by URL, outside the CLI bundle.
import { parentPort } from "node:worker_threads";
import { ExampleValidator } from "./example-check.mjs";

const validator = new ExampleValidator();
const failures = [];
let error;

parentPort.on("message", ({ checks, end }) => {
  for (const check of error === undefined ? checks : []) {
    try {
      const failure = validator.failure(check);
      if (failure !== undefined) failures.push({ id: check.id, ...failure });
    } catch (thrown) {
      error = thrown instanceof Error ? thrown.message : String(thrown);
    }
  }
  if (end) parentPort.postMessage(error === undefined ? { failures } : { error });
});
