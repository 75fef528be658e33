// Generated from the OpenAPI spec by cf-sdk-generate. Do not edit: edit the spec and regenerate.
import { createRuntimeClient } from "./runtime/client.js";
/**
 * Creates a base client for the tree-shakable form: import only the operation functions you call, and your bundle holds only their code.
 *
 * Default base URL: https://api.cloudflare.com/client/v4 (or `CLOUDFLARE_BASE_URL` in the environment).
 *
 * @param options - See {@link ClientOptions}: credentials, `baseUrl`, `fetch`, `headers`, `maxRetries`, `timeoutMs`, `validateRequests`, `validateResponses`, `responseValidators`.
 *
 * @throws {ClientError} When an option is malformed (a credential of the wrong type or with a line break, `maxRetries` or `timeoutMs` not a whole number, no `fetch` at all).
 */
export function createBaseClient(options = {}) {
  return createRuntimeClient(options, {
    baseUrl: "https://api.cloudflare.com/client/v4",
    baseUrlEnv: "CLOUDFLARE_BASE_URL",
    userAgent: "cloudflare-classification-client/2.0.0",
    security: {
      api_token: { kind: "bearer", option: "apiToken", env: "CLOUDFLARE_API_TOKEN" },
      api_email: {
        kind: "apiKey",
        option: "apiEmail",
        in: "header",
        name: "X-Auth-Email",
        env: "CLOUDFLARE_EMAIL",
      },
      api_key: {
        kind: "apiKey",
        option: "apiKey",
        in: "header",
        name: "X-Auth-Key",
        env: "CLOUDFLARE_API_KEY",
      },
    },
    requestIdHeader: "cf-ray",
  });
}
