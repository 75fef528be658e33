/**
 * Extending the API is editing the spec (CONTRACT §3): a copy of the spec gains two operations
 * (one with path and query parameters, a body with an enum and a `$ref`, and a paginated
 * response; `GET /accounts/{account_id}/intel/domain` with query parameters and a `DomainDetails`
 * schema in Cloudflare's envelope); the real CLI generates it into a temporary folder, with no
 * change to `generator/` or `templates/`. The new methods work against a local server, and the
 * package passes every fixture-independent check `generated/` passes (docs, exports, packed
 * links, type-checked examples), with no test edited.
 */
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.js";
import { defineDocsChecks, definePackageChecks, modelOf } from "./helpers/package-checks.js";
import { ROOT, TMP } from "./helpers/paths.js";
import { startServer, type TestServer } from "./helpers/server.js";

/**
 * The copy gains what the spec lacks. A user who has added the domain lookup to the spec already
 * (the acceptance run does) gets the test's own under another name, not a duplicate key.
 */
const MAIN = await readFile(`${ROOT}/spec/openapi.yaml`, "utf8");
const TAKEN =
  /^ {2}\/accounts\/\{account_id\}\/intel\/domain:$/m.test(MAIN) ||
  /^ {4}DomainDetails:$/m.test(MAIN);
const named = (text: string): string =>
  TAKEN
    ? text
        .replaceAll("/intel/domain", "/intel/domain-lookup")
        .replaceAll("DomainDetails", "DomainLookup")
    : text;
const DOMAIN_OPERATION = named("getDomainDetails");
const DOMAIN_PATH = named("/intel/domain");

const SPEC = `${TMP}/extension-spec-${process.pid}`;
const OUT = `${TMP}/extension-out-${process.pid}`;

const NEW_PATH = `
  /accounts/{account_id}/intel/watchlist:
    post:
      operationId: addWatchlistEntries
      summary: Add watchlist entries
      description: Adds domains or IPs to the account's watchlist and answers one page of it.
      tags: [Intel]
      parameters:
        - name: account_id
          in: path
          required: true
          description: Identifier.
          schema: { type: string, maxLength: 32 }
        - name: dry_run
          in: query
          required: false
          description: Check the entries without adding them.
          schema: { type: boolean }
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: "#/components/schemas/WatchlistRequest" }
            examples:
              one:
                summary: One domain
                value: { kind: domain, entries: [{ value: example.com }] }
      responses:
        "200":
          description: The watchlist, one page.
          content:
            application/json:
              schema: { $ref: "#/components/schemas/WatchlistPage" }
        "4XX":
          $ref: "#/components/responses/Failure"
  /accounts/{account_id}/intel/domain:
    get:
      operationId: getDomainDetails
      summary: Get Domain Details
      description: Returns what Cloudflare knows of one domain.
      tags: [Intel]
      parameters:
        - $ref: "#/components/parameters/AccountId"
        - name: domain
          in: query
          required: true
          description: The domain to look up.
          example: cloudflare.com
          schema: { type: string, maxLength: 253 }
        - name: trace_id
          in: query
          required: true
          description: A caller's trace id.
          schema: { type: string, format: uuid, example: "0b9f6a0e-3f0c-4b8e-9c43-5a5b0d2c1e7f" }
        - name: categories
          in: query
          description: Which categories to include.
          schema:
            type: array
            items: { type: string, enum: [content, security] }
        - name: per_page
          in: query
          description: Results per page.
          schema: { type: integer, minimum: 1, maximum: 1000, default: 20 }
      responses:
        "200":
          description: The domain's details.
          content:
            application/json:
              schema: { $ref: "#/components/schemas/DomainDetailsEnvelope" }
        "4XX":
          $ref: "#/components/responses/Failure"
`;

