/**
 * The generated validators (compiled `dist/`, as consumers run them): every example of the spec
 * passes, and every rule of the seeds fails with the exact JSON Pointer and message.
 */
import { describe, expect, it } from "vitest";
import { bundleSpec, loadSpec } from "../generator/load.js";
import { buildModel } from "../generator/model/build.js";
import { isSuccessStatus } from "../generator/model/ir.js";
import { validationConfig } from "../generator/validate.js";
import { GENERATED, MAIN_SPEC } from "./helpers/paths.js";
import { seedFeedbackReport } from "./helpers/seeds.js";

type Validators = typeof import("../generated/src/validators.js");
const { schemas, requestBodies, responses } = (await import(
  `${GENERATED}/dist/validators.js`
)) as Validators;
type Any = Record<string, unknown>;
const lookup = <T>(table: T, key: string) =>
  (table as Record<string, { issues(v: unknown): readonly { path: string; message: string }[] }>)[
    key
  ]!;

const model = buildModel(await bundleSpec(await loadSpec(MAIN_SPEC), await validationConfig()));

/** The seed 000 payload, a fresh copy per use. */
const feedback = (): Any => seedFeedbackReport();

describe("every example in the spec passes its validator", () => {
  const cases = model.operations.flatMap((op) => [
    ...(op.requestBody?.examples ?? []).map(
      (ex) =>
        [
          `${op.operationId} request "${ex.name}"`,
          requestBodies,
          op.operationId,
          ex.value,
        ] as const,
    ),
    ...op.responses
      .filter((r) => isSuccessStatus(r.status))
      .flatMap((r) =>
        r.examples.map(
          (ex) =>
            [
              `${op.operationId} ${r.status} "${ex.name}"`,
              responses,
              op.operationId,
              ex.value,
            ] as const,
        ),
      ),
  ]);

  it("there are examples for every operation with a body or a JSON response", () => {
    expect(cases.length).toBeGreaterThanOrEqual(13);
  });

  it.each(cases)("%s", (_name, table, operationId, value) => {
    expect(lookup(table, operationId).issues(value)).toEqual([]);
  });
});

interface Case {
  readonly given: unknown;
  readonly want: readonly { path: string; message: string }[];
}

