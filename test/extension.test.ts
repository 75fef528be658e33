/**
 * Extending the API is editing the spec (CONTRACT §3): a copy of the spec gains an operation with
 * path and query parameters, a body with an enum and a `$ref`, and a paginated response; the real
 * CLI generates it into a temporary folder, with no change to `generator/` or `templates/`, and the
 * new method works against a local server: it sends what the spec says, returns the page, and
 * refuses a body the spec forbids without sending it.
 */
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.js";
import { ROOT, TMP } from "./helpers/paths.js";
import { startServer, type TestServer } from "./helpers/server.js";

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

let server: TestServer;
let pkg: Extended;

beforeAll(async () => {
  await rm(SPEC, { recursive: true, force: true });
  await cp(`${ROOT}/spec`, SPEC, { recursive: true });
  const root = await readFile(`${SPEC}/openapi.yaml`, "utf8");
  const extended = root
    .replace(/^paths:\n/m, `paths:${NEW_PATH}`)
    .replace(/^ {2}schemas:\n/m, `  schemas:${NEW_SCHEMAS}`);
  expect(extended).not.toBe(root);
  await writeFile(`${SPEC}/openapi.yaml`, extended);
  const run = await runCli(["--spec", `${SPEC}/openapi.yaml`, "--out", OUT]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  pkg = (await import(`${OUT}/dist/index.js`)) as Extended;
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