const NEW_SCHEMAS = `
    WatchlistRequest:
      description: Entries to watch, all of one kind.
      type: object
      additionalProperties: false
      required: [kind, entries]
      properties:
        kind:
          description: What the entries are.
          type: string
          enum: [domain, ip]
        entries:
          type: array
          minItems: 1
          items: { $ref: "#/components/schemas/WatchlistEntry" }
    WatchlistEntry:
      type: object
      required: [value]
      properties:
        value: { type: string, maxLength: 253 }
    WatchlistPage:
      type: object
      required: [success, errors, messages, result]
      properties:
        success: { const: true }
        errors: { type: array, items: { $ref: "#/components/schemas/ResponseMessage" } }
        messages: { type: array, items: { $ref: "#/components/schemas/ResponseMessage" } }
        result: { type: array, items: { $ref: "#/components/schemas/WatchlistEntry" } }
        result_info: { $ref: "#/components/schemas/ResultInfo" }
    DomainDetails:
      description: What is known of a domain.
      type: object
      required: [domain]
      properties:
        domain: { type: string, description: The domain. }
        risk_score: { type: integer, minimum: 0, maximum: 100, description: How risky it looks. }
    DomainDetailsEnvelope:
      type: object
      required: [success, errors, messages, result]
      properties:
        success: { const: true }
        errors: { type: array, items: { $ref: "#/components/schemas/ResponseMessage" } }
        messages: { type: array, items: { $ref: "#/components/schemas/ResponseMessage" } }
        result: { $ref: "#/components/schemas/DomainDetails" }
`;

const PAGE = {
  success: true,
  errors: [],
  messages: [],
  result: [{ value: "example.com" }],
  result_info: { count: 1, page: 1, per_page: 20, total_count: 1 },
};

interface Extended {
  createClient(options: object): {
    addWatchlistEntries(args: object): Promise<{ result: unknown[]; result_info: unknown }>;
  };
  ValidationError: new (...args: never[]) => Error;
}

/** Copies the spec, adds the operations and schemas above, and generates it with the real CLI. */
async function generateExtended(): Promise<void> {
  await rm(SPEC, { recursive: true, force: true });
  await cp(`${ROOT}/spec`, SPEC, { recursive: true });
  const root = MAIN;
  const extended = root
    .replace(/^paths:\n/m, `paths:${named(NEW_PATH)}`)
    .replace(/^ {2}schemas:\n/m, `  schemas:${named(NEW_SCHEMAS)}`);
  if (extended === root) throw new Error("the spec's paths or schemas moved: nothing was added");
  await writeFile(`${SPEC}/openapi.yaml`, extended);
  const run = await runCli(["--spec", `${SPEC}/openapi.yaml`, "--out", OUT]);
  if (run.code !== 0 || run.stderr !== "") throw new Error(`generation failed: ${run.stderr}`);
}

// Generated before the tests are collected: the shared checks list pages and operations from it.
await generateExtended();
const model = await modelOf(`${SPEC}/openapi.yaml`);
const pkg = (await import(`${OUT}/dist/index.js`)) as Extended;
let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.close();
  await rm(SPEC, { recursive: true, force: true });
  await rm(OUT, { recursive: true, force: true });
});

describe("a new operation added to the spec", () => {
  it("becomes a method that sends its path, query and body, and returns the page", async () => {
    server.reply({
      status: 200,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(PAGE),
    });
    const client = pkg.createClient({ apiToken: "token", baseUrl: server.baseUrl });
    const page = await client.addWatchlistEntries({
      path: { account_id: "acc/1" },
      query: { dry_run: true },
      body: { kind: "domain", entries: [{ value: "example.com" }] },
    });
    expect(page).toEqual(PAGE);
    const sent = server.requests.at(-1)!;
    expect(sent.method).toBe("POST");
    expect(sent.url).toBe(
      `${new URL(server.baseUrl).pathname}/accounts/acc%2F1/intel/watchlist?dry_run=true`,
    );
    expect(JSON.parse(sent.body)).toEqual({ kind: "domain", entries: [{ value: "example.com" }] });
  });

  it("refuses a body outside the spec's enum, or without the $ref'd entries, sending nothing", async () => {
    const client = pkg.createClient({ apiToken: "token", baseUrl: server.baseUrl });
    const before = server.requests.length;
    for (const body of [
      { kind: "url", entries: [{ value: "example.com" }] },
      { kind: "ip", entries: [{}] },
    ]) {
      const error = await client
        .addWatchlistEntries({ path: { account_id: "acc" }, body })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(pkg.ValidationError);
    }
    expect(server.requests.length).toBe(before);
  });

  it("has its docs page and its validator, like every other operation", async () => {
    const page = await readFile(`${OUT}/docs/addWatchlistEntries.md`, "utf8");
    expect(page).toContain("`kind`");
    expect(page).toContain('"domain", "ip"');
    const index = await readFile(`${OUT}/docs/README.md`, "utf8");
    expect(index).toContain("(addWatchlistEntries.md)");
    const validators = (await import(`${OUT}/dist/validators.js`)) as {
      requestBodies: Record<string, { is(value: unknown): boolean }>;
    };
    expect(
      validators.requestBodies["addWatchlistEntries"]!.is({
        kind: "ip",
        entries: [{ value: "1.2.3.4" }],
      }),
    ).toBe(true);
  });
});

