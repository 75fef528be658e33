/**
 * The `./mocks` entry of the generated package (its compiled `dist/`, as a consumer runs it): the
 * client against `createMockFetch()` for every operation of the spec, requests refused as the API
 * refuses them, overrides checked against the spec, the failure helpers, and `calls`. Operations,
 * arguments and expected statuses come from the spec's model, never from a list written here.
 */
import { describe, expect, it } from "vitest";
import { firstSuccess } from "../generator/emit/mocks-plan.js";
import { sampleOf } from "../generator/emit/mocks-data.js";
import { bundleSpec, loadSpec } from "../generator/load.js";
import { buildModel } from "../generator/model/build.js";
import type { OperationModel } from "../generator/model/ir.js";
import { upgradeSchemas } from "../generator/model/upgrade.js";
import { validationConfig } from "../generator/validate.js";
import { bundleConsumer, FOUR_OPERATIONS, WHOLE_CLIENT } from "./helpers/bundle.mjs";
import { GENERATED, MAIN_SPEC } from "./helpers/paths.js";
import { seedFeedbackReport } from "./helpers/seeds.js";

type Pkg = typeof import("../generated/src/index.js");
type Mocks = typeof import("../generated/src/mocks.js");
const pkg = (await import(`${GENERATED}/dist/index.js`)) as Pkg;
const mocks = (await import(`${GENERATED}/dist/mocks.js`)) as Mocks;

const model = buildModel(
  upgradeSchemas(await bundleSpec(await loadSpec(MAIN_SPEC), await validationConfig())),
);
const TOKEN = "Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY";
const BASE = model.servers[0]!;
const ZONE = "023e105f4ecef8ad9ca31a8372d0c353";

/**
 * An operation's arguments, from the spec: path and required query values made from their
 * schemas, the body's example.
 */
function argsOf(operation: OperationModel): Record<string, unknown> {
  const made = (schema: unknown) =>
    sampleOf(schema as never, { document: model.document, useExamples: true });
  const values = (where: "path" | "query") =>
    Object.fromEntries(
      operation.parameters
        .filter((p) => p.in === where && (where === "path" || p.required))
        .map((p) => [p.name, made(p.schema)]),
    );
  const query = values("query");
  const body = operation.requestBody;
  return {
    path: values("path"),
    ...(Object.keys(query).length === 0 ? {} : { query }),
    ...(body === undefined ? {} : { body: body.examples[0]?.value ?? made(body.schema) }),
  };
}

type AnyClient = Record<string, (args: unknown) => Promise<unknown>>;

function client(fetch: typeof globalThis.fetch, options: Record<string, unknown> = {}): AnyClient {
  return pkg.createClient({ apiToken: TOKEN, fetch, ...options }) as unknown as AnyClient;
}

function invalidFeedback(): Record<string, unknown> {
  const report = seedFeedbackReport() as Record<string, unknown>;
  return { ...report, requests: (report["requests"] as number) + 100 };
}

