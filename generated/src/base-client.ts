// Generated from the OpenAPI spec by cf-sdk-generate. Do not edit: edit the spec and regenerate.

import { createRuntimeClient, type BaseClient as RuntimeBaseClient } from "./runtime/client.js";
import type { ClientOptions } from "./runtime/options.js";
import type { paths } from "./types.js";

/**
 * A client of Cloudflare classification disputes without operation methods: pass it to the operation functions.
 *
 * `raw` is the underlying openapi-fetch client, typed by the spec's `paths`.
 */
export type BaseClient = RuntimeBaseClient<paths>;

/**
 * Creates a base client for the tree-shakable form: import only the operation functions you call, and your bundle holds only their code.
 *
 * Default base URL: https://api.cloudflare.com/client/v4.
 *
 * @throws {ClientError} When no credentials are given (in the options or the environment), or both kinds are.
 */
export function createBaseClient(options: ClientOptions = {}): BaseClient {
  return createRuntimeClient<paths>(options, {
    baseUrl: "https://api.cloudflare.com/client/v4",
    userAgent: "cloudflare-classification-client/1.0.0",
  });
}
