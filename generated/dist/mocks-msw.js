// Generated from the OpenAPI spec by cf-sdk-generate. Do not edit: edit the spec and regenerate.
import { createMockFetch } from "./mocks.js";
import { handlersFor } from "./runtime/mocks-msw.js";
/**
 * MSW request handlers that answer as `createMockFetch` does (same validation, defaults and overrides), for `setupServer(...createMockHandlers())` or `setupWorker`. `calls` lists the requests they received. Needs `msw` (2 or 3) installed.
 *
 * @param overrides - Answers by operationId.
 *
 * @param options - `baseUrl` when the client uses another one than the spec's server.
 */
export function createMockHandlers(overrides = {}, options = {}) {
  return handlersFor(
    createMockFetch(overrides, options),
    options.baseUrl ?? "https://api.cloudflare.com/client/v4",
  );
}
