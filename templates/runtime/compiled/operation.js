import { resolvedOptionsOf } from "./client.js";
import { chooseCredentials, credentialParts, redact } from "./auth.js";
import {
  ApiError,
  ClientError,
  ConnectionError,
  rootCause,
  TimeoutError,
  ValidationError,
} from "./errors.js";
import { assertHeaderValues } from "./options.js";
import { isRetryable, retryDelayMs, sleep } from "./retry.js";
import { checkPathParams, fillPath } from "./path.js";
import { check } from "./validation.js";
/** Sends one call and returns the parsed 2xx JSON body (`undefined` when the body is empty). */
export async function callOperation(client, operation, call) {
  const options = resolvedOptionsOf(client);
  checkPathParams(operation.pathParams, call.path);
  if (call.headers !== undefined) assertHeaderValues(call.headers);
  if (options.validateRequests) checkRequest(operation, call);
  const name = `${operation.method} ${operation.path}`;
  const credentials = chooseCredentials(options.credentials, operation.security ?? [], name);
  const { response, text } = await sendWithRetries(client, operation, call, {
    options,
    credentials,
  });
  if (!response.ok) {
    throw new ApiError({
      operation: name,
      status: response.status,
      body: text === "" ? undefined : text,
      requestId: response.headers.get(options.requestIdHeader) ?? undefined,
    });
  }
  const body = parseBody(operation, response.status, text);
  const responseValidator = options.responseValidators?.[operation.id];
  if (responseValidator !== undefined && body !== undefined) {
    const issues = responseValidator.issues(body);
    if (issues.length > 0) throw new ValidationError("response", issues);
  }
  return body;
}
/**
 * Attempts the call, retrying as `retry.ts` allows; returns the last answer or throws. Credential
 * functions are called for every attempt, so a rotated token is picked up by a retry.
 */
async function sendWithRetries(client, operation, call, context) {
  const { options } = context;
  const idempotent = operation.idempotent === true;
  for (let retry = 0; ; retry++) {
    let answer;
    try {
      const auth = await credentialParts(options.credentials, context.credentials);
      answer = await attempt(client, operation, withAuth(call, auth), {
        timeoutMs: options.timeoutMs,
        host: hostOf(options.baseUrl),
        secrets: auth.secrets,
      });
    } catch (error) {
      const retryable =
        error instanceof ConnectionError && isRetryable({ connection: true }, idempotent);
      if (!retryable || retry >= options.maxRetries) throw error;
      await pause(operation, retryDelayMs(retry, null), call.signal);
      continue;
    }
    const { status } = answer.response;
    if (answer.response.ok || retry >= options.maxRetries || !isRetryable({ status }, idempotent)) {
      return answer;
    }
    await answer.response.body?.cancel().catch(() => undefined);
    await pause(
      operation,
      retryDelayMs(retry, answer.response.headers.get("retry-after")),
      call.signal,
    );
  }
}
/**
 * One attempt, ended by `timeoutMs` (TimeoutError) or the caller's signal (ClientError), whichever
 * comes first; the body is read within the same deadline. No timer or listener outlives it.
 *
 * The deadline races the request instead of aborting it: on Node 20 an `AbortController` per
 * attempt, and the listeners undici's `Request` then puts on its signal, cost twice a bare
 * openapi-fetch call (test/bench/RESULTS.md). A timed-out request is given up, not cut: its
 * connection goes back to the pool when the server answers (or undici's own timeouts end it).
 * The caller's signal, when given, goes to `fetch` as it is and does abort the request.
 */
async function attempt(client, operation, call, limits) {
  const { timeoutMs } = limits;
  const name = `${operation.method} ${operation.path}`;
  if (call.signal?.aborted)
    throw new ClientError(`${name} was aborted`, { cause: call.signal.reason });
  let timer;
  const deadline = new Promise((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new TimeoutError(`${name} took longer than ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  const sending = send(client, operation, call);
  sending.catch(() => undefined);
  try {
    const { data, error, response } = await Promise.race([sending, deadline]);
    return { response, text: response.ok ? data : error };
  } catch (cause) {
    if (cause instanceof TimeoutError) throw cause;
    if (call.signal?.aborted)
      throw new ClientError(`${name} was aborted`, { cause: call.signal.reason });
    const why = redact(rootCause(cause), limits.secrets);
    throw new ConnectionError(`${name} got no response from ${limits.host}: ${why}`, { cause });
  } finally {
    clearTimeout(timer);
  }
}
async function send(client, operation, call) {
  const raw = client.raw;
  return raw.request(operation.method, operation.path, {
    params: { path: call.path, query: call.query },
    body: call.body,
    headers: call.headers,
    signal: call.signal,
    parseAs: "text",
    pathSerializer: fillPath,
  });
}
/** The call with the chosen credentials added: headers, query parameters, and cookies. */
function withAuth(call, auth) {
  if (auth.secrets.length === 0) return call;
  const headers = { ...call.headers, ...auth.headers };
  if (auth.cookies.length > 0) {
    const given = Object.keys(headers).filter((key) => key.toLowerCase() === "cookie");
    const existing = given.map((key) => headers[key]).filter(Boolean);
    for (const key of given) delete headers[key];
    headers["Cookie"] = [...existing, ...auth.cookies].join("; ");
  }
  const query = Object.keys(auth.query).length > 0 ? { ...call.query, ...auth.query } : call.query;
  return { ...call, headers, ...(query === undefined ? {} : { query }) };
}
/** The host a base URL points at, for messages (never its user-info). */
function hostOf(baseUrl) {
  try {
    return new URL(baseUrl).host || baseUrl;
  } catch {
    return baseUrl;
  }
}
/** Waits before a retry; the caller's abort ends the wait (and the call) at once. */
async function pause(operation, ms, signal) {
  try {
    await sleep(ms, signal);
  } catch (reason) {
    throw new ClientError(`${operation.method} ${operation.path} was aborted`, { cause: reason });
  }
}
/** Refuses a call whose body or query breaks the spec, before anything is sent. */
function checkRequest(operation, call) {
  const { body, query } = operation.validate ?? {};
  if (body !== undefined && call.body !== undefined) check(body, "body", call.body);
  if (query !== undefined) check(query, "query", call.query ?? {});
}
/** Parses a 2xx body as JSON; an empty body (e.g. 201 with no content) gives `undefined`. */
function parseBody(operation, status, text) {
  if (typeof text !== "string" || text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ClientError(
      `${operation.method} ${operation.path} answered ${status} with a body that is not valid JSON`,
      { cause },
    );
  }
}
