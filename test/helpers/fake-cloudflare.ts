/**
 * A fake Cloudflare API for tests: node:http on 127.0.0.1 (port 0), the seven operations with the
 * seeds' server-side behaviour, and faults to inject. Requests are counted per route.
 *
 * Behaviour: feedback reports are stored per zone and listed as a bare array (201 with no body on
 * submit); an insight's classification cannot change directly from one value to another, only
 * through null (seed 002); appeals answer one page of mitigations with result_info (seed 003);
 * the bot-management config is stored per zone (PUT merges, GET reads).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A fault the next matching requests get instead of the normal answer. */
export type Fault =
  | { readonly kind: "reset" }
  | { readonly kind: "status"; readonly status: number; readonly retryAfter?: string }
  | { readonly kind: "slow"; readonly delayMs: number }
  | { readonly kind: "malformed-json" }
  | { readonly kind: "html" }
  | { readonly kind: "oversized"; readonly bytes: number };

export interface FakeCloudflare {
  readonly baseUrl: string;
  /** Requests received, by `METHOD path-template`. */
  readonly hits: Map<string, number>;
  /** The next `times` requests (any route) get `fault`. */
  inject(fault: Fault, times?: number): void;
  close(): Promise<void>;
}

const ENVELOPE = { success: true, errors: [], messages: [] };

interface Route {
  readonly method: string;
  readonly pattern: RegExp;
  readonly name: string;
  handle(match: RegExpMatchArray, body: unknown): { status: number; body?: unknown };
}

