/**
 * Prettier, in memory, before anything is compared or written (formatting after writing breaks
 * stale-output checks). The config is the repository's `.prettierrc.json`, read once.
 */
import { readFileSync } from "node:fs";
import type { Options } from "prettier";
import type { OutputFile } from "./files.js";

const PARSERS: readonly [RegExp, string][] = [
  [/\.(ts|d\.ts)$/, "typescript"],
  [/\.js$/, "babel"],
  [/\.json$/, "json"],
  [/\.md$/, "markdown"],
];

let options: Options | undefined;

function prettierOptions(): Options {
  options ??= JSON.parse(
    readFileSync(new URL("../.prettierrc.json", import.meta.url), "utf8"),
  ) as Options;
  return options;
}

/** Formats every file prettier knows; a failure means we emitted bad code, so it names the file. */
export async function formatFiles(files: readonly OutputFile[]): Promise<OutputFile[]> {
  const prettier = await import("prettier");
  return Promise.all(
    files.map(async (file) => {
      const parser = PARSERS.find(([pattern]) => pattern.test(file.path))?.[1];
      if (parser === undefined || file.preformatted === true) return file;
      try {
        return {
          ...file,
          contents: await prettier.format(file.contents, { ...prettierOptions(), parser }),
        };
      } catch (error) {
        throw new Error(
          `Generated ${file.path} could not be formatted: ${(error as Error).message}`,
        );
      }
    }),
  );
}
