/**
 * When a failed attempt is tried again, and after how long (CONTRACT §3): 429 and 503 for every
 * method (the server did not process the request); other 5xx, 408 and connection failures only
 * for idempotent operations, so a POST answered 500 is never sent twice. Exponential backoff with
 * full jitter, or the server's `Retry-After` (seconds or an HTTP date), capped.
 */
/** Why an attempt failed: an HTTP status, or no response at all. */
export type AttemptFailure =
  | {
      readonly status: number;
    }
  | {
      readonly connection: true;
    };
/** Whether the failure may be retried for an operation of this idempotency. */
export declare function isRetryable(failure: AttemptFailure, idempotent: boolean): boolean;
/** How long to wait before retry number `retry` (0-based), honouring `Retry-After` when given. */
export declare function retryDelayMs(
  retry: number,
  retryAfter: string | null,
  now?: number,
): number;
/** `Retry-After` in milliseconds from now: delay-seconds or an HTTP date; undefined when neither. */
export declare function parseRetryAfter(value: string, now: number): number | undefined;
/** Waits `ms`, or less when `signal` aborts (then rejects with its reason); leaves no timer behind. */
export declare function sleep(ms: number, signal: AbortSignal | undefined): Promise<void>;