const feedbackCases: [string, Case][] = [
  ["the seed payload is valid", { given: feedback(), want: [] }],
  [
    "requests_by_score must sum to requests",
    {
      given: { ...feedback(), requests_by_score: { "30": 800, "40": 600, "50": 500 } },
      want: [{ path: "/requests_by_score", message: "values sum to 1900 but requests is 2000" }],
    },
  ],
  [
    "requests_by_score_src must sum to requests",
    {
      given: { ...feedback(), requests_by_score_src: { ml: 1800 } },
      want: [
        { path: "/requests_by_score_src", message: "values sum to 1800 but requests is 2000" },
      ],
    },
  ],
  [
    "a bot score key above 99 is refused",
    {
      given: { ...feedback(), requests_by_score: { "30": 1500, "100": 500 } },
      want: [
        {
          path: "/requests_by_score/100",
          message: 'key "100" is not allowed (keys must match ^(?:[1-9]|[1-9][0-9])$)',
        },
      ],
    },
  ],
  [
    "a bot score key of 0 is refused",
    {
      given: { ...feedback(), requests_by_score: { "0": 2000 } },
      want: [
        {
          path: "/requests_by_score/0",
          message: 'key "0" is not allowed (keys must match ^(?:[1-9]|[1-9][0-9])$)',
        },
      ],
    },
  ],
  [
    "type must be in the enum",
    {
      given: { ...feedback(), type: "maybe" },
      want: [{ path: "/type", message: "must be one of: false_positive, false_negative" }],
    },
  ],
  [
    "a missing required field points at the field",
    {
      given: (({ expression: _e, ...rest }) => rest)(feedback()),
      want: [{ path: "/expression", message: "expression is required" }],
    },
  ],
  [
    "date-time format",
    {
      given: { ...feedback(), first_request_seen_at: "29/09/2025" },
      want: [
        {
          path: "/first_request_seen_at",
          message: "must be a valid date-time (RFC 3339, e.g. 2025-09-29T00:00:00Z)",
        },
      ],
    },
  ],
  [
    "a date-time needs a time zone",
    {
      given: { ...feedback(), last_request_seen_at: "2025-09-29T06:00:00" },
      want: [
        {
          path: "/last_request_seen_at",
          message: "must be a valid date-time (RFC 3339, e.g. 2025-09-29T00:00:00Z)",
        },
      ],
    },
  ],
  [
    "requests is an integer",
    {
      given: {
        ...feedback(),
        requests: 1.5,
        requests_by_score: { "1": 1.5 },
        requests_by_score_src: { ml: 1.5 },
      },
      want: [
        { path: "/requests", message: "must be integer" },
        { path: "/requests_by_score/1", message: "must be integer" },
        { path: "/requests_by_score_src/ml", message: "must be integer" },
      ],
    },
  ],
  [
    "requests is at least 0",
    {
      given: {
        ...feedback(),
        requests: -1,
        requests_by_score: { "1": -1 },
        requests_by_score_src: { ml: -1 },
      },
      want: [
        { path: "/requests", message: "must be >= 0" },
        { path: "/requests_by_score/1", message: "must be >= 0" },
        { path: "/requests_by_score_src/ml", message: "must be >= 0" },
      ],
    },
  ],
  [
    "unknown body fields are refused",
    {
      given: { ...feedback(), note: "x" },
      want: [{ path: "/note", message: "note is not allowed here" }],
    },
  ],
  [
    "requests_by_attribute takes any key, each value an array of { metric, requests }",
    {
      given: { ...feedback(), requests_by_attribute: { topFoo: {} } },
      want: [{ path: "/requests_by_attribute/topFoo", message: "must be array" }],
    },
  ],
  [
    "attribute entries need metric and requests",
    {
      given: { ...feedback(), requests_by_attribute: { topIPs: [{ requests: 1 }] } },
      want: [{ path: "/requests_by_attribute/topIPs/0/metric", message: "metric is required" }],
    },
  ],
  [
    "every issue is reported, not only the first",
    {
      given: { ...feedback(), type: "x", requests: "many" },
      want: [
        { path: "/requests", message: "must be integer" },
        { path: "/type", message: "must be one of: false_positive, false_negative" },
      ],
    },
  ],
];

const insightCases: [string, Case][] = [
  ["false_positive needs no rationale", { given: { classification: "false_positive" }, want: [] }],
  ["null resets", { given: { classification: null }, want: [] }],
  [
    "accept_risk needs a rationale",
    {
      given: { classification: "accept_risk" },
      want: [
        { path: "/rationale", message: "rationale is required when classification is accept_risk" },
      ],
    },
  ],
  [
    "other needs a rationale",
    {
      given: { classification: "other" },
      want: [{ path: "/rationale", message: "rationale is required when classification is other" }],
    },
  ],
  [
    "accept_risk with a rationale is valid",
    { given: { classification: "accept_risk", rationale: "ok" }, want: [] },
  ],
  [
    "classification must be in the enum",
    {
      given: { classification: "wontfix" },
      want: [
        {
          path: "/classification",
          message: "must be one of: false_positive, accept_risk, other, null",
        },
      ],
    },
  ],
];

