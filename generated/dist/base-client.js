// Generated from the OpenAPI spec by cf-sdk-generate. Do not edit: edit the spec and regenerate.
import { createRuntimeClient } from "./runtime/client.js";
/**
 * Creates a base client for the tree-shakable form: import only the operation functions you call, and your bundle holds only their code.
 *
 * Default base URL: https://api.cloudflare.com/client/v4.
 *
 * @throws {ClientError} When no credentials are given (in the options or the environment), or both kinds are.
 */
export function createBaseClient(options = {}) {
  return createRuntimeClient(options, {
    baseUrl: "https://api.cloudflare.com/client/v4",
    userAgent: "cloudflare-classification-client/1.0.0",
  });
}
