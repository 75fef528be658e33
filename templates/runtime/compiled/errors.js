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
  /** The `errors` of Cloudflare's envelope, or `[]` when the body has none. */
  errors;
  /** The `messages` of Cloudflare's envelope, or `[]` when the body has none. */
  messages;
  /** The parsed JSON body, the raw text when it is not JSON, or `undefined` when empty. */
  body;
  /** Cloudflare's request id, from the `cf-ray` response header. */
  requestId;
  constructor(init) {
    const errors = envelopeList(init.body, "errors");
    super(apiErrorMessage(init.operation, init.status, errors));
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
/** The request never got an HTTP answer: DNS, refused or reset connection, TLS, aborted stream. */
export class ConnectionError extends ClientError {
  name = "ConnectionError";
}
function envelopeList(body, key) {
  if (typeof body !== "object" || body === null) return [];
  const list = body[key];
  return Array.isArray(list) ? list.filter(isCloudflareMessage) : [];
}
function isCloudflareMessage(value) {
  return typeof value === "object" && value !== null && typeof value.message === "string";
}
function apiErrorMessage(operation, status, errors) {
  const head = `${operation} failed with status ${status}`;
  const first = errors[0];
  if (first === undefined) return head;
  const code = first.code === undefined ? "" : ` (code ${first.code})`;
  const more = errors.length > 1 ? ` and ${errors.length - 1} more` : "";
  return `${head}: ${first.message}${code}${more}`;
}
function validationMessage(target, issues) {
  const first = issues[0];
  if (first === undefined) return `Invalid ${target}`;
  const where = first.path === "" ? "" : `${first.path} `;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
  return `Invalid ${target}: ${where}${first.message}${more}`;
}
