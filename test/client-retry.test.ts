/**
 * Retries, timeouts and cancellation over real HTTP (CONTRACT §3), attempts counted at the server.
 * No absolute time bound (a loaded machine can stall any step): "at once" is shown by ordering,
 * the call settling before the server's late answer or the next retry would have come.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isRetryable, parseRetryAfter, retryDelayMs } from "../templates/runtime/retry.js";
import { GENERATED } from "./helpers/paths.js";
import { seedFeedbackReport } from "./helpers/seeds.js";
import { startServer, type Reply, type TestServer } from "./helpers/server.js";

type Pkg = typeof import("../generated/src/index.js");
const pkg = (await import(`${GENERATED}/dist/index.js`)) as Pkg;
const ZONE = "023e105f4ecef8ad9ca31a8372d0c353";
const CONFIG = JSON.stringify({
  success: true,
  errors: [],
  messages: [],
  result: { fight_mode: true },
});

/**
 * A server answer or retry this late never comes within a test: a call that settles at all has
 * not waited for it (30 s, half the test timeout, so a call that did wait fails clearly).
 */
const LATE_MS = 30_000;

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

/** Answers the next requests in turn with `replies` (the last one repeats); returns the counter. */
function script(...replies: Reply[]): () => number {
  const start = server.requests.length;
  server.reply(() => replies[Math.min(server.requests.length - start - 1, replies.length - 1)]!);
  return () => server.requests.length - start;
}

const client = (options: Partial<Parameters<Pkg["createClient"]>[0]> = {}) =>
  pkg.createClient({ apiToken: "t", baseUrl: server.baseUrl, ...options });
const fileReport = (c: ReturnType<typeof client>, signal?: AbortSignal) =>
  c.createBotFeedbackReport({
    path: { zone_id: ZONE },
    body: seedFeedbackReport(),
    ...(signal ? { signal } : {}),
  });
const getConfig = (c: ReturnType<typeof client>, signal?: AbortSignal) =>
  c.getBotManagementConfig({ path: { zone_id: ZONE }, ...(signal ? { signal } : {}) });

