/**
 * The generated package (its compiled `dist/`, as a consumer runs it) over real HTTP: what the
 * client sends for the seed payloads, and how it turns answers into results and errors.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GENERATED } from "./helpers/paths.js";
import { seedFeedbackReport } from "./helpers/seeds.js";
import { startServer, type TestServer } from "./helpers/server.js";

type Pkg = typeof import("../generated/src/index.js");
const pkg = (await import(`${GENERATED}/dist/index.js`)) as Pkg;

const TOKEN = "Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY";
const ZONE = "023e105f4ecef8ad9ca31a8372d0c353";

/** The seed 000 example payload. */
const FEEDBACK: Parameters<Pkg["createBotFeedbackReport"]>[1]["body"] = seedFeedbackReport();

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

function client(options: Partial<Parameters<Pkg["createClient"]>[0]> = {}) {
  return pkg.createClient({ apiToken: TOKEN, baseUrl: server.baseUrl, ...options });
}

describe("requests as the seeds document them", () => {
  it("createBotFeedbackReport sends POST, the path, the bearer token and the JSON body; 201 with no body resolves to undefined", async () => {
    server.reply({ status: 201 });
    const before = server.requests.length;
    const result = await client().createBotFeedbackReport({
      path: { zone_id: ZONE },
      body: FEEDBACK,
    });
    expect(result).toBeUndefined();
    const sent = server.requests[before]!;
    expect(sent.method).toBe("POST");
    expect(sent.url).toBe(`/client/v4/zones/${ZONE}/bot_management/feedback`);
    expect(sent.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(sent.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(sent.body)).toEqual(FEEDBACK);
  });

  it("updateInsightClassification sends PATCH with the enum path segment and resolves to the envelope", async () => {
    const envelope = { success: true, errors: [], messages: [] };
    server.reply({
      status: 200,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(envelope),
    });
    const before = server.requests.length;
    const result = await client().updateInsightClassification({
      path: { accounts_or_zones: "accounts", account_or_zone_id: ZONE, issue_id: "issue-1" },
      body: { classification: "false_positive" },
    });
    expect(result).toEqual(envelope);
    const sent = server.requests[before]!;
    expect(sent.method).toBe("PATCH");
    expect(sent.url).toBe(
      `/client/v4/accounts/${ZONE}/security-center/insights/issue-1/classification`,
    );
    expect(JSON.parse(sent.body)).toEqual({ classification: "false_positive" });
  });

  it("the legacy scheme sends X-Auth-Email and X-Auth-Key instead of a bearer token", async () => {
    server.reply({
      status: 200,
      body: JSON.stringify({ success: true, errors: [], messages: [], result: {} }),
    });
    const before = server.requests.length;
    const legacy = pkg.createClient({
      apiEmail: "user@example.com",
      apiKey: "144c9defac04969c7bfad8efaa8ea194",
      baseUrl: server.baseUrl,
    });
    await legacy.getBotManagementConfig({ path: { zone_id: ZONE } });
    const sent = server.requests[before]!;
    expect(sent.method).toBe("GET");
    expect(sent.headers["x-auth-email"]).toBe("user@example.com");
    expect(sent.headers["x-auth-key"]).toBe("144c9defac04969c7bfad8efaa8ea194");
    expect(sent.headers.authorization).toBeUndefined();
  });

  it("each path parameter is percent-encoded as exactly one segment", async () => {
    server.reply({
      status: 200,
      body: JSON.stringify({ success: true, errors: [], messages: [], result: [] }),
    });
    const before = server.requests.length;
    await client().requestMitigationReview({
      path: { account_id: ZONE, report_id: "a/b?c#d $&" },
      body: { appeals: [{ id: "m1", reason: "misclassified" }] },
    });
    expect(server.requests[before]!.url).toBe(
      `/client/v4/accounts/${ZONE}/abuse-reports/a%2Fb%3Fc%23d%20%24%26/mitigations/appeal`,
    );
  });

  it("the standalone function with createBaseClient sends the same request as the method", async () => {
    server.reply({ status: 201 });
    const before = server.requests.length;
    const base = pkg.createBaseClient({ apiToken: TOKEN, baseUrl: server.baseUrl });
    await pkg.createBotFeedbackReport(base, { path: { zone_id: ZONE }, body: FEEDBACK });
    const sent = server.requests[before]!;
    expect([sent.method, sent.url]).toEqual([
      "POST",
      `/client/v4/zones/${ZONE}/bot_management/feedback`,
    ]);
    expect(base.raw).toBeTypeOf("object");
  });
});

describe("errors", () => {
  it("a 4xx with Cloudflare's error envelope rejects with ApiError carrying status, errors, body and requestId", async () => {
    const envelope = {
      success: false,
      errors: [{ code: 10000, message: "Authentication error" }],
      messages: [],
      result: null,
    };
    server.reply({
      status: 403,
      headers: { "content-type": "application/json", "cf-ray": "8c9d1e2f3a4b5c6d-SJC" },
      body: JSON.stringify(envelope),
    });
    const error = await client()
      .getBotManagementConfig({ path: { zone_id: ZONE } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(pkg.ApiError);
    expect(error).toBeInstanceOf(pkg.ClientError);
    const apiError = error as InstanceType<Pkg["ApiError"]>;
    expect(apiError.status).toBe(403);
    expect(apiError.errors).toEqual(envelope.errors);
    expect(apiError.body).toEqual(envelope);
    expect(apiError.requestId).toBe("8c9d1e2f3a4b5c6d-SJC");
    expect(apiError.message).toBe(
      "GET /zones/{zone_id}/bot_management failed with status 403: Authentication error (code 10000)",
    );
  });

  it("an HTML error page gives ApiError with the text as body and no errors", async () => {
    server.reply({
      status: 502,
      headers: { "content-type": "text/html" },
      body: "<html>Bad gateway</html>",
    });
    const error = (await client()
      .listBotFeedbackReports({ path: { zone_id: ZONE } })
      .catch((e: unknown) => e)) as InstanceType<Pkg["ApiError"]>;
    expect(error).toBeInstanceOf(pkg.ApiError);
    expect([error.status, error.errors, error.body]).toEqual([502, [], "<html>Bad gateway</html>"]);
  });

  it("no credential appears in an error's message, toString or JSON form", async () => {
    server.reply({
      status: 400,
      body: JSON.stringify({
        success: false,
        errors: [{ code: 1001, message: "bad" }],
        messages: [],
      }),
    });
    const error = await client()
      .getBotManagementConfig({ path: { zone_id: ZONE } })
      .catch((e: unknown) => e);
    const shown = [
      String(error),
      JSON.stringify(error),
      (error as Error).message,
      (error as Error).stack ?? "",
    ].join("\n");
    expect(shown).not.toContain(TOKEN);
  });

  it.each([[""], ["."], [".."]])(
    "path parameter %j is refused with ValidationError and nothing is sent",
    async (value) => {
      const before = server.requests.length;
      const error = await client()
        .getBotManagementConfig({ path: { zone_id: value } })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(pkg.ValidationError);
      expect((error as InstanceType<Pkg["ValidationError"]>).issues).toEqual([
        { path: "/zone_id", message: "must not be empty, '.' or '..'" },
      ]);
      expect(server.requests.length).toBe(before);
    },
  );

  it("path parameters are checked against maxLength and enum before sending", async () => {
    const before = server.requests.length;
    const error = (await client()
      .updateInsightClassification({
        path: { accounts_or_zones: "users" as "accounts", account_or_zone_id: ZONE, issue_id: "i" },
        body: { classification: null },
      })
      .catch((e: unknown) => e)) as InstanceType<Pkg["ValidationError"]>;
    expect(error.issues).toEqual([
      { path: "/accounts_or_zones", message: "must be one of: accounts, zones" },
    ]);
    const tooLong = (await client()
      .getBotManagementConfig({ path: { zone_id: "x".repeat(33) } })
      .catch((e: unknown) => e)) as InstanceType<Pkg["ValidationError"]>;
    expect(tooLong.issues).toEqual([
      { path: "/zone_id", message: "must be at most 32 characters long" },
    ]);
    expect(server.requests.length).toBe(before);
  });

  it("a call without credentials rejects with ClientError naming the options and env variables; nothing is sent", async () => {
    const names = ["CLOUDFLARE_API_TOKEN", "CLOUDFLARE_EMAIL", "CLOUDFLARE_API_KEY"];
    const saved = names.map((name) => process.env[name]);
    for (const name of names) delete process.env[name];
    try {
      const before = server.requests.length;
      const error = await pkg
        .createClient({ baseUrl: server.baseUrl })
        .getBotManagementConfig({ path: { zone_id: ZONE } })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(pkg.ClientError);
      expect((error as Error).message).toBe(
        "No credentials for GET /zones/{zone_id}/bot_management: pass `apiToken` (or set CLOUDFLARE_API_TOKEN), or `apiEmail` + `apiKey` (or set CLOUDFLARE_EMAIL + CLOUDFLARE_API_KEY).",
      );
      expect(server.requests.length).toBe(before);
    } finally {
      names.forEach((name, index) => {
        if (saved[index] !== undefined) process.env[name] = saved[index];
      });
    }
  });

  it("given both kinds, the first alternative in spec order (the API token) is sent", async () => {
    server.reply({
      status: 200,
      body: JSON.stringify({ success: true, errors: [], messages: [] }),
    });
    const before = server.requests.length;
    await pkg
      .createClient({ apiToken: TOKEN, apiKey: "k", apiEmail: "e@x.test", baseUrl: server.baseUrl })
      .getBotManagementConfig({ path: { zone_id: ZONE } });
    const sent = server.requests[before]!;
    expect(sent.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect([sent.headers["x-auth-email"], sent.headers["x-auth-key"]]).toEqual([
      undefined,
      undefined,
    ]);
  });
});

describe("validation on the wire", () => {
  it("an invalid body rejects with ValidationError and the server receives nothing", async () => {
    const before = server.requests.length;
    const error = await client()
      .createBotFeedbackReport({ path: { zone_id: ZONE }, body: { ...FEEDBACK, requests: 1999 } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(pkg.ValidationError);
    const validation = error as InstanceType<Pkg["ValidationError"]>;
    expect(validation.target).toBe("body");
    expect(validation.issues).toEqual([
      { path: "/requests_by_score", message: "values sum to 2000 but requests is 1999" },
      { path: "/requests_by_score_src", message: "values sum to 2000 but requests is 1999" },
    ]);
    expect(server.requests.length).toBe(before);
  });

  it("validateRequests: false sends what it is given", async () => {
    server.reply({ status: 201 });
    const before = server.requests.length;
    await client({ validateRequests: false }).createBotFeedbackReport({
      path: { zone_id: ZONE },
      body: { ...FEEDBACK, requests: 1999 },
    });
    expect(server.requests.length).toBe(before + 1);
  });

  it("a 2xx body that breaks the spec rejects with ValidationError when validateResponses is on, and passes when off", async () => {
    const broken = { success: true, errors: [], messages: [], result: { fight_mode: "sometimes" } };
    server.reply({
      status: 200,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(broken),
    });
    const error = (await client({ validateResponses: true })
      .getBotManagementConfig({ path: { zone_id: ZONE } })
      .catch((e: unknown) => e)) as InstanceType<Pkg["ValidationError"]>;
    expect(error).toBeInstanceOf(pkg.ValidationError);
    expect([error.target, error.issues]).toEqual([
      "response",
      [{ path: "/result/fight_mode", message: "must be boolean" }],
    ]);
    expect(await client().getBotManagementConfig({ path: { zone_id: ZONE } })).toEqual(broken);
  });
});

describe("validateResponses in the tree-shakable form", () => {
  it("createBaseClient with validateResponses but no responseValidators throws a ClientError saying what to pass", () => {
    expect(() =>
      pkg.createBaseClient({ apiToken: TOKEN, baseUrl: server.baseUrl, validateResponses: true }),
    ).toThrow(/pass `responseValidators: responses`/);
  });

  it("with responseValidators from ./validators it checks 2xx bodies like createClient", async () => {
    const { responses } = (await import(
      `${GENERATED}/dist/validators.js`
    )) as typeof import("../generated/src/validators.js");
    server.reply({
      status: 200,
      body: JSON.stringify({ success: true, errors: [], messages: [], result: { fight_mode: 1 } }),
    });
    const base = pkg.createBaseClient({
      apiToken: TOKEN,
      baseUrl: server.baseUrl,
      validateResponses: true,
      responseValidators: responses,
    });
    const error = (await pkg
      .getBotManagementConfig(base, { path: { zone_id: ZONE } })
      .catch((e: unknown) => e)) as InstanceType<Pkg["ValidationError"]>;
    expect(error.issues).toEqual([{ path: "/result/fight_mode", message: "must be boolean" }]);
  });
});

describe("headers", () => {
  it("a User-Agent names the package and its version", async () => {
    server.reply({ status: 201 });
    const before = server.requests.length;
    await client().createBotFeedbackReport({ path: { zone_id: ZONE }, body: FEEDBACK });
    const manifest = JSON.parse(readFileSync(`${GENERATED}/package.json`, "utf8")) as {
      name: string;
      version: string;
    };
    expect(server.requests[before]!.headers["user-agent"]).toBe(
      `${manifest.name}/${manifest.version}`,
    );
  });

  it("header values with CR or LF are refused before anything is sent, naming only the header", async () => {
    const before = server.requests.length;
    const error = (await client()
      .getBotManagementConfig({
        path: { zone_id: ZONE },
        headers: { "x-trace": "a\r\nX-Injected: 1" },
      })
      .catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(pkg.ClientError);
    expect(error.message).toBe('Header "x-trace" contains a line break; refusing to send it.');
    expect(() =>
      pkg.createClient({ apiToken: "token\nX-Evil: 1", baseUrl: server.baseUrl }),
    ).toThrow(/Authorization/);
    expect(server.requests.length).toBe(before);
  });
});