/** Starts the fake on a free loopback port. */
export async function startFakeCloudflare(): Promise<FakeCloudflare> {
  const reports = new Map<string, unknown[]>();
  const classifications = new Map<string, string | null>();
  const configs = new Map<string, Record<string, unknown>>();
  const faults: Fault[] = [];
  const hits = new Map<string, number>();
  const routes = createRoutes({ reports, classifications, configs });

  const server = createServer((req, res) => {
    void readBody(req).then((text) => {
      const route = routes.find((r) => r.method === req.method && r.pattern.test(pathOf(req)));
      if (route !== undefined) hits.set(route.name, (hits.get(route.name) ?? 0) + 1);
      const fault = faults.shift();
      if (fault !== undefined) return applyFault(fault, req, res);
      if (route === undefined) return send(res, 404, failure(7003, "No route for that URI"));
      let body: unknown;
      try {
        body = text === "" ? undefined : JSON.parse(text);
      } catch {
        return send(res, 400, failure(6003, "Invalid request body: not JSON"));
      }
      const answer = route.handle(pathOf(req).match(route.pattern)!, body);
      send(res, answer.status, answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/client/v4`,
    hits,
    inject: (fault, times = 1) => {
      for (let i = 0; i < times; i++) faults.push(fault);
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function createRoutes(state: {
  reports: Map<string, unknown[]>;
  classifications: Map<string, string | null>;
  configs: Map<string, Record<string, unknown>>;
}): Route[] {
  const zone = "([^/]+)";
  return [
    {
      method: "POST",
      name: "createBotFeedbackReport",
      pattern: new RegExp(`^/client/v4/zones/${zone}/bot_management/feedback$`),
      handle: ([, id], body) => {
        const list = state.reports.get(id!) ?? [];
        list.push({ ...(body as object), created_at: "2025-09-29T07:00:00Z" });
        state.reports.set(id!, list);
        return { status: 201 };
      },
    },
    {
      method: "GET",
      name: "listBotFeedbackReports",
      pattern: new RegExp(`^/client/v4/zones/${zone}/bot_management/feedback$`),
      handle: ([, id]) => ({ status: 200, body: state.reports.get(id!) ?? [] }),
    },
    {
      method: "GET",
      name: "getBotManagementConfig",
      pattern: new RegExp(`^/client/v4/zones/${zone}/bot_management$`),
      handle: ([, id]) => ({
        status: 200,
        body: {
          ...ENVELOPE,
          result: state.configs.get(id!) ?? { enable_js: true, using_latest_model: true },
        },
      }),
    },
    {
      method: "PUT",
      name: "updateBotManagementConfig",
      pattern: new RegExp(`^/client/v4/zones/${zone}/bot_management$`),
      handle: ([, id], body) => {
        const merged = {
          ...(state.configs.get(id!) ?? { enable_js: true, using_latest_model: true }),
          ...(body as object),
        };
        state.configs.set(id!, merged);
        return { status: 200, body: { ...ENVELOPE, result: merged } };
      },
    },
    {
      method: "PATCH",
      name: "updateInsightClassification",
      pattern:
        /^\/client\/v4\/(accounts|zones)\/([^/]+)\/security-center\/insights\/([^/]+)\/classification$/,
      handle: ([, kind, owner, issue], body) => {
        const key = `${kind}/${owner}/${issue}`;
        const next = (body as { classification?: string | null }).classification ?? null;
        const current = state.classifications.get(key) ?? null;
        if (current !== null && next !== null && current !== next) {
          return {
            status: 400,
            body: failure(
              1002,
              "Cannot change directly between classification values - must reset to null first",
            ),
          };
        }
        state.classifications.set(key, next);
        return { status: 200, body: ENVELOPE };
      },
    },
    {
      method: "POST",
      name: "requestMitigationReview",
      pattern: new RegExp(`^/client/v4/accounts/${zone}/abuse-reports/([^/]+)/mitigations/appeal$`),
      handle: (_match, body) => {
        const appeals = (body as { appeals: { id: string }[] }).appeals;
        const result = appeals.map((a) => ({
          id: a.id,
          effective_date: "2025-10-01T00:00:00Z",
          entity_id: "zone-1",
          entity_type: "zone",
          status: "in_review",
          type: "phishing_interstitial",
        }));
        return {
          status: 200,
          body: {
            ...ENVELOPE,
            result,
            result_info: {
              count: result.length,
              page: 1,
              per_page: 20,
              total_count: result.length,
              total_pages: 1,
            },
          },
        };
      },
    },
    {
      method: "POST",
      name: "createMiscategorization",
      pattern: new RegExp(`^/client/v4/accounts/${zone}/intel/miscategorization$`),
      handle: () => ({ status: 200, body: ENVELOPE }),
    },
  ];
}

function applyFault(fault: Fault, req: IncomingMessage, res: ServerResponse): void {
  switch (fault.kind) {
    case "reset":
      req.socket.destroy();
      return;
    case "status":
      return send(
        res,
        fault.status,
        failure(10000 + fault.status, "Injected failure"),
        fault.retryAfter ? { "retry-after": fault.retryAfter } : {},
      );
    case "slow": {
      const timer = setTimeout(() => send(res, 200, ENVELOPE), fault.delayMs);
      res.on("close", () => clearTimeout(timer));
      return;
    }
    case "malformed-json":
      res
        .writeHead(200, { "content-type": "application/json" })
        .end('{"success": true, "errors": [');
      return;
    case "html":
      res
        .writeHead(502, { "content-type": "text/html" })
        .end("<html><body>502 Bad Gateway</body></html>");
      return;
    case "oversized":
      res
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ ...ENVELOPE, result: { padding: "x".repeat(fault.bytes) } }));
      return;
  }
}

function failure(code: number, message: string): unknown {
  return { success: false, errors: [{ code, message }], messages: [], result: null };
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.destroyed) return;
  const text = body === undefined ? "" : JSON.stringify(body);
  res.writeHead(status, {
    ...(text ? { "content-type": "application/json" } : {}),
    "cf-ray": "8c9d1e2f3a4b5c6d-SJC",
    ...headers,
  });
  res.end(text);
}

function pathOf(req: IncomingMessage): string {
  return (req.url ?? "").split("?")[0]!;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });
}
