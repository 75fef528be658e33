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
