/**
 * `./mocks/msw`: the same behaviour as `createMockFetch`, through MSW's `setupServer` (msw 2, the
 * last major that supports Node 20; only the API msw 2 and 3 share is used). Requests go through
 * the global `fetch` that MSW intercepts, as a consumer's code would send them.
 */
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { firstSuccess } from "../generator/emit/mocks-plan.js";
import { bundleSpec, loadSpec } from "../generator/load.js";
import { buildModel } from "../generator/model/build.js";
import { upgradeSchemas } from "../generator/model/upgrade.js";
import { validationConfig } from "../generator/validate.js";
import { GENERATED, MAIN_SPEC } from "./helpers/paths.js";
import { seedFeedbackReport } from "./helpers/seeds.js";

type Pkg = typeof import("../generated/src/index.js");
type Msw = typeof import("../generated/src/mocks-msw.js");
type Mocks = typeof import("../generated/src/mocks.js");
const pkg = (await import(`${GENERATED}/dist/index.js`)) as Pkg;
const msw = (await import(`${GENERATED}/dist/mocks-msw.js`)) as Msw;
const mocks = (await import(`${GENERATED}/dist/mocks.js`)) as Mocks;

const model = buildModel(
  upgradeSchemas(await bundleSpec(await loadSpec(MAIN_SPEC), await validationConfig())),
);
const BASE = model.servers[0]!;
const ZONE = "023e105f4ecef8ad9ca31a8372d0c353";
const FEEDBACK = `${BASE}/zones/${ZONE}/bot_management/feedback`;

const handlers = msw.createMockHandlers({
  getBotManagementConfig: () => mocks.dropConnection(),
});
const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

describe("MSW handlers from ./mocks/msw", () => {
  it("refuses a feedback report whose requests_by_score does not sum to requests: 400 naming /requests_by_score", async () => {
    const report = seedFeedbackReport() as Record<string, unknown>;
    const response = await fetch(FEEDBACK, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...report, requests: (report["requests"] as number) + 100 }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body).toMatchObject({ success: false, messages: [], result: null });
    expect(body.errors[0]).toMatchObject({
      message: expect.stringContaining("/requests_by_score"),
      source: { pointer: "/requests_by_score" },
    });
  });

  it("answers the client with the default first 2xx response, and lists the calls", async () => {
    const cf = pkg.createClient({ apiToken: "test-token", validateResponses: true });
    const before = handlers.calls.length;
    await expect(
      cf.createBotFeedbackReport({ path: { zone_id: ZONE }, body: seedFeedbackReport() }),
    ).resolves.toBeUndefined();
    const operation = model.operations.find((o) => o.operationId === "createBotFeedbackReport")!;
    expect(handlers.calls.slice(before).map((c) => [c.operationId, String(c.status)])).toEqual([
      [operation.operationId, firstSuccess(operation)!.status],
    ]);
  });

  it("a dropped connection is a network error (ConnectionError in the client)", async () => {
    const cf = pkg.createClient({ apiToken: "test-token", maxRetries: 0 });
    await expect(cf.getBotManagementConfig({ path: { zone_id: ZONE } })).rejects.toBeInstanceOf(
      pkg.ConnectionError,
    );
  });

  it("an unknown path under the API answers 404 in the error envelope", async () => {
    const response = await fetch(`${BASE}/nowhere`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ success: false });
  });
});
