// The formatter thread (see format.ts): loads prettier and warms its TypeScript and Babel parsers
// as soon as it starts, in parallel with the main thread's loading of the TypeScript compiler,
// then formats each batch it is sent. Plain JS: it is loaded by URL, outside the CLI bundle.
import { parentPort, workerData } from "node:worker_threads";
import * as prettier from "prettier";
import { indentByBrackets } from "./layout.mjs";
import { codeBlocks, formatCodeBlocks, layoutMarkdown } from "./markdown-layout.mjs";

const options = workerData.options;
const warm = warmUp();

/**
 * Prettier loads the plugin of each parser on first use (babel, typescript, estree: most of its
 * start-up), so the thread loads them at once, while the main thread loads the TypeScript
 * compiler, on a line of code each. A longer warm-up on real code, to get the JIT going, used to
 * pay when the docs were formatted as Markdown; now it only delays the first real file (main
 * spec: 1.09 s with this, 1.27 s with the warm-up, 1.15 s with none; medians of five).
 */
async function warmUp() {
  for (const [code, parser] of [
    ["a;", "babel"],
    ["let a: number;", "typescript"],
    ["{}", "json"],
  ]) {
    await prettier.format(code, { ...options, parser });
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
