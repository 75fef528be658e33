/**
 * The errors every call of the generated client can throw. All of them extend `ClientError`, so one
 * `instanceof ClientError` check catches everything the client raises on purpose.
 *
 * No error built here ever holds a credential: messages are made from the operation's method, its
 * path template, the status and the server's own error messages, never from request headers.
 */
/** One entry of the `errors` or `messages` array of a response envelope (`{ errors: [{ message }] }`). */
export interface ApiErrorMessage {
  readonly code?: number;
  readonly message: string;
  readonly documentation_url?: string;
  readonly source?: {
    readonly pointer?: string;
  };
}
/** One problem found by a validator: where in the checked value, and what is wrong there. */
export interface ValidationIssue {
  /** JSON Pointer into the checked value, e.g. `/appeals/0/reason`; `""` is the value itself. */
  readonly path: string;
  /** What is wrong, in plain words. */
  readonly message: string;
}
/** Which value a validator checked. */
export type ValidationTarget = "body" | "path" | "query" | "headers" | "response" | "value";
/** Base class of every error the client throws. */
export declare class ClientError extends Error {
  override readonly name: string;
  constructor(
    message: string,
    options?: {
      cause?: unknown;
    },
  );
  /** A plain-object form for logs; only fields that are safe to log. */
  toJSON(): Record<string, unknown>;
}
/** The server answered with a non-2xx status. */
export declare class ApiError extends ClientError {
  override readonly name: string;
  /** The HTTP status code. */
  readonly status: number;
  /** The `errors` of the body's envelope (entries with a `message`), or `[]` when it has none. */
  readonly errors: readonly ApiErrorMessage[];
  /** The `messages` of the body's envelope, or `[]` when it has none. */
  readonly messages: readonly ApiErrorMessage[];
  /** The parsed JSON body, the raw text when it is not JSON, or `undefined` when empty. */
  readonly body: unknown;
  /** The request id, from the response header the spec names (`x-request-id` by default). */
  readonly requestId: string | undefined;
  constructor(init: {
    readonly operation: string;
    readonly status: number;
    readonly body: unknown;
    readonly requestId: string | undefined;
  });
  override toJSON(): Record<string, unknown>;
}
/** A value did not match the spec: a request before it was sent, or a response when checked. */
export declare class ValidationError extends ClientError {
  override readonly name: string;
  /** Every problem found, not only the first. */
  readonly issues: readonly ValidationIssue[];
  /** Which value was checked. */
  readonly target: ValidationTarget;
  constructor(target: ValidationTarget, issues: readonly ValidationIssue[]);
  override toJSON(): Record<string, unknown>;
}
/** An attempt took longer than `timeoutMs`. */
export declare class TimeoutError extends ClientError {
  override readonly name: string;
}
/**
 * The request never got an HTTP answer: DNS, refused or reset connection, TLS, aborted stream. The
 * message names the host and the underlying cause (found at the end of the `cause` chain).
 */
export declare class ConnectionError extends ClientError {
  override readonly name: string;
}
/**
 * The innermost cause of a failed `fetch`, in words: undici wraps the system error
 * (`connect ECONNREFUSED 127.0.0.1:1`) in a `TypeError("fetch failed")`, sometimes twice.
 */
export declare function rootCause(error: unknown): string;
