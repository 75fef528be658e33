/**
 * The types made on a thread of their own (generator/types-thread.ts), as a large spec's run
 * without a cache does: the same `types.ts` as this thread makes, this thread's own when the
 * thread fails, and no thread where it would not pay. The thread loads a bundle of the generator,
 * as the CLI's own; the tests build one and lower the threshold so that small specs take the path.
 */
import { describe, expect, it } from "vitest";
import { emitTypes } from "../generator/emit/types.js";
import { emitTypesInWorker, startTypesThread } from "../generator/types-thread.js";
import { useGeneratorBundle } from "./helpers/generator-bundle.js";
import { modelOf } from "./helpers/model.js";
import { FIXTURES, MAIN_SPEC } from "./helpers/paths.js";

const { work: WORK, bundle: BUNDLE } = useGeneratorBundle("types-thread");

describe("the types' thread", () => {
  it.each([
    ["the main spec", MAIN_SPEC],
    ["composition", `${FIXTURES}/composition/spec/openapi.yaml`],
    ["minimal", `${FIXTURES}/minimal/spec/openapi.yaml`],
  ])("makes %s's types.ts exactly as this thread does", async (_name, spec) => {
    const here = await emitTypes(await modelOf(spec));
    const model = await modelOf(spec);
    const timings: Record<string, number> = {};
    const job = startTypesThread({
      model,
      cached: false,
      timings,
      minOperations: 0,
      bundle: BUNDLE,
    });
    expect(job).toBeDefined();
    expect(await emitTypes(model)).toEqual(here);
    expect(timings["thread:types"]).toBeGreaterThan(0);
  });

  it("leaves the types to this thread when the thread fails", async () => {
    const here = await emitTypes(await modelOf(MAIN_SPEC));
    const model = await modelOf(MAIN_SPEC);
    const timings: Record<string, number> = {};
    const bundle = `${WORK}/missing.cjs`;
    startTypesThread({ model, cached: false, timings, minOperations: 0, bundle });
    expect(await emitTypes(model)).toEqual(here);
    expect(timings["thread:types"]).toBeUndefined();
  });

  it("answers a failure instead of throwing it (the thread's side)", async () => {
    const reply = await emitTypesInWorker(null as unknown as Record<string, unknown>);
    expect(reply).toEqual({ error: expect.any(String) });
  });

  it("starts no thread with a cache, below the threshold, or outside the CLI's bundle", async () => {
    const model = await modelOf(MAIN_SPEC);
    const timings = {};
    const small = model.operations.length + 1;
    expect(
      startTypesThread({ model, cached: true, timings, minOperations: 0, bundle: BUNDLE }),
    ).toBeUndefined();
    expect(
      startTypesThread({ model, cached: false, timings, minOperations: small, bundle: BUNDLE }),
    ).toBeUndefined();
    expect(startTypesThread({ model, cached: false, timings, minOperations: 0 })).toBeUndefined();
  });
});
