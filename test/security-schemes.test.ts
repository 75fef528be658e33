/**
 * Credentials, base URL, request ids and error messages come from the spec alone (CONTRACT §3).
 * One synthetic spec per kind of security scheme, plus alternatives, a public operation, no
 * security at all, and the `x-` extensions: each is generated into a temporary folder, and its
 * client is run against a node:http server on 127.0.0.1, which records exactly what was sent.
 */
import { readFile, rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TMP } from "./helpers/paths.js";
import { startServer, type RecordedRequest, type TestServer } from "./helpers/server.js";
import { generateInto, syntheticDocument, type Json } from "./helpers/synthetic-spec.js";

/** What the tests use of a generated package. */
interface Pkg {
  createClient(
    options: Record<string, unknown>,
  ): Record<string, (args?: object) => Promise<unknown>>;
  ApiError: new (...args: never[]) => Error & { status: number; requestId: string | undefined };
  ClientError: new (...args: never[]) => Error;
  ConnectionError: new (...args: never[]) => Error;
}

const FOLDER = `security-${process.pid}`;
let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
  await rm(`${TMP}/${FOLDER}`, { recursive: true, force: true });
});

/** Where each synthetic spec's package was written, by name. */
const outputs = new Map<string, string>();

/** Generates one synthetic spec and imports its package. */
async function packageOf(
  name: string,
  spec: Omit<Parameters<typeof syntheticDocument>[0], "name">,
) {
  const out = await generateInto(`${FOLDER}/${name}`, syntheticDocument({ name, ...spec }));
  outputs.set(name, out);
  return (await import(`${out}/dist/index.js`)) as Pkg;
}

/** Headers every request carries whatever the spec says; anything else was put there by auth. */
const PLAIN_HEADERS = new Set([
  "host",
  "connection",
  "accept",
  "accept-encoding",
  "accept-language",
  "content-type",
  "content-length",
  "sec-fetch-mode",
  "user-agent",
]);

/** What a request carried beyond the plain headers: its other headers and its query string. */
function credentialsSent(request: RecordedRequest): { headers: Json; query: string } {
  const headers = Object.fromEntries(
    Object.entries(request.headers).filter(([name]) => !PLAIN_HEADERS.has(name)),
  );
  return { headers, query: new URL(request.url, "http://x").search };
}

/** Calls `getThing` and returns what it sent. */
async function sent(client: ReturnType<Pkg["createClient"]>, operation = "getThing") {
  server.reply({ status: 200, headers: { "content-type": "application/json" }, body: "{}" });
  const before = server.requests.length;
  const args = operation === "getThing" ? { path: { id: "1" } } : undefined;
  await client[operation]!(args);
  expect(server.requests.length).toBe(before + 1);
  return credentialsSent(server.requests[before]!);
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  return (await promise.then(
    () => expect.fail("expected a rejection"),
    (error: unknown) => error,
  )) as Error;
}

const BEARER_CASES: [string, string, Json][] = [
  ["http bearer", "Bearer_Auth", { type: "http", scheme: "bearer" }],
  [
    "oauth2",
    "OAuth2",
    {
      type: "oauth2",
      flows: {
        clientCredentials: { tokenUrl: "https://auth.example.test/token", scopes: {} },
      },
    },
  ],
  [
    "openIdConnect",
    "open-id.connect",
    {
      type: "openIdConnect",
      openIdConnectUrl: "https://auth.example.test/.well-known/openid-configuration",
    },
  ],
];

/** The option names CONTRACT §3's rule gives the keys above. */
const OPTION_OF: Record<string, string> = {
  Bearer_Auth: "bearerAuth",
  OAuth2: "oAuth2",
  "open-id.connect": "openIdConnect",
};

describe.each(BEARER_CASES)("a %s scheme", (_kind, key, scheme) => {
  let pkg: Pkg;
  beforeAll(async () => {
    pkg = await packageOf(key.replace(/\W/g, "_"), {
      schemes: { [key]: scheme },
      security: [{ [key]: [] }],
    });
  });
  const option = OPTION_OF[key]!;

  it(`takes the option named by the key's lowerCamelCase and sends exactly Authorization: Bearer`, async () => {
    const client = pkg.createClient({ [option]: "t-1", baseUrl: server.baseUrl });
    expect(await sent(client)).toEqual({ headers: { authorization: "Bearer t-1" }, query: "" });
  });

  it("calls a token function for every request", async () => {
    let calls = 0;
    const token = async () => `rotated-${++calls}`;
    const client = pkg.createClient({ [option]: token, baseUrl: server.baseUrl });
    expect((await sent(client)).headers).toEqual({ authorization: "Bearer rotated-1" });
    expect((await sent(client)).headers).toEqual({ authorization: "Bearer rotated-2" });
    expect(calls).toBe(2);
  });

  it("rejects a call without credentials with a ClientError naming the option; nothing is sent", async () => {
    const before = server.requests.length;
    const error = await rejection(
      pkg.createClient({ baseUrl: server.baseUrl })["getThing"]!({ path: { id: "1" } }),
    );
    expect(error).toBeInstanceOf(pkg.ClientError);
    expect(error.message).toBe(`No credentials for GET /things/{id}: pass \`${option}\`.`);
    expect(server.requests.length).toBe(before);
  });
});

