// Generated from the OpenAPI spec by cf-sdk-generate. Do not edit: edit the spec and regenerate.
import { createBaseClient } from "./base-client.js";
import {
  createBotFeedbackReport,
  listBotFeedbackReports,
  getBotManagementConfig,
  updateBotManagementConfig,
  updateInsightClassification,
  requestMitigationReview,
  createMiscategorization,
} from "./operations.js";
import { responses } from "./validators.js";
/**
 * Creates a client of Cloudflare classification disputes with one method per operation.
 *
 * Each method is the operation function of the same name bound to one base client, which also holds the response validators `validateResponses` uses; for the smallest bundles, use `createBaseClient` and the operation functions instead.
 *
 * @throws {ClientError} When no credentials are given (in the options or the environment), or both kinds are.
 */
export function createClient(options = {}) {
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
