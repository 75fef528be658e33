// Generated from the OpenAPI spec by cf-sdk-generate. Do not edit: edit the spec and regenerate.

import { createBaseClient, type BaseClient, type ClientOptions } from "./base-client.js";
import {
  createBotFeedbackReport,
  type CreateBotFeedbackReportArgs,
  type CreateBotFeedbackReportResult,
  listBotFeedbackReports,
  type ListBotFeedbackReportsArgs,
  type ListBotFeedbackReportsResult,
  getBotManagementConfig,
  type GetBotManagementConfigArgs,
  type GetBotManagementConfigResult,
  updateBotManagementConfig,
  type UpdateBotManagementConfigArgs,
  type UpdateBotManagementConfigResult,
  updateInsightClassification,
  type UpdateInsightClassificationArgs,
  type UpdateInsightClassificationResult,
  requestMitigationReview,
  type RequestMitigationReviewArgs,
  type RequestMitigationReviewResult,
  createMiscategorization,
  type CreateMiscategorizationArgs,
  type CreateMiscategorizationResult,
} from "./operations.js";
import { responses } from "./validators.js";

/**
 * A client of Cloudflare classification disputes: one method per operation, named by its operationId.
 */
export interface Client extends BaseClient {
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
   * @param args - Path parameters, the JSON body, per-call options.
   * @throws {ApiError} When the API answers with a non-2xx status (`status`, `body`, `errors`, `requestId`).
   * @throws {ValidationError} When the body, query or a path parameter breaks the spec (nothing is sent), or, with `validateResponses`, when the 2xx body does.
   * @throws {TimeoutError} When an attempt takes longer than `timeoutMs`.
   * @throws {ConnectionError} When no answer comes (DNS, refused or reset connection, TLS), after the retries allowed.
   * @throws {ClientError} When the operation needs credentials that no option or environment variable gives, or the call is aborted.
   */
  createBotFeedbackReport(
    args: CreateBotFeedbackReportArgs,
  ): Promise<CreateBotFeedbackReportResult>;
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
   * @param args - Path parameters, per-call options.
   * @throws {ApiError} When the API answers with a non-2xx status (`status`, `body`, `errors`, `requestId`).
   * @throws {ValidationError} When the body, query or a path parameter breaks the spec (nothing is sent), or, with `validateResponses`, when the 2xx body does.
   * @throws {TimeoutError} When an attempt takes longer than `timeoutMs`.
   * @throws {ConnectionError} When no answer comes (DNS, refused or reset connection, TLS), after the retries allowed.
   * @throws {ClientError} When the operation needs credentials that no option or environment variable gives, or the call is aborted.
   */
  listBotFeedbackReports(args: ListBotFeedbackReportsArgs): Promise<ListBotFeedbackReportsResult>;
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
   * @param args - Path parameters, per-call options.
   * @throws {ApiError} When the API answers with a non-2xx status (`status`, `body`, `errors`, `requestId`).
   * @throws {ValidationError} When the body, query or a path parameter breaks the spec (nothing is sent), or, with `validateResponses`, when the 2xx body does.
   * @throws {TimeoutError} When an attempt takes longer than `timeoutMs`.
   * @throws {ConnectionError} When no answer comes (DNS, refused or reset connection, TLS), after the retries allowed.
   * @throws {ClientError} When the operation needs credentials that no option or environment variable gives, or the call is aborted.
   */
  getBotManagementConfig(args: GetBotManagementConfigArgs): Promise<GetBotManagementConfigResult>;
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
   * @param args - Path parameters, the JSON body, per-call options.
   * @throws {ApiError} When the API answers with a non-2xx status (`status`, `body`, `errors`, `requestId`).
   * @throws {ValidationError} When the body, query or a path parameter breaks the spec (nothing is sent), or, with `validateResponses`, when the 2xx body does.
   * @throws {TimeoutError} When an attempt takes longer than `timeoutMs`.
   * @throws {ConnectionError} When no answer comes (DNS, refused or reset connection, TLS), after the retries allowed.
   * @throws {ClientError} When the operation needs credentials that no option or environment variable gives, or the call is aborted.
   */
  updateBotManagementConfig(
    args: UpdateBotManagementConfigArgs,
  ): Promise<UpdateBotManagementConfigResult>;
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
   * @param args - Path parameters, the JSON body, per-call options.
   * @throws {ApiError} When the API answers with a non-2xx status (`status`, `body`, `errors`, `requestId`).
   * @throws {ValidationError} When the body, query or a path parameter breaks the spec (nothing is sent), or, with `validateResponses`, when the 2xx body does.
   * @throws {TimeoutError} When an attempt takes longer than `timeoutMs`.
   * @throws {ConnectionError} When no answer comes (DNS, refused or reset connection, TLS), after the retries allowed.
   * @throws {ClientError} When the operation needs credentials that no option or environment variable gives, or the call is aborted.
   */
  updateInsightClassification(
    args: UpdateInsightClassificationArgs,
  ): Promise<UpdateInsightClassificationResult>;
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
   * @param args - Path parameters, the JSON body, per-call options.
   * @throws {ApiError} When the API answers with a non-2xx status (`status`, `body`, `errors`, `requestId`).
   * @throws {ValidationError} When the body, query or a path parameter breaks the spec (nothing is sent), or, with `validateResponses`, when the 2xx body does.
   * @throws {TimeoutError} When an attempt takes longer than `timeoutMs`.
   * @throws {ConnectionError} When no answer comes (DNS, refused or reset connection, TLS), after the retries allowed.
   * @throws {ClientError} When the operation needs credentials that no option or environment variable gives, or the call is aborted.
   */
  requestMitigationReview(
    args: RequestMitigationReviewArgs,
  ): Promise<RequestMitigationReviewResult>;
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
   * @param args - Path parameters, the JSON body, per-call options.
   * @throws {ApiError} When the API answers with a non-2xx status (`status`, `body`, `errors`, `requestId`).
   * @throws {ValidationError} When the body, query or a path parameter breaks the spec (nothing is sent), or, with `validateResponses`, when the 2xx body does.
   * @throws {TimeoutError} When an attempt takes longer than `timeoutMs`.
   * @throws {ConnectionError} When no answer comes (DNS, refused or reset connection, TLS), after the retries allowed.
   * @throws {ClientError} When the operation needs credentials that no option or environment variable gives, or the call is aborted.
   */
  createMiscategorization(
    args: CreateMiscategorizationArgs,
  ): Promise<CreateMiscategorizationResult>;
}

