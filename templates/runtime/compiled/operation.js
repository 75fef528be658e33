import { resolvedOptionsOf } from "./client.js";
import { ApiError, ClientError, ConnectionError, ValidationError } from "./errors.js";
import { assertHeaderValues } from "./options.js";
import { checkPathParams, fillPath } from "./path.js";
import { check } from "./validation.js";
/** Sends one call and returns the parsed 2xx JSON body (`undefined` when the body is empty). */
export async function callOperation(client, operation, call) {
  const options = resolvedOptionsOf(client);
  checkPathParams(operation.pathParams, call.path);
  if (call.headers !== undefined) assertHeaderValues(call.headers);
  if (options.validateRequests) checkRequest(operation, call);
  const { data, error, response } = await send(client, operation, call);
  if (!response.ok) {
    throw new ApiError({
      operation: `${operation.method} ${operation.path}`,
      status: response.status,
      body: error === "" ? undefined : error,
      requestId: response.headers.get("cf-ray") ?? undefined,
    });
  }
  const body = parseBody(operation, response.status, data);
  const responseValidator = options.responseValidators?.[operation.id];
  if (responseValidator !== undefined && body !== undefined) {
    const issues = responseValidator.issues(body);
    if (issues.length > 0) throw new ValidationError("response", issues);
  }
  return body;
}
/** Refuses a call whose body or query breaks the spec, before anything is sent. */
function checkRequest(operation, call) {
  const { body, query } = operation.validate ?? {};
  if (body !== undefined && call.body !== undefined) check(body, "body", call.body);
  if (query !== undefined) check(query, "query", call.query ?? {});
}
async function send(client, operation, call) {
  const raw = client.raw;
  try {
    return await raw.request(operation.method, operation.path, {
      params: { path: call.path, query: call.query },
      body: call.body,
      headers: call.headers,
      signal: call.signal,
      parseAs: "text",
      pathSerializer: fillPath,
    });
  } catch (cause) {
    if (call.signal?.aborted) throw cause;
    throw new ConnectionError(`${operation.method} ${operation.path} got no response`, { cause });
  }
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
