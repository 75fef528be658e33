/**
 * Client options, their defaults and environment fallbacks, and the auth headers they produce.
 */
import { ClientError, type ValidationIssue } from "./errors.js";

/** How to reach and authenticate with the API. Every field is optional; see each default. */
export interface ClientOptions {
  /** API token, sent as `Authorization: Bearer …`. Env fallback: `CLOUDFLARE_API_TOKEN`. */
  apiToken?: string;
  /** Account email of the legacy scheme, sent as `X-Auth-Email`. Env fallback: `CLOUDFLARE_EMAIL`. */
  apiEmail?: string;
  /** Global API key of the legacy scheme, sent as `X-Auth-Key`. Env fallback: `CLOUDFLARE_API_KEY`. */
  apiKey?: string;
  /** The API root. Default: the spec's first server URL. Env fallback: `CLOUDFLARE_BASE_URL`. */
  baseUrl?: string;
  /** A custom `fetch`, e.g. for proxies or tests. Default: `globalThis.fetch`. */
  fetch?: (input: Request) => Promise<Response>;
  /** Headers sent with every request. */
  headers?: Readonly<Record<string, string>>;
  /**
   * Extra attempts after a retryable failure: 429 and 503 for every operation; other 5xx, 408
   * and connection failures only for idempotent ones (GET, HEAD, PUT, DELETE, OPTIONS, or
   * `x-idempotent: true`). Waits with exponential backoff and full jitter, or `Retry-After`.
   * Default: 2.
   */
  maxRetries?: number;
  /** Per-attempt time limit in milliseconds, body included; a timeout is not retried. Default: 60 000. */
  timeoutMs?: number;
  /** Check path, query and body against the spec before sending; nothing invalid is sent. Default: true. */
  validateRequests?: boolean;
  /** Check 2xx JSON bodies against the spec; a mismatch rejects with `ValidationError`. Default: false. */
  validateResponses?: boolean;
  /**
   * The validators `validateResponses` uses, by operationId: the `responses` table of the
   * package's `./validators` export. `createClient` passes it itself; with `createBaseClient`,
   * pass it when you turn `validateResponses` on (kept out of bundles that never check responses).
   */
  responseValidators?: Readonly<Record<string, ResponseValidator>>;
}

/** What `validateResponses` needs of a validator. */
export interface ResponseValidator {
  issues(value: unknown): readonly ValidationIssue[];
}

/** What the generated package knows about itself and its spec. */
export interface ClientDefaults {
  /** The spec's first server URL. */
  readonly baseUrl: string;
  /** `<package>/<version>`, sent as `User-Agent` where the runtime lets a script set it. */
  readonly userAgent?: string;
}

/** Options after defaults, env fallbacks and credential checks. */
export interface ResolvedOptions {
  readonly baseUrl: string;
  readonly fetch: (input: Request) => Promise<Response>;
  /** Default headers, auth included. Never put these in an error or log. */
  readonly headers: Readonly<Record<string, string>>;
  readonly validateRequests: boolean;
  readonly maxRetries: number;
  readonly timeoutMs: number;
  /** The validators to check 2xx bodies with, when `validateResponses` is on. */
  readonly responseValidators: Readonly<Record<string, ResponseValidator>> | undefined;
}

/** Applies defaults and env fallbacks; throws `ClientError` when credentials are missing or mixed. */
export function resolveOptions(options: ClientOptions, defaults: ClientDefaults): ResolvedOptions {
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

function count(name: string, value: number): number {
  if (Number.isInteger(value) && value >= 0) return value;
  throw new ClientError(`\`${name}\` must be a whole number of at least 0.`);
}

function responseValidatorsOf(options: ClientOptions): Readonly<Record<string, ResponseValidator>> {
  if (options.responseValidators !== undefined) return options.responseValidators;
  throw new ClientError(
    "validateResponses needs the response validators: pass `responseValidators: responses` " +
      "(from the package's `./validators` export) to createBaseClient, or use createClient.",
  );
}

/** Refuses header values that could split a header (CR or LF). Names only in the message. */
export function assertHeaderValues(headers: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(headers)) {
    if (/[\r\n]/.test(value)) {
      throw new ClientError(`Header "${name}" contains a line break; refusing to send it.`);
    }
  }
}

function authHeaders(options: ClientOptions, env: Env): Record<string, string> {
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
function credentialsFrom(
  token: string | undefined,
  email: string | undefined,
  key: string | undefined,
): Record<string, string> | undefined {
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

type Env = Readonly<Record<string, string | undefined>>;

/** Browsers do not let a script set `User-Agent`; server runtimes (Node, Bun, Deno) do. */
function userAgent(defaults: ClientDefaults): Record<string, string> {
  const host = globalThis as { process?: { versions?: { node?: unknown } }; document?: unknown };
  const server = typeof host.process?.versions?.node === "string" && host.document === undefined;
  return server && defaults.userAgent !== undefined ? { "User-Agent": defaults.userAgent } : {};
}

/** Environment variables where the runtime has them (Node, Bun, Deno with --allow-env); else none. */
function readEnv(): Env {
  const host = globalThis as { process?: { env?: Env } };
  return host.process?.env ?? {};
}
