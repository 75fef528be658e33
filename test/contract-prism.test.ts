/**
 * Contract test against a real OpenAPI mock server: Stoplight Prism, started here on 127.0.0.1
 * from spec/openapi.yaml with request validation on (`--errors`). Every operation, called through
 * the generated client with its spec example, gets a 2xx, and Prism's answer passes our own
 * response validators (validateResponses).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parameterExample } from "../generator/emit/docs-examples.js";
import { bundleSpec, loadSpec } from "../generator/load.js";
import { buildModel } from "../generator/model/build.js";
import { validationConfig } from "../generator/validate.js";
import { GENERATED, MAIN_SPEC, ROOT } from "./helpers/paths.js";

type Pkg = typeof import("../generated/src/index.js");
const pkg = (await import(`${GENERATED}/dist/index.js`)) as Pkg;
const model = buildModel(await bundleSpec(await loadSpec(MAIN_SPEC), await validationConfig()));

/** Path parameter values for the calls (Prism checks them against the spec too). */
const PATH_VALUES: Record<string, string> = {
  zone_id: "023e105f4ecef8ad9ca31a8372d0c353",
  account_id: "023e105f4ecef8ad9ca31a8372d0c353",
  account_or_zone_id: "023e105f4ecef8ad9ca31a8372d0c353",
  accounts_or_zones: "zones",
  issue_id: "issue-1",
  report_id: "report-1",
};

/**
 * How long Prism may take to answer its first request. It starts in about 2 s on an idle machine
 * but took 8.6 s on a loaded 2-core one, and failed a 30 s limit there: readiness is polled, and
 * only a Prism that never answers (or exits) fails the suite.
 */
const START_LIMIT_MS = 120_000;

let prism: ChildProcess;
let baseUrl: string;
let prismErrors = "";

beforeAll(async () => {
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  prism = spawn(
    process.execPath,
    [
      `${ROOT}/node_modules/@stoplight/prism-cli/dist/index.js`,
      "mock",
      MAIN_SPEC,
      "-h",
      "127.0.0.1",
      "-p",
      String(port),
      "--errors",
    ],
    // Its request log is not read: ignored, so a full pipe can never stall it.
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  prism.stderr!.on("data", (chunk: Buffer) => (prismErrors = (prismErrors + chunk).slice(-2000)));
  await untilAnswering(prism, baseUrl, START_LIMIT_MS);
}, START_LIMIT_MS + 10_000);

afterAll(() => {
  prism.kill();
});

describe("every operation with its spec example gets a 2xx from Prism", () => {
  const cases = model.operations.map((op) => [op.operationId, op] as const);

  it.each(cases)("%s", async (_operationId, op) => {
    const client = pkg.createClient({
      apiToken: "token",
      baseUrl,
      validateResponses: true,
      maxRetries: 0,
    });
    // Parameters of operations added to the spec later take the values the docs' examples use.
    const path = Object.fromEntries(
      op.parameters
        .filter((p) => p.in === "path")
        .map((p) => [p.name, PATH_VALUES[p.name] ?? parameterExample(p, model.document)]),
    );
    const required = op.parameters.filter((p) => p.in === "query" && p.required);
    const query = Object.fromEntries(
      required.map((p) => [p.name, parameterExample(p, model.document)]),
    );
    const body = op.requestBody?.examples[0]?.value;
    expect(op.requestBody === undefined || body !== undefined).toBe(true);
    const method = (client as unknown as Record<string, (args: object) => Promise<unknown>>)[
      op.functionName
    ]!;
    const result = await method({
      path,
      ...(required.length === 0 ? {} : { query }),
      ...(body === undefined ? {} : { body }),
    });
    const success = op.responses.find((r) => /^2/.test(r.status))!;
    if (success.schema === undefined) expect(result).toBeUndefined();
    else expect(result).toBeDefined();
  });

  it("Prism's request validation is on: a body the spec forbids is answered 422 (the client's own check switched off)", async () => {
    const client = pkg.createClient({
      apiToken: "token",
      baseUrl,
      validateRequests: false,
      maxRetries: 0,
    });
    const error = (await client
      .requestMitigationReview({
        path: { account_id: PATH_VALUES["account_id"]!, report_id: "r" },
        body: { appeals: [{ id: "m", reason: "mistake" as "removed" }] },
      })
      .catch((e: unknown) => e)) as InstanceType<Pkg["ApiError"]>;
    expect(error).toBeInstanceOf(pkg.ApiError);
    expect(error.status).toBe(422);
  });
});

/** Resolves once Prism answers any HTTP request; rejects if it exits or `limitMs` passes first. */
async function untilAnswering(child: ChildProcess, url: string, limitMs: number): Promise<void> {
  let exited: string | undefined;
  child.once(
    "exit",
    (code) => (exited = `Prism exited with ${code} before answering: ${prismErrors}`),
  );
  const deadline = performance.now() + limitMs;
  while (performance.now() < deadline) {
    if (exited !== undefined) throw new Error(exited);
    const answered = await fetch(url, { signal: AbortSignal.timeout(5_000) }).then(
      () => true,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Prism did not answer within ${limitMs / 1000} s`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}
