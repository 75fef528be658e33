/**
 * The mocks' runtime (the `./mocks` entry; nothing of the client imports it): a `fetch` that answers
 * as the API would, from plain generated data about each operation. Every request is checked with
 * the package's own validators and an invalid one is answered in the API's error shape; a valid one
 * gets an override's answer or the operation's default response, made and checked at generation.
 */
import type { PathParamRule } from "./path.js";
import { checkPathParams } from "./path.js";
import { ValidationError, type ValidationIssue } from "./errors.js";
import { issuesOf, type AjvValidate } from "./validation.js";

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
  | { readonly status: number; readonly contentType?: string; readonly body?: unknown }
  | { readonly status: 501; readonly unavailable: string };

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

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  501: "Not Implemented",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/** A problem to report: where (a JSON Pointer) and what. */
export interface Problem {
  readonly pointer: string;
  readonly message: string;
}

/** Creates the mock `fetch` for `api`, with `overrides` by operationId (the generated `createMockFetch`). */
export function mockFetchFor(
  api: MockApi,
  overrides: object,
  options: MockOptions = {},
): MockFetch {
  const calls: MockCall[] = [];
  const basePath = options.baseUrl === undefined ? api.basePath : pathOf(options.baseUrl);
  const mockFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const handlers = overrides as Readonly<Record<string, AnyHandler | undefined>>;
    const answered = await answer(api, handlers, basePath, request);
    calls.push({ ...answered.call, headers: shownHeaders(request.headers, api.secretHeaders) });
    if (answered.response.type === "error")
      throw new TypeError("fetch failed (mock: connection dropped)");
    return answered.response;
  };
  return Object.assign(mockFetch, { calls });
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname.replace(/\/$/, "");
  } catch {
    return url.replace(/\/$/, "");
  }
}

function shownHeaders(headers: Headers, secret: readonly string[]): Record<string, string> {
  const shown: Record<string, string> = {};
  headers.forEach((value, name) => {
    shown[name] = secret.includes(name.toLowerCase()) ? "[redacted]" : value;
  });
  return shown;
}

type CallRecord = Omit<MockCall, "headers">;

/** A request as the mock parsed it, before the generated types describe it. */
interface ParsedRequest {
  readonly path: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, unknown>>;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly request: Request;
}

/** An override, seen without its operation's types. */
type AnyHandler = (request: ParsedRequest) => unknown;

interface Answered {
  readonly response: Response;
  readonly call: CallRecord;
}

async function answer(
  api: MockApi,
  overrides: Readonly<Record<string, AnyHandler | undefined>>,
  basePath: string,
  request: Request,
): Promise<Answered> {
  const url = new URL(request.url);
  const path = url.pathname.startsWith(`${basePath}/`)
    ? url.pathname.slice(basePath.length)
    : url.pathname;
  const found = matchOperation(api.operations, request.method, path);
  const base = { method: request.method, url: request.url, path: {}, query: {}, body: undefined };
  if (found === undefined) {
    const response = errorResponse(api.errorShapes[api.notFound]!, 404, [
      { pointer: "", message: `No operation answers ${request.method} ${path}` },
    ]);
    return { response, call: { ...base, operationId: undefined, status: 404 } };
  }
  const { operation, params } = found;
  const query = readQuery(url.searchParams, operation.query ?? {});
  const text = await request.text();
  const parsed = parseBody(text);
  const call = { ...base, operationId: operation.id, path: params, query, body: parsed.value };
  const problems = [...parsed.problems, ...requestProblems(operation, params, query, parsed.value)];
  const shape = api.errorShapes[operation.error]!;
  if (problems.length > 0) {
    const status = shape.invalidStatus;
    return {
      response: errorResponse(shape, status, problems),
      call: { ...call, status },
    };
  }
  const response = await respond(operation, shape, overrides[operation.id], {
    path: params,
    query,
    headers: shownHeaders(request.headers, []),
    body: parsed.value,
    request,
  });
  return { response, call: { ...call, status: response.status } };
}

