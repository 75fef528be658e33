/**
 * Reads `templates/` into memory once per run, so emitters stay pure functions of their inputs.
 *
 * The runtime's compiled form (`templates/runtime/compiled/`, `.js` + `.d.ts`, formatted) is
 * committed next to its sources, because compiling and formatting it is most of a generation's
 * work and it never depends on the spec. It is used only while its fingerprint matches everything
 * its bytes depend on; otherwise generation compiles the runtime as it does any other file.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sortFiles, type OutputFile } from "./files.js";
import { runtimeFingerprint } from "./fingerprint.mjs";

/** The templates the emitters use, as text. */
export interface Templates {
  /** `templates/runtime/*.ts` (tests excluded), paths relative to that folder. */
  readonly runtime: readonly OutputFile[];
  /** The runtime compiled (`x.js`, `x.d.ts`), when the committed copy is current; else undefined. */
  readonly runtimeCompiled: readonly OutputFile[] | undefined;
  /** `templates/docs/*.hbs`, the Handlebars sources of the Markdown pages, by file name. */
  readonly docs: Readonly<Record<string, string>>;
}

/** The templates folder shipped with the generator. */
export const TEMPLATES_DIR: string = fileURLToPath(new URL("../templates/", import.meta.url));

/** The committed compiled runtime, relative to the templates folder. */
export const COMPILED_RUNTIME_DIR = "runtime/compiled";

/** The repository root, where the fingerprint's inputs live. */
const ROOT: string = fileURLToPath(new URL("..", import.meta.url));

/** Reads every template under `dir`. */
export async function loadTemplates(
  dir: string = TEMPLATES_DIR,
  freshRuntime = false,
): Promise<Templates> {
  const runtime = await readFolder(
    join(dir, "runtime"),
    (n) => n.endsWith(".ts") && !n.endsWith(".test.ts"),
  );
  const compiledDir = join(dir, COMPILED_RUNTIME_DIR);
  const [compiled, manifest, fingerprint, docs] = await Promise.all([
    readFolder(compiledDir, (n) => n.endsWith(".js") || n.endsWith(".d.ts")),
    readFile(join(compiledDir, "manifest.json"), "utf8").then(
      (text) => JSON.parse(text) as { fingerprint?: string },
      (): { fingerprint?: string } => ({}),
    ),
    runtimeFingerprint(ROOT),
    readFolder(join(dir, "docs"), (n) => n.endsWith(".hbs")),
  ]);
  const current = !freshRuntime && manifest.fingerprint === fingerprint;
  return {
    runtime,
    runtimeCompiled: current ? compiled : undefined,
    docs: Object.fromEntries(docs.map((file) => [file.path, file.contents])),
  };
}

async function readFolder(
  folder: string,
  wanted: (name: string) => boolean,
): Promise<OutputFile[]> {
  const names = (await readdir(folder).catch(() => [] as string[])).filter(wanted);
  const files = await Promise.all(
    names.map(async (name) => ({
      path: name,
      contents: await readFile(join(folder, name), "utf8"),
    })),
  );
  return sortFiles(files);
}
