/**
 * The generated package as npm would install it: imported by name through its `exports` map by a
 * plain Node process, ESM with no build step, one runtime dependency.
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { linkPackage } from "./helpers/link.js";
import { GENERATED } from "./helpers/paths.js";

const run = promisify(execFile);

const OPERATIONS = [
  "createBotFeedbackReport",
  "updateInsightClassification",
  "requestMitigationReview",
  "createMiscategorization",
  "listBotFeedbackReports",
  "getBotManagementConfig",
  "updateBotManagementConfig",
];

describe("generated package", () => {
  it("plain `node` imports it by name and gets createClient, createBaseClient, the errors and every operation", async () => {
    const project = await linkPackage(GENERATED, "import");
    const script = `const m = await import(${JSON.stringify(project.packageName)}); console.log(JSON.stringify(Object.keys(m).sort()));`;
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], {
      cwd: project.root,
    });
    const exported = JSON.parse(stdout) as string[];
    expect(exported).toEqual(
      expect.arrayContaining([
        "createClient",
        "createBaseClient",
        "ApiError",
        "ClientError",
        "ValidationError",
        "TimeoutError",
        "ConnectionError",
        ...OPERATIONS,
      ]),
    );
    const client = `const { createClient } = await import(${JSON.stringify(project.packageName)}); const c = createClient({ apiToken: "t" }); console.log(Object.keys(c).sort().join(","));`;
    const methods = (
      await run(process.execPath, ["--input-type=module", "-e", client], { cwd: project.root })
    ).stdout.trim();
    expect(methods.split(",")).toEqual(["raw", ...OPERATIONS].sort());
  });

  it("its manifest: ESM, exports map with types, side-effect free, openapi-fetch as the only dependency", async () => {
    const manifest = JSON.parse(await readFile(`${GENERATED}/package.json`, "utf8")) as Record<
      string,
      unknown
    >;
    expect(manifest).toMatchObject({
      type: "module",
      sideEffects: false,
      exports: { ".": { types: "./dist/index.d.ts", default: "./dist/index.js" } },
      engines: { node: ">=20.19" },
    });
    expect(Object.keys(manifest["dependencies"] as object)).toEqual(["openapi-fetch"]);
    const root = JSON.parse(await readFile(`${GENERATED}/../package.json`, "utf8")) as {
      dependencies: Record<string, string>;
    };
    expect((manifest["dependencies"] as Record<string, string>)["openapi-fetch"]).toBe(
      `^${root.dependencies["openapi-fetch"]}`,
    );
  });
});