describe("an apiKey scheme", () => {
  /** Where, the scheme, what `"k 1/2"` sends, and what a base64-like `"k=fn"` from a function sends. */
  const cases: [string, Json, Json, Json][] = [
    [
      "header",
      { type: "apiKey", in: "header", name: "X-Api-Key" },
      { headers: { "x-api-key": "k 1/2" }, query: "" },
      { headers: { "x-api-key": "k=fn" }, query: "" },
    ],
    [
      "query",
      { type: "apiKey", in: "query", name: "api_key" },
      { headers: {}, query: "?api_key=k%201%2F2" },
      { headers: {}, query: "?api_key=k%3Dfn" },
    ],
    [
      "cookie",
      { type: "apiKey", in: "cookie", name: "SESSION" },
      { headers: { cookie: "SESSION=k%201%2F2" }, query: "" },
      { headers: { cookie: "SESSION=k=fn" }, query: "" },
    ],
  ];
  it.each(cases)(
    "in the %s sends exactly the key there",
    async (where, scheme, plain, fromFunction) => {
      const pkg = await packageOf(`apikey-${where}`, {
        schemes: { api_key: scheme },
        security: [{ api_key: [] }],
      });
      const client = pkg.createClient({ apiKey: "k 1/2", baseUrl: server.baseUrl });
      expect(await sent(client)).toEqual(plain);
      const keyFunction = pkg.createClient({ apiKey: () => "k=fn", baseUrl: server.baseUrl });
      expect(await sent(keyFunction)).toEqual(fromFunction);
    },
  );
});

describe("an http basic scheme", () => {
  let pkg: Pkg;
  beforeAll(async () => {
    pkg = await packageOf("basic", {
      schemes: { accountSid_authToken: { type: "http", scheme: "basic" } },
      security: [{ accountSid_authToken: [] }],
    });
  });

  it("takes { username, password } as `accountSidAuthToken` and sends Authorization: Basic", async () => {
    const client = pkg.createClient({
      accountSidAuthToken: { username: "AC1", password: "sécret" },
      baseUrl: server.baseUrl,
    });
    const basic = Buffer.from("AC1:sécret", "utf8").toString("base64");
    expect(await sent(client)).toEqual({ headers: { authorization: `Basic ${basic}` }, query: "" });
  });

  it("takes a function returning the pair, called per request", async () => {
    let calls = 0;
    const client = pkg.createClient({
      accountSidAuthToken: () => ({ username: "u", password: `p${++calls}` }),
      baseUrl: server.baseUrl,
    });
    await sent(client);
    expect((await sent(client)).headers).toEqual({
      authorization: `Basic ${Buffer.from("u:p2").toString("base64")}`,
    });
  });
});

describe("two alternatives", () => {
  let pkg: Pkg;
  beforeAll(async () => {
    pkg = await packageOf("alternatives", {
      schemes: {
        token: { type: "http", scheme: "bearer" },
        key_id: { type: "apiKey", in: "header", name: "X-Key-Id" },
        key_secret: { type: "apiKey", in: "query", name: "secret" },
      },
      security: [{ token: [] }, { key_id: [], key_secret: [] }],
    });
  });

  it("sends the first alternative (spec order) whose options are all given, and only it", async () => {
    const both = pkg.createClient({
      token: "t",
      keyId: "id",
      keySecret: "s",
      baseUrl: server.baseUrl,
    });
    expect(await sent(both)).toEqual({ headers: { authorization: "Bearer t" }, query: "" });
    const pair = pkg.createClient({ keyId: "id", keySecret: "s", baseUrl: server.baseUrl });
    expect(await sent(pair)).toEqual({ headers: { "x-key-id": "id" }, query: "?secret=s" });
  });

  it("an incomplete alternative is not sent; the error names every way to satisfy the call", async () => {
    const half = pkg.createClient({ keyId: "id", baseUrl: server.baseUrl });
    const error = await rejection(half["getThing"]!({ path: { id: "1" } }));
    expect(error.message).toBe(
      "No credentials for GET /things/{id}: pass `token`, or `keyId` + `keySecret`.",
    );
  });

  it("an operation with `security: []` sends nothing, with or without credentials", async () => {
    expect(await sent(pkg.createClient({ baseUrl: server.baseUrl }), "getPublic")).toEqual({
      headers: {},
      query: "",
    });
    expect(
      await sent(pkg.createClient({ token: "t", baseUrl: server.baseUrl }), "getPublic"),
    ).toEqual({ headers: {}, query: "" });
  });
});

