/**
 * Client options, their defaults and environment fallbacks. The credential options themselves
 * are declared by the generated package (one per security scheme of its spec) and read in
 * `auth.ts`; this file holds the options every client has.
 */
import { credentialStore, type CredentialStore, type SecuritySchemeDescriptor } from "./auth.js";
import { ClientError, type ValidationIssue } from "./errors.js";

/**
 * The options every client has; the generated `ClientOptions` adds one credential option per
 * security scheme of the spec. Every field is optional; see each default.
 */
export interface BaseClientOptions {
  /**
   * The API root. Default: the spec's first server URL, or the environment variable that
   * server names in `x-env`, when it is set.
   */
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
  /** The environment variable that overrides `baseUrl` (the first server's `x-env`). */
  readonly baseUrlEnv?: string;
  /** `<package>/<version>`, sent as `User-Agent` where the runtime lets a script set it. */
  readonly userAgent?: string;
  /** The spec's security schemes by name: the option of each, and how it is sent. */
  readonly security?: Readonly<Record<string, SecuritySchemeDescriptor>>;
  /** The response header `ApiError.requestId` is read from. Default: `x-request-id`. */
  readonly requestIdHeader?: string;
}

/** Options after defaults, env fallbacks and credential checks. */
export interface ResolvedOptions {
  readonly baseUrl: string;
  readonly fetch: (input: Request) => Promise<Response>;
  /** Default headers (credentials are added per request). */
  readonly headers: Readonly<Record<string, string>>;
  /** The credentials given, by scheme; never put these in an error or log. */
  readonly credentials: CredentialStore;
  /** The response header `ApiError.requestId` is read from. */
  readonly requestIdHeader: string;
  readonly validateRequests: boolean;
  readonly maxRetries: number;
  readonly timeoutMs: number;
  /** The validators to check 2xx bodies with, when `validateResponses` is on. */
  readonly responseValidators: Readonly<Record<string, ResponseValidator>> | undefined;
}

/**
 * Applies defaults and env fallbacks; throws `ClientError` when an option is malformed. Missing
 * credentials are an error of the call that needs them, not of the client (public operations
 * need none).
 */
export function resolveOptions(
  options: BaseClientOptions,
  defaults: ClientDefaults,
): ResolvedOptions {
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
    credentials: credentialStore(
      options as Readonly<Record<string, unknown>>,
      defaults.security ?? {},
      env,
    ),
    requestIdHeader: defaults.requestIdHeader ?? "x-request-id",
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

function responseValidatorsOf(
  options: BaseClientOptions,
): Readonly<Record<string, ResponseValidator>> {
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
