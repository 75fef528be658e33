import { type MockOverrides } from "./mocks.js";
import type { MockOptions } from "./runtime/mocks.js";
import { type MockHandlers } from "./runtime/mocks-msw.js";
/**
 * MSW request handlers that answer as `createMockFetch` does (same validation, defaults and overrides), for `setupServer(...createMockHandlers())` or `setupWorker`. `calls` lists the requests they received. Needs `msw` (2 or 3) installed.
 *
 * @param overrides - Answers by operationId.
 *
 * @param options - `baseUrl` when the client uses another one than the spec's server.
 */
export declare function createMockHandlers(
  overrides?: MockOverrides,
  options?: MockOptions,
): MockHandlers;
export { type MockHandlers } from "./runtime/mocks-msw.js";