const miscategorizationCases: [string, Case][] = [
  [
    "the seed payload is valid",
    {
      given: {
        content_adds: [82],
        content_removes: [155],
        indicator_type: "domain",
        security_adds: [117, 131],
        security_removes: [83],
      },
      want: [],
    },
  ],
  [
    "ip with an ipv4 indicator is valid",
    { given: { indicator_type: "ipv4", ip: "203.0.113.7" }, want: [] },
  ],
  ["ip may be null", { given: { indicator_type: "domain", ip: null }, want: [] }],
  [
    "ip only with ipv4 or ipv6",
    {
      given: { indicator_type: "domain", ip: "203.0.113.7" },
      want: [{ path: "/indicator_type", message: "must be one of: ipv4, ipv6 when ip is given" }],
    },
  ],
  [
    "url only with domain or url",
    {
      given: { indicator_type: "ipv6", url: "https://example.com/news/" },
      want: [{ path: "/indicator_type", message: "must be one of: domain, url when url is given" }],
    },
  ],
  [
    "ip needs indicator_type",
    {
      given: { ip: "203.0.113.7" },
      want: [{ path: "/indicator_type", message: "indicator_type is required when ip is given" }],
    },
  ],
  [
    "an ipv4 indicator needs an IPv4 address",
    {
      given: { indicator_type: "ipv4", ip: "2001:db8::1" },
      want: [{ path: "/ip", message: "must be a valid ipv4 address when indicator_type is ipv4" }],
    },
  ],
  [
    "an ipv6 indicator needs an IPv6 address",
    {
      given: { indicator_type: "ipv6", ip: "203.0.113.7" },
      want: [{ path: "/ip", message: "must be a valid ipv6 address when indicator_type is ipv6" }],
    },
  ],
  [
    "indicator_type must be in the enum",
    {
      given: { indicator_type: "asn" },
      want: [{ path: "/indicator_type", message: "must be one of: domain, ipv4, ipv6, url" }],
    },
  ],
  [
    "category ids are numbers",
    {
      given: { content_adds: ["82"] },
      want: [{ path: "/content_adds/0", message: "must be number" }],
    },
  ],
];

const appealCases: [string, Case][] = [
  [
    "the seed payload is valid",
    { given: { appeals: [{ id: "id", reason: "misclassified" }] }, want: [] },
  ],
  [
    "reason must be in the enum",
    {
      given: { appeals: [{ id: "id", reason: "mistake" }] },
      want: [{ path: "/appeals/0/reason", message: "must be one of: removed, misclassified" }],
    },
  ],
  [
    "appeals is required",
    { given: {}, want: [{ path: "/appeals", message: "appeals is required" }] },
  ],
  [
    "each appeal needs an id",
    {
      given: { appeals: [{ reason: "removed" }] },
      want: [{ path: "/appeals/0/id", message: "id is required" }],
    },
  ],
];

const configCases: [string, Case][] = [
  [
    "a clean-up body of seed 001 is valid",
    { given: { sbfm_likely_automated: "allow", fight_mode: false }, want: [] },
  ],
  [
    "verified bots cannot be challenged",
    {
      given: { sbfm_verified_bots: "managed_challenge" },
      want: [{ path: "/sbfm_verified_bots", message: "must be one of: allow, block" }],
    },
  ],
  [
    "fight_mode is a boolean",
    { given: { fight_mode: "yes" }, want: [{ path: "/fight_mode", message: "must be boolean" }] },
  ],
];

describe.each([
  ["createBotFeedbackReport", feedbackCases],
  ["updateInsightClassification", insightCases],
  ["createMiscategorization", miscategorizationCases],
  ["requestMitigationReview", appealCases],
  ["updateBotManagementConfig", configCases],
] as const)("requestBodies.%s", (operationId, cases) => {
  it.each(cases)("%s", (_name, { given, want }) => {
    const issues = lookup(requestBodies, operationId).issues(given);
    expect([...issues].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))).toEqual(
      want,
    );
  });
});

const PAGE = {
  success: true,
  errors: [],
  messages: [],
  result_info: { count: 1, page: 1, per_page: 20, total_count: 1, total_pages: 1 },
  result: [
    {
      id: "m",
      effective_date: "2009-11-10T23:00:00Z",
      entity_id: "e",
      entity_type: "zone",
      status: "pending",
      type: "legal_block",
    },
  ],
};
const page = (patch: (p: typeof PAGE) => void) => {
  const copy = structuredClone(PAGE);
  patch(copy);
  return copy;
};
const CONFIG = { success: true, errors: [], messages: [], result: { fight_mode: true } };
const REPORT = { ...feedback(), created_at: "2025-09-29T07:00:00Z" };

