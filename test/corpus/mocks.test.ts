/**
 * The mocks over the real-world corpus (`npm run corpus`): for every spec the generator takes,
 * every operation's default mock response passes its response validator (made and checked as
 * generation does), and every request example of the spec is accepted by the request validator
 * the mock uses. Whatever is not is listed with its operation, JSON pointer and reason; the figures
 * go to test/.tmp/corpus-mocks.json (recorded in test/bench/RESULTS.md).
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { afterAll, describe, expect, it } from "vitest";
import { mockChecks } from "../../generator/emit/mocks-check.js";
import { firstSuccess, planMocks } from "../../generator/emit/mocks-plan.js";
import { bundleSpec, loadSpec } from "../../generator/load.js";
import { buildModel } from "../../generator/model/build.js";
import { upgradeSchemas } from "../../generator/model/upgrade.js";
import { validateSpec, validationConfig } from "../../generator/validate.js";
import { TMP } from "../helpers/paths.js";
import { CORPUS, CORPUS_SPECS } from "./specs.js";

interface Figures {
  readonly spec: string;
  readonly operations: number;
  readonly defaultsValid: number;
  readonly fromExample: number;
  readonly made: number;
  readonly noBody: number;
  readonly unavailable: readonly { operationId: string; pointer: string; message: string }[];
  readonly requestExamples: number;
  readonly requestExamplesAccepted: number;
  readonly refusedExamples: readonly { operationId: string; pointer: string; problem: string }[];
  readonly ms: number;
}

const results: Figures[] = [];
const present = existsSync(CORPUS);

describe.runIf(present).each(CORPUS_SPECS.filter((s) => s.refused === undefined))(
  "mocks over the corpus: $file",
  (spec) => {
    it("default responses pass their validators; request examples are accepted", async () => {
      const started = performance.now();
      const loaded = await loadSpec(`${CORPUS}/${spec.file}`);
      const errors = (await validateSpec(loaded)).filter((d) => d.severity === "error");
      expect(errors).toEqual([]);
      const model = buildModel(upgradeSchemas(await bundleSpec(loaded, await validationConfig())));
      const plan = planMocks(model);
      // Every default body is checked again here, independently of the planner's own check: by
      // the package's validators, compiled again for a copy of the model.
      const check = mockChecks(structuredClone(model));
      let defaultsValid = 0;
      for (const { operation, answer } of plan.operations) {
        if ("unavailable" in answer) continue;
        const schema = firstSuccess(operation)?.schema;
        const body = "body" in answer ? answer.body : undefined;
        if (schema === undefined || check(schema)(body).length === 0) defaultsValid++;
      }
      const examples = model.operations.flatMap((operation) =>
        (operation.requestBody?.schema === undefined ? [] : operation.requestBody.examples).map(
          (example) => ({ operation, example }),
        ),
      );
      const refusedExamples = examples.flatMap(({ operation, example }) => {
        const problems = check(operation.requestBody!.schema!)(example.value);
        if (problems.length === 0) return [];
        const first = problems[0]!;
        return [
          {
            operationId: operation.operationId,
            pointer: `${operation.requestBody!.pointer}/examples/${example.name}`,
            problem: `${first.pointer || "/"}: ${first.message}`,
          },
        ];
      });
      const count = (source: string) => plan.operations.filter((o) => o.source === source).length;
      const figures: Figures = {
        spec: spec.file,
        operations: plan.operations.length,
        defaultsValid,
        fromExample: count("example"),
        made: count("made"),
        noBody: plan.operations.filter((o) => o.source === "none" && !("unavailable" in o.answer))
          .length,
        unavailable: plan.warnings,
        requestExamples: examples.length,
        requestExamplesAccepted: examples.length - refusedExamples.length,
        refusedExamples,
        ms: Math.round(performance.now() - started),
      };
      results.push(figures);
      // A default is either valid or a located 501: never an invalid body.
      expect(defaultsValid + plan.warnings.length).toBe(plan.operations.length);
      for (const warning of plan.warnings) expect(warning.pointer).toMatch(/^#\//);
    });
  },
);

afterAll(async () => {
  await mkdir(TMP, { recursive: true });
  const sorted = [...results].sort((a, b) => a.spec.localeCompare(b.spec));
  await writeFile(`${TMP}/corpus-mocks.json`, `${JSON.stringify(sorted, null, 2)}\n`);
});
