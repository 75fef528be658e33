/**
 * One call of one operation: check the input, send it through openapi-fetch, turn the answer into
 * the parsed 2xx body or a typed error. Generated operation functions are one-line calls of
 * `callOperation` with their operation's descriptor.
 */
import type { BaseClient } from "./client.js";
import { resolvedOptionsOf } from "./client.js";
import {
  chooseCredentials,
  credentialParts,
  redact,
  type AuthParts,
  type SecurityRequirement,
} from "./auth.js";
import {
  ApiError,
  ClientError,
  ConnectionError,
  rootCause,
  TimeoutError,
  ValidationError,
} from "./errors.js";
import { assertHeaderValues, type ResolvedOptions } from "./options.js";
import { isRetryable, retryDelayMs, sleep } from "./retry.js";
import { checkPathParams, fillPath, type PathParamRule } from "./path.js";
import { check, type AjvValidate } from "./validation.js";

/** An HTTP method as the descriptor names it. */
export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";

/** What the runtime needs to know about one operation; generated from the spec. */
export interface OperationDescriptor {
  /** The spec's operationId, used in error messages. */
  readonly id: string;
  readonly method: HttpMethod;
  /** The path template, e.g. `/zones/{zone_id}/bot_management`. */
  readonly path: string;
  /** Each path parameter's limits, checked before sending. */
  readonly pathParams: Readonly<Record<string, PathParamRule>>;
  /** Whether a failed attempt may be repeated (idempotent method or `x-idempotent: true`). */
  readonly idempotent?: boolean;
  /**
   * The credentials it needs: alternatives of security scheme names in spec order, any one
   * alternative with all of its schemes. Absent or `[]`: none.
   */
  readonly security?: SecurityRequirement;
  /** The generated validators of the JSON body and the query. */
  readonly validate?: {
    readonly body?: AjvValidate;
    readonly query?: AjvValidate;
  };
}

/**
 * The spec's type, read-only all the way down: what an operation accepts as its body, so that
 * `as const` and frozen payloads are accepted as well as ordinary ones (results stay mutable).
 */
export type DeepReadonly<T> = T extends (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
    : T;

/** Per-call options every operation accepts next to its parameters and body. */
export interface RequestOptions {
  /** Extra headers for this call. */
  headers?: Readonly<Record<string, string>>;
  /** Cancels the call. */
  signal?: AbortSignal;
}

/** The arguments of an operation call, as the runtime sees them. */
export interface OperationCall extends RequestOptions {
  readonly path?: Readonly<Record<string, unknown>>;
  readonly query?: Readonly<Record<string, unknown>>;
  readonly body?: unknown;
}

/** openapi-fetch's `request`, seen without the spec's types (the descriptor drives the call). */
interface UntypedFetchClient {
  request(
    method: HttpMethod,
    path: string,
    init: Record<string, unknown>,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

/** Sends one call and returns the parsed 2xx JSON body (`undefined` when the body is empty). */
export async function callOperation(
  client: BaseClient<{}>,
  operation: OperationDescriptor,
  call: OperationCall,
): Promise<unknown> {
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

/** One HTTP answer: the response, and its body (openapi-fetch parses JSON error bodies itself). */
interface Answer {
  readonly response: Response;
  readonly text: unknown;
}

/** The client's options and the credentials chosen for this call. */
interface CallContext {
  readonly options: ResolvedOptions;
  readonly credentials: ReadonlyMap<string, unknown>;
}

/**
 * Attempts the call, retrying as `retry.ts` allows; returns the last answer or throws. Credential
 * functions are called for every attempt, so a rotated token is picked up by a retry.
 */
async function sendWithRetries(
  client: BaseClient<{}>,
  operation: OperationDescriptor,
  call: OperationCall,
  context: CallContext,
): Promise<Answer> {
  const { options } = context;
  const idempotent = operation.idempotent === true;
  for (let retry = 0; ; retry++) {
    let answer: Answer;
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
async function attempt(
  client: BaseClient<{}>,
  operation: OperationDescriptor,
  call: OperationCall,
  limits: {
    readonly timeoutMs: number;
    readonly host: string;
    readonly secrets: readonly string[];
  },
): Promise<Answer> {
  const { timeoutMs } = limits;
  const name = `${operation.method} ${operation.path}`;
  if (call.signal?.aborted)
    throw new ClientError(`${name} was aborted`, { cause: call.signal.reason });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new TimeoutError(`${name} took longer than ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  const sending = send(client, operation, call);
  sending.catch(() => undefined); // a request given up on may still fail: that is not unhandled
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

async function send(
  client: BaseClient<{}>,
  operation: OperationDescriptor,
  call: OperationCall,
): Promise<{ data?: unknown; error?: unknown; response: Response }> {
  const raw = client.raw as unknown as UntypedFetchClient;
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
function withAuth(call: OperationCall, auth: AuthParts): OperationCall {
  if (auth.secrets.length === 0) return call;
  const headers: Record<string, string> = { ...call.headers, ...auth.headers };
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
function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host || baseUrl;
  } catch {
    return baseUrl;
  }
}

/** Waits before a retry; the caller's abort ends the wait (and the call) at once. */
async function pause(
  operation: OperationDescriptor,
  ms: number,
  signal: AbortSignal | undefined,
): Promise<void> {
  try {
    await sleep(ms, signal);
  } catch (reason) {
    throw new ClientError(`${operation.method} ${operation.path} was aborted`, { cause: reason });
  }
}

/** Refuses a call whose body or query breaks the spec, before anything is sent. */
function checkRequest(operation: OperationDescriptor, call: OperationCall): void {
  const { body, query } = operation.validate ?? {};
  if (body !== undefined && call.body !== undefined) check(body, "body", call.body);
  if (query !== undefined) check(query, "query", call.query ?? {});
}

/** Parses a 2xx body as JSON; an empty body (e.g. 201 with no content) gives `undefined`. */
function parseBody(operation: OperationDescriptor, status: number, text: unknown): unknown {
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
