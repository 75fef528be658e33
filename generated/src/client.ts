// Generated from the OpenAPI spec by cf-sdk-generate. Do not edit: edit the spec and regenerate.

import { createBaseClient, type BaseClient } from "./base-client.js";
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
import type { ClientOptions } from "./runtime/options.js";
import { responses } from "./validators.js";

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
