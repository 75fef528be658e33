import { checkPathParams } from "./path.js";
import { ValidationError } from "./errors.js";
import { issuesOf } from "./validation.js";
const STATUS_TEXT = {
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
/** Creates the mock `fetch` for `api`, with `overrides` by operationId (the generated `createMockFetch`). */
export function mockFetchFor(api, overrides, options = {}) {
  const calls = [];
  const basePath = options.baseUrl === undefined ? api.basePath : pathOf(options.baseUrl);
  const mockFetch = async (input, init) => {
    const request = new Request(input, init);
    const handlers = overrides;
    const answered = await answer(api, handlers, basePath, request);
    calls.push({ ...answered.call, headers: shownHeaders(request.headers, api.secretHeaders) });
    if (answered.response.type === "error")
      throw new TypeError("fetch failed (mock: connection dropped)");
    return answered.response;
  };
  return Object.assign(mockFetch, { calls });
}
function pathOf(url) {
  try {
    return new URL(url).pathname.replace(/\/$/, "");
  } catch {
    return url.replace(/\/$/, "");
  }
}
function shownHeaders(headers, secret) {
  const shown = {};
  headers.forEach((value, name) => {
    shown[name] = secret.includes(name.toLowerCase()) ? "[redacted]" : value;
  });
  return shown;
}
async function answer(api, overrides, basePath, request) {
  const url = new URL(request.url);
  const path = url.pathname.startsWith(`${basePath}/`)
    ? url.pathname.slice(basePath.length)
    : url.pathname;
  const found = matchOperation(api.operations, request.method, path);
  const base = { method: request.method, url: request.url, path: {}, query: {}, body: undefined };
  if (found === undefined) {
    const response = errorResponse(api.errorShapes[api.notFound], 404, [
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
  const shape = api.errorShapes[operation.error];
  if (problems.length > 0) {
    const status = shape.invalidStatus;
    return { response: errorResponse(shape, status, problems), call: { ...call, status } };
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
/** The operation whose method and path template match (literal segments before parameters). */
function matchOperation(operations, method, path) {
  const candidates = [];
  for (const operation of operations) {
    if (operation.method !== method.toUpperCase()) continue;
    const params = matchTemplate(operation.path, path);
    if (params !== undefined) candidates.push({ operation, params });
  }
  // `/a/fixed` before `/a/{id}`: the template with the fewest parameters is the most specific.
  candidates.sort((a, b) => Object.keys(a.params).length - Object.keys(b.params).length);
  return candidates[0];
}
function matchTemplate(template, path) {
  const names = [];
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
  const params = {};
  names.forEach((name, index) => {
    params[name] = safeDecode(match[index + 1] ?? "");
  });
  return params;
}
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
/** The query as the spec types it: numbers, booleans and arrays read back from their text. */
function readQuery(search, params) {
  const query = {};
  // forEach, not keys(): consumers may compile without the DOM.Iterable lib.
  const names = new Set();
  search.forEach((_value, name) => names.add(name));
  for (const name of names) {
    const values = search.getAll(name);
    const param = params[name];
    if (param?.type === "array") {
      // `?a=1&a=2` (openapi-fetch's default), or one comma-separated value (`style: form`, no explode).
      const items = values.length === 1 ? values[0].split(",") : values;
      query[name] = items.map((v) => typed(v, param.items));
    } else query[name] = typed(values[values.length - 1], param?.type);
  }
  return query;
}
function typed(text, type) {
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
function parseBody(text) {
  if (text === "") return { value: undefined, problems: [] };
  try {
    return { value: JSON.parse(text), problems: [] };
  } catch {
    return { value: text, problems: [{ pointer: "", message: "The body is not valid JSON" }] };
  }
}
/** Everything wrong with a request, as the client's own validators see it. */
function requestProblems(operation, params, query, body) {
  const problems = [];
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
function named(issues, where) {
  return issues.map((issue) => ({
    pointer: issue.path,
    message:
      where === "body"
        ? `${issue.path === "" ? "body" : issue.path}: ${issue.message}`
        : `${where} ${issue.path.slice(1)}: ${issue.message}`,
  }));
}
/** The override's answer (checked), or the operation's default. */
async function respond(operation, shape, override, request) {
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
function defaultResponse(operation, shape) {
  const answer = operation.answer;
  if ("unavailable" in answer) {
    return errorResponse(shape, 501, [{ pointer: "", message: answer.unavailable }]);
  }
  return jsonResponse(answer.status, answer.body, answer.contentType);
}
function jsonResponse(status, body, contentType = "application/json") {
  if (body === undefined) return new Response(null, { status });
  return new Response(JSON.stringify(body), { status, headers: { "content-type": contentType } });
}
/** A response in the API's error shape, one entry per problem. */
export function errorResponse(shape, status, problems, headers = {}) {
  return new Response(JSON.stringify(errorBody(shape, status, problems)), {
    status,
    headers: { "content-type": shape.contentType, ...headers },
  });
}
/** The error body: the spec's envelope, RFC 9457 problem details, or `{ message }`. */
export function errorBody(shape, status, problems) {
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
/** The failure helpers of `api`. */
export function mockFailures(api) {
  const shape = api.errorShapes[api.notFound];
  const say = (status, message) => [
    { pointer: "", message: message ?? STATUS_TEXT[status] ?? `HTTP ${status}` },
  ];
  const retryAfter = (seconds) => (seconds === undefined ? {} : { "retry-after": String(seconds) });
  return {
    errorResponse: (status, message) => errorResponse(shape, status, say(status, message)),
    rateLimited: (seconds = 1) => errorResponse(shape, 429, say(429), retryAfter(seconds)),
    unavailable: (seconds) => errorResponse(shape, 503, say(503), retryAfter(seconds)),
  };
}
/** Answers `value` (a body or a `Response`) after `ms` milliseconds: a slow API. */
export async function delayed(ms, value) {
  await new Promise((resolve) => setTimeout(resolve, ms));
  return value;
}
/**
 * A dropped connection: the mock `fetch` rejects with a `TypeError`, as `fetch` does on a network
 * failure (through MSW, a network error).
 */
export function dropConnection() {
  return Response.error();
}
