/**
 * The README's claims that no other test held, each shown over real HTTP or through the real CLI:
 * `x-idempotent: true`, the warnings summary ("the first twenty in full, the rest counted by
 * code"), credentials from the environment, query-parameter validation, a timeout that covers a
 * slow body, the `ValidationError` message, and full-jitter backoff. (`--watch` has its own test.)
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { rm, writeFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { retryDelayMs } from "../templates/runtime/retry.js";
import { runCli } from "./helpers/cli.js";
import { FIXTURES, GENERATED, TMP } from "./helpers/paths.js";
import { seedFeedbackReport } from "./helpers/seeds.js";
import { startServer, type TestServer } from "./helpers/server.js";

type Pkg = typeof import("../generated/src/index.js");
const pkg = (await import(`${GENERATED}/dist/index.js`)) as Pkg;
const ZONE = "023e105f4ecef8ad9ca31a8372d0c353";
const WORK = join(TMP, "readme-claims");

/** A late answer never comes within a test: a call that settles has not waited for it. */
const LATE_MS = 30_000;

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

/** Answers requests in turn with `replies` (the last repeats); returns the request counter. */
function script(...replies: { status: number; body?: string }[]): () => number {
  const start = server.requests.length;
  server.reply(() => replies[Math.min(server.requests.length - start - 1, replies.length - 1)]!);
  return () => server.requests.length - start;
}

describe("a synthetic spec through the CLI: x-idempotent and the warnings summary", () => {
  /** Schemas with a format the validators do not check: one warning each. */
  const ANNOTATED = 23;
  /** Schemas with `enum: []`, after those: a second warning code among the ones not shown. */
  const EMPTY_ENUMS = 2;
  const SHOWN = 20;
  const ok = { "200": { description: "ok", content: { "application/json": { schema: {} } } } };
  const spec = {
    openapi: "3.1.0",
    info: { title: "Claims", version: "1.0.0" },
    servers: [{ url: "https://example.test" }],
    // `api_token` is the scheme the Cloudflare spec uses too: the option is `apiToken` either way.
    security: [{ api_token: [] }],
    paths: {
      "/jobs": { post: { operationId: "startJob", "x-idempotent": true, responses: ok } },
      "/notes": { post: { operationId: "addNote", responses: ok } },
    },
    components: {
      securitySchemes: { api_token: { type: "http", scheme: "bearer" } },
      schemas: Object.fromEntries([
        ...Array.from({ length: ANNOTATED }, (_, i) => [
          `Phone${i}`,
          { type: "string", format: "phone-number" },
        ]),
        ...Array.from({ length: EMPTY_ENUMS }, (_, i) => [`Never${i}`, { enum: [] }]),
      ]),
    },
  };
  type Claims = {
    createClient(options: { apiToken: string; baseUrl: string }): {
      startJob(args?: object): Promise<unknown>;
      addNote(args?: object): Promise<unknown>;
    };
  };
  let stderr: string;
  let claims: Claims;

  beforeAll(async () => {
    await rm(WORK, { recursive: true, force: true });
    await mkdir(WORK, { recursive: true });
    await writeFile(join(WORK, "openapi.json"), JSON.stringify(spec, null, 2));
    const run = await runCli(["--spec", join(WORK, "openapi.json"), "--out", join(WORK, "out")]);
    expect(run.code, run.stderr).toBe(0);
    stderr = run.stderr;
    claims = (await import(pathToFileURL(join(WORK, "out/dist/index.js")).href)) as Claims;
  }, 120_000);

  it("a POST marked x-idempotent: true is retried on 500; an unmarked POST is sent once", async () => {
    const marked = script({ status: 500, body: "{}" }, { status: 200, body: "{}" });
    await claims.createClient({ apiToken: "t", baseUrl: server.baseUrl }).startJob();
    expect(marked()).toBe(2);
    const plain = script({ status: 500, body: "{}" }, { status: 200, body: "{}" });
    const client = claims.createClient({ apiToken: "t", baseUrl: server.baseUrl });
    await expect(client.addNote()).rejects.toThrow();
    expect(plain()).toBe(1);
  });

  it("prints the first twenty warnings in full and counts the rest by code", () => {
    const full = stderr.match(/^\S.* warning\[[\w-]+\]: /gm) ?? [];
    expect(full).toHaveLength(SHOWN);
    const total = ANNOTATED + EMPTY_ENUMS;
    expect(stderr).toContain(
      `${total} warnings about the spec (not shown: ${ANNOTATED - SHOWN} × warning[schema-annotation], ${EMPTY_ENUMS} × warning[schema-enum-empty]); generated anyway.`,
    );
  });
});