describe("the client against createMockFetch()", () => {
  it("every operation of the spec resolves with validateResponses, with its first 2xx body", async () => {
    const fetch = mocks.createMockFetch();
    const cf = client(fetch, { validateResponses: true });
    for (const operation of model.operations) {
      const result = await cf[operation.functionName]!(argsOf(operation));
      const success = firstSuccess(operation)!;
      if (success.schema === undefined) expect(result, operation.operationId).toBeUndefined();
      else expect(result, operation.operationId).toBeDefined();
    }
    expect(fetch.calls.map((c) => [c.operationId, String(c.status)])).toEqual(
      model.operations.map((o) => [o.operationId, firstSuccess(o)!.status]),
    );
  });

  it("refuses a feedback report whose requests_by_score does not sum to requests: 400, the envelope naming /requests_by_score", async () => {
    const fetch = mocks.createMockFetch();
    const response = await fetch(`${BASE}/zones/${ZONE}/bot_management/feedback`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(invalidFeedback()),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; source?: unknown }[] };
    expect(body).toMatchObject({ success: false, messages: [], result: null });
    expect(body.errors.length).toBeGreaterThanOrEqual(2); // requests_by_score and _src
    expect(body.errors[0]).toMatchObject({
      code: expect.any(Number),
      message: expect.stringContaining("/requests_by_score"),
      source: { pointer: "/requests_by_score" },
    });
  });

  it("names every problem, path parameters and cross-field rules included", async () => {
    const fetch = mocks.createMockFetch();
    const response = await fetch(`${BASE}/accounts/${"x".repeat(40)}/intel/miscategorization`, {
      method: "POST",
      body: JSON.stringify({ indicator_type: "domain", ip: "192.0.2.1" }),
    });
    expect(response.status).toBe(400);
    const { errors } = (await response.json()) as { errors: { message: string }[] };
    const text = errors.map((e) => e.message).join("\n");
    expect(text).toContain("account_id");
    expect(text).toContain("/indicator_type: must be one of: ipv4, ipv6 when ip is given");
  });

  it("answers an unknown path or method 404 in the error envelope", async () => {
    const fetch = mocks.createMockFetch();
    for (const [method, path] of [
      ["GET", "/nowhere"],
      ["DELETE", `/zones/${ZONE}/bot_management`],
    ] as const) {
      const response = await fetch(`${BASE}${path}`, { method });
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ success: false, errors: [{}] });
    }
    expect(fetch.calls.map((c) => c.operationId)).toEqual([undefined, undefined]);
  });

  it("records calls, parsed, with credentials redacted", async () => {
    const fetch = mocks.createMockFetch();
    const operation = model.operations.find((o) => o.requestBody !== undefined)!;
    await client(fetch)[operation.functionName]!(argsOf(operation));
    const [call] = fetch.calls;
    expect(call).toMatchObject({
      operationId: operation.operationId,
      body: argsOf(operation)["body"],
    });
    expect(call!.headers["authorization"]).toBe("[redacted]");
    expect(JSON.stringify(fetch.calls)).not.toContain(TOKEN);
  });
});

describe("overrides", () => {
  const withBody = model.operations.find((o) => firstSuccess(o)?.schema !== undefined)!;
  /** An operation whose default body is an object with a required field, to drop it. */
  const withObject = model.operations.find((o) => {
    const schema = firstSuccess(o)?.schema as { $ref?: string; type?: string } | undefined;
    return schema !== undefined && schema.type !== "array";
  })!;

  it("a plain value is the 2xx body, a Response is sent as it is", async () => {
    const valid = await defaultBody(withBody);
    const fetch = mocks.createMockFetch({ [withBody.operationId]: async () => valid } as never);
    expect(await client(fetch)[withBody.functionName]!(argsOf(withBody))).toEqual(valid);
    const teapot = mocks.createMockFetch({
      [withBody.operationId]: () => new Response("short", { status: 418 }),
    } as never);
    await expect(client(teapot)[withBody.functionName]!(argsOf(withBody))).rejects.toMatchObject({
      status: 418,
    });
  });

  it("a body without a required field fails the call with a message naming it", async () => {
    const withBody = withObject;
    const body = (await defaultBody(withBody)) as Record<string, unknown>;
    const validator = (
      pkg.validators.responses as Record<
        string,
        { issues(v: unknown): readonly { path: string; message: string }[] }
      >
    )[withBody.operationId]!;
    const field = Object.keys(body).find((key) => {
      const { [key]: _dropped, ...rest } = body;
      return validator.issues(rest).some((i) => i.message === `${key} is required`);
    })!;
    expect(field).toBeDefined();
    const { [field]: _dropped, ...drifted } = body;
    const fetch = mocks.createMockFetch({ [withBody.operationId]: () => drifted } as never);
    const call = client(fetch, { maxRetries: 0 })[withBody.functionName]!(argsOf(withBody));
    await expect(call).rejects.toThrow(`${field} is required`);
    await expect(call).rejects.toBeInstanceOf(pkg.ApiError);
  });

  it("receives the request parsed and typed", async () => {
    const seen: unknown[] = [];
    const fetch = mocks.createMockFetch({
      createBotFeedbackReport: ({ path, body, headers }) => {
        seen.push(path.zone_id, body.type, headers["content-type"]);
        return undefined;
      },
    });
    await client(fetch).createBotFeedbackReport!({
      path: { zone_id: ZONE },
      body: seedFeedbackReport(),
    });
    expect(seen).toEqual([ZONE, seedFeedbackReport().type, "application/json"]);
  });
});

