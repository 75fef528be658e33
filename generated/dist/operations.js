// Generated from the OpenAPI spec by cf-sdk-generate. Do not edit: edit the spec and regenerate.
import { callOperation } from "./runtime/operation.js";
import {
  validateCreateBotFeedbackReportBody,
  validateUpdateBotManagementConfigBody,
  validateUpdateInsightClassificationBody,
  validateRequestMitigationReviewBody,
  validateCreateMiscategorizationBody,
} from "./validators/ajv.js";
/**
 * Submit a feedback report
 *
 * Submit a feedback report for the specified zone. Use type to indicate whether the report is a false positive (good traffic flagged as bot) or a false negative (bot traffic missed). Furthermore, you can also use expression as a wirefilter to identify the affected traffic sample.
 *
 * See more accepted API fields and expression types at https://developers.cloudflare.com/bots/concepts/feedback-loop/#api-fields and https://developers.cloudflare.com/bots/concepts/feedback-loop/#expression-fields, respectively.
 *
 * Feedback reports are available on Business and Enterprise plans.
 *
 * `POST /zones/{zone_id}/bot_management/feedback`
 *
 * Credentials: `apiToken` (or `CLOUDFLARE_API_TOKEN` in the environment), or `apiEmail` + `apiKey` (or `CLOUDFLARE_EMAIL` and `CLOUDFLARE_API_KEY` in the environment).
 *
 * Parameters:
 * - `path.zone_id` (required): Identifier.
 *
 * @param client - From `createBaseClient()` or `createClient()`.
 * @param args - Path parameters, the JSON body, per-call options.
 * @throws {ApiError} When the API answers with a non-2xx status (`status`, `body`, `errors`, `requestId`).
 * @throws {ValidationError} When the body, query or a path parameter breaks the spec (nothing is sent), or, with `validateResponses`, when the 2xx body does.
 * @throws {TimeoutError} When an attempt takes longer than `timeoutMs`.
 * @throws {ConnectionError} When no answer comes (DNS, refused or reset connection, TLS), after the retries allowed.
 * @throws {ClientError} When the operation needs credentials that no option or environment variable gives, or the call is aborted.
 */
export function createBotFeedbackReport(client, args) {
  return callOperation(
    client,
    {
      id: "createBotFeedbackReport",
      method: "POST",
      path: "/zones/{zone_id}/bot_management/feedback",
      pathParams: { zone_id: { maxLength: 32 } },
      idempotent: false,
      security: [["api_token"], ["api_email", "api_key"]],
      validate: { body: validateCreateBotFeedbackReportBody },
    },
    args,
  );
}
/**
 * List feedback reports
 *
 * Returns all feedback reports previously submitted for the specified zone. Feedback reports help improve detection by sharing samples of traffic that were misclassified as bots or humans. Available on Business and Enterprise plans. The response is a bare JSON array, not the Cloudflare envelope.
 *
 * `GET /zones/{zone_id}/bot_management/feedback`
 *
 * Credentials: `apiToken` (or `CLOUDFLARE_API_TOKEN` in the environment), or `apiEmail` + `apiKey` (or `CLOUDFLARE_EMAIL` and `CLOUDFLARE_API_KEY` in the environment).
 *
 * Parameters:
 * - `path.zone_id` (required): Identifier.
 *
 * @param client - From `createBaseClient()` or `createClient()`.
 * @param args - Path parameters, per-call options.
 * @throws {ApiError} When the API answers with a non-2xx status (`status`, `body`, `errors`, `requestId`).
 * @throws {ValidationError} When the body, query or a path parameter breaks the spec (nothing is sent), or, with `validateResponses`, when the 2xx body does.
 * @throws {TimeoutError} When an attempt takes longer than `timeoutMs`.
 * @throws {ConnectionError} When no answer comes (DNS, refused or reset connection, TLS), after the retries allowed.
 * @throws {ClientError} When the operation needs credentials that no option or environment variable gives, or the call is aborted.
 */
