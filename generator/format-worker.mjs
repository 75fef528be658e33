// The formatter thread (see format.ts): loads prettier and warms its TypeScript and Babel parsers
// as soon as it starts, in parallel with the main thread's loading of the TypeScript compiler,
// then formats each batch it is sent. Plain JS: it is loaded by URL, outside the CLI bundle.
import { readdirSync, readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import * as prettier from "prettier";

const options = workerData.options;
const warm = warmUp();

/**
 * Prettier is several times slower on its first files than once the JIT has seen real code, so
 * the thread warms up on real code at hand: the runtime templates (TypeScript) and this folder's
 * plain JS files. The result is discarded.
 */
async function warmUp() {
  const runtime = new URL("../templates/runtime/", import.meta.url);
  const typescript = readdirSync(runtime).filter((name) => name.endsWith(".ts"));
  const javascript = readdirSync(new URL(".", import.meta.url)).filter((name) =>
    /^[a-z-]+\.m?js$/.test(name),
  );
  for (const name of typescript) {
    await prettier.format(readFileSync(new URL(name, runtime), "utf8"), {
      ...options,
      parser: "typescript",
    });
  }
  for (const name of javascript) {
    await prettier.format(readFileSync(new URL(name, import.meta.url), "utf8"), {
      ...options,
      parser: "babel",
    });
  }
}

parentPort.on("message", async ({ id, files }) => {
  await warm;
  try {
    const formatted = [];
    for (const file of files) {
      formatted.push(file.parser === undefined ? file.contents : await format(file));
    }
    parentPort.postMessage({ id, formatted });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});

async function format(file) {
  try {
    return await prettier.format(file.contents, { ...options, parser: file.parser });
  } catch (error) {
    throw new Error(`Generated ${file.path} could not be formatted: ${error.message}`);
  }
}
