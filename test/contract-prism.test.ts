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

let prism: ChildProcess;
let baseUrl: string;

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
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("Prism did not start within 30 s")), 30_000);
    prism.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("Prism is listening")) {
        clearTimeout(timer);
        resolve();
      }
    });
    prism.on("exit", (code) => reject(new Error(`Prism exited with ${code}`)));
  });
}, 40_000);

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
