// The formatter thread (see format.ts): loads prettier and warms its TypeScript and Babel parsers
// as soon as it starts, in parallel with the main thread's loading of the TypeScript compiler,
// then formats each batch it is sent. Plain JS: it is loaded by URL, outside the CLI bundle.
import { readdirSync, readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import * as prettier from "prettier";
import { indentByBrackets } from "./layout.mjs";
import { formatMarkdownPages } from "./markdown-layout.mjs";

const options = workerData.options;
let asked = false; // a batch has arrived: stop warming up
// The warm-up is optional: a failure there (a compiled runtime file missing mid-rebuild) is ignored.
const warm = loadParsers().then(() => warmUpWhileIdle().catch(() => {}));

/**
 * Prettier loads the plugin of each parser on first use (babel, which reads TypeScript too, and
 * estree: most of its start-up), so the thread loads them at once, on a line of code each, while
 * the main thread loads the pipeline.
 */
async function loadParsers() {
  for (const [code, parser] of [
    ["a;", "babel"],
    ["let a: number;", "babel-ts"],
    ["{}", "json"],
  ]) {
    await prettier.format(code, { ...options, parser });
  }
}

/**
 * Prettier is several times slower on its first files than once the JIT has seen real code, so
 * until the first batch arrives the thread formats code at hand (the committed compiled runtime),
 * discarding the results. It stops at the first batch: a warm-up that ran on would only delay it
 * (main spec 1.27 s with the whole warm-up, 1.09 s with none).
 */
async function warmUpWhileIdle() {
  const compiled = new URL("../templates/runtime/compiled/", import.meta.url);
  let names = [];
  try {
    names = readdirSync(compiled).filter((name) => name.endsWith(".js"));
  } catch {
    return; // no compiled runtime: no warm-up
  }
  for (const name of names) {
    await new Promise((resolve) => setImmediate(resolve)); // lets a batch's message in
    if (asked) return;
    await prettier.format(readFileSync(new URL(name, compiled), "utf8"), {
      ...options,
      parser: "babel",
    });
  }
}

parentPort.on("message", async ({ id, files }) => {
  asked = true;
  try {
    await warm;
    // The Markdown pages first, all together: their code blocks go to prettier in few calls.
    const markdown = files.filter((file) => file.parser === "markdown-layout");
    const pages = await formatMarkdownPages(
      markdown.map((file) => file.contents),
      prettierFormat,
    );
    let page = 0;
    const formatted = [];
    for (const file of files) {
      if (file.parser === "markdown-layout") formatted.push(pages[page++]);
      else formatted.push(file.parser === undefined ? file.contents : await format(file));
    }
    parentPort.postMessage({ id, formatted });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});

async function format(file) {
  if (file.parser === "layout") return indentByBrackets(file.contents);
  try {
    return await prettierFormat(file.contents, file.parser);
  } catch (error) {
    throw new Error(`Generated ${file.path} could not be formatted: ${error.message}`);
  }
}

/**
 * Prettier with the repository's options; TypeScript that `babel-ts` cannot parse goes to
 * `typescript`. `babel-compiled` is `babel` with every object literal that fits on one line
 * collapsed onto it (see format.ts).
 */
async function prettierFormat(text, parser) {
  if (parser === "babel-compiled") {
    return prettier.format(text, { ...options, parser: "babel", objectWrap: "collapse" });
  }
  try {
    return await prettier.format(text, { ...options, parser });
  } catch (error) {
    if (parser !== "babel-ts") throw error;
    return prettier.format(text, { ...options, parser: "typescript" });
  }
}
