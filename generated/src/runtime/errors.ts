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
  }) {
    const errors = envelopeList(init.body, "errors");
    super(apiErrorMessage(init.operation, init.status, init.body, errors));
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

/**
 * The request never got an HTTP answer: DNS, refused or reset connection, TLS, aborted stream. The
 * message names the host and the underlying cause (found at the end of the `cause` chain).
 */
export class ConnectionError extends ClientError {
  override readonly name: string = "ConnectionError";
}

/**
 * The innermost cause of a failed `fetch`, in words: undici wraps the system error
 * (`connect ECONNREFUSED 127.0.0.1:1`) in a `TypeError("fetch failed")`, sometimes twice.
 */
export function rootCause(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 8; depth++) {
    const next = (current as { cause?: unknown } | null)?.cause;
    if (next === undefined || next === null || next === current) break;
    current = next;
  }
  if (current instanceof Error) {
    const code = (current as { code?: unknown }).code;
    const message = current.message || current.name;
    return typeof code === "string" && !message.includes(code) ? `${code}: ${message}` : message;
  }
  return String(current);
}

function envelopeList(body: unknown, key: "errors" | "messages"): readonly ApiErrorMessage[] {
  if (typeof body !== "object" || body === null) return [];
  const list: unknown = (body as Record<string, unknown>)[key];
  return Array.isArray(list) ? list.filter(isApiErrorMessage) : [];
}

function isApiErrorMessage(value: unknown): value is ApiErrorMessage {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { message?: unknown }).message === "string"
  );
}

/**
 * `<operation> failed with status <n>`, then what the body says, by its shape: an envelope's
 * `errors[].message`, RFC 9457 problem details' `title` and `detail`, a `message` or `error`
 * string (or an `error` object's `message`); else nothing more.
 */
function apiErrorMessage(
  operation: string,
  status: number,
  body: unknown,
  errors: readonly ApiErrorMessage[],
): string {
  const head = `${operation} failed with status ${status}`;
  const said = errors.length > 0 ? envelopeText(errors) : bodyText(body);
  return said === undefined ? head : `${head}: ${said}`;
}

function envelopeText(errors: readonly ApiErrorMessage[]): string {
  const first = errors[0]!;
  const code = first.code === undefined ? "" : ` (code ${first.code})`;
  const more = errors.length > 1 ? ` and ${errors.length - 1} more` : "";
  return `${first.message}${code}${more}`;
}

/** What a non-envelope body says, or undefined when it says nothing we can read. */
function bodyText(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const fields = body as Record<string, unknown>;
  const text = (key: string): string | undefined => {
    const value = fields[key];
    return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
  };
  const [title, detail] = [text("title"), text("detail")];
  if (title !== undefined || detail !== undefined) {
    return title !== undefined && detail !== undefined && title !== detail
      ? `${title}: ${detail}`
      : (title ?? detail);
  }
  const nested = fields["error"];
  const nestedMessage =
    typeof nested === "object" && nested !== null
      ? (nested as Record<string, unknown>)["message"]
      : undefined;
  return (
    text("message") ??
    text("error") ??
    (typeof nestedMessage === "string" && nestedMessage !== "" ? nestedMessage : undefined)
  );
}

function validationMessage(target: ValidationTarget, issues: readonly ValidationIssue[]): string {
  const first = issues[0];
  if (first === undefined) return `Invalid ${target}`;
  const where = first.path === "" ? "" : `${first.path} `;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
  return `Invalid ${target}: ${where}${first.message}${more}`;
}
