/**
 * When a failed attempt is tried again, and after how long (CONTRACT §3): 429 and 503 for every
 * method (the server did not process the request); other 5xx, 408 and connection failures only
 * for idempotent operations, so a POST answered 500 is never sent twice. Exponential backoff with
 * full jitter, or the server's `Retry-After` (seconds or an HTTP date), capped.
 */
/** The first retry waits up to this long; each further one doubles it. */
const BASE_DELAY_MS = 500;
/** No computed backoff is longer. */
const MAX_BACKOFF_MS = 8e3;
/** No `Retry-After` is honoured beyond this; longer waits are the caller's decision. */
const MAX_RETRY_AFTER_MS = 6e4;
/** Whether the failure may be retried for an operation of this idempotency. */
export function isRetryable(failure, idempotent) {
  if ("connection" in failure) return idempotent;
  const { status } = failure;
  if (status === 429 || status === 503) return true;
  return idempotent && (status === 408 || status >= 500);
}
/** How long to wait before retry number `retry` (0-based), honouring `Retry-After` when given. */
export function retryDelayMs(retry, retryAfter, now = Date.now()) {
  const fromServer = retryAfter === null ? undefined : parseRetryAfter(retryAfter, now);
  if (fromServer !== undefined) return Math.min(fromServer, MAX_RETRY_AFTER_MS);
  return Math.random() * Math.min(MAX_BACKOFF_MS, BASE_DELAY_MS * 2 ** retry);
}
/** `Retry-After` in milliseconds from now: delay-seconds or an HTTP date; undefined when neither. */
export function parseRetryAfter(value, now) {
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1e3;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** Waits `ms`, or less when `signal` aborts (then rejects with its reason); leaves no timer behind. */
export function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
