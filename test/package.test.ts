/**
 * The generated package as npm would install it: imported by name through its `exports` map by a
 * plain Node process, ESM with no build step, one runtime dependency, and every relative link of
 * its README and docs inside the files `npm pack` puts in the tarball. Every list comes from the
 * spec (test/helpers/package-checks.ts), so an operation added to the spec needs no edit here.
 * And the project's own README stands alone on a clone: no link leaves the repository.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { linkTargets } from "./helpers/markdown.js";
import { definePackageChecks, modelOf } from "./helpers/package-checks.js";
import { GENERATED, MAIN_SPEC, ROOT } from "./helpers/paths.js";

definePackageChecks({ label: "generated", dir: GENERATED, model: await modelOf(MAIN_SPEC) });

describe("the project README", () => {
  it("stands alone on a clone: every relative link of it and of the contract page is a file inside the repository", () => {
    const problems: string[] = [];
    for (const file of ["README.md", "generator/CONTRACT.md"]) {
      const text = readFileSync(`${ROOT}/${file}`, "utf8");
      for (const target of linkTargets(text)) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("#")) continue;
        const path = resolve(dirname(`${ROOT}/${file}`), decodeURI(target.split("#")[0]!));
        if (relative(ROOT, path).startsWith(".."))
          problems.push(`${file}: ${target} leaves the repository`);
        else if (!existsSync(path)) problems.push(`${file}: ${target} (no file)`);
      }
    }
    expect(problems).toEqual([]);
    expect(linkTargets(readFileSync(`${ROOT}/README.md`, "utf8"))).toContain(
      "generator/CONTRACT.md",
    );
  });
});
