/**
 * The validators' Ajv code and the mocks' plan made on a thread of their own
 * (generator/validator-thread.ts; the mocks printed here from that plan), as a large spec's run
 * does: the same files and warnings as in this thread (the mocks with or without the validators
 * compiled there first), the same errors,
 * and no hang when the thread cannot start. The thread loads a bundle of the generator, as the CLI's own; the tests
 * build one, and run the CLI itself with the threshold lowered so that a small spec takes the path.
 */
import { spawn } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { emitMocks } from "../generator/emit/mocks.js";
import { emitValidatorCode } from "../generator/emit/validator-code.js";
import type { ApiModel } from "../generator/model/ir.js";
import { loadTemplates, type Templates } from "../generator/templates.js";
import {
  emitValidatorCodeInWorker,
  startValidatorThread,
  type Emitted,
} from "../generator/validator-thread.js";
import { useGeneratorBundle } from "./helpers/generator-bundle.js";
import { modelOf } from "./helpers/model.js";
import { FIXTURES, MAIN_SPEC, ROOT } from "./helpers/paths.js";

const { work: WORK, bundle: BUNDLE } = useGeneratorBundle("validators-thread");

let templates: Templates;
beforeAll(async () => {
  templates = await loadTemplates();
});

/** One emitter's output on a thread of its own, which then ends. */
async function onThread(model: ApiModel, name: string, bundle = BUNDLE): Promise<Emitted> {
  const thread = startValidatorThread(model, bundle);
  try {
    return (await thread.emit(name, templates)).output;
  } finally {
    thread.close();
  }
}

/** A model whose request body references something no validator can: the emitter throws. */
async function brokenModel(): Promise<ApiModel> {
  const model = structuredClone(await modelOf(MAIN_SPEC)) as unknown as {
    operations: { requestBody?: { schema?: unknown } }[];
  };
  model.operations.find((operation) => operation.requestBody?.schema)!.requestBody!.schema = {
    $ref: "#/paths/nowhere",
  };
  return model as unknown as ApiModel;
}

describe("the validators' thread", () => {
  it.each([
    ["the main spec", MAIN_SPEC],
    ["composition", `${FIXTURES}/composition/spec/openapi.yaml`],
  ])("emits %s's Ajv code exactly as this thread does", async (_name, spec) => {
    const model = await modelOf(spec);
    const { files } = await onThread(model, "validator-code");
    expect(files).toEqual(emitValidatorCode(model));
  });

  it.each([
    ["the main spec", MAIN_SPEC],
    ["composition", `${FIXTURES}/composition/spec/openapi.yaml`],
  ])(
    "emits %s's mocks after the validators, or alone, exactly as this thread does",
    async (_name, spec) => {
      const model = await modelOf(spec);
      const here = await emitMocks(model, templates);
      const thread = startValidatorThread(model, BUNDLE);
      const jobs = [thread.emit("validator-code", templates), thread.emit("mocks", templates)];
      thread.close();
      const [, afterValidators] = await Promise.all(jobs);
      expect(afterValidators!.output).toEqual(here);
      expect(await onThread(model, "mocks")).toEqual(here);
    },
  );

  it("fails with the emitter's own error, as this thread would", async () => {
    const model = await brokenModel();
    expect(() => emitValidatorCode(model)).toThrow(
      "Unsupported $ref for validators: #/paths/nowhere",
    );
    await expect(onThread(model, "validator-code")).rejects.toThrow(
      /^Unsupported \$ref for validators: #\/paths\/nowhere$/,
    );
  });

  it("answers a failure instead of throwing it (the thread's side)", async () => {
    const job = { name: "validator-code", model: await brokenModel(), templates };
    expect(await emitValidatorCodeInWorker(job)).toEqual({
      error: "Unsupported $ref for validators: #/paths/nowhere",
    });
  });

  it("throws at once, leaving no thread, for a model structured clone cannot copy", async () => {
    const model = { ...(await modelOf(MAIN_SPEC)), uncopyable: () => undefined };
    expect(() => startValidatorThread(model, BUNDLE)).toThrow(/could not be cloned/);
  });

  it("fails, not hangs, when the thread cannot load the generator", async () => {
    const model = await modelOf(MAIN_SPEC);
    const thread = startValidatorThread(model, `${WORK}/missing.cjs`);
    const first = thread.emit("validator-code", templates);
    await expect(first).rejects.toThrow(/^The validators' thread failed: /);
    await expect(thread.emit("mocks", templates)).rejects.toThrow(
      /^The validators' thread failed: /,
    );
  });
});

/** The CLI, with the threshold from the environment. */
function runCli(
  args: readonly string[],
  threshold: string,
): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["generator/bin.js", ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        CF_SDK_TIMINGS: "1",
        CF_SDK_VALIDATOR_THREAD_MIN_OPERATIONS: threshold,
      },
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out }));
  });
}

describe("the CLI with the validators' thread", () => {
  it("takes the thread from the threshold on, and its files are the golden ones", async () => {
    const args = ["--check", "--no-cache", "--spec", "test/fixtures/minimal/spec/openapi.yaml"];
    const threaded = await runCli([...args, "--out", "test/fixtures/minimal/expected"], "1");
    expect(threaded.out).toMatch(/thread:validator-code \d+ ms/);
    expect(threaded.out).toMatch(/thread:mocks \d+ ms/);
    expect([threaded.code, threaded.out]).toEqual([0, expect.stringContaining("is up to date")]);
    const inProcess = await runCli([...args, "--out", "test/fixtures/minimal/expected"], "2");
    expect(inProcess.out).not.toMatch(/thread:/);
    expect(inProcess.code).toBe(0);
  });
});