describe("credentials, validation and errors of the Cloudflare package", () => {
  it("takes the API token from CLOUDFLARE_API_TOKEN when no option gives one", async () => {
    vi.stubEnv("CLOUDFLARE_API_TOKEN", "token-from-env");
    script({ status: 200, body: JSON.stringify({ success: true, errors: [], messages: [] }) });
    await pkg
      .createClient({ baseUrl: server.baseUrl })
      .getBotManagementConfig({ path: { zone_id: ZONE } })
      .catch(() => undefined); // only the request matters here
    expect(server.requests.at(-1)?.headers["authorization"]).toBe("Bearer token-from-env");
  });

  it("says a ValidationError as the README shows it, every issue with its JSON Pointer", async () => {
    const client = pkg.createClient({ apiToken: "t", baseUrl: server.baseUrl });
    const attempts = script({ status: 201 });
    const wrongSum = {
      ...seedFeedbackReport(),
      requests_by_score: { "30": 800, "40": 600, "50": 500 },
    };
    const error = await client
      .createBotFeedbackReport({ path: { zone_id: ZONE }, body: wrongSum })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(pkg.ValidationError);
    expect(String(error)).toBe(
      "ValidationError: Invalid body: /requests_by_score values sum to 1900 but requests is 2000",
    );
    const missing = await client
      .updateInsightClassification({
        path: { accounts_or_zones: "accounts", account_or_zone_id: ZONE, issue_id: "abc" },
        body: { classification: "accept_risk" },
      })
      .catch((e: unknown) => e);
    expect((missing as InstanceType<Pkg["ValidationError"]>).issues).toEqual([
      { path: "/rationale", message: "rationale is required when classification is accept_risk" },
    ]);
    expect(attempts()).toBe(0);
  });
});

describe("query parameters are validated before sending (composition fixture's package)", () => {
  type Pets = {
    createClient(options: { apiToken: string; baseUrl: string }): {
      listPets(args: { query?: Record<string, unknown> }): Promise<unknown>;
    };
    ValidationError: new (...args: never[]) => Error;
  };

  it("an invalid query never reaches the server; a valid one does", async () => {
    const url = pathToFileURL(join(FIXTURES, "composition/expected/dist/index.js")).href;
    const pets = (await import(url)) as Pets;
    const client = pets.createClient({ apiToken: "t", baseUrl: server.baseUrl });
    const attempts = script({ status: 200, body: "[]" });
    await expect(client.listPets({ query: { limit: 0 } })).rejects.toBeInstanceOf(
      pets.ValidationError,
    );
    await expect(client.listPets({ query: { limit: 101 } })).rejects.toBeInstanceOf(
      pets.ValidationError,
    );
    expect(attempts()).toBe(0);
    await client.listPets({ query: { limit: 5 } });
    expect(attempts()).toBe(1);
    expect(server.requests.at(-1)?.url).toMatch(/[?&]limit=5\b/);
  });
});

describe("timeoutMs covers the body, not only the head", () => {
  let slow: Server;
  let baseUrl: string;
  let bodySent = false;

  beforeAll(async () => {
    // Sends the status and headers and a first chunk at once, the rest of the body only later.
    slow = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"success":true,');
      const timer = setTimeout(() => {
        bodySent = true;
        res.end('"errors":[],"messages":[]}');
      }, LATE_MS);
      res.on("close", () => clearTimeout(timer));
    });
    await new Promise<void>((resolve) => slow.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/client/v4`;
  });
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        slow.closeAllConnections();
        slow.close(() => resolve());
      }),
  );

  it("a response whose body is late rejects with TimeoutError before the body comes", async () => {
    const client = pkg.createClient({ apiToken: "t", baseUrl, timeoutMs: 300, maxRetries: 0 });
    const error = await client
      .getBotManagementConfig({ path: { zone_id: ZONE } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(pkg.TimeoutError);
    expect(bodySent).toBe(false);
  });
});

describe("backoff with full jitter", () => {
  /** The wait before retry `retry` when Math.random() returns `r` (no Retry-After). */
  const delayAt = (retry: number, r: number): number => {
    vi.spyOn(Math, "random").mockReturnValue(r);
    const delay = retryDelayMs(retry, null);
    vi.restoreAllMocks();
    return delay;
  };

  it("is uniform in [0, cap], the cap growing exponentially: a delay that never varies fails", () => {
    for (let retry = 0; retry < 4; retry++) {
      const cap = delayAt(retry, 1);
      expect(cap).toBeGreaterThan(0);
      expect(delayAt(retry, 0)).toBe(0);
      for (const r of [0.25, 0.5, 0.75]) expect(delayAt(retry, r)).toBeCloseTo(r * cap, 6);
      if (retry > 0) expect(cap).toBeGreaterThanOrEqual(delayAt(retry - 1, 1));
    }
    expect(delayAt(1, 1)).toBe(2 * delayAt(0, 1));
  });

  it("with the real Math.random, delays differ and stay within [0, cap]", () => {
    const cap = delayAt(2, 1);
    const delays = Array.from({ length: 50 }, () => retryDelayMs(2, null));
    expect(new Set(delays).size).toBeGreaterThan(40);
    for (const delay of delays) {
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThanOrEqual(cap);
    }
  });
});