/**
 * Creates a client of Cloudflare classification disputes with one method per operation.
 *
 * Each method is the operation function of the same name bound to one base client, which also holds the response validators `validateResponses` uses; for the smallest bundles, use `createBaseClient` and the operation functions instead.
 *
 * Default base URL: https://api.cloudflare.com/client/v4 (or `CLOUDFLARE_BASE_URL` in the environment).
 *
 * @param options - Every option is optional:
 * - `apiToken`: a token or key (or a function returning it) for security scheme `api_token`, sent as `Authorization: Bearer <token>`; default from `CLOUDFLARE_API_TOKEN`.
 * - `apiEmail`: a token or key (or a function returning it) for security scheme `api_email`, sent in the `X-Auth-Email` header; default from `CLOUDFLARE_EMAIL`.
 * - `apiKey`: a token or key (or a function returning it) for security scheme `api_key`, sent in the `X-Auth-Key` header; default from `CLOUDFLARE_API_KEY`.
 * - `baseUrl`: the API root (default above).
 * - `fetch`: a custom `fetch` (default `globalThis.fetch`).
 * - `headers`: headers sent with every request.
 * - `maxRetries`: extra attempts after a retryable failure (default 2).
 * - `timeoutMs`: time limit of each attempt in ms (default 60 000).
 * - `validateRequests`: check path, query and body before sending (default true).
 * - `validateResponses`: check 2xx JSON bodies against the spec (default false).
 *
 * @throws {ClientError} When an option is malformed (a credential of the wrong type or with a line break, `maxRetries` or `timeoutMs` not a whole number, no `fetch` at all).
 */
export function createClient(options: ClientOptions = {}): Client {
  const base = createBaseClient({ responseValidators: responses, ...options });
  return {
    raw: base.raw,
    createBotFeedbackReport: (args) => createBotFeedbackReport(base, args),
    listBotFeedbackReports: (args) => listBotFeedbackReports(base, args),
    getBotManagementConfig: (args) => getBotManagementConfig(base, args),
    updateBotManagementConfig: (args) => updateBotManagementConfig(base, args),
    updateInsightClassification: (args) => updateInsightClassification(base, args),
    requestMitigationReview: (args) => requestMitigationReview(base, args),
    createMiscategorization: (args) => createMiscategorization(base, args),
  };
}