describe("retries", () => {
  it("a POST answered 500 is sent exactly once", async () => {
    const attempts = script({ status: 500, body: "{}" });
    const error = await fileReport(client()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(pkg.ApiError);
    expect(attempts()).toBe(1);
  });

  it("a POST answered 429 then 201 resolves after two attempts", async () => {
    const attempts = script({ status: 429, headers: { "retry-after": "0" } }, { status: 201 });
    await expect(fileReport(client())).resolves.toBeUndefined();
    expect(attempts()).toBe(2);
  });

  it("a POST answered 503 is retried, honouring Retry-After in seconds", async () => {
    const attempts = script({ status: 503, headers: { "retry-after": "1" } }, { status: 201 });
    const started = performance.now();
    await fileReport(client());
    expect(attempts()).toBe(2);
    expect(performance.now() - started).toBeGreaterThanOrEqual(900);
  });

  it("a GET answered 500 then 200 resolves", async () => {
    const attempts = script({ status: 500 }, { status: 200, body: CONFIG });
    await expect(getConfig(client())).resolves.toMatchObject({ success: true });
    expect(attempts()).toBe(2);
  });

  it("a GET failing every time is attempted 1 + maxRetries times, then rejects with the last answer", async () => {
    const attempts = script({
      status: 502,
      body: '{"success":false,"errors":[{"code":1000,"message":"bad gateway"}]}',
    });
    const error = (await getConfig(client({ maxRetries: 1 })).catch(
      (e: unknown) => e,
    )) as InstanceType<Pkg["ApiError"]>;
    expect([error.status, attempts()]).toEqual([502, 2]);
  });

  it("maxRetries: 0 never retries", async () => {
    const attempts = script(
      { status: 503, headers: { "retry-after": "0" } },
      { status: 200, body: CONFIG },
    );
    await expect(getConfig(client({ maxRetries: 0 }))).rejects.toBeInstanceOf(pkg.ApiError);
    expect(attempts()).toBe(1);
  });

  it("a reset connection: a GET is retried, a POST is not (ConnectionError)", async () => {
    const getAttempts = script({ status: 0, reset: true }, { status: 200, body: CONFIG });
    await expect(getConfig(client())).resolves.toMatchObject({ success: true });
    expect(getAttempts()).toBe(2);
    const postAttempts = script({ status: 0, reset: true });
    await expect(fileReport(client())).rejects.toBeInstanceOf(pkg.ConnectionError);
    expect(postAttempts()).toBe(1);
  });
});

describe("timeouts and cancellation", () => {
  it("a late response with timeoutMs: 200 rejects with TimeoutError before the answer comes, and is not retried", async () => {
    const attempts = script({ status: 200, body: CONFIG, delayMs: LATE_MS });
    const started = performance.now();
    const error = await getConfig(client({ timeoutMs: 200 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(pkg.TimeoutError);
    expect(error).toBeInstanceOf(pkg.ClientError);
    expect(performance.now()).toBeLessThan(started + LATE_MS); // before the server answered
    expect(attempts()).toBe(1);
  });

  it("the caller's AbortSignal ends a waiting retry at once, with a ClientError", async () => {
    const attempts = script({ status: 503, headers: { "retry-after": String(LATE_MS / 1000) } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("user navigated away")), 100);
    const started = performance.now();
    const error = await fileReport(client(), controller.signal).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(pkg.ClientError);
    expect((error as Error).message).toMatch(/was aborted/);
    expect(performance.now()).toBeLessThan(started + LATE_MS); // before the retry was due
    expect(attempts()).toBe(1);
  });

  it("the caller's AbortSignal ends a slow response at once, with a ClientError, not a TimeoutError", async () => {
    const attempts = script({ status: 200, body: CONFIG, delayMs: LATE_MS });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("user navigated away")), 100);
    const started = performance.now();
    const error = await getConfig(client({ timeoutMs: LATE_MS }), controller.signal).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(pkg.ClientError);
    expect(error).not.toBeInstanceOf(pkg.TimeoutError);
    expect((error as Error).message).toMatch(/was aborted/);
    expect(performance.now()).toBeLessThan(started + LATE_MS); // before the answer or the timeout
    expect(attempts()).toBe(1);
  });

  it("an already aborted signal sends nothing", async () => {
    const attempts = script({ status: 200, body: CONFIG });
    await expect(getConfig(client(), AbortSignal.abort())).rejects.toBeInstanceOf(pkg.ClientError);
    expect(attempts()).toBe(0);
  });

  it("maxRetries and timeoutMs must be whole numbers of at least 0", () => {
    expect(() => client({ maxRetries: -1 })).toThrow(/maxRetries/);
    expect(() => client({ timeoutMs: 1.5 })).toThrow(/timeoutMs/);
  });
});

describe("the retry policy", () => {
  it.each([
    [{ status: 429 }, false, true],
    [{ status: 503 }, false, true],
    [{ status: 500 }, false, false],
    [{ status: 408 }, false, false],
    [{ status: 500 }, true, true],
    [{ status: 408 }, true, true],
    [{ status: 404 }, true, false],
    [{ connection: true as const }, false, false],
    [{ connection: true as const }, true, true],
  ])("%j idempotent=%s → retry %s", (failure, idempotent, want) => {
    expect(isRetryable(failure, idempotent)).toBe(want);
  });

  it("Retry-After in seconds or as an HTTP date, capped at 60 s; otherwise full-jitter backoff", () => {
    const now = Date.parse("2026-11-24T00:00:00Z");
    expect(parseRetryAfter("7", now)).toBe(7000);
    expect(parseRetryAfter("Tue, 24 Nov 2026 00:00:05 GMT", now)).toBe(5000);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(retryDelayMs(0, "3600", now)).toBe(60_000);
    for (let retry = 0; retry < 6; retry++) {
      const delay = retryDelayMs(retry, null, now);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThanOrEqual(Math.min(8000, 500 * 2 ** retry));
    }
  });
});
