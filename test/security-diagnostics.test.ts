/**
 * The model side of credentials: the option-naming rule of CONTRACT §3 as a table, and the
 * located diagnostics for option names that collide or are not identifiers, and for `x-env`,
 * `x-client-option` and `x-request-id-header` values of the wrong shape.
 */
import { rm } from "node:fs/promises";
import { afterAll, describe, expect, it } from "vitest";
import { DiagnosticsError, type Diagnostic } from "../generator/diagnostics.js";
import { generate } from "../generator/generate.js";
import { clientOptionName } from "../generator/model/security.js";
import { TMP } from "./helpers/paths.js";
import { syntheticDocument, writeSpec, type Json } from "./helpers/synthetic-spec.js";

const FOLDER = `security-diagnostics-${process.pid}`;
afterAll(() => rm(`${TMP}/${FOLDER}`, { recursive: true, force: true }));

describe("clientOptionName", () => {
  it.each([
    ["api_token", "apiToken"],
    ["OAuth2", "oAuth2"],
    ["accountSid_authToken", "accountSidAuthToken"],
    ["api-key", "apiKey"],
    ["Bearer Auth", "bearerAuth"],
    ["petstore.auth", "petstoreAuth"],
    ["X_API__KEY", "xAPIKEY"],
    ["token", "token"],
  ])("%s → %s", (key, option) => {
    expect(clientOptionName(key)).toBe(option);
  });
});

/** The diagnostics generating a spec with these schemes (and extras) throws. */
async function problemsOf(name: string, extra: { schemes?: Json; root?: Json; server?: Json }) {
  const document = syntheticDocument({
    name,
    ...extra,
    security: extra.schemes === undefined ? undefined : [],
  });
  const path = await writeSpec(`${FOLDER}/${name}`, document);
  const error = await generate({ specPath: path }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DiagnosticsError);
  return (error as DiagnosticsError).diagnostics;
}

function summary(diagnostics: readonly Diagnostic[]) {
  return diagnostics.map((d) => ({ code: d.code, pointer: d.pointer, located: d.line > 0 }));
}

describe("located diagnostics", () => {
  it("a scheme the client cannot send is a warning, and generation goes on", async () => {
    const document = syntheticDocument({
      name: "digest",
      schemes: { digest: { type: "http", scheme: "digest" }, tls: { type: "mutualTLS" } },
      security: [{ digest: [] }, { tls: [] }],
    });
    const { warnings } = await generate({
      specPath: await writeSpec(`${FOLDER}/digest`, document),
    });
    expect(
      warnings.filter((w) => w.code === "security-scheme").map((w) => [w.pointer, w.line > 0]),
    ).toEqual([
      ["#/components/securitySchemes/digest", true],
      ["#/components/securitySchemes/tls", true],
    ]);
  });

  it("two schemes giving one option name", async () => {
    const problems = await problemsOf("collision", {
      schemes: {
        api_key: { type: "apiKey", in: "header", name: "A" },
        "api-key": { type: "apiKey", in: "query", name: "b" },
      },
    });
    expect(summary(problems)).toEqual([
      { code: "security-option", pointer: "#/components/securitySchemes/api-key", located: true },
    ]);
    expect(problems[0]!.message).toContain('already taken by security scheme "api_key"');
  });

  it("a scheme taking a built-in option's name, and one that is not an identifier", async () => {
    const problems = await problemsOf("names", {
      schemes: {
        url: { type: "http", scheme: "bearer", "x-client-option": "baseUrl" },
        "1st": { type: "http", scheme: "bearer" },
      },
    });
    expect(summary(problems)).toEqual([
      {
        code: "security-option",
        pointer: "#/components/securitySchemes/url/x-client-option",
        located: true,
      },
      { code: "security-option", pointer: "#/components/securitySchemes/1st", located: true },
    ]);
  });

  it("x-env, x-client-option and x-request-id-header of the wrong shape", async () => {
    const problems = await problemsOf("shapes", {
      schemes: {
        login: { type: "http", scheme: "basic", "x-env": "ONE_VARIABLE" },
        token: { type: "http", scheme: "bearer", "x-env": ["A"], "x-client-option": 3 },
      },
      root: { "x-request-id-header": "not a header" },
      server: { "x-env": "" },
    });
    expect(summary(problems).map((p) => p.pointer)).toEqual([
      "#/servers/0/x-env",
      "#/x-request-id-header",
      "#/components/securitySchemes/login/x-env",
      "#/components/securitySchemes/token/x-env",
      "#/components/securitySchemes/token/x-client-option",
    ]);
    expect(problems.every((p) => p.code === "security-extension" && p.line > 0)).toBe(true);
  });
});
