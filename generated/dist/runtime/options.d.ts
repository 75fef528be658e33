/**
 * Client options, their defaults and environment fallbacks, and the auth headers they produce.
 */
import { type ValidationIssue } from "./errors.js";
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
export declare function resolveOptions(
  options: ClientOptions,
  defaults: ClientDefaults,
): ResolvedOptions;
/** Refuses header values that could split a header (CR or LF). Names only in the message. */
export declare function assertHeaderValues(headers: Readonly<Record<string, string>>): void;