async function defaultBody(operation: OperationModel): Promise<unknown> {
  const fetch = mocks.createMockFetch();
  return client(fetch)[operation.functionName]!(argsOf(operation));
}

describe("failure helpers", () => {
  const get = model.operations.find((o) => o.method === "get")!;
  const post = model.operations.find((o) => o.method === "post")!;

  it("errorResponse: the status with the API's error body", async () => {
    const fetch = mocks.createMockFetch({
      [post.operationId]: () => mocks.errorResponse(409, "Already filed"),
    } as never);
    const error = await client(fetch)[post.functionName]!(argsOf(post)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(pkg.ApiError);
    expect(error).toMatchObject({ status: 409, errors: [{ message: "Already filed" }] });
  });

  it("rateLimited: 429 with Retry-After, which the client honours and retries", async () => {
    let attempts = 0;
    const valid = await defaultBody(get);
    const fetch = mocks.createMockFetch({
      [get.operationId]: () => (++attempts === 1 ? mocks.rateLimited(0) : valid),
    } as never);
    const raw = await fetch(`${BASE}${get.path.replace(/\{[^}]+\}/g, ZONE)}`);
    expect(raw.status).toBe(429);
    expect(raw.headers.get("retry-after")).toBe("0");
    attempts = 0;
    expect(await client(fetch, { maxRetries: 1 })[get.functionName]!(argsOf(get))).toEqual(valid);
    expect(fetch.calls.map((c) => c.status)).toEqual([429, 429, Number(firstSuccess(get)!.status)]);
  });

  it("unavailable: 503, retried even for a POST; the third answer is the default", async () => {
    let attempts = 0;
    const valid = await defaultBody(post);
    const fetch = mocks.createMockFetch({
      [post.operationId]: () => (++attempts < 2 ? mocks.unavailable(0) : valid),
    } as never);
    await client(fetch, { maxRetries: 2 })[post.functionName]!(argsOf(post));
    expect(fetch.calls.map((c) => c.status)).toEqual([503, Number(firstSuccess(post)!.status)]);
  });

  it("dropConnection: the fetch rejects with a TypeError, the client with ConnectionError", async () => {
    const fetch = mocks.createMockFetch({
      [post.operationId]: () => mocks.dropConnection(),
    } as never);
    const sent = fetch(`${BASE}${post.path.replace(/\{[^}]+\}/g, ZONE)}`, {
      method: post.method.toUpperCase(),
      body: JSON.stringify(argsOf(post)["body"]),
    });
    await expect(sent).rejects.toBeInstanceOf(TypeError);
    const error = await client(fetch)[post.functionName]!(argsOf(post)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(pkg.ConnectionError);
  });

  it("delayed: a slow answer comes after a fast one sent later", async () => {
    const order: string[] = [];
    const fetch = mocks.createMockFetch({
      [get.operationId]: () => mocks.delayed(50, mocks.errorResponse(500, "slow")),
    } as never);
    const url = `${BASE}${get.path.replace(/\{[^}]+\}/g, ZONE)}`;
    const slow = fetch(url).then(() => order.push("slow"));
    const fast = mocks
      .createMockFetch()(url)
      .then(() => order.push("fast"));
    await Promise.all([slow, fast]);
    expect(order).toEqual(["fast", "slow"]);
  });
});

describe("bundles", () => {
  it("nothing of the mocks is reachable from the main entry", async () => {
    const entry = `${GENERATED}/dist/index.js`;
    for (const source of [FOUR_OPERATIONS, WHOLE_CLIENT]) {
      const { code } = await bundleConsumer(source, entry, false);
      expect(code).not.toMatch(/mockFetchFor|createMockFetch|dropConnection|secretHeaders/);
    }
  });
});
