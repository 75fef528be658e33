import type {
  CreateBotFeedbackReportArgs,
  ListBotFeedbackReportsResult,
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
import { type Validator } from "./runtime/validation.js";
import type { components } from "./types.js";
/**
 * One validator per component schema of the spec, by name.
 *
 * Each is a Standard Schema v1 validator with `issues`, `is` (a type guard) and `assert`.
 */
export declare const schemas: {
  readonly Identifier: Validator<components["schemas"]["Identifier"]>;
  readonly ResponseInfo: Validator<components["schemas"]["ResponseInfo"]>;
  readonly ResponseMessage: Validator<components["schemas"]["ResponseMessage"]>;
  readonly SuccessEnvelope: Validator<components["schemas"]["SuccessEnvelope"]>;
  readonly ErrorEnvelope: Validator<components["schemas"]["ErrorEnvelope"]>;
  readonly ResultInfo: Validator<components["schemas"]["ResultInfo"]>;
  readonly BotFeedbackReport: Validator<components["schemas"]["BotFeedbackReport"]>;
  readonly FeedbackType: Validator<components["schemas"]["FeedbackType"]>;
  readonly RequestsByAttribute: Validator<components["schemas"]["RequestsByAttribute"]>;
  readonly AttributeCounts: Validator<components["schemas"]["AttributeCounts"]>;
  readonly RequestsByScore: Validator<components["schemas"]["RequestsByScore"]>;
  readonly RequestsByScoreSrc: Validator<components["schemas"]["RequestsByScoreSrc"]>;
  readonly InsightClassificationUpdate: Validator<
    components["schemas"]["InsightClassificationUpdate"]
  >;
  readonly MitigationAppealRequest: Validator<components["schemas"]["MitigationAppealRequest"]>;
  readonly MitigationAppeal: Validator<components["schemas"]["MitigationAppeal"]>;
  readonly MitigationReview: Validator<components["schemas"]["MitigationReview"]>;
  readonly MitigationReviewEnvelope: Validator<components["schemas"]["MitigationReviewEnvelope"]>;
  readonly Miscategorization: Validator<components["schemas"]["Miscategorization"]>;
  readonly BotManagementConfig: Validator<components["schemas"]["BotManagementConfig"]>;
  readonly BotManagementConfigEnvelope: Validator<
    components["schemas"]["BotManagementConfigEnvelope"]
  >;
};
/**
 * One validator per operation with a JSON request body, by operationId.
 *
 * Each is a Standard Schema v1 validator with `issues`, `is` (a type guard) and `assert`.
 */
export declare const requestBodies: {
  readonly createBotFeedbackReport: Validator<NonNullable<CreateBotFeedbackReportArgs["body"]>>;
  readonly updateBotManagementConfig: Validator<NonNullable<UpdateBotManagementConfigArgs["body"]>>;
  readonly updateInsightClassification: Validator<
    NonNullable<UpdateInsightClassificationArgs["body"]>
  >;
  readonly requestMitigationReview: Validator<NonNullable<RequestMitigationReviewArgs["body"]>>;
  readonly createMiscategorization: Validator<NonNullable<CreateMiscategorizationArgs["body"]>>;
};
/**
 * One validator per operation's 2xx JSON response body, by operationId.
 *
 * Each is a Standard Schema v1 validator with `issues`, `is` (a type guard) and `assert`.
 */
export declare const responses: {
  readonly listBotFeedbackReports: Validator<ListBotFeedbackReportsResult>;
  readonly getBotManagementConfig: Validator<GetBotManagementConfigResult>;
  readonly updateBotManagementConfig: Validator<UpdateBotManagementConfigResult>;
  readonly updateInsightClassification: Validator<UpdateInsightClassificationResult>;
  readonly requestMitigationReview: Validator<RequestMitigationReviewResult>;
  readonly createMiscategorization: Validator<CreateMiscategorizationResult>;
};
