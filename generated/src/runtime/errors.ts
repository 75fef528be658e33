/**
 * The errors every call of the generated client can throw. All of them extend `ClientError`, so one
 * `instanceof ClientError` check catches everything the client raises on purpose.
 *
 * No error built here ever holds a credential: messages are made from the operation's method, its
 * path template, the status and the server's own error messages, never from request headers.
 */

/** One entry of the `errors` or `messages` array of Cloudflare's response envelope. */
export interface CloudflareMessage {
  readonly code?: number;
  readonly message: string;
  readonly documentation_url?: string;
  readonly source?: { readonly pointer?: string };
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
export class ClientError extends Error {
  override readonly name: string = "ClientError";

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }

  /** A plain-object form for logs; only fields that are safe to log. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message };
  }
}

/** The server answered with a non-2xx status. */
export class ApiError extends ClientError {
  override readonly name: string = "ApiError";
  /** The HTTP status code. */
  readonly status: number;
  /** The `errors` of Cloudflare's envelope, or `[]` when the body has none. */
  readonly errors: readonly CloudflareMessage[];
  /** The `messages` of Cloudflare's envelope, or `[]` when the body has none. */
  readonly messages: readonly CloudflareMessage[];
  /** The parsed JSON body, the raw text when it is not JSON, or `undefined` when empty. */
  readonly body: unknown;
  /** Cloudflare's request id, from the `cf-ray` response header. */
  readonly requestId: string | undefined;

  constructor(init: {
    readonly operation: string;
    readonly status: number;
    readonly body: unknown;
    readonly requestId: string | undefined;
  }) {
    const errors = envelopeList(init.body, "errors");
    super(apiErrorMessage(init.operation, init.status, errors));
    this.status = init.status;
    this.errors = errors;
    this.messages = envelopeList(init.body, "messages");
    this.body = init.body;
    this.requestId = init.requestId;
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      status: this.status,
      errors: this.errors,
      requestId: this.requestId,
    };
  }
}

/** A value did not match the spec: a request before it was sent, or a response when checked. */
export class ValidationError extends ClientError {
  override readonly name: string = "ValidationError";
  /** Every problem found, not only the first. */
  readonly issues: readonly ValidationIssue[];
  /** Which value was checked. */
  readonly target: ValidationTarget;

  constructor(target: ValidationTarget, issues: readonly ValidationIssue[]) {
    super(validationMessage(target, issues));
    this.target = target;
    this.issues = issues;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), target: this.target, issues: this.issues };
  }
}

/** An attempt took longer than `timeoutMs`. */
export class TimeoutError extends ClientError {
  override readonly name: string = "TimeoutError";
}

/** The request never got an HTTP answer: DNS, refused or reset connection, TLS, aborted stream. */
export class ConnectionError extends ClientError {
  override readonly name: string = "ConnectionError";
}

function envelopeList(body: unknown, key: "errors" | "messages"): readonly CloudflareMessage[] {
  if (typeof body !== "object" || body === null) return [];
  const list: unknown = (body as Record<string, unknown>)[key];
  return Array.isArray(list) ? list.filter(isCloudflareMessage) : [];
}

function isCloudflareMessage(value: unknown): value is CloudflareMessage {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { message?: unknown }).message === "string"
  );
}

function apiErrorMessage(
  operation: string,
  status: number,
  errors: readonly CloudflareMessage[],
): string {
  const head = `${operation} failed with status ${status}`;
  const first = errors[0];
  if (first === undefined) return head;
  const code = first.code === undefined ? "" : ` (code ${first.code})`;
  const more = errors.length > 1 ? ` and ${errors.length - 1} more` : "";
  return `${head}: ${first.message}${code}${more}`;
}

function validationMessage(target: ValidationTarget, issues: readonly ValidationIssue[]): string {
  const first = issues[0];
  if (first === undefined) return `Invalid ${target}`;
  const where = first.path === "" ? "" : `${first.path} `;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
  return `Invalid ${target}: ${where}${first.message}${more}`;
}