interface Match {
  readonly operation: MockOperation;
  readonly params: Record<string, string>;
}

/** The operation whose method and path template match (literal segments before parameters). */
function matchOperation(
  operations: readonly MockOperation[],
  method: string,
  path: string,
): Match | undefined {
  const candidates: Match[] = [];
  for (const operation of operations) {
    if (operation.method !== method.toUpperCase()) continue;
    const params = matchTemplate(operation.path, path);
    if (params !== undefined) candidates.push({ operation, params });
  }
  // `/a/fixed` before `/a/{id}`: the template with the fewest parameters is the most specific.
  candidates.sort((a, b) => Object.keys(a.params).length - Object.keys(b.params).length);
  return candidates[0];
}

function matchTemplate(template: string, path: string): Record<string, string> | undefined {
  const names: string[] = [];
  const source = template
    .split(/(\{[^{}]+\})/)
    .map((part) => {
      if (!/^\{[^{}]+\}$/.test(part)) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(part.slice(1, -1));
      return "([^/]*)";
    })
    .join("");
  const match = new RegExp(`^${source}/?$`).exec(path);
  if (match === null) return undefined;
  const params: Record<string, string> = {};
  names.forEach((name, index) => {
    params[name] = safeDecode(match[index + 1] ?? "");
  });
  return params;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The query as the spec types it: numbers, booleans and arrays read back from their text. */
function readQuery(
  search: URLSearchParams,
  params: Readonly<Record<string, MockQueryParam>>,
): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  // forEach, not keys(): consumers may compile without the DOM.Iterable lib.
  const names = new Set<string>();
  search.forEach((_value, name) => names.add(name));
  for (const name of names) {
    const values = search.getAll(name);
    const param = params[name];
    if (param?.type === "array") {
      // `?a=1&a=2` (openapi-fetch's default), or one comma-separated value (`style: form`, no explode).
      const items = values.length === 1 ? values[0]!.split(",") : values;
      query[name] = items.map((v) => typed(v, param.items));
    } else query[name] = typed(values[values.length - 1]!, param?.type);
  }
  return query;
}

function typed(text: string, type: string | undefined): unknown {
  if (
    (type === "integer" || type === "number") &&
    text.trim() !== "" &&
    !Number.isNaN(Number(text))
  ) {
    return Number(text);
  }
  if (type === "boolean" && (text === "true" || text === "false")) return text === "true";
  return text;
}

function parseBody(text: string): { value: unknown; problems: Problem[] } {
  if (text === "") return { value: undefined, problems: [] };
  try {
    return { value: JSON.parse(text), problems: [] };
  } catch {
    return { value: text, problems: [{ pointer: "", message: "The body is not valid JSON" }] };
  }
}

/** Everything wrong with a request, as the client's own validators see it. */
function requestProblems(
  operation: MockOperation,
  params: Record<string, string>,
  query: Record<string, unknown>,
  body: unknown,
): Problem[] {
  const problems: Problem[] = [];
  try {
    checkPathParams(operation.pathParams, params);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    problems.push(...named(error.issues, "path parameter"));
  }
  const { body: checkBody, query: checkQuery } = operation.validate;
  if (checkQuery !== undefined && !checkQuery(query)) {
    problems.push(...named(issuesOf(checkQuery.errors ?? []), "query parameter"));
  }
  if (body === undefined && operation.bodyRequired === true) {
    problems.push({ pointer: "", message: "The request body is required" });
  } else if (checkBody !== undefined && body !== undefined && !checkBody(body)) {
    problems.push(...named(issuesOf(checkBody.errors ?? []), "body"));
  }
  return problems;
}

function named(issues: readonly ValidationIssue[], where: string): Problem[] {
  return issues.map((issue) => ({
    pointer: issue.path,
    message:
      where === "body"
        ? `${issue.path === "" ? "body" : issue.path}: ${issue.message}`
        : `${where} ${issue.path.slice(1)}: ${issue.message}`,
  }));
}

