/**
 * Reads `templates/` into memory once per run, so emitters stay pure functions of their inputs.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sortFiles, type OutputFile } from "./files.js";

/** The templates the emitters use, as text. */
export interface Templates {
  /** `templates/runtime/*.ts` (tests excluded), paths relative to that folder. */
  readonly runtime: readonly OutputFile[];
}

/** The templates folder shipped with the generator. */
export const TEMPLATES_DIR: string = fileURLToPath(new URL("../templates/", import.meta.url));

/** Reads every template under `dir`. */
export async function loadTemplates(dir: string = TEMPLATES_DIR): Promise<Templates> {
  const runtimeDir = join(dir, "runtime");
  const names = (await readdir(runtimeDir)).filter(
    (n) => n.endsWith(".ts") && !n.endsWith(".test.ts"),
  );
  const runtime = await Promise.all(
    names.map(async (name) => ({
      path: name,
      contents: await readFile(join(runtimeDir, name), "utf8"),
    })),
  );
  return { runtime: sortFiles(runtime) };
}
