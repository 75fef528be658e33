/**
 * The generated client against the fake Cloudflare API (test/helpers/fake-cloudflare.ts): the
 * seeds' server behaviour end to end, every answer checked against the spec (validateResponses),
 * and injected faults.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeCloudflare, type FakeCloudflare } from "./helpers/fake-cloudflare.js";
import { GENERATED } from "./helpers/paths.js";
import { seedFeedbackReport } from "./helpers/seeds.js";

type Pkg = typeof import("../generated/src/index.js");
const pkg = (await import(`${GENERATED}/dist/index.js`)) as Pkg;
const ZONE = "023e105f4ecef8ad9ca31a8372d0c353";

let fake: FakeCloudflare;
let cf: ReturnType<Pkg["createClient"]>;
beforeAll(async () => {
  fake = await startFakeCloudflare();
  cf = pkg.createClient({ apiToken: "t", baseUrl: fake.baseUrl, validateResponses: true });
});
afterAll(() => fake.close());

describe("the seeds' behaviour, end to end", () => {
  it("a filed feedback report (201, no body) shows up in the list with its created_at", async () => {
    await expect(
      cf.createBotFeedbackReport({ path: { zone_id: ZONE }, body: seedFeedbackReport() }),
    ).resolves.toBeUndefined();
    const reports = await cf.listBotFeedbackReports({ path: { zone_id: ZONE } });
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      type: "false_negative",
      requests: 2000,
      created_at: "2025-09-29T07:00:00Z",
    });
  });

  it("a classification cannot change directly between values: reset to null first", async () => {
    const path = {
      accounts_or_zones: "zones" as const,
      account_or_zone_id: ZONE,
      issue_id: "issue-1",
    };
    await cf.updateInsightClassification({ path, body: { classification: "false_positive" } });
    const refused = (await cf
      .updateInsightClassification({
        path,
        body: { classification: "accept_risk", rationale: "compensating control" },
      })
      .catch((e: unknown) => e)) as InstanceType<Pkg["ApiError"]>;
    expect(refused).toBeInstanceOf(pkg.ApiError);
    expect([refused.status, refused.errors[0]?.code]).toEqual([400, 1002]);
    expect(refused.message).toContain("must reset to null first");
    await cf.updateInsightClassification({ path, body: { classification: null } });
    await expect(
      cf.updateInsightClassification({
        path,
        body: { classification: "accept_risk", rationale: "compensating control" },
      }),
    ).resolves.toMatchObject({ success: true });
  });

  it("an appeal answers one page of mitigations with result_info", async () => {
    const page = await cf.requestMitigationReview({
      path: { account_id: ZONE, report_id: "report-1" },
      body: {
        appeals: [
          { id: "m-1", reason: "misclassified" },
          { id: "m-2", reason: "removed" },
        ],
      },
    });
    expect(page.result.map((m) => m.id)).toEqual(["m-1", "m-2"]);
    expect(page.result_info).toEqual({
      count: 2,
      page: 1,
      per_page: 20,
      total_count: 2,
      total_pages: 1,
    });
  });

  it("the bot-management config: PUT merges the clean-up body, GET reads it back", async () => {
    await cf.updateBotManagementConfig({
      path: { zone_id: ZONE },
      body: { sbfm_likely_automated: "allow", fight_mode: false },
    });
    const config = await cf.getBotManagementConfig({ path: { zone_id: ZONE } });
    expect(config.result).toMatchObject({
      sbfm_likely_automated: "allow",
      fight_mode: false,
      enable_js: true,
    });
  });

  it("a miscategorization request is accepted", async () => {
    await expect(
      cf.createMiscategorization({
        path: { account_id: ZONE },
        body: { indicator_type: "ipv4", ip: "203.0.113.7", security_removes: [83] },
      }),
    ).resolves.toMatchObject({ success: true });
  });
});

describe("injected faults", () => {
  it("malformed JSON in a 2xx rejects with a ClientError that keeps the parse error as cause", async () => {
    fake.inject({ kind: "malformed-json" });
    const error = (await cf
      .createMiscategorization({ path: { account_id: ZONE }, body: {} })
      .catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(pkg.ClientError);
    expect(error.message).toMatch(/not valid JSON/);
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it("an HTML error page on every attempt of a GET rejects with ApiError after 1 + maxRetries attempts", async () => {
    const before = fake.hits.get("getBotManagementConfig") ?? 0;
    fake.inject({ kind: "html" }, 3);
    const error = (await cf
      .getBotManagementConfig({ path: { zone_id: ZONE } })
      .catch((e: unknown) => e)) as InstanceType<Pkg["ApiError"]>;
    expect([error.status, error.errors]).toEqual([502, []]);
    expect(String(error.body)).toContain("502 Bad Gateway");
    expect((fake.hits.get("getBotManagementConfig") ?? 0) - before).toBe(3);
  });

  it("a 429 with Retry-After on a POST is retried and then succeeds; a 500 on a POST is not", async () => {
    const before = fake.hits.get("createBotFeedbackReport") ?? 0;
    fake.inject({ kind: "status", status: 429, retryAfter: "0" });
    await cf.createBotFeedbackReport({ path: { zone_id: ZONE }, body: seedFeedbackReport() });
    fake.inject({ kind: "status", status: 500 });
    await expect(
      cf.createBotFeedbackReport({ path: { zone_id: ZONE }, body: seedFeedbackReport() }),
    ).rejects.toBeInstanceOf(pkg.ApiError);
    expect((fake.hits.get("createBotFeedbackReport") ?? 0) - before).toBe(3);
  });

  it("a reset connection on a POST rejects with ConnectionError, sent once", async () => {
    const before = fake.hits.get("createMiscategorization") ?? 0;
    fake.inject({ kind: "reset" });
    await expect(
      cf.createMiscategorization({ path: { account_id: ZONE }, body: {} }),
    ).rejects.toBeInstanceOf(pkg.ConnectionError);
    expect((fake.hits.get("createMiscategorization") ?? 0) - before).toBe(1);
  });

  it("a slow answer past timeoutMs rejects with TimeoutError", async () => {
    fake.inject({ kind: "slow", delayMs: 2000 });
    const quick = pkg.createClient({ apiToken: "t", baseUrl: fake.baseUrl, timeoutMs: 150 });
    await expect(
      quick.createMiscategorization({ path: { account_id: ZONE }, body: {} }),
    ).rejects.toBeInstanceOf(pkg.TimeoutError);
  });

  it("an oversized (8 MB) body is read and validated without trouble", async () => {
    fake.inject({ kind: "oversized", bytes: 8_000_000 });
    const config = await cf.getBotManagementConfig({ path: { zone_id: ZONE } });
    expect(JSON.stringify(config).length).toBeGreaterThan(8_000_000);
  });
});