/** The override's answer (checked), or the operation's default. */
async function respond(
  operation: MockOperation,
  shape: MockErrorShape,
  override: AnyHandler | undefined,
  request: ParsedRequest,
): Promise<Response> {
  if (override === undefined) return defaultResponse(operation, shape);
  const result = await override(request);
  if (result instanceof Response) return result;
  const check = operation.validate.response;
  if (check !== undefined && !check(result)) {
    const problems = named(issuesOf(check.errors ?? []), "body").map((p) => ({
      pointer: p.pointer,
      message: `The mock override of ${operation.id} returned a body that breaks the spec: ${p.message}`,
    }));
    return errorResponse(shape, 500, problems);
  }
  const status = operation.answer.status === 501 ? 200 : operation.answer.status;
  return jsonResponse(
    status,
    result,
    "contentType" in operation.answer ? operation.answer.contentType : undefined,
  );
}

function defaultResponse(operation: MockOperation, shape: MockErrorShape): Response {
  const answer = operation.answer;
  if ("unavailable" in answer) {
    return errorResponse(shape, 501, [{ pointer: "", message: answer.unavailable }]);
  }
  return jsonResponse(answer.status, answer.body, answer.contentType);
}

function jsonResponse(status: number, body: unknown, contentType = "application/json"): Response {
  if (body === undefined) return new Response(null, { status });
  return new Response(JSON.stringify(body), { status, headers: { "content-type": contentType } });
}

/** A response in the API's error shape, one entry per problem. */
export function errorResponse(
  shape: MockErrorShape,
  status: number,
  problems: readonly Problem[],
  headers: Readonly<Record<string, string>> = {},
): Response {
  return new Response(JSON.stringify(errorBody(shape, status, problems)), {
    status,
    headers: { "content-type": shape.contentType, ...headers },
  });
}

/** The error body: the spec's envelope, RFC 9457 problem details, or `{ message }`. */
export function errorBody(
  shape: MockErrorShape,
  status: number,
  problems: readonly Problem[],
): unknown {
  const title = STATUS_TEXT[status] ?? `HTTP ${status}`;
  const list = problems.length > 0 ? problems : [{ pointer: "", message: title }];
  if (shape.kind === "problem") {
    const detail = list.map((p) => p.message).join("; ");
    const errors = list.map((p) => ({ detail: p.message, pointer: p.pointer }));
    return { type: "about:blank", title, status, detail, errors };
  }
  if (shape.kind === "message") return { message: list.map((p) => p.message).join("; ") };
  const items = list.map((p) => ({
    ...shape.item,
    message: p.message,
    ...(shape.itemPointer === true && p.pointer !== "" ? { source: { pointer: p.pointer } } : {}),
  }));
  return { ...shape.template, [shape.itemsKey ?? "errors"]: items };
}

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
export function mockFailures(api: MockApi): MockFailures {
  const shape = api.errorShapes[api.notFound]!;
  const say = (status: number, message?: string) => [
    { pointer: "", message: message ?? STATUS_TEXT[status] ?? `HTTP ${status}` },
  ];
  const retryAfter = (seconds?: number): Record<string, string> =>
    seconds === undefined ? {} : { "retry-after": String(seconds) };
  return {
    errorResponse: (status, message) => errorResponse(shape, status, say(status, message)),
    rateLimited: (seconds = 1) => errorResponse(shape, 429, say(429), retryAfter(seconds)),
    unavailable: (seconds) => errorResponse(shape, 503, say(503), retryAfter(seconds)),
  };
}

/** Answers `value` (a body or a `Response`) after `ms` milliseconds: a slow API. */
export async function delayed<T>(ms: number, value: T): Promise<T> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  return value;
}

/**
 * A dropped connection: the mock `fetch` rejects with a `TypeError`, as `fetch` does on a network
 * failure (through MSW, a network error).
 */
export function dropConnection(): Response {
  return Response.error();
}
