// A consumer of the generated package, type-checked by test/typecheck.test.ts against the package's
// published `.d.ts` (imported by name, through its `exports` map). It calls every operation; each
// `@ts-expect-error` line must really be an error, or the check fails.
import { schemas, requestBodies } from "cloudflare-classification-client/validators";
import {
  ApiError,
  validators,
  createBaseClient,
  createBotFeedbackReport,
  createClient,
  type CreateBotFeedbackReportArgs,
  type ListBotFeedbackReportsResult,
} from "cloudflare-classification-client";

const cf = createClient({ apiToken: "token" });
const zone = { zone_id: "023e105f4ecef8ad9ca31a8372d0c353" };

const report: CreateBotFeedbackReportArgs["body"] = {
  description: "Automated scraping missed by detections",
  expression: "http.host eq 'www.example.com'",
  first_request_seen_at: "2025-09-29T00:00:00Z",
  last_request_seen_at: "2025-09-29T06:00:00Z",
  requests: 2000,
  requests_by_attribute: { topIPs: [{ metric: "203.0.113.55", requests: 400 }] },
  requests_by_score: { "30": 800, "40": 700, "50": 500 },
  requests_by_score_src: { heuristics: 200, ml: 1800 },
  type: "false_negative",
};

export async function everyOperation(): Promise<void> {
  const filed: undefined = await cf.createBotFeedbackReport({ path: zone, body: report });
  const reports: ListBotFeedbackReportsResult = await cf.listBotFeedbackReports({ path: zone });
  const firstCreated: string | undefined = reports[0]?.created_at;
  const classified = await cf.updateInsightClassification({
    path: { accounts_or_zones: "zones", account_or_zone_id: zone.zone_id, issue_id: "i" },
    body: { classification: "accept_risk", rationale: "compensating control" },
  });
  const success: true = classified.success;
  const page = await cf.requestMitigationReview({
    path: { account_id: zone.zone_id, report_id: "r" },
    body: { appeals: [{ id: "m", reason: "removed" }] },
  });
  const status: "pending" | "active" | "in_review" | "cancelled" | "removed" | undefined = page.result[0]?.status;
  const total: number = page.result_info.total_count;
  await cf.createMiscategorization({ path: { account_id: zone.zone_id }, body: { indicator_type: "ipv4", ip: "203.0.113.7" } });
  const config = await cf.getBotManagementConfig({ path: zone, signal: AbortSignal.timeout(1000) });
  const fight: boolean | undefined = config.result.fight_mode;
  await cf.updateBotManagementConfig({ path: zone, body: { fight_mode: false }, headers: { "x-trace": "1" } });

  const frozen = {
    ...report,
    requests_by_attribute: { topIPs: [{ metric: "203.0.113.55", requests: 400 }] },
    type: "false_positive",
  } as const;
  await cf.createBotFeedbackReport({ path: zone, body: frozen });
  await cf.requestMitigationReview({ path: { account_id: zone.zone_id, report_id: "r" }, body: { appeals: [{ id: "m", reason: "removed" }] } as const });

  const base = createBaseClient({ apiEmail: "user@example.com", apiKey: "key" });
  await createBotFeedbackReport(base, { path: zone, body: report });
  await createBotFeedbackReport(cf, { path: zone, body: report });
  const raw = await cf.raw.GET("/zones/{zone_id}/bot_management", { params: { path: zone } });
  const rawFight: boolean | undefined = raw.data?.result.fight_mode;
  void [filed, firstCreated, success, status, total, fight, rawFight, ApiError];
}

export function narrowing(input: unknown): void {
  if (schemas.FeedbackType.is(input)) {
    const type: "false_positive" | "false_negative" = input;
    void type;
  }
  if (validators.requestBodies.createMiscategorization.is(input)) {
    const kind: "domain" | "ipv4" | "ipv6" | "url" | undefined = input.indicator_type;
    void kind;
  }
  const result = requestBodies.updateInsightClassification["~standard"].validate(input);
  if (!("issues" in result && result.issues)) {
    const classification: "false_positive" | "accept_risk" | "other" | null | undefined = result.value.classification;
    void classification;
  }
  // @ts-expect-error a narrowed FeedbackType is not any string
  if (schemas.FeedbackType.is(input)) { const wrong: "true_positive" = input; void wrong; }
}

export async function wrongCalls(): Promise<void> {
  // @ts-expect-error wrong enum value for `type`
  await cf.createBotFeedbackReport({ path: zone, body: { ...report, type: "false_alarm" } });
  // @ts-expect-error missing required body field `requests`
  await cf.createBotFeedbackReport({ path: zone, body: { ...report, requests: undefined } });
  const { expression: _omitted, ...withoutExpression } = report;
  // @ts-expect-error missing required body field `expression`
  await cf.createBotFeedbackReport({ path: zone, body: withoutExpression });
  // @ts-expect-error wrong path parameter name
  await cf.getBotManagementConfig({ path: { zone: "z" } });
  // @ts-expect-error missing path parameters
  await cf.listBotFeedbackReports({});
  // @ts-expect-error path enum accepts only accounts | zones
  await cf.updateInsightClassification({ path: { accounts_or_zones: "users", account_or_zone_id: "a", issue_id: "i" }, body: {} });
  // @ts-expect-error appeal reason outside the enum
  await cf.requestMitigationReview({ path: { account_id: "a", report_id: "r" }, body: { appeals: [{ id: "m", reason: "mistake" }] } });
  // any requests_by_attribute key is accepted (an open map), each value an array of { metric, requests }
  await cf.createBotFeedbackReport({ path: zone, body: { ...report, requests_by_attribute: { topFoo: [] } } });
  // @ts-expect-error a requests_by_attribute value is an array, not one { metric, requests }
  await cf.createBotFeedbackReport({ path: zone, body: { ...report, requests_by_attribute: { topFoo: { metric: "x", requests: 1 } } } });
  // @ts-expect-error the result of a 201 with no body is undefined, not an object
  const notAnObject: { success: true } = await cf.createBotFeedbackReport({ path: zone, body: report });
  void notAnObject;
}