describe("GET /accounts/{account_id}/intel/domain added to the spec", () => {
  it("is in the model next to the seven, and its docs say each parameter's type, values, limits and default", async () => {
    const ids = model.operations.map((operation) => operation.operationId);
    expect(ids).toContain(DOMAIN_OPERATION);
    const page = await readFile(`${OUT}/docs/${DOMAIN_OPERATION}.md`, "utf8");
    const row = (name: string): string =>
      page.split("\n").find((line) => line.startsWith(`| \`${name}\``)) ?? "";
    expect(row("account_id")).toContain("max length 32");
    expect(row("per_page")).toMatch(/integer .*≥ 1, ≤ 1000 .*`20`/);
    expect(row("categories")).toMatch(/string\[\] .*"content", "security"/);
    expect(row("trace_id")).toContain("uuid");
  });

  it("a parameter's default reaches editors as `@default` on its type", async () => {
    const types = await readFile(`${OUT}/src/types.ts`, "utf8");
    const operation = types.slice(types.indexOf(`  ${DOMAIN_OPERATION}: {`));
    expect(operation).toMatch(/\* @default 20\n\s*\*\/\n\s*per_page\?: number;/);
  });

  it("its examples use the spec's examples, and curl sends the required query parameters", async () => {
    const page = await readFile(`${OUT}/docs/${DOMAIN_OPERATION}.md`, "utf8");
    expect(page).toContain(
      'query: { domain: "cloudflare.com", trace_id: "0b9f6a0e-3f0c-4b8e-9c43-5a5b0d2c1e7f" }',
    );
    expect(page).toContain('path: { account_id: "023e105f4ecef8ad9ca31a8372d0c353" }');
    expect(page).toContain(
      `/accounts/$ACCOUNT_ID${DOMAIN_PATH}?domain=cloudflare.com&trace_id=0b9f6a0e-3f0c-4b8e-9c43-5a5b0d2c1e7f`,
    );
  });

  it("sends its query and returns the envelope", async () => {
    const details = { success: true, errors: [], messages: [], result: { domain: "example.com" } };
    server.reply({
      status: 200,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(details),
    });
    const client = pkg.createClient({ apiToken: "token", baseUrl: server.baseUrl }) as unknown as {
      [name: string]: (args: object) => Promise<unknown>;
    };
    const answer = await client[DOMAIN_OPERATION]!({
      path: { account_id: "acc" },
      query: {
        domain: "example.com",
        trace_id: "0b9f6a0e-3f0c-4b8e-9c43-5a5b0d2c1e7f",
        per_page: 5,
      },
    });
    expect(answer).toEqual(details);
    expect(server.requests.at(-1)!.url).toBe(
      `${new URL(server.baseUrl).pathname}/accounts/acc${DOMAIN_PATH}?domain=example.com&trace_id=0b9f6a0e-3f0c-4b8e-9c43-5a5b0d2c1e7f&per_page=5`,
    );
  });
});

// The fixture-independent checks of generated/ (test/docs.test.ts, test/package.test.ts), on the
// extended package: lists and counts come from its model, so they hold for nine operations too.
defineDocsChecks({ label: "extended", dir: OUT, model });
definePackageChecks({ label: "extended", dir: OUT, model });
