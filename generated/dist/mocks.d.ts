import {
  type MockFailures,
  type MockFetch,
  type MockHandler,
  type MockOptions,
} from "./runtime/mocks.js";
import type {
  CreateBotFeedbackReportArgs,
  CreateBotFeedbackReportResult,
  ListBotFeedbackReportsArgs,
  ListBotFeedbackReportsResult,
  GetBotManagementConfigArgs,
  GetBotManagementConfigResult,
  UpdateBotManagementConfigArgs,
  UpdateBotManagementConfigResult,
  UpdateInsightClassificationArgs,
  UpdateInsightClassificationResult,
  RequestMitigationReviewArgs,
  RequestMitigationReviewResult,
  CreateMiscategorizationArgs,
  CreateMiscategorizationResult,
} from "./operations.js";
/**
 * Answers by operationId, instead of the default ones. A handler gets the request (already checked against the spec) and returns the JSON body of the operation's first 2xx response, checked against its schema (a body that breaks it answers 500 naming the field), or a `Response` sent as it is (any status, headers, body). Sync or async.
 */
export interface MockOverrides {
  /**
   * `POST /zones/{zone_id}/bot_management/feedback`: Submit a feedback report
   */
  readonly createBotFeedbackReport?: MockHandler<
    CreateBotFeedbackReportArgs,
    CreateBotFeedbackReportResult
  >;
  /**
   * `GET /zones/{zone_id}/bot_management/feedback`: List feedback reports
   */
  readonly listBotFeedbackReports?: MockHandler<
    ListBotFeedbackReportsArgs,
    ListBotFeedbackReportsResult
  >;
  /**
   * `GET /zones/{zone_id}/bot_management`: Get Zone Bot Management Config
   */
  readonly getBotManagementConfig?: MockHandler<
    GetBotManagementConfigArgs,
    GetBotManagementConfigResult
  >;
  /**
   * `PUT /zones/{zone_id}/bot_management`: Update Zone Bot Management Config
   */
  readonly updateBotManagementConfig?: MockHandler<
    UpdateBotManagementConfigArgs,
    UpdateBotManagementConfigResult
  >;
  /**
   * `PATCH /{accounts_or_zones}/{account_or_zone_id}/security-center/insights/{issue_id}/classification`: Updates Security Center Insight Classification
   */
  readonly updateInsightClassification?: MockHandler<
    UpdateInsightClassificationArgs,
    UpdateInsightClassificationResult
  >;
  /**
   * `POST /accounts/{account_id}/abuse-reports/{report_id}/mitigations/appeal`: Request review on mitigations
   */
  readonly requestMitigationReview?: MockHandler<
    RequestMitigationReviewArgs,
    RequestMitigationReviewResult
  >;
  /**
   * `POST /accounts/{account_id}/intel/miscategorization`: Create Miscategorization
   */
  readonly createMiscategorization?: MockHandler<
    CreateMiscategorizationArgs,
    CreateMiscategorizationResult
  >;
}
/**
 * A `fetch` that answers as Cloudflare classification disputes would, for `createClient({ fetch })` in your tests: every request is checked with the package's own validators (an invalid one gets the API's error answer, one entry per problem); a valid one gets its override's answer, else the operation's first 2xx response (the spec's example, else data made from its schema). `calls` lists every request, parsed, credentials redacted.
 *
 * @param overrides - Answers by operationId.
 *
 * @param options - `baseUrl` when the client uses another one than the spec's server.
 */
export declare function createMockFetch(
  overrides?: MockOverrides,
  options?: MockOptions,
): MockFetch;
/**
 * A response with `status` and the API's error body saying `message`: return it from an override.
 */
export declare const errorResponse: MockFailures["errorResponse"];
/**
 * 429 with `Retry-After` (seconds, default 1) and the API's error body: return it from an override.
 */
export declare const rateLimited: MockFailures["rateLimited"];
/**
 * 503 with the API's error body (and `Retry-After` when given): return it from an override.
 */
export declare const unavailable: MockFailures["unavailable"];
export {
  delayed,
  dropConnection,
  type MockCall,
  type MockFetch,
  type MockHandler,
  type MockOptions,
  type MockRequest,
} from "./runtime/mocks.js";
