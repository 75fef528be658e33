/**
 * Client options, their defaults and environment fallbacks, and the auth headers they produce.
 */
import { ClientError } from "./errors.js";
/** Applies defaults and env fallbacks; throws `ClientError` when credentials are missing or mixed. */
export function resolveOptions(options, defaults) {
  const env = readEnv();
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== "function") {
    throw new ClientError("No fetch implementation: pass `fetch` in the client options.");
  }
  const headers = { ...userAgent(defaults), ...options.headers, ...authHeaders(options, env) };
  assertHeaderValues(headers);
  return {
    baseUrl: options.baseUrl ?? env["CLOUDFLARE_BASE_URL"] ?? defaults.baseUrl,
    fetch: (input) => fetchImpl(input),
    headers,
    validateRequests: options.validateRequests ?? true,
    maxRetries: count("maxRetries", options.maxRetries ?? 2),
    timeoutMs: count("timeoutMs", options.timeoutMs ?? 60_000),
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
function authHeaders(options, env) {
  const explicit = credentialsFrom(options.apiToken, options.apiEmail, options.apiKey);
  const chosen =
    explicit ??
    credentialsFrom(
      env["CLOUDFLARE_API_TOKEN"],
      env["CLOUDFLARE_EMAIL"],
      env["CLOUDFLARE_API_KEY"],
    );
  if (chosen === undefined) {
    throw new ClientError(
      "No credentials: pass `apiToken` (or `apiEmail` + `apiKey`), or set CLOUDFLARE_API_TOKEN " +
        "(or CLOUDFLARE_EMAIL + CLOUDFLARE_API_KEY).",
    );
  }
  return chosen;
}
/** Returns the auth headers for one source of credentials, or undefined when it gives none. */
function credentialsFrom(token, email, key) {
  const hasToken = Boolean(token);
  const hasLegacy = Boolean(email) || Boolean(key);
  if (hasToken && hasLegacy) {
    throw new ClientError("Give either `apiToken` or `apiEmail` + `apiKey`, not both.");
  }
  if (hasToken) return { Authorization: `Bearer ${token}` };
  if (!hasLegacy) return undefined;
  if (!email || !key) {
    throw new ClientError("The legacy scheme needs both `apiEmail` and `apiKey`.");
  }
  return { "X-Auth-Email": email, "X-Auth-Key": key };
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
