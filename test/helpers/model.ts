// The model of a spec, built as the generator's pipeline builds it (load → bundle → upgrade →
// model), for tests that feed emitters or threads directly.
import { bundleSpec, loadSpec } from "../../generator/load.js";
import { buildModel } from "../../generator/model/build.js";
import type { ApiModel } from "../../generator/model/ir.js";
import { upgradeSchemas } from "../../generator/model/upgrade.js";
import { validationConfig } from "../../generator/validate.js";

/** The model of the spec at `specPath`. */
export async function modelOf(specPath: string): Promise<ApiModel> {
  const bundled = await bundleSpec(await loadSpec(specPath), await validationConfig());
  return buildModel(upgradeSchemas(bundled));
}
