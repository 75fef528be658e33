/**
 * Client options, their defaults and environment fallbacks. The credential options themselves
 * are declared by the generated package (one per security scheme of its spec) and read in
 * `auth.ts`; this file holds the options every client has.
 */
import { credentialStore } from "./auth.js";
import { ClientError } from "./errors.js";
/**
 * Applies defaults and env fallbacks; throws `ClientError` when an option is malformed. Missing
 * credentials are an error of the call that needs them, not of the client (public operations
 * need none).
 */
export function resolveOptions(options, defaults) {
  const env = readEnv();
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== "function") {
    throw new ClientError("No fetch implementation: pass `fetch` in the client options.");
  }
  const headers = { ...userAgent(defaults), ...options.headers };
  assertHeaderValues(headers);
  const fromEnv = defaults.baseUrlEnv === undefined ? undefined : env[defaults.baseUrlEnv];
  return {
    baseUrl: options.baseUrl ?? (fromEnv || undefined) ?? defaults.baseUrl,
    fetch: (input) => fetchImpl(input),
    headers,
    credentials: credentialStore(options, defaults.security ?? {}, env),
    requestIdHeader: defaults.requestIdHeader ?? "x-request-id",
    validateRequests: options.validateRequests ?? true,
    maxRetries: count("maxRetries", options.maxRetries ?? 2),
    timeoutMs: count("timeoutMs", options.timeoutMs ?? 6e4),
    responseValidators:
      options.validateResponses === true ? responseValidatorsOf(options) : undefined,
  };
}
function count(name, value) {
  if (Number.isInteger(value) && value >= 0) return value;
  throw new ClientError(`\`${name}\` must be a whole number of at least 0.`);
}
function responseValidatorsOf(options) {
  if (options.responseValidators !== undefined) return options.responseValidators;
  throw new ClientError(
    "validateResponses needs the response validators: pass `responseValidators: responses` " +
      "(from the package's `./validators` export) to createBaseClient, or use createClient.",
  );
}
/** Refuses header values that could split a header (CR or LF). Names only in the message. */
export function assertHeaderValues(headers) {
  for (const [name, value] of Object.entries(headers)) {
    if (/[\r\n]/.test(value)) {
      throw new ClientError(`Header "${name}" contains a line break; refusing to send it.`);
    }
  }
}
/** Browsers do not let a script set `User-Agent`; server runtimes (Node, Bun, Deno) do. */
function userAgent(defaults) {
  const host = globalThis;
  const server = typeof host.process?.versions?.node === "string" && host.document === undefined;
  return server && defaults.userAgent !== undefined ? { "User-Agent": defaults.userAgent } : {};
}
/** Environment variables where the runtime has them (Node, Bun, Deno with --allow-env); else none. */
function readEnv() {
  const host = globalThis;
  return host.process?.env ?? {};
}