describe("a scheme the client cannot send (http digest)", () => {
  it("gets no option; the call sends what `headers` gives, and needs nothing else", async () => {
    const pkg = await packageOf("digest", {
      schemes: { digest: { type: "http", scheme: "digest" } },
      security: [{ digest: [] }],
    });
    const client = pkg.createClient({
      baseUrl: server.baseUrl,
      headers: { Authorization: 'Digest username="u"' },
    });
    expect(await sent(client)).toEqual({
      headers: { authorization: 'Digest username="u"' },
      query: "",
    });
  });
});

describe("a spec without security", () => {
  let pkg: Pkg;
  beforeAll(async () => {
    pkg = await packageOf("none", {});
  });

  it("needs no credentials: createClient({ baseUrl }) works and sends no credential", async () => {
    const client = pkg.createClient({ baseUrl: server.baseUrl });
    expect(await sent(client)).toEqual({ headers: {}, query: "" });
  });

  it.each([
    [
      "RFC 9457 problem details",
      { type: "about:blank", title: "Forbidden", detail: "No access to thing 1", status: 403 },
      "GET /things/{id} failed with status 403: Forbidden: No access to thing 1",
    ],
    [
      "a { message } body",
      { message: "Thing not found" },
      "GET /things/{id} failed with status 403: Thing not found",
    ],
    [
      "an { error } body",
      { error: "invalid_request" },
      "GET /things/{id} failed with status 403: invalid_request",
    ],
    [
      "an envelope",
      { errors: [{ code: 7, message: "Nope" }, { message: "Also" }] },
      "GET /things/{id} failed with status 403: Nope (code 7) and 1 more",
    ],
    ["a body without a message", { ok: false }, "GET /things/{id} failed with status 403"],
  ])("%s gives the ApiError message", async (_shape, body, message) => {
    server.reply({
      status: 403,
      headers: { "content-type": "application/problem+json", "x-request-id": "req-1" },
      body: JSON.stringify(body),
    });
    const client = pkg.createClient({ baseUrl: server.baseUrl, maxRetries: 0 });
    const error = await rejection(client["getThing"]!({ path: { id: "1" } }));
    expect(error).toBeInstanceOf(pkg.ApiError);
    expect(error.message).toBe(message);
    expect((error as InstanceType<Pkg["ApiError"]>).requestId).toBe("req-1");
  });

  it("a ConnectionError names the host and the underlying cause", async () => {
    const closed = await startServer();
    const { host } = new URL(closed.baseUrl);
    await closed.close();
    const client = pkg.createClient({ baseUrl: closed.baseUrl, maxRetries: 0 });
    const error = await rejection(client["getThing"]!({ path: { id: "1" } }));
    expect(error).toBeInstanceOf(pkg.ConnectionError);
    expect(error.message).toMatch(
      new RegExp(
        `^GET /things/\\{id\\} got no response from ${host.replace(/\./g, "\\.")}: .*ECONNREFUSED`,
      ),
    );
  });
});

