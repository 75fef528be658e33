/** Reading and comparing whole generated trees. */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/** Every file under `dir` as relative `/` path → contents, sorted; node_modules skipped. */
export async function readTree(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .filter((p) => !p.split("/").includes("node_modules"))
    .sort();
  const tree = new Map<string, string>();
  for (const path of paths) tree.set(path, await readFile(join(dir, path), "utf8"));
  return tree;
}
