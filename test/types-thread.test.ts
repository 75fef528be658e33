/**
 * The types made on a thread of their own (generator/types-thread.ts), as a large spec's run
 * without a cache does: the same `types.ts` as this thread makes, this thread's own when the
 * thread fails, and no thread where it would not pay. The thread loads a bundle of the generator,
 * as the CLI's own; the tests build one and lower the threshold so that small specs take the path.
 */
import { once } from "node:events";
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { emitTypes } from "../generator/emit/types.js";
import { parseRef } from "../generator/redocly-pointer.js";
import {
  emitTypesInWorker,
  prestartTypesThread,
  startTypesThread,
} from "../generator/types-thread.js";
import { useGeneratorBundle } from "./helpers/generator-bundle.js";
import { modelOf } from "./helpers/model.js";
import { FIXTURES, MAIN_SPEC } from "./helpers/paths.js";

const { work: WORK, bundle: BUNDLE } = useGeneratorBundle("types-thread");
const REF_UTILS = createRequire(import.meta.url).resolve("@redocly/openapi-core/lib/ref-utils.js");

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

  it("reads `$ref` pointers as this thread does: empty segments kept (RFC 6901)", async () => {
    // The thread loads only the emitter, which must correct Redocly's pointers as load.ts does
    // here: openapi-typescript reads `$ref`s (and makes its paths) with Redocly's `parseRef`.
    const worker = new Worker(
      `const { parentPort, workerData } = require("node:worker_threads");
      const { emitTypesInWorker } = require(workerData.bundle);
      emitTypesInWorker({ openapi: "3.1.0", info: { title: "t", version: "1" }, paths: {} }).then(() =>
        parentPort.postMessage(require(workerData.refUtils).parseRef("#/$defs//$defs/").pointer),
      );`,
      { eval: true, workerData: { bundle: BUNDLE, refUtils: REF_UTILS } },
    );
    const [pointer] = (await once(worker, "message")) as [string[]];
    await worker.terminate();
    expect(pointer).toEqual(["$defs", "", "$defs", ""]);
    expect(pointer).toEqual(parseRef("#/$defs//$defs/").pointer);
  });

  it("makes the same types.ts on a thread started before the spec was read", async () => {
    const here = await emitTypes(await modelOf(MAIN_SPEC));
    const started = prestartTypesThread({
      specPath: MAIN_SPEC,
      cached: false,
      bundle: BUNDLE,
      minBytes: 0,
    });
    expect(started).toBeDefined();
    const model = await modelOf(MAIN_SPEC);
    const timings: Record<string, number> = {};
    const job = startTypesThread({ model, cached: false, timings, minOperations: 0, started });
    expect(job).toBe(started);
    expect(await emitTypes(model)).toEqual(here);
    expect(timings["thread:types"]).toBeGreaterThan(0);
  });

  it("stops a thread started before the spec was read when the model takes none", async () => {
    const started = prestartTypesThread({
      specPath: MAIN_SPEC,
      cached: false,
      bundle: BUNDLE,
      minBytes: 0,
    })!;
    const exited = once(started.worker, "exit");
    const model = await modelOf(MAIN_SPEC);
    const small = model.operations.length + 1;
    const timings = {};
    expect(
      startTypesThread({ model, cached: false, timings, minOperations: small, started }),
    ).toBeUndefined();
    await exited;
  });

  it("starts no thread before the spec is read with a cache, or for a small spec file", () => {
    const options = { specPath: MAIN_SPEC, bundle: BUNDLE };
    expect(prestartTypesThread({ ...options, cached: true, minBytes: 0 })).toBeUndefined();
    expect(prestartTypesThread({ ...options, cached: false })).toBeUndefined();
    expect(
      prestartTypesThread({
        ...options,
        specPath: `${WORK}/missing.json`,
        cached: false,
        minBytes: 0,
      }),
    ).toBeUndefined();
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
