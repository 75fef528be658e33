// Generated from the OpenAPI spec by cf-sdk-generate. Do not edit: edit the spec and regenerate.
import { mockFetchFor, mockFailures } from "./runtime/mocks.js";
import {
  validateCreateBotFeedbackReportBody,
  validateListBotFeedbackReportsResponse,
  validateGetBotManagementConfigResponse,
  validateUpdateBotManagementConfigBody,
  validateUpdateBotManagementConfigResponse,
  validateUpdateInsightClassificationBody,
  validateUpdateInsightClassificationResponse,
  validateRequestMitigationReviewBody,
  validateRequestMitigationReviewResponse,
  validateCreateMiscategorizationBody,
  validateCreateMiscategorizationResponse,
} from "./validators/ajv.js";
const OPERATION_0 = {
  id: "createBotFeedbackReport",
  method: "POST",
  path: "/zones/{zone_id}/bot_management/feedback",
  pathParams: { zone_id: { maxLength: 32 } },
  bodyRequired: true,
  answer: { status: 201 },
  error: 0,
  validate: { body: validateCreateBotFeedbackReportBody },
};
const OPERATION_1 = {
  id: "listBotFeedbackReports",
  method: "GET",
  path: "/zones/{zone_id}/bot_management/feedback",
  pathParams: { zone_id: { maxLength: 32 } },
  bodyRequired: false,
  answer: {
    status: 200,
    contentType: "application/json",
    body: [
      {
        created_at: "2025-09-29T07:00:00Z",
        description: "Automated scraping missed by detections",
        expression: "http.host eq 'www.example.com' and cf.bot_management.score gt 25",
        first_request_seen_at: "2025-09-29T00:00:00Z",
        last_request_seen_at: "2025-09-29T06:00:00Z",
        requests: 2e3,
        requests_by_attribute: { topIPs: [{ metric: "203.0.113.55", requests: 400 }] },
        requests_by_score: { 30: 800, 40: 700, 50: 500 },
        requests_by_score_src: { heuristics: 200, ml: 1800 },
        type: "false_negative",
      },
    ],
  },
  error: 0,
  validate: { response: validateListBotFeedbackReportsResponse },
};
const OPERATION_2 = {
  id: "getBotManagementConfig",
  method: "GET",
  path: "/zones/{zone_id}/bot_management",
  pathParams: { zone_id: { maxLength: 32 } },
  bodyRequired: false,
  answer: {
    status: 200,
    contentType: "application/json",
    body: {
      success: true,
      errors: [],
      messages: [],
      result: {
        enable_js: true,
        using_latest_model: true,
        sbfm_definitely_automated: "managed_challenge",
        sbfm_likely_automated: "allow",
        sbfm_verified_bots: "allow",
        sbfm_static_resource_protection: false,
        optimize_wordpress: false,
      },
    },
  },
  error: 0,
  validate: { response: validateGetBotManagementConfigResponse },
};
const OPERATION_3 = {
  id: "updateBotManagementConfig",
  method: "PUT",
  path: "/zones/{zone_id}/bot_management",
  pathParams: { zone_id: { maxLength: 32 } },
  bodyRequired: true,
  answer: {
    status: 200,
    contentType: "application/json",
    body: {
      success: true,
      errors: [],
      messages: [],
      result: {
        enable_js: true,
        using_latest_model: true,
        sbfm_definitely_automated: "managed_challenge",
        sbfm_likely_automated: "allow",
        sbfm_verified_bots: "allow",
        sbfm_static_resource_protection: false,
        optimize_wordpress: false,
      },
    },
  },
  error: 0,
  validate: {
    body: validateUpdateBotManagementConfigBody,
    response: validateUpdateBotManagementConfigResponse,
  },
};
const OPERATION_4 = {
  id: "updateInsightClassification",
  method: "PATCH",
  path: "/{accounts_or_zones}/{account_or_zone_id}/security-center/insights/{issue_id}/classification",
  pathParams: {
    accounts_or_zones: { enum: ["accounts", "zones"] },
    account_or_zone_id: {},
    issue_id: {},
  },
  bodyRequired: true,
  answer: {
    status: 200,
    contentType: "application/json",
    body: {
      errors: [
        {
          code: 1e3,
          message: "message",
          documentation_url: "documentation_url",
          source: { pointer: "pointer" },
        },
      ],
      messages: [
        {
          code: 1e3,
          message: "message",
          documentation_url: "documentation_url",
          source: { pointer: "pointer" },
        },
      ],
      success: true,
    },
  },
  error: 0,
  validate: {
    body: validateUpdateInsightClassificationBody,
    response: validateUpdateInsightClassificationResponse,
  },
};
const OPERATION_5 = {
  id: "requestMitigationReview",
  method: "POST",
  path: "/accounts/{account_id}/abuse-reports/{report_id}/mitigations/appeal",
  pathParams: { account_id: { maxLength: 32 }, report_id: {} },
  bodyRequired: true,
  answer: {
    status: 200,
    contentType: "application/json",
    body: {
      result_info: { count: 0, page: 0, per_page: 0, total_count: 0, total_pages: 0 },
      success: true,
      errors: [{ message: "message" }],
      messages: [{ message: "message" }],
      result: [
        {
          id: "id",
          effective_date: "2009-11-10T23:00:00Z",
          entity_id: "entity_id",
          entity_type: "url_pattern",
          status: "pending",
          type: "legal_block",
        },
      ],
    },
  },
  error: 0,
  validate: {
    body: validateRequestMitigationReviewBody,
    response: validateRequestMitigationReviewResponse,
  },
};
const OPERATION_6 = {
  id: "createMiscategorization",
  method: "POST",
  path: "/accounts/{account_id}/intel/miscategorization",
  pathParams: { account_id: { maxLength: 32 } },
  bodyRequired: true,
  answer: {
    status: 200,
    contentType: "application/json",
    body: {
      errors: [
        {
          code: 1e3,
          message: "message",
          documentation_url: "documentation_url",
          source: { pointer: "pointer" },
        },
      ],
      messages: [
        {
          code: 1e3,
          message: "message",
          documentation_url: "documentation_url",
          source: { pointer: "pointer" },
        },
      ],
      success: true,
    },
  },
  error: 0,
  validate: {
    body: validateCreateMiscategorizationBody,
    response: validateCreateMiscategorizationResponse,
  },
};
/**
 * Each operation as the mocks answer it: its rules (the package's validators) and its default answer, made from the spec and checked against it at generation time.
 */
