/**
 * Installs a generated package folder into a scratch project as `node_modules/<name>` (a symlink),
 * so it is imported by name, through its `exports` map, exactly as a consumer would.
 */
import { mkdir, readFile, rm, symlink } from "node:fs/promises";
import { dirname } from "node:path";
import { TMP } from "./paths.js";

export interface LinkedProject {
  readonly root: string;
  readonly packageName: string;
}

export async function linkPackage(packageDir: string, label: string): Promise<LinkedProject> {
  const manifest = JSON.parse(await readFile(`${packageDir}/package.json`, "utf8")) as {
    name: string;
  };
  const root = `${TMP}/${label}-${process.pid}`;
  const target = `${root}/node_modules/${manifest.name}`;
  await rm(root, { recursive: true, force: true });
  await mkdir(dirname(target), { recursive: true });
  await symlink(packageDir, target, "dir");
  return { root, packageName: manifest.name };
}
