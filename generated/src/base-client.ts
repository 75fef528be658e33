// Generated from the OpenAPI spec by cf-sdk-generate. Do not edit: edit the spec and regenerate.

import { createRuntimeClient, type BaseClient as RuntimeBaseClient } from "./runtime/client.js";
import type { Credential } from "./runtime/auth.js";
import type { BaseClientOptions } from "./runtime/options.js";
import type { paths } from "./types.js";

/**
 * Options of `createClient` and `createBaseClient` for Cloudflare classification disputes. Every option is optional.
 *
 * Credentials: one option per security scheme of the spec. Each operation sends the first of its alternatives (in spec order) whose options are all given, looking at these options first and then at the environment variables named below (where the runtime has `process.env`); an operation that needs credentials none of them give rejects with a `ClientError` naming the options that would do.
 */
export interface ClientOptions extends BaseClientOptions {
  /**
   * The preferred authorization scheme for interacting with the Cloudflare API. Create a token. Example: `Authorization: Bearer Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY`
   *
   * Security scheme `api_token`, sent as `Authorization: Bearer <token>`. A string, or a function returning one (or a Promise of one), called for every request: for rotating credentials.
   *
   * Environment fallback: `CLOUDFLARE_API_TOKEN`.
   */
  apiToken?: Credential;
  /**
   * The previous authorization scheme for interacting with the Cloudflare API, used in conjunction with a Global API key. Example: `X-Auth-Email: user@example.com`
   *
   * Security scheme `api_email`, sent in the `X-Auth-Email` header. A string, or a function returning one (or a Promise of one), called for every request: for rotating credentials.
   *
   * Used together with `apiKey`.
   *
   * Environment fallback: `CLOUDFLARE_EMAIL`.
   */
  apiEmail?: Credential;
  /**
   * The previous authorization scheme for interacting with the Cloudflare API. When possible, use API tokens instead of Global API keys. Example: `X-Auth-Key: 144c9defac04969c7bfad8efaa8ea194`
   *
   * Security scheme `api_key`, sent in the `X-Auth-Key` header. A string, or a function returning one (or a Promise of one), called for every request: for rotating credentials.
   *
   * Used together with `apiEmail`.
   *
   * Environment fallback: `CLOUDFLARE_API_KEY`.
   */
  apiKey?: Credential;
  /**
   * The API root.
   *
   * Default base URL: https://api.cloudflare.com/client/v4 (or `CLOUDFLARE_BASE_URL` in the environment).
   */
  baseUrl?: string;
}

/**
 * A client of Cloudflare classification disputes without operation methods: pass it to the operation functions.
 *
 * `raw` is the underlying openapi-fetch client, typed by the spec's `paths`.
 */
export type BaseClient = RuntimeBaseClient<paths>;

/**
 * Creates a base client for the tree-shakable form: import only the operation functions you call, and your bundle holds only their code.
 *
 * Default base URL: https://api.cloudflare.com/client/v4 (or `CLOUDFLARE_BASE_URL` in the environment).
 *
 * @param options - See {@link ClientOptions}: credentials, `baseUrl`, `fetch`, `headers`, `maxRetries`, `timeoutMs`, `validateRequests`, `validateResponses`, `responseValidators`.
 *
 * @throws {ClientError} When an option is malformed (a credential of the wrong type or with a line break, `maxRetries` or `timeoutMs` not a whole number, no `fetch` at all).
 */
export function createBaseClient(options: ClientOptions = {}): BaseClient {
  return createRuntimeClient<paths>(options, {
    baseUrl: "https://api.cloudflare.com/client/v4",
    baseUrlEnv: "CLOUDFLARE_BASE_URL",
    userAgent: "cloudflare-classification-client/2.0.0",
    security: {
      api_token: {
        kind: "bearer",
        option: "apiToken",
        env: "CLOUDFLARE_API_TOKEN",
      },
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
