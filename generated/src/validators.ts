// Generated from the OpenAPI spec by cf-sdk-generate. Do not edit: edit the spec and regenerate.

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
import { createValidator, type Validator } from "./runtime/validation.js";
import type { components } from "./types.js";
import {
  validateSchema0_Identifier,
  validateSchema1_ResponseInfo,
  validateSchema2_ResponseMessage,
  validateSchema3_SuccessEnvelope,
  validateSchema4_ErrorEnvelope,
  validateSchema5_ResultInfo,
  validateSchema6_BotFeedbackReport,
  validateSchema7_FeedbackType,
  validateSchema8_RequestsByAttribute,
  validateSchema9_AttributeCounts,
  validateSchema10_RequestsByScore,
  validateSchema11_RequestsByScoreSrc,
  validateSchema12_InsightClassificationUpdate,
  validateSchema13_MitigationAppealRequest,
  validateSchema14_MitigationAppeal,
  validateSchema15_MitigationReview,
  validateSchema16_MitigationReviewEnvelope,
  validateSchema17_Miscategorization,
  validateSchema18_BotManagementConfig,
  validateSchema19_BotManagementConfigEnvelope,
  validateCreateBotFeedbackReportBody,
  validateUpdateBotManagementConfigBody,
  validateUpdateInsightClassificationBody,
  validateRequestMitigationReviewBody,
  validateCreateMiscategorizationBody,
  validateListBotFeedbackReportsResponse,
  validateGetBotManagementConfigResponse,
  validateUpdateBotManagementConfigResponse,
  validateUpdateInsightClassificationResponse,
  validateRequestMitigationReviewResponse,
  validateCreateMiscategorizationResponse,
} from "./validators/ajv.js";

/**
 * One validator per component schema of the spec, by name.
 *
 * Each is a Standard Schema v1 validator with `issues`, `is` (a type guard) and `assert`.
 */
export const schemas: {
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
} = {
  Identifier: /* @__PURE__ */ createValidator(validateSchema0_Identifier, "value"),
  ResponseInfo: /* @__PURE__ */ createValidator(validateSchema1_ResponseInfo, "value"),
  ResponseMessage: /* @__PURE__ */ createValidator(validateSchema2_ResponseMessage, "value"),
  SuccessEnvelope: /* @__PURE__ */ createValidator(validateSchema3_SuccessEnvelope, "value"),
  ErrorEnvelope: /* @__PURE__ */ createValidator(validateSchema4_ErrorEnvelope, "value"),
  ResultInfo: /* @__PURE__ */ createValidator(validateSchema5_ResultInfo, "value"),
  BotFeedbackReport: /* @__PURE__ */ createValidator(validateSchema6_BotFeedbackReport, "value"),
  FeedbackType: /* @__PURE__ */ createValidator(validateSchema7_FeedbackType, "value"),
  RequestsByAttribute: /* @__PURE__ */ createValidator(
    validateSchema8_RequestsByAttribute,
    "value",
  ),
  AttributeCounts: /* @__PURE__ */ createValidator(validateSchema9_AttributeCounts, "value"),
  RequestsByScore: /* @__PURE__ */ createValidator(validateSchema10_RequestsByScore, "value"),
  RequestsByScoreSrc: /* @__PURE__ */ createValidator(validateSchema11_RequestsByScoreSrc, "value"),
  InsightClassificationUpdate: /* @__PURE__ */ createValidator(
    validateSchema12_InsightClassificationUpdate,
    "value",
  ),
  MitigationAppealRequest: /* @__PURE__ */ createValidator(
    validateSchema13_MitigationAppealRequest,
    "value",
  ),
  MitigationAppeal: /* @__PURE__ */ createValidator(validateSchema14_MitigationAppeal, "value"),
  MitigationReview: /* @__PURE__ */ createValidator(validateSchema15_MitigationReview, "value"),
  MitigationReviewEnvelope: /* @__PURE__ */ createValidator(
    validateSchema16_MitigationReviewEnvelope,
    "value",
  ),
  Miscategorization: /* @__PURE__ */ createValidator(validateSchema17_Miscategorization, "value"),
  BotManagementConfig: /* @__PURE__ */ createValidator(
    validateSchema18_BotManagementConfig,
    "value",
  ),
  BotManagementConfigEnvelope: /* @__PURE__ */ createValidator(
    validateSchema19_BotManagementConfigEnvelope,
    "value",
  ),
};

/**
 * One validator per operation with a JSON request body, by operationId.
 *
 * Each is a Standard Schema v1 validator with `issues`, `is` (a type guard) and `assert`.
 */
export const requestBodies: {
  readonly createBotFeedbackReport: Validator<NonNullable<CreateBotFeedbackReportArgs["body"]>>;
  readonly updateBotManagementConfig: Validator<NonNullable<UpdateBotManagementConfigArgs["body"]>>;
  readonly updateInsightClassification: Validator<
    NonNullable<UpdateInsightClassificationArgs["body"]>
  >;
  readonly requestMitigationReview: Validator<NonNullable<RequestMitigationReviewArgs["body"]>>;
  readonly createMiscategorization: Validator<NonNullable<CreateMiscategorizationArgs["body"]>>;
} = {
  createBotFeedbackReport: /* @__PURE__ */ createValidator(
    validateCreateBotFeedbackReportBody,
    "body",
  ),
  updateBotManagementConfig: /* @__PURE__ */ createValidator(
    validateUpdateBotManagementConfigBody,
    "body",
  ),
  updateInsightClassification: /* @__PURE__ */ createValidator(
    validateUpdateInsightClassificationBody,
    "body",
  ),
  requestMitigationReview: /* @__PURE__ */ createValidator(
    validateRequestMitigationReviewBody,
    "body",
  ),
  createMiscategorization: /* @__PURE__ */ createValidator(
    validateCreateMiscategorizationBody,
    "body",
  ),
};

/**
 * One validator per operation's 2xx JSON response body, by operationId.
 *
 * Each is a Standard Schema v1 validator with `issues`, `is` (a type guard) and `assert`.
 */
export const responses: {
  readonly listBotFeedbackReports: Validator<ListBotFeedbackReportsResult>;
  readonly getBotManagementConfig: Validator<GetBotManagementConfigResult>;
  readonly updateBotManagementConfig: Validator<UpdateBotManagementConfigResult>;
  readonly updateInsightClassification: Validator<UpdateInsightClassificationResult>;
  readonly requestMitigationReview: Validator<RequestMitigationReviewResult>;
  readonly createMiscategorization: Validator<CreateMiscategorizationResult>;
} = {
  listBotFeedbackReports: /* @__PURE__ */ createValidator(
    validateListBotFeedbackReportsResponse,
    "response",
  ),
  getBotManagementConfig: /* @__PURE__ */ createValidator(
    validateGetBotManagementConfigResponse,
    "response",
  ),
  updateBotManagementConfig: /* @__PURE__ */ createValidator(
    validateUpdateBotManagementConfigResponse,
    "response",
  ),
  updateInsightClassification: /* @__PURE__ */ createValidator(
    validateUpdateInsightClassificationResponse,
    "response",
  ),
  requestMitigationReview: /* @__PURE__ */ createValidator(
    validateRequestMitigationReviewResponse,
    "response",
  ),
  createMiscategorization: /* @__PURE__ */ createValidator(
    validateCreateMiscategorizationResponse,
    "response",
  ),
};