const API = {
  basePath: "/client/v4",
  secretHeaders: ["authorization", "cookie", "x-auth-email", "x-auth-key"],
  errorShapes: [
    {
      kind: "envelope",
      contentType: "application/json",
      invalidStatus: 400,
      template: { errors: [], messages: [], success: false, result: null },
      itemsKey: "errors",
      item: { code: 1e3, message: "message" },
      itemPointer: true,
    },
  ],
  notFound: 0,
  operations: [
    OPERATION_0,
    OPERATION_1,
    OPERATION_2,
    OPERATION_3,
    OPERATION_4,
    OPERATION_5,
    OPERATION_6,
  ],
};
/**
 * A `fetch` that answers as Cloudflare classification disputes would, for `createClient({ fetch })` in your tests: every request is checked with the package's own validators (an invalid one gets the API's error answer, one entry per problem); a valid one gets its override's answer, else the operation's first 2xx response (the spec's example, else data made from its schema). `calls` lists every request, parsed, credentials redacted.
 *
 * @param overrides - Answers by operationId.
 *
 * @param options - `baseUrl` when the client uses another one than the spec's server.
 */
export function createMockFetch(overrides = {}, options = {}) {
  return mockFetchFor(API, overrides, options);
}
const FAILURES = mockFailures(API);
/**
 * A response with `status` and the API's error body saying `message`: return it from an override.
 */
export const errorResponse = FAILURES.errorResponse;
/**
 * 429 with `Retry-After` (seconds, default 1) and the API's error body: return it from an override.
 */
export const rateLimited = FAILURES.rateLimited;
/**
 * 503 with the API's error body (and `Retry-After` when given): return it from an override.
 */
export const unavailable = FAILURES.unavailable;
export { delayed, dropConnection } from "./runtime/mocks.js";