/** Every remaining enum, format, limit, const and required field of the responses and nested schemas. */
const responseCases: [string, string, Case][] = [
  ["requestMitigationReview", "the seed page is valid", { given: PAGE, want: [] }],
  [
    "requestMitigationReview",
    "entity_type enum",
    {
      given: page((p) => (p.result[0]!.entity_type = "user")),
      want: [
        { path: "/result/0/entity_type", message: "must be one of: url_pattern, account, zone" },
      ],
    },
  ],
  [
    "requestMitigationReview",
    "mitigation type enum",
    {
      given: page((p) => (p.result[0]!.type = "ban")),
      want: [
        {
          path: "/result/0/type",
          message:
            "must be one of: legal_block, misleading_interstitial, phishing_interstitial, network_block, rate_limit_cache, account_suspend, redirect_video_stream",
        },
      ],
    },
  ],
  [
    "requestMitigationReview",
    "effective_date format",
    {
      given: page((p) => (p.result[0]!.effective_date = "tomorrow")),
      want: [
        {
          path: "/result/0/effective_date",
          message: "must be a valid date-time (RFC 3339, e.g. 2025-09-29T00:00:00Z)",
        },
      ],
    },
  ],
  [
    "requestMitigationReview",
    "result items need every field",
    {
      given: page((p) => delete (p.result[0] as Partial<(typeof PAGE)["result"][0]>).entity_id),
      want: [{ path: "/result/0/entity_id", message: "entity_id is required" }],
    },
  ],
  [
    "requestMitigationReview",
    "result_info counts are at least 0",
    {
      given: page((p) => (p.result_info.total_pages = -1)),
      want: [{ path: "/result_info/total_pages", message: "must be >= 0" }],
    },
  ],
  [
    "requestMitigationReview",
    "result_info is required",
    {
      given: page((p) => delete (p as Partial<typeof PAGE>).result_info),
      want: [{ path: "/result_info", message: "result_info is required" }],
    },
  ],
  [
    "requestMitigationReview",
    "success is true",
    {
      given: page((p) => ((p as { success: boolean }).success = false)),
      want: [{ path: "/success", message: "must be true" }],
    },
  ],
  [
    "requestMitigationReview",
    "a message code is at least 1000",
    {
      given: page((p) => ((p as { messages: unknown[] }).messages = [{ code: 5, message: "m" }])),
      want: [{ path: "/messages/0/code", message: "must be >= 1000" }],
    },
  ],
  [
    "getBotManagementConfig",
    "sbfm_definitely_automated enum",
    {
      given: { ...CONFIG, result: { sbfm_definitely_automated: "ignore" } },
      want: [
        {
          path: "/result/sbfm_definitely_automated",
          message: "must be one of: allow, block, managed_challenge",
        },
      ],
    },
  ],
  [
    "getBotManagementConfig",
    "sbfm_likely_automated enum",
    {
      given: { ...CONFIG, result: { sbfm_likely_automated: "ignore" } },
      want: [
        {
          path: "/result/sbfm_likely_automated",
          message: "must be one of: allow, block, managed_challenge",
        },
      ],
    },
  ],
  [
    "getBotManagementConfig",
    "result is required",
    {
      given: { success: true, errors: [], messages: [] },
      want: [{ path: "/result", message: "result is required" }],
    },
  ],
  [
    "updateInsightClassification",
    "errors entries need code and message",
    {
      given: { success: true, errors: [{}], messages: [] },
      want: [
        { path: "/errors/0/code", message: "code is required" },
        { path: "/errors/0/message", message: "message is required" },
      ],
    },
  ],
  [
    "createMiscategorization",
    "messages is required",
    {
      given: { success: true, errors: [] },
      want: [{ path: "/messages", message: "messages is required" }],
    },
  ],
  ["listBotFeedbackReports", "a listed report is valid", { given: [REPORT], want: [] }],
  [
    "listBotFeedbackReports",
    "created_at format",
    {
      given: [{ ...REPORT, created_at: "yesterday" }],
      want: [
        {
          path: "/0/created_at",
          message: "must be a valid date-time (RFC 3339, e.g. 2025-09-29T00:00:00Z)",
        },
      ],
    },
  ],
  [
    "listBotFeedbackReports",
    "the body is an array",
    { given: { reports: [] }, want: [{ path: "", message: "must be array" }] },
  ],
];

