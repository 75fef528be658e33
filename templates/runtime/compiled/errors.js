/**
 * The errors every call of the generated client can throw. All of them extend `ClientError`, so one
 * `instanceof ClientError` check catches everything the client raises on purpose.
 *
 * No error built here ever holds a credential: messages are made from the operation's method, its
 * path template, the status and the server's own error messages, never from request headers.
 */
/** Base class of every error the client throws. */
export class ClientError extends Error {
  name = "ClientError";
  constructor(message, options) {
    super(message, options);
  }
  /** A plain-object form for logs; only fields that are safe to log. */
  toJSON() {
    return { name: this.name, message: this.message };
  }
}
/** The server answered with a non-2xx status. */
export class ApiError extends ClientError {
  name = "ApiError";
  /** The HTTP status code. */
  status;
  /** The `errors` of the body's envelope (entries with a `message`), or `[]` when it has none. */
  errors;
  /** The `messages` of the body's envelope, or `[]` when it has none. */
  messages;
  /** The parsed JSON body, the raw text when it is not JSON, or `undefined` when empty. */
  body;
  /** The request id, from the response header the spec names (`x-request-id` by default). */
  requestId;
  constructor(init) {
    const errors = envelopeList(init.body, "errors");
    super(apiErrorMessage(init.operation, init.status, init.body, errors));
    this.status = init.status;
    this.errors = errors;
    this.messages = envelopeList(init.body, "messages");
    this.body = init.body;
    this.requestId = init.requestId;
  }
  toJSON() {
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
  name = "ValidationError";
  /** Every problem found, not only the first. */
  issues;
  /** Which value was checked. */
  target;
  constructor(target, issues) {
    super(validationMessage(target, issues));
    this.target = target;
    this.issues = issues;
  }
  toJSON() {
    return { ...super.toJSON(), target: this.target, issues: this.issues };
  }
}
/** An attempt took longer than `timeoutMs`. */
export class TimeoutError extends ClientError {
  name = "TimeoutError";
}
/**
 * The request never got an HTTP answer: DNS, refused or reset connection, TLS, aborted stream. The
 * message names the host and the underlying cause (found at the end of the `cause` chain).
 */
export class ConnectionError extends ClientError {
  name = "ConnectionError";
}
/**
 * The innermost cause of a failed `fetch`, in words: undici wraps the system error
 * (`connect ECONNREFUSED 127.0.0.1:1`) in a `TypeError("fetch failed")`, sometimes twice.
 */
export function rootCause(error) {
  let current = error;
  for (let depth = 0; depth < 8; depth++) {
    const next = current?.cause;
    if (next === undefined || next === null || next === current) break;
    current = next;
  }
  if (current instanceof Error) {
    const code = current.code;
    const message = current.message || current.name;
    return typeof code === "string" && !message.includes(code) ? `${code}: ${message}` : message;
  }
  return String(current);
}
function envelopeList(body, key) {
  if (typeof body !== "object" || body === null) return [];
  const list = body[key];
  return Array.isArray(list) ? list.filter(isApiErrorMessage) : [];
}
function isApiErrorMessage(value) {
  return typeof value === "object" && value !== null && typeof value.message === "string";
}
/**
 * `<operation> failed with status <n>`, then what the body says, by its shape: an envelope's
 * `errors[].message`, RFC 9457 problem details' `title` and `detail`, a `message` or `error`
 * string (or an `error` object's `message`); else nothing more.
 */
function apiErrorMessage(operation, status, body, errors) {
  const head = `${operation} failed with status ${status}`;
  const said = errors.length > 0 ? envelopeText(errors) : bodyText(body);
  return said === undefined ? head : `${head}: ${said}`;
}
function envelopeText(errors) {
  const first = errors[0];
  const code = first.code === undefined ? "" : ` (code ${first.code})`;
  const more = errors.length > 1 ? ` and ${errors.length - 1} more` : "";
  return `${first.message}${code}${more}`;
}
/** What a non-envelope body says, or undefined when it says nothing we can read. */
function bodyText(body) {
  if (typeof body !== "object" || body === null) return undefined;
  const fields = body;
  const text = (key) => {
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
    typeof nested === "object" && nested !== null ? nested["message"] : undefined;
  return (
    text("message") ??
    text("error") ??
    (typeof nestedMessage === "string" && nestedMessage !== "" ? nestedMessage : undefined)
  );
}
function validationMessage(target, issues) {
  const first = issues[0];
  if (first === undefined) return `Invalid ${target}`;
  const where = first.path === "" ? "" : `${first.path} `;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
  return `Invalid ${target}: ${where}${first.message}${more}`;
}
