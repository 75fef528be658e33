/**
 * The generated package as npm would install it: imported by name through its `exports` map by a
 * plain Node process, ESM with no build step, one runtime dependency, and every relative link of
 * its README and docs inside the files `npm pack` puts in the tarball. Every list comes from the
 * spec (test/helpers/package-checks.ts), so an operation added to the spec needs no edit here.
 */
import { definePackageChecks, modelOf } from "./helpers/package-checks.js";
import { GENERATED, MAIN_SPEC } from "./helpers/paths.js";

definePackageChecks({ label: "generated", dir: GENERATED, model: await modelOf(MAIN_SPEC) });
