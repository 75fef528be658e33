import { type BaseClient } from "./base-client.js";
import {
  type CreateBotFeedbackReportArgs,
  type CreateBotFeedbackReportResult,
  type ListBotFeedbackReportsArgs,
  type ListBotFeedbackReportsResult,
  type GetBotManagementConfigArgs,
  type GetBotManagementConfigResult,
  type UpdateBotManagementConfigArgs,
  type UpdateBotManagementConfigResult,
  type UpdateInsightClassificationArgs,
  type UpdateInsightClassificationResult,
  type RequestMitigationReviewArgs,
  type RequestMitigationReviewResult,
  type CreateMiscategorizationArgs,
  type CreateMiscategorizationResult,
} from "./operations.js";
import type { ClientOptions } from "./runtime/options.js";
/**
 * A client of Cloudflare classification disputes: one method per operation, named by its operationId.
 */
export interface Client extends BaseClient {
  /**
   * Submit a feedback report
   *
   * `POST /zones/{zone_id}/bot_management/feedback` — see {@link createBotFeedbackReport} for the details.
   */
  createBotFeedbackReport(
    args: CreateBotFeedbackReportArgs,
  ): Promise<CreateBotFeedbackReportResult>;
  /**
   * List feedback reports
   *
   * `GET /zones/{zone_id}/bot_management/feedback` — see {@link listBotFeedbackReports} for the details.
   */
  listBotFeedbackReports(args: ListBotFeedbackReportsArgs): Promise<ListBotFeedbackReportsResult>;
  /**
   * Get Zone Bot Management Config
   *
   * `GET /zones/{zone_id}/bot_management` — see {@link getBotManagementConfig} for the details.
   */
  getBotManagementConfig(args: GetBotManagementConfigArgs): Promise<GetBotManagementConfigResult>;
  /**
   * Update Zone Bot Management Config
   *
   * `PUT /zones/{zone_id}/bot_management` — see {@link updateBotManagementConfig} for the details.
   */
  updateBotManagementConfig(
    args: UpdateBotManagementConfigArgs,
  ): Promise<UpdateBotManagementConfigResult>;
  /**
   * Updates Security Center Insight Classification
   *
   * `PATCH /{accounts_or_zones}/{account_or_zone_id}/security-center/insights/{issue_id}/classification` — see {@link updateInsightClassification} for the details.
   */
  updateInsightClassification(
    args: UpdateInsightClassificationArgs,
  ): Promise<UpdateInsightClassificationResult>;
  /**
   * Request review on mitigations
   *
   * `POST /accounts/{account_id}/abuse-reports/{report_id}/mitigations/appeal` — see {@link requestMitigationReview} for the details.
   */
  requestMitigationReview(
    args: RequestMitigationReviewArgs,
  ): Promise<RequestMitigationReviewResult>;
  /**
   * Create Miscategorization
   *
   * `POST /accounts/{account_id}/intel/miscategorization` — see {@link createMiscategorization} for the details.
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
 * @throws {ClientError} When no credentials are given (in the options or the environment), or both kinds are.
 */
export declare function createClient(options?: ClientOptions): Client;