export function listBotFeedbackReports(client, args) {
  return callOperation(
    client,
    {
      id: "listBotFeedbackReports",
      method: "GET",
      path: "/zones/{zone_id}/bot_management/feedback",
      pathParams: { zone_id: { maxLength: 32 } },
      idempotent: true,
      security: [["api_token"], ["api_email", "api_key"]],
    },
    args,
  );
}
/**
 * Get Zone Bot Management Config
 *
 * Retrieve a zone's Bot Management Config.
 *
 * `GET /zones/{zone_id}/bot_management`
 *
 * Credentials: `apiToken` (or `CLOUDFLARE_API_TOKEN` in the environment), or `apiEmail` + `apiKey` (or `CLOUDFLARE_EMAIL` and `CLOUDFLARE_API_KEY` in the environment).
 *
 * Parameters:
 * - `path.zone_id` (required): Identifier.
 *
 * @param client - From `createBaseClient()` or `createClient()`.
 * @param args - Path parameters, per-call options.
 * @throws {ApiError} When the API answers with a non-2xx status (`status`, `body`, `errors`, `requestId`).
 * @throws {ValidationError} When the body, query or a path parameter breaks the spec (nothing is sent), or, with `validateResponses`, when the 2xx body does.
 * @throws {TimeoutError} When an attempt takes longer than `timeoutMs`.
 * @throws {ConnectionError} When no answer comes (DNS, refused or reset connection, TLS), after the retries allowed.
 * @throws {ClientError} When the operation needs credentials that no option or environment variable gives, or the call is aborted.
 */
export function getBotManagementConfig(client, args) {
  return callOperation(
    client,
    {
      id: "getBotManagementConfig",
      method: "GET",
      path: "/zones/{zone_id}/bot_management",
      pathParams: { zone_id: { maxLength: 32 } },
      idempotent: true,
      security: [["api_token"], ["api_email", "api_key"]],
    },
    args,
  );
}
/**
 * Update Zone Bot Management Config
 *
 * Updates the Bot Management configuration for a zone.
 *
 * This API is used to update:
 * - Bot Fight Mode
 * - Super Bot Fight Mode
 * - Bot Management for Enterprise
 *
 * See Bot Plans for more information on the different plans. If you recently upgraded or
 * downgraded your plan, use the clean-up examples to remove old zone configurations based on
 * your current plan. For BM Enterprise, it is strongly recommended that you ensure you have
 * custom rules in place to protect your zone before disabling the SBFM rules: without these
 * protections, your zone is vulnerable to attacks.
 *
 * `PUT /zones/{zone_id}/bot_management`
 *
 * Credentials: `apiToken` (or `CLOUDFLARE_API_TOKEN` in the environment), or `apiEmail` + `apiKey` (or `CLOUDFLARE_EMAIL` and `CLOUDFLARE_API_KEY` in the environment).
 *
 * Parameters:
 * - `path.zone_id` (required): Identifier.
 *
 * @param client - From `createBaseClient()` or `createClient()`.
 * @param args - Path parameters, the JSON body, per-call options.
 * @throws {ApiError} When the API answers with a non-2xx status (`status`, `body`, `errors`, `requestId`).
 * @throws {ValidationError} When the body, query or a path parameter breaks the spec (nothing is sent), or, with `validateResponses`, when the 2xx body does.
 * @throws {TimeoutError} When an attempt takes longer than `timeoutMs`.
 * @throws {ConnectionError} When no answer comes (DNS, refused or reset connection, TLS), after the retries allowed.
 * @throws {ClientError} When the operation needs credentials that no option or environment variable gives, or the call is aborted.
 */
export function updateBotManagementConfig(client, args) {
  return callOperation(
    client,
    {
      id: "updateBotManagementConfig",
      method: "PUT",
      path: "/zones/{zone_id}/bot_management",
      pathParams: { zone_id: { maxLength: 32 } },
      idempotent: true,
      security: [["api_token"], ["api_email", "api_key"]],
      validate: { body: validateUpdateBotManagementConfigBody },
    },
    args,
  );
}
/**
 * Updates Security Center Insight Classification
 *
 * Updates the user classification for a Security Center insight. Valid values are 'false_positive' or 'accept_risk'. To reset, set classification to null. Cannot change directly between classification values - must reset to null first.
 *
 * `PATCH /{accounts_or_zones}/{account_or_zone_id}/security-center/insights/{issue_id}/classification`
 *
 * Credentials: `apiToken` (or `CLOUDFLARE_API_TOKEN` in the environment), or `apiEmail` + `apiKey` (or `CLOUDFLARE_EMAIL` and `CLOUDFLARE_API_KEY` in the environment).
 *
 * Parameters:
 * - `path.accounts_or_zones` (required): Whether `account_or_zone_id` is an account (`accounts`) or a zone (`zones`).
 * - `path.account_or_zone_id` (required): The Account ID or the Zone ID to use for this endpoint: an `account_id` when `accounts_or_zones` is `accounts`, a `zone_id` when it is `zones`. The two are mutually exclusive.
 * - `path.issue_id` (required): The insight's issue ID.
 *
 * @param client - From `createBaseClient()` or `createClient()`.
 * @param args - Path parameters, the JSON body, per-call options.
 * @throws {ApiError} When the API answers with a non-2xx status (`status`, `body`, `errors`, `requestId`).
 * @throws {ValidationError} When the body, query or a path parameter breaks the spec (nothing is sent), or, with `validateResponses`, when the 2xx body does.
 * @throws {TimeoutError} When an attempt takes longer than `timeoutMs`.
 * @throws {ConnectionError} When no answer comes (DNS, refused or reset connection, TLS), after the retries allowed.
 * @throws {ClientError} When the operation needs credentials that no option or environment variable gives, or the call is aborted.
 */