describe("x-env, x-client-option and x-request-id-header", () => {
  let pkg: Pkg;
  let out: string;
  const env = {
    SYNTHETIC_TOKEN: "env-token",
    SYNTHETIC_USER: "env-user",
    SYNTHETIC_PASSWORD: "env-password",
  };
  beforeAll(async () => {
    out = await generateInto(
      `${FOLDER}/extensions`,
      syntheticDocument({
        name: "extensions",
        schemes: {
          token: {
            type: "http",
            scheme: "bearer",
            "x-env": "SYNTHETIC_TOKEN",
            "x-client-option": "accessToken",
          },
          login: {
            type: "http",
            scheme: "basic",
            "x-env": { username: "SYNTHETIC_USER", password: "SYNTHETIC_PASSWORD" },
          },
        },
        security: [{ token: [] }, { login: [] }],
        server: { "x-env": "SYNTHETIC_BASE_URL" },
        root: { "x-request-id-header": "x-trace-id" },
      }),
    );
    pkg = (await import(`${out}/dist/index.js`)) as Pkg;
  });

  /** Runs `body` with these environment variables set, restoring them after. */
  async function withEnv<T>(vars: Record<string, string>, body: () => Promise<T>): Promise<T> {
    const saved = Object.keys(vars).map((name) => [name, process.env[name]] as const);
    Object.assign(process.env, vars);
    try {
      return await body();
    } finally {
      for (const [name, value] of saved) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  }

  it("the option is named by x-client-option, and explicit options come before the environment", async () => {
    await withEnv(env, async () => {
      const explicit = pkg.createClient({ accessToken: "given", baseUrl: server.baseUrl });
      expect((await sent(explicit)).headers).toEqual({ authorization: "Bearer given" });
      const basic = pkg.createClient({
        login: { username: "u", password: "p" },
        baseUrl: server.baseUrl,
      });
      expect((await sent(basic)).headers).toEqual({
        authorization: `Basic ${Buffer.from("u:p").toString("base64")}`,
      });
    });
  });

  it("without options, the first alternative the environment satisfies is sent", async () => {
    await withEnv(env, async () => {
      const client = pkg.createClient({ baseUrl: server.baseUrl });
      expect((await sent(client)).headers).toEqual({ authorization: "Bearer env-token" });
    });
    await withEnv({ SYNTHETIC_USER: "eu", SYNTHETIC_PASSWORD: "ep" }, async () => {
      const client = pkg.createClient({ baseUrl: server.baseUrl });
      expect((await sent(client)).headers).toEqual({
        authorization: `Basic ${Buffer.from("eu:ep").toString("base64")}`,
      });
    });
  });

  it("the missing-credentials error names the options and their variables", async () => {
    const error = await rejection(
      pkg.createClient({ baseUrl: server.baseUrl })["getThing"]!({ path: { id: "1" } }),
    );
    expect(error.message).toBe(
      "No credentials for GET /things/{id}: pass `accessToken` (or set SYNTHETIC_TOKEN), or `login` (or set SYNTHETIC_USER + SYNTHETIC_PASSWORD).",
    );
  });

  it("the base URL falls back to the server's x-env variable", async () => {
    await withEnv({ ...env, SYNTHETIC_BASE_URL: server.baseUrl }, async () => {
      const client = pkg.createClient({});
      expect((await sent(client)).headers).toEqual({ authorization: "Bearer env-token" });
    });
  });

  it("requestId comes from the header x-request-id-header names", async () => {
    server.reply({
      status: 404,
      headers: { "x-trace-id": "trace-9", "x-request-id": "not-this-one" },
      body: JSON.stringify({ title: "Not Found" }),
    });
    const client = pkg.createClient({ accessToken: "t", baseUrl: server.baseUrl });
    const error = (await rejection(client["getThing"]!({ path: { id: "1" } }))) as InstanceType<
      Pkg["ApiError"]
    >;
    expect([error.status, error.requestId, error.message]).toEqual([
      404,
      "trace-9",
      "GET /things/{id} failed with status 404: Not Found",
    ]);
  });

  it("no credential appears in any error message", async () => {
    server.reply({ status: 500, body: JSON.stringify({ message: "boom" }) });
    const client = pkg.createClient({
      accessToken: "secret-token-1",
      baseUrl: server.baseUrl,
      maxRetries: 0,
    });
    const error = await rejection(client["getThing"]!({ path: { id: "1" } }));
    expect([String(error), JSON.stringify(error), error.stack].join("\n")).not.toContain(
      "secret-token-1",
    );
  });
});

describe("the docs of each synthetic package", () => {
  /** Spec name → what its `getThing` page's curl sends and how its auth section reads. */
  const cases: [string, string, string][] = [
    ["Bearer_Auth", '-H "Authorization: Bearer $BEARER_AUTH"', "`createClient({ bearerAuth })`"],
    ["apikey-header", '-H "X-Api-Key: $API_KEY"', "`apiKey` sent in the `X-Api-Key` header"],
    ["apikey-query", "/things/$ID?api_key=$API_KEY", "`apiKey` sent as the query parameter"],
    ["apikey-cookie", '-b "SESSION=$API_KEY"', "`apiKey` sent as the cookie `SESSION`"],
    ["basic", '-u "$ACCOUNT_SID_AUTH_TOKEN_USERNAME:$ACCOUNT_SID_AUTH_TOKEN_PASSWORD"', "Basic"],
    ["alternatives", '-H "Authorization: Bearer $TOKEN"', "`createClient({ keyId, keySecret })`"],
  ];
  it.each(cases)("%s: curl and the auth section follow the scheme", async (name, curl, auth) => {
    const out = outputs.get(name);
    expect(out, `${name} was generated above`).toBeDefined();
    const page = await readFile(`${out}/docs/getThing.md`, "utf8");
    expect(page).toContain(curl);
    expect(page.split("## Authentication")[1]!.split("## Parameters")[0]).toContain(auth);
    const publicPage = await readFile(`${out}/docs/getPublic.md`, "utf8");
    expect(publicPage).toContain("None: this operation needs no credentials.");
    expect(publicPage).not.toMatch(/^\s+-[Hub] /m);
  });

  it("a spec without security says so, and its examples create a client without options", async () => {
    const out = outputs.get("none")!;
    expect(await readFile(`${out}/docs/README.md`, "utf8")).toContain(
      "The API needs no credentials.",
    );
    expect(await readFile(`${out}/README.md`, "utf8")).toContain("const client = createClient();");
  });
});