const nestedBodyCases: [string, string, Case][] = [
  [
    "createBotFeedbackReport",
    "attribute counts are at least 0",
    {
      given: {
        ...feedback(),
        requests_by_attribute: { topPaths: [{ metric: "/", requests: -5 }] },
      },
      want: [{ path: "/requests_by_attribute/topPaths/0/requests", message: "must be >= 0" }],
    },
  ],
  [
    "createBotFeedbackReport",
    "subtype is a string",
    {
      given: { ...feedback(), subtype: 3 },
      want: [{ path: "/subtype", message: "must be string" }],
    },
  ],
  [
    "createMiscategorization",
    "url is a string",
    {
      given: { indicator_type: "url", url: 5 },
      want: [{ path: "/url", message: "must be string" }],
    },
  ],
  [
    "updateInsightClassification",
    "rationale is a string",
    {
      given: { classification: "other", rationale: 1 },
      want: [{ path: "/rationale", message: "must be string" }],
    },
  ],
];

describe.each(responseCases)("responses.%s: %s", (operationId, _name, { given, want }) => {
  it("reports exactly these issues", () => {
    const issues = lookup(responses, operationId).issues(given);
    expect([...issues].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))).toEqual(
      want,
    );
  });
});

describe.each(nestedBodyCases)("requestBodies.%s: %s", (operationId, _name, { given, want }) => {
  it("reports exactly these issues", () => {
    expect(lookup(requestBodies, operationId).issues(given)).toEqual(want);
  });
});

describe("responses and schemas", () => {
  it("a mitigation page with a wrong status and a bad date fails at the exact paths", () => {
    const page = {
      success: true,
      errors: [],
      messages: [],
      result_info: { count: 1, page: 1, per_page: 20, total_count: 1, total_pages: 1 },
      result: [
        {
          id: "m",
          effective_date: "soon",
          entity_id: "e",
          entity_type: "zone",
          status: "done",
          type: "legal_block",
        },
      ],
    };
    expect(lookup(responses, "requestMitigationReview").issues(page)).toEqual([
      {
        path: "/result/0/effective_date",
        message: "must be a valid date-time (RFC 3339, e.g. 2025-09-29T00:00:00Z)",
      },
      {
        path: "/result/0/status",
        message: "must be one of: pending, active, in_review, cancelled, removed",
      },
    ]);
  });

  it("the error envelope needs at least one error", () => {
    expect(lookup(schemas, "ErrorEnvelope").issues({ success: false, errors: [] })).toEqual([
      { path: "/errors", message: "must have at least 1 items" },
    ]);
  });

  it("error codes are at least 1000", () => {
    expect(lookup(schemas, "ResponseInfo").issues({ code: 999, message: "m" })).toEqual([
      { path: "/code", message: "must be >= 1000" },
    ]);
  });

  it("identifiers are at most 32 characters, counted in code points", () => {
    expect(lookup(schemas, "Identifier").issues("😀".repeat(32))).toEqual([]);
    expect(lookup(schemas, "Identifier").issues("x".repeat(33))).toEqual([
      { path: "", message: "must be at most 32 characters long" },
    ]);
  });
});

describe("the validator API", () => {
  it("is Standard Schema v1: ~standard.validate returns the value or issues with path keys", () => {
    const standard = requestBodies.updateInsightClassification["~standard"];
    expect(standard.version).toBe(1);
    expect(standard.validate({ classification: "false_positive" })).toEqual({
      value: { classification: "false_positive" },
    });
    expect(standard.validate({ classification: "other" })).toEqual({
      issues: [
        { message: "rationale is required when classification is other", path: ["rationale"] },
      ],
    });
  });

  it("is() answers and assert() throws ValidationError with every issue and the target", async () => {
    const { ValidationError } = (await import(
      `${GENERATED}/dist/index.js`
    )) as typeof import("../generated/src/index.js");
    expect(schemas.FeedbackType.is("false_positive")).toBe(true);
    expect(schemas.FeedbackType.is("true_positive")).toBe(false);
    let thrown: unknown;
    const appeal: Validators["requestBodies"]["requestMitigationReview"] =
      requestBodies.requestMitigationReview;
    try {
      appeal.assert({ appeals: [{ id: 1, reason: "x" }] });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as InstanceType<typeof ValidationError>).target).toBe("body");
    expect((thrown as InstanceType<typeof ValidationError>).issues).toEqual([
      { path: "/appeals/0/id", message: "must be string" },
      { path: "/appeals/0/reason", message: "must be one of: removed, misclassified" },
    ]);
  });
});
