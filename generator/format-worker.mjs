// The formatter thread (see format.ts): loads prettier and warms its TypeScript and Babel parsers
// as soon as it starts, in parallel with the main thread's loading of the TypeScript compiler,
// then formats each batch it is sent. Plain JS: it is loaded by URL, outside the CLI bundle.
import { readdirSync, readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import * as prettier from "prettier";
import { indentByBrackets } from "./layout.mjs";
import { codeBlocks, formatCodeBlocks, layoutMarkdown } from "./markdown-layout.mjs";

const options = workerData.options;
const warm = warmUp();

/**
 * Prettier is several times slower on its first files than once the JIT has seen real code, so
 * the thread warms up while the main thread loads the TypeScript compiler, on real code at hand:
 * mostly JavaScript (the committed compiled runtime and this folder's JS), because the first and
 * largest file it gets is the Ajv validators module, and two TypeScript templates. The results
 * are discarded. Longer warm-ups only delay the real work.
 */
async function warmUp() {
  const runtime = new URL("../templates/runtime/", import.meta.url);
  const jobs = [
    ...filesIn(new URL("compiled/", runtime), /\.js$/).map((url) => [url, "babel"]),
    ...filesIn(new URL(".", import.meta.url), /^[a-z-]+\.m?js$/).map((url) => [url, "babel"]),
    ...filesIn(runtime, /^(errors|operation)\.ts$/).map((url) => [url, "typescript"]),
    // The docs' code blocks: JSON examples.
    ...filesIn(new URL("../", import.meta.url), /^package\.json$/).map((url) => [url, "json"]),
  ];
  for (const [url, parser] of jobs) {
    await prettier.format(readFileSync(url, "utf8"), { ...options, parser });
  }
}

function filesIn(folder, pattern) {
  try {
    return readdirSync(folder)
      .filter((name) => pattern.test(name))
      .map((name) => new URL(name, folder));
  } catch {
    return []; // a missing folder only means less warm-up
  }
}

parentPort.on("message", async ({ id, files }) => {
  await warm;
  try {
    const markdown = files.filter((file) => file.parser === "markdown-layout");
    const code = await formatCodeBlocks(
      markdown.flatMap((file) => codeBlocks(file.contents)),
      (text, parser) => prettier.format(text, { ...options, parser }),
    );
    const formatted = [];
    for (const file of files) {
      formatted.push(file.parser === undefined ? file.contents : await format(file, code));
    }
    parentPort.postMessage({ id, formatted });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});

async function format(file, code) {
  if (file.parser === "layout") return indentByBrackets(file.contents);
  if (file.parser === "markdown-layout") {
    return layoutMarkdown(file.contents, (text, parser) => code.get(`${parser}\0${text}`));
  }
  try {
    return await prettier.format(file.contents, { ...options, parser: file.parser });
  } catch (error) {
    throw new Error(`Generated ${file.path} could not be formatted: ${error.message}`);
  }
}
