// The fingerprint of the compiled runtime in templates/runtime/compiled/: everything its bytes
// depend on. Plain JS so that both the generator and `npm run golden:update` (plain Node) use it.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * The fingerprint of the runtime sources under `root`/templates/runtime and the toolchain.
 * @param {string} root the repository root
 * @returns {Promise<string>}
 */
export async function runtimeFingerprint(root) {
  const folder = join(root, "templates", "runtime");
  const names = (await readdir(folder))
    .filter((n) => n.endsWith(".ts") && !n.endsWith(".test.ts"))
    .sort();
  const read = (path) => readFile(join(root, path), "utf8");
  const version = async (pkg) => JSON.parse(await read(`node_modules/${pkg}/package.json`)).version;
  const parts = [
    await version("oxc-transform"),
    await version("prettier"),
    await read(".prettierrc.json"),
    await read("generator/compile.ts"),
    await read("generator/transpile.mjs"),
    ...(await Promise.all(
      names.map(async (name) => `${name}\0${await read(`templates/runtime/${name}`)}`),
    )),
  ];
  const hash = createHash("sha256");
  for (const part of parts) hash.update(`${part}\0`);
  return hash.digest("hex");
}
