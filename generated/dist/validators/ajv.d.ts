// Generated from the OpenAPI spec by cf-sdk-generate. Do not edit: edit the spec and regenerate.

import type { AjvValidate } from "../runtime/validation.js";

export declare const validateSchema0_Identifier: AjvValidate;

export declare const validateSchema1_ResponseInfo: AjvValidate;

export declare const validateSchema2_ResponseMessage: AjvValidate;

export declare const validateSchema3_SuccessEnvelope: AjvValidate;

export declare const validateSchema4_ErrorEnvelope: AjvValidate;

export declare const validateSchema5_ResultInfo: AjvValidate;

export declare const validateSchema6_BotFeedbackReport: AjvValidate;

export declare const validateSchema7_FeedbackType: AjvValidate;

export declare const validateSchema8_RequestsByAttribute: AjvValidate;

export declare const validateSchema9_AttributeCounts: AjvValidate;

export declare const validateSchema10_RequestsByScore: AjvValidate;

export declare const validateSchema11_RequestsByScoreSrc: AjvValidate;

export declare const validateSchema12_InsightClassificationUpdate: AjvValidate;

export declare const validateSchema13_MitigationAppealRequest: AjvValidate;

export declare const validateSchema14_MitigationAppeal: AjvValidate;

export declare const validateSchema15_MitigationReview: AjvValidate;

export declare const validateSchema16_MitigationReviewEnvelope: AjvValidate;

export declare const validateSchema17_Miscategorization: AjvValidate;

export declare const validateSchema18_BotManagementConfig: AjvValidate;

export declare const validateSchema19_BotManagementConfigEnvelope: AjvValidate;

export declare const validateCreateBotFeedbackReportBody: AjvValidate;

export declare const validateListBotFeedbackReportsResponse: AjvValidate;

export declare const validateGetBotManagementConfigResponse: AjvValidate;

export declare const validateUpdateBotManagementConfigBody: AjvValidate;

export declare const validateUpdateBotManagementConfigResponse: AjvValidate;

export declare const validateUpdateInsightClassificationBody: AjvValidate;

export declare const validateUpdateInsightClassificationResponse: AjvValidate;

export declare const validateRequestMitigationReviewBody: AjvValidate;

export declare const validateRequestMitigationReviewResponse: AjvValidate;

export declare const validateCreateMiscategorizationBody: AjvValidate;

export declare const validateCreateMiscategorizationResponse: AjvValidate;
