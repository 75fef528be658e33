/**
 * The validators' thread's work on one spec, timed in one process (see validator-thread.mjs):
 * the model (cached as V8's serialization, which is what the thread receives), then the
 * validators' Ajv code and the mocks' plan, each with the process's CPU time, and a hash of
 * what each made (equal hashes: equal output).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import { planData, planMocks } from "../../generator/emit/mocks-plan.js";
import { emitValidatorCode } from "../../generator/emit/validator-code.js";
import { bundleSpec, loadSpec } from "../../generator/load.js";
import { buildModel } from "../../generator/model/build.js";
import type { ApiModel } from "../../generator/model/ir.js";
import { upgradeSchemas } from "../../generator/model/upgrade.js";
import { validationConfig } from "../../generator/validate.js";

/** Runs the thread's two jobs on the spec's model (read from `modelFile` when it exists). */
export async function runThreadWork(specPath: string, modelFile: string): Promise<void> {
  if (!existsSync(modelFile)) {
    const bundled = await bundleSpec(await loadSpec(specPath), await validationConfig());
    writeFileSync(modelFile, serialize(buildModel(upgradeSchemas(bundled))));
  }
  const model = deserialize(readFileSync(modelFile)) as ApiModel;
  const code = timed("validator-code", () => emitValidatorCode(model)[0]!.contents);
  const plan = timed("mocks", () => JSON.stringify(planData(planMocks(model))));
  console.log(`hashes ${hash(code)} ${hash(plan)}`);
}

function timed<T>(name: string, run: () => T): T {
  const start = process.cpuUsage();
  const wall = performance.now();
  const result = run();
  const { user, system } = process.cpuUsage(start);
  const ms = (n: number) => n.toFixed(0).padStart(5);
  console.log(
    `${name}: ${ms((user + system) / 1000)} ms CPU ${ms(performance.now() - wall)} ms wall`,
  );
  return result;
}

function hash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 12);
}
