// The compiler thread (see compile.ts): compiles the files of each emitter as soon as it has
// emitted them, on the second core, while the main thread runs the next emitters. Plain JS: loaded
// by URL, outside the CLI bundle.
import { parentPort } from "node:worker_threads";
import { compileFile } from "./transpile.mjs";

parentPort.on("message", ({ id, files }) => {
  try {
    parentPort.postMessage({ id, compiled: files.map((file) => compileFile(file)) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
