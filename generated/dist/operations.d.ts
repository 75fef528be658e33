import type { BaseClient } from "./base-client.js";
import { type DeepReadonly, type RequestOptions } from "./runtime/operation.js";
import type { operations } from "./types.js";
/**
 * Arguments of {@link createBotFeedbackReport}: path parameters, the JSON body, per-call options.
 */
export interface CreateBotFeedbackReportArgs extends RequestOptions {
  /**
   * Path parameters: zone_id.
   */
  path: operations["createBotFeedbackReport"]["parameters"]["path"];
  /**
   * The JSON request body.
   */
  body: DeepReadonly<
    operations["createBotFeedbackReport"]["requestBody"]["content"]["application/json"]
  >;
}
/**
 * What {@link createBotFeedbackReport} resolves to: the operation answers with no body.
 */
export type CreateBotFeedbackReportResult = undefined;
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
export declare function createBotFeedbackReport(
  client: BaseClient,
  args: CreateBotFeedbackReportArgs,
): Promise<CreateBotFeedbackReportResult>;
/**
 * Arguments of {@link listBotFeedbackReports}: path parameters, per-call options.
 */
export interface ListBotFeedbackReportsArgs extends RequestOptions {
  /**
   * Path parameters: zone_id.
   */
  path: operations["listBotFeedbackReports"]["parameters"]["path"];
}
/**
 * What {@link listBotFeedbackReports} resolves to: the parsed 2xx JSON body.
 */
export type ListBotFeedbackReportsResult =
  operations["listBotFeedbackReports"]["responses"][200]["content"]["application/json"];
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
export declare function listBotFeedbackReports(
  client: BaseClient,
  args: ListBotFeedbackReportsArgs,
): Promise<ListBotFeedbackReportsResult>;
/**
 * Arguments of {@link getBotManagementConfig}: path parameters, per-call options.
 */
export interface GetBotManagementConfigArgs extends RequestOptions {
  /**
   * Path parameters: zone_id.
   */
  path: operations["getBotManagementConfig"]["parameters"]["path"];
}
/**
 * What {@link getBotManagementConfig} resolves to: the parsed 2xx JSON body.
 */
export type GetBotManagementConfigResult =
  operations["getBotManagementConfig"]["responses"][200]["content"]["application/json"];
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
export declare function getBotManagementConfig(
  client: BaseClient,
  args: GetBotManagementConfigArgs,
): Promise<GetBotManagementConfigResult>;
/**
 * Arguments of {@link updateBotManagementConfig}: path parameters, the JSON body, per-call options.
 */
export interface UpdateBotManagementConfigArgs extends RequestOptions {
  /**
   * Path parameters: zone_id.
   */
  path: operations["updateBotManagementConfig"]["parameters"]["path"];
  /**
   * The JSON request body.
   */
  body: DeepReadonly<
    operations["updateBotManagementConfig"]["requestBody"]["content"]["application/json"]
  >;
}
/**
 * What {@link updateBotManagementConfig} resolves to: the parsed 2xx JSON body.
 */
export type UpdateBotManagementConfigResult =
  operations["updateBotManagementConfig"]["responses"][200]["content"]["application/json"];
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
export declare function updateBotManagementConfig(
  client: BaseClient,
  args: UpdateBotManagementConfigArgs,
): Promise<UpdateBotManagementConfigResult>;
/**
 * Arguments of {@link updateInsightClassification}: path parameters, the JSON body, per-call options.
 */
export interface UpdateInsightClassificationArgs extends RequestOptions {
  /**
   * Path parameters: accounts_or_zones, account_or_zone_id, issue_id.
   */
  path: operations["updateInsightClassification"]["parameters"]["path"];
  /**
   * The JSON request body.
   */
  body: DeepReadonly<
    operations["updateInsightClassification"]["requestBody"]["content"]["application/json"]
  >;
}
/**
 * What {@link updateInsightClassification} resolves to: the parsed 2xx JSON body.
 */
export type UpdateInsightClassificationResult =
  operations["updateInsightClassification"]["responses"][200]["content"]["application/json"];
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
export declare function updateInsightClassification(
  client: BaseClient,
  args: UpdateInsightClassificationArgs,
): Promise<UpdateInsightClassificationResult>;
/**
 * Arguments of {@link requestMitigationReview}: path parameters, the JSON body, per-call options.
 */
export interface RequestMitigationReviewArgs extends RequestOptions {
  /**
   * Path parameters: account_id, report_id.
   */
  path: operations["requestMitigationReview"]["parameters"]["path"];
  /**
   * The JSON request body.
   */
  body: DeepReadonly<
    operations["requestMitigationReview"]["requestBody"]["content"]["application/json"]
  >;
}
/**
 * What {@link requestMitigationReview} resolves to: the parsed 2xx JSON body.
 */
export type RequestMitigationReviewResult =
  operations["requestMitigationReview"]["responses"][200]["content"]["application/json"];
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
export declare function requestMitigationReview(
  client: BaseClient,
  args: RequestMitigationReviewArgs,
): Promise<RequestMitigationReviewResult>;
/**
 * Arguments of {@link createMiscategorization}: path parameters, the JSON body, per-call options.
 */
export interface CreateMiscategorizationArgs extends RequestOptions {
  /**
   * Path parameters: account_id.
   */
  path: operations["createMiscategorization"]["parameters"]["path"];
  /**
   * The JSON request body.
   */
  body: DeepReadonly<
    operations["createMiscategorization"]["requestBody"]["content"]["application/json"]
  >;
}
/**
 * What {@link createMiscategorization} resolves to: the parsed 2xx JSON body.
 */
export type CreateMiscategorizationResult =
  operations["createMiscategorization"]["responses"][200]["content"]["application/json"];
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
export declare function createMiscategorization(
  client: BaseClient,
  args: CreateMiscategorizationArgs,
): Promise<CreateMiscategorizationResult>;
