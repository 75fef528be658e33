// The compiler thread (see compile.ts): compiles the files of each emitter as soon as it has
// emitted them, on the second core, while the main thread runs the next emitters. TypeScript is
// loaded when the thread starts, during the spec's loading. Plain JS: loaded by URL, outside the
// CLI bundle.
import { createRequire } from "node:module";
import { parentPort } from "node:worker_threads";
import { compileFile } from "./transpile.mjs";

// CommonJS through require(), as the pipeline loads it (an ESM import would scan its 9 MB).
const ts = createRequire(import.meta.url)("typescript");

parentPort.on("message", ({ id, files }) => {
  try {
    parentPort.postMessage({ id, compiled: files.map((file) => compileFile(ts, file)) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
