/**
 * The mocks' runtime (the `./mocks` entry; nothing of the client imports it): a `fetch` that answers
 * as the API would, from plain generated data about each operation. Every request is checked with
 * the package's own validators and an invalid one is answered in the API's error shape; a valid one
 * gets an override's answer or the operation's default response, made and checked at generation.
 */
import type { PathParamRule } from "./path.js";
import { type AjvValidate } from "./validation.js";
/** How the API words a failure, read from the spec's 4xx response. */
export interface MockErrorShape {
  /** `envelope`: an `errors` array of items; `problem`: RFC 9457 problem details; else `{ message }`. */
  readonly kind: "envelope" | "problem" | "message";
  readonly contentType: string;
  /** The status of an invalid request (400 unless the spec says otherwise). */
  readonly invalidStatus: number;
  /** For `envelope`: the body around the items, the items' key, one item to copy per problem. */
  readonly template?: Readonly<Record<string, unknown>>;
  readonly itemsKey?: string;
  readonly item?: Readonly<Record<string, unknown>>;
  /** Whether an item has `source.pointer` (JSON:API style) to name the field in. */
  readonly itemPointer?: boolean;
}
/** An operation's default answer: its first 2xx response, or 501 saying why there is none. */
export type MockAnswer =
  | {
      readonly status: number;
      readonly contentType?: string;
      readonly body?: unknown;
    }
  | {
      readonly status: 501;
      readonly unavailable: string;
    };
/** A query parameter's type, to read it back from the URL. */
export interface MockQueryParam {
  readonly type: string;
  readonly items?: string;
}
/** One operation, as the mocks need it (generated from the spec). */
export interface MockOperation {
  readonly id: string;
  readonly method: string;
  readonly path: string;
  readonly pathParams: Readonly<Record<string, PathParamRule>>;
  readonly query?: Readonly<Record<string, MockQueryParam>>;
  readonly bodyRequired?: boolean;
  readonly validate: {
    readonly body?: AjvValidate;
    readonly query?: AjvValidate;
    readonly response?: AjvValidate;
  };
  readonly answer: MockAnswer;
  /** Its error shape: an index into `MockApi.errorShapes`. */
  readonly error: number;
}
/** The whole API, as the generated `mocks.ts` describes it. */
export interface MockApi {
  /** The path of the spec's first server URL (`/client/v4`), taken off request paths. */
  readonly basePath: string;
  /** Headers whose values `calls` never shows (the security schemes' headers). */
  readonly secretHeaders: readonly string[];
  /** The error shapes of the operations (most APIs have one). */
  readonly errorShapes: readonly MockErrorShape[];
  /** The shape for a path or method the spec does not have (404): an index into `errorShapes`. */
  readonly notFound: number;
  readonly operations: readonly MockOperation[];
}
type Field<A, K extends PropertyKey, Else> = K extends keyof A ? NonNullable<A[K]> : Else;
/** What an override receives: the request, parsed and already valid. */
export interface MockRequest<Args = Record<string, unknown>> {
  readonly path: Field<Args, "path", Readonly<Record<string, never>>>;
  readonly query: Field<Args, "query", Readonly<Record<string, never>>>;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Field<Args, "body", undefined>;
  /** The request itself. */
  readonly request: Request;
}
/**
 * An override: the JSON body of the operation's first 2xx response (checked against the spec), or a
 * `Response` sent as it is (any status, headers, body), sync or async.
 */
export type MockHandler<Args = Record<string, unknown>, Result = unknown> = (
  request: MockRequest<Args>,
) => MockResult<Result>;
/** What an override returns; an operation without a response body also takes no return at all. */
export type MockResult<Result> = undefined extends Result
  ? Result | void | Response | Promise<Result | void | Response>
  : Result | Response | Promise<Result | Response>;
/** One request the mock received. Credential headers show as `[redacted]`. */
export interface MockCall {
  /** The operation it matched; undefined for an unknown path or method. */
  readonly operationId: string | undefined;
  readonly method: string;
  readonly url: string;
  readonly path: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, unknown>>;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  /** The status answered; 0 for a dropped connection. */
  readonly status: number;
}
/** A `fetch` for `createClient({ fetch })`, with every request it received. */
export interface MockFetch {
  (input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  readonly calls: MockCall[];
}
/** Options of `createMockFetch`. */
export interface MockOptions {
  /** The client's `baseUrl` when it is not the spec's server: its path is taken off requests. */
  readonly baseUrl?: string;
}
/** A problem to report: where (a JSON Pointer) and what. */
export interface Problem {
  readonly pointer: string;
  readonly message: string;
}
/** Creates the mock `fetch` for `api`, with `overrides` by operationId (the generated `createMockFetch`). */
export declare function mockFetchFor(
  api: MockApi,
  overrides: object,
  options?: MockOptions,
): MockFetch;
/** A response in the API's error shape, one entry per problem. */
export declare function errorResponse(
  shape: MockErrorShape,
  status: number,
  problems: readonly Problem[],
  headers?: Readonly<Record<string, string>>,
): Response;
/** The error body: the spec's envelope, RFC 9457 problem details, or `{ message }`. */
export declare function errorBody(
  shape: MockErrorShape,
  status: number,
  problems: readonly Problem[],
): unknown;
/** The failure helpers, bound to the API's error shape. */
export interface MockFailures {
  /** A response with `status` and the API's error body saying `message`. */
  errorResponse(status: number, message?: string): Response;
  /** 429 with `Retry-After` (seconds) and the API's error body. */
  rateLimited(retryAfterSeconds?: number): Response;
  /** 503 with the API's error body (and `Retry-After` when given). */
  unavailable(retryAfterSeconds?: number): Response;
}
/** The failure helpers of `api`. */
export declare function mockFailures(api: MockApi): MockFailures;
/** Answers `value` (a body or a `Response`) after `ms` milliseconds: a slow API. */
export declare function delayed<T>(ms: number, value: T): Promise<T>;
/**
 * A dropped connection: the mock `fetch` rejects with a `TypeError`, as `fetch` does on a network
 * failure (through MSW, a network error).
 */
export declare function dropConnection(): Response;
export {};