export function updateInsightClassification(client, args) {
  return callOperation(
    client,
    {
      id: "updateInsightClassification",
      method: "PATCH",
      path: "/{accounts_or_zones}/{account_or_zone_id}/security-center/insights/{issue_id}/classification",
      pathParams: {
        accounts_or_zones: { enum: ["accounts", "zones"] },
        account_or_zone_id: {},
        issue_id: {},
      },
      idempotent: false,
      security: [["api_token"], ["api_email", "api_key"]],
      validate: { body: validateUpdateInsightClassificationBody },
    },
    args,
  );
}
/**
 * Request review on mitigations
 *
 * Request a review for mitigations on an account.
 *
 * `POST /accounts/{account_id}/abuse-reports/{report_id}/mitigations/appeal`
 *
 * Credentials: `apiToken` (or `CLOUDFLARE_API_TOKEN` in the environment).
 *
 * Parameters:
 * - `path.account_id` (required): Identifier of the Cloudflare account.
 * - `path.report_id` (required): The abuse report's ID.
 *
 * @param client - From `createBaseClient()` or `createClient()`.
 * @param args - Path parameters, the JSON body, per-call options.
 * @throws {ApiError} When the API answers with a non-2xx status (`status`, `body`, `errors`, `requestId`).
 * @throws {ValidationError} When the body, query or a path parameter breaks the spec (nothing is sent), or, with `validateResponses`, when the 2xx body does.
 * @throws {TimeoutError} When an attempt takes longer than `timeoutMs`.
 * @throws {ConnectionError} When no answer comes (DNS, refused or reset connection, TLS), after the retries allowed.
 * @throws {ClientError} When the operation needs credentials that no option or environment variable gives, or the call is aborted.
 */
export function requestMitigationReview(client, args) {
  return callOperation(
    client,
    {
      id: "requestMitigationReview",
      method: "POST",
      path: "/accounts/{account_id}/abuse-reports/{report_id}/mitigations/appeal",
      pathParams: { account_id: { maxLength: 32 }, report_id: {} },
      idempotent: false,
      security: [["api_token"]],
      validate: { body: validateRequestMitigationReviewBody },
    },
    args,
  );
}
/**
 * Create Miscategorization
 *
 * Allows you to submit requests to change a domain's category.
 *
 * `POST /accounts/{account_id}/intel/miscategorization`
 *
 * Credentials: `apiToken` (or `CLOUDFLARE_API_TOKEN` in the environment), or `apiEmail` + `apiKey` (or `CLOUDFLARE_EMAIL` and `CLOUDFLARE_API_KEY` in the environment).
 *
 * Parameters:
 * - `path.account_id` (required): Identifier of the Cloudflare account.
 *
 * @param client - From `createBaseClient()` or `createClient()`.
 * @param args - Path parameters, the JSON body, per-call options.
 * @throws {ApiError} When the API answers with a non-2xx status (`status`, `body`, `errors`, `requestId`).
 * @throws {ValidationError} When the body, query or a path parameter breaks the spec (nothing is sent), or, with `validateResponses`, when the 2xx body does.
 * @throws {TimeoutError} When an attempt takes longer than `timeoutMs`.
 * @throws {ConnectionError} When no answer comes (DNS, refused or reset connection, TLS), after the retries allowed.
 * @throws {ClientError} When the operation needs credentials that no option or environment variable gives, or the call is aborted.
 */
export function createMiscategorization(client, args) {
  return callOperation(
    client,
    {
      id: "createMiscategorization",
      method: "POST",
      path: "/accounts/{account_id}/intel/miscategorization",
      pathParams: { account_id: { maxLength: 32 } },
      idempotent: false,
      security: [["api_token"], ["api_email", "api_key"]],
      validate: { body: validateCreateMiscategorizationBody },
    },
    args,
  );
}
