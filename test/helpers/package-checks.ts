/**
 * The checks every generated package must pass, whatever its spec: its exports and methods, its
 * manifest, its packed files, and its docs (pages, links, type-checked TypeScript, examples that
 * pass its own validators, curl and TypeScript that send the same request). Each list and count
 * comes from the spec's model, never from the fixture: the same checks run on `generated/` and on
 * a package generated from an extended copy of the spec (test/extension.test.ts).
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { promisify } from "node:util";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import type { ApiModel, OperationModel } from "../../generator/model/ir.js";
import { linkPackage } from "./link.js";
import { anchors, codeBlocks, linkTargets, markdownFiles } from "./markdown.js";
import { ROOT } from "./paths.js";
import { typeErrors } from "./typecheck.js";

const run = promisify(execFile);

/** A generated package and the spec it was generated from. */
export interface PackageTarget {
  /** A short name for test titles and scratch folders. */
  readonly label: string;
  /** The generated package's folder. */
  readonly dir: string;
  readonly model: ApiModel;
}

export { modelOf } from "./model.js";

/** The docs page of each operation (`docs/<operationId>.md`). */
export function operationPage(operation: OperationModel): string {
  return `docs/${operation.operationId}.md`;
}

/** The names the package's root exports: the clients, the errors and one function per operation. */
export function expectedExports(model: ApiModel): string[] {
  return [
    "createClient",
    "createBaseClient",
    "ApiError",
    "ClientError",
    "ValidationError",
    "TimeoutError",
    "ConnectionError",
    ...model.operations.map((operation) => operation.functionName),
  ];
}

/** The files `npm pack` puts in the package's tarball. */
export async function packedFiles(dir: string): Promise<string[]> {
  const { stdout } = await run("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: dir,
    env: { ...process.env, npm_config_loglevel: "silent" },
  });
  const [pack] = JSON.parse(stdout) as [{ files: { path: string }[] }];
  return pack.files.map((file) => file.path).sort();
}

/**
 * Every relative link of the given Markdown files that does not resolve to a file of `present`
 * (or whose anchor is no heading of it), as `file: target (why)`.
 */
export function brokenLinks(
  files: ReadonlyMap<string, string>,
  present: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  for (const [file, text] of files) {
    for (const target of linkTargets(text)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // an absolute URL
      const [path, anchor] = target.split("#") as [string, string | undefined];
      const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/") + 1) : "";
      const resolved =
        path === "" ? file : decodeURI(new URL(path, `file:///${dir}`).pathname.slice(1));
      const linked = files.get(resolved);
      if (!present.has(resolved)) problems.push(`${file}: ${target} (no file ${resolved})`);
      else if (anchor !== undefined && (linked === undefined || !anchors(linked).has(anchor)))
        problems.push(`${file}: ${target} (no heading)`);
    }
  }
  return problems;
}

/** One TypeScript example's call: the method and its argument object, evaluated. */
interface ExampleCall {
  readonly file: string;
  readonly method: string;
  readonly args: Record<string, unknown>;
}

/** The client calls of a page's TypeScript examples (`await client.x({ ... });`). */
export function exampleCalls(file: string, text: string): ExampleCall[] {
  return codeBlocks(file, text)
    .filter((block) => block.lang === "ts")
    .flatMap((block) => [...block.code.matchAll(/await client\.(\w+)\(([\s\S]*?)\);\n/g)])
    .map((match) => ({
      file,
      method: match[1]!,
      // The docs' argument objects are JSON-like literals: evaluated, not parsed by hand.
      args: (match[2]!.trim() === ""
        ? {}
        : (new Function(`return (${match[2]!});`)() as unknown)) as Record<string, unknown>,
    }));
}

/** One curl example: its method, URL and JSON body (when it has one). */
interface CurlCall {
  readonly method: string;
  readonly url: string;
  readonly body: unknown;
}

/** The curl commands of a page. */
export function curlCalls(file: string, text: string): CurlCall[] {
  return codeBlocks(file, text)
    .filter((block) => block.lang === "sh" && block.code.startsWith("curl "))
    .map((block) => {
      const head = /^curl -X (\w+) "([^"]+)"/.exec(block.code);
      const body = /<<'JSON'\n([\s\S]*?)\nJSON/.exec(block.code)?.[1];
      return {
        method: head?.[1] ?? "",
        url: head?.[2] ?? "",
        body: body === undefined ? undefined : (JSON.parse(body) as unknown),
      };
    });
}

/** What a client sent, seen by a `fetch` that answers every request with `200 {}`. */
interface Sent {
  readonly method: string;
  readonly url: string;
  readonly body: unknown;
}

type AnyClient = Record<string, (args: unknown) => Promise<unknown>>;
type AnyPackage = { createClient(options: object): AnyClient };

/** Calls `method` with `args` on a client of the package whose fetch records the request. */
export async function sendExample(
  pkg: AnyPackage,
  baseUrl: string,
  call: ExampleCall,
): Promise<Sent | Error> {
  const sent: Sent[] = [];
  const fetch = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const text = await request.text();
    sent.push({
      method: request.method,
      url: request.url,
      body: text === "" ? undefined : (JSON.parse(text) as unknown),
    });
    return new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
  };
  const client = pkg.createClient({ apiToken: "token", baseUrl, fetch, maxRetries: 0 });
  const error = await client[call.method]!(call.args).then(
    () => undefined,
    (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
  );
  return error ?? sent[0] ?? new Error("nothing was sent");
}

/** The curl URL with its `$SHELL_VARIABLES` replaced by the path values the call used. */
function curlUrlFor(curl: CurlCall, args: Record<string, unknown>): string {
  const path = (args["path"] ?? {}) as Record<string, unknown>;
  const byVariable = new Map(
    Object.entries(path).map(([name, value]) => [
      `$${name.toUpperCase().replace(/[^A-Z0-9]/g, "_")}`,
      encodeURIComponent(String(value)),
    ]),
  );
  return curl.url.replace(/\$[A-Z0-9_]+/g, (variable) => byVariable.get(variable) ?? variable);
}

/** The package's manifest, exports, client methods and packed files. */
export function definePackageChecks(target: PackageTarget): void {
  const { dir, model } = target;
  describe(`package ${target.label}`, () => {
    it("plain `node` imports it by name and gets createClient, createBaseClient, the errors and every operation", async () => {
      const project = await linkPackage(dir, `import-${target.label}`);
      const name = JSON.stringify(project.packageName);
      const script = `const m = await import(${name}); console.log(JSON.stringify(Object.keys(m).sort()));`;
      const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], {
        cwd: project.root,
      });
      expect(JSON.parse(stdout)).toEqual(expect.arrayContaining(expectedExports(model)));
      const client = `const { createClient } = await import(${name}); const c = createClient({ apiToken: "t" }); console.log(Object.keys(c).sort().join(","));`;
      const methods = (
        await run(process.execPath, ["--input-type=module", "-e", client], { cwd: project.root })
      ).stdout.trim();
      expect(methods.split(",")).toEqual(
        ["raw", ...model.operations.map((operation) => operation.functionName)].sort(),
      );
    });

    it("its manifest: ESM, exports map with types, side-effect free, openapi-fetch as the only dependency", async () => {
      const manifest = JSON.parse(await readFile(`${dir}/package.json`, "utf8")) as Record<
        string,
        unknown
      >;
      expect(manifest).toMatchObject({
        name: model.packageName,
        type: "module",
        sideEffects: false,
        exports: { ".": { types: "./dist/index.d.ts", default: "./dist/index.js" } },
        engines: { node: ">=20.19" },
      });
      expect(Object.keys(manifest["dependencies"] as object)).toEqual(["openapi-fetch"]);
      const root = JSON.parse(readFileSync(`${ROOT}/package.json`, "utf8")) as {
        dependencies: Record<string, string>;
      };
      expect((manifest["dependencies"] as Record<string, string>)["openapi-fetch"]).toBe(
        `^${root.dependencies["openapi-fetch"]}`,
      );
    });

    it("packed by npm, every relative link of its README and docs resolves inside the tarball", async () => {
      const packed = await packedFiles(dir);
      const docs = markdownFiles(dir);
      for (const file of ["README.md", "docs/README.md", ...model.operations.map(operationPage)])
        expect(packed).toContain(file);
      expect(brokenLinks(docs, new Set(packed))).toEqual([]);
      const links = [...docs.values()].flatMap(linkTargets);
      expect(links.length).toBeGreaterThanOrEqual(model.operations.length + 1);
    });
  });
}

/** The docs: pages, links, layout, type-checked TypeScript, examples the validators accept. */
export function defineDocsChecks(target: PackageTarget): void {
  const { dir, model } = target;
  const files = markdownFiles(dir);

  describe(`docs of ${target.label}`, () => {
    it("has the index and one page per operation, each linked from the index", () => {
      const linked = new Set(linkTargets(files.get("docs/README.md") ?? ""));
      for (const operation of model.operations) {
        expect([...files.keys()]).toContain(operationPage(operation));
        expect(linked, operation.operationId).toContain(`${operation.operationId}.md`);
      }
      const pages = [...files.keys()].filter((path) => path.startsWith("docs/"));
      for (const page of pages.filter((p) => p !== "docs/README.md"))
        expect(linked, page).toContain(page.slice("docs/".length));
    });

    it("every TypeScript block type-checks against the package", async () => {
      const project = await linkPackage(dir, `docs-examples-${target.label}`);
      const blocks = [...files]
        .flatMap(([file, text]) => codeBlocks(file, text))
        .filter((b) => b.lang === "ts");
      expect(blocks.length).toBeGreaterThanOrEqual(model.operations.length);
      const paths = await Promise.all(
        blocks.map(async (block, index) => {
          const path = `${project.root}/block-${index}.mts`;
          await writeFile(path, `${block.code}\nexport {};\n`);
          return path;
        }),
      );
      const errors = typeErrors(paths).map((e) => {
        const index = Number(/block-(\d+)\.mts/.exec(e)?.[1]);
        return `${blocks[index]?.file}: ${e}`;
      });
      expect(errors).toEqual([]);
    });

    it("a TypeScript block with a wrong path parameter does not type-check (the check above is live)", async () => {
      const project = await linkPackage(dir, `docs-examples-wrong-${target.label}`);
      const block = [...files]
        .flatMap(([file, text]) => codeBlocks(file, text))
        .find((b) => b.lang === "ts" && /path: \{\s*\w+:/.test(b.code));
      expect(block, "a TypeScript example with path parameters").toBeDefined();
      const path = `${project.root}/wrong.mts`;
      const wrong = block!.code.replace(/(path: \{\s*)(\w+)/, "$1$2_not_in_the_spec");
      await writeFile(path, `${wrong}\nexport {};\n`);
      expect(typeErrors([path]).join("\n")).toMatch(/_not_in_the_spec/);
    });

    it("every operation's page has a curl and a TypeScript example", () => {
      for (const operation of model.operations) {
        const text = files.get(operationPage(operation)) ?? "";
        expect(
          curlCalls(operation.operationId, text).length,
          operation.operationId,
        ).toBeGreaterThan(0);
        expect(
          exampleCalls(operation.operationId, text).length,
          operation.operationId,
        ).toBeGreaterThan(0);
      }
    });

    it("the curl bodies are the spec's request examples (else one made from the schema), and pass the body validators", async () => {
      const validators = (await import(`${dir}/dist/validators.js`)) as {
        requestBodies: Record<string, { is(value: unknown): boolean }>;
      };
      for (const operation of model.operations) {
        const text = files.get(operationPage(operation)) ?? "";
        const bodies = curlCalls(operation.operationId, text)
          .map((curl) => curl.body)
          .filter((body) => body !== undefined);
        const examples = operation.requestBody?.examples.map((example) => example.value) ?? [];
        if (examples.length > 0) expect(bodies, operation.operationId).toEqual(examples);
        else if (operation.requestBody?.schema !== undefined) expect(bodies).toHaveLength(1);
        const validator = validators.requestBodies[operation.operationId];
        for (const body of bodies) expect(validator?.is(body), JSON.stringify(body)).toBe(true);
      }
    });

    it("every TypeScript call passes the package's own validation and sends what its curl sends", async () => {
      const pkg = (await import(`${dir}/dist/index.js`)) as AnyPackage;
      const baseUrl = model.servers[0] ?? "https://api.example.com";
      const problems: string[] = [];
      let checked = 0;
      for (const operation of model.operations) {
        const page = operationPage(operation);
        const text = files.get(page) ?? "";
        const calls = exampleCalls(page, text).filter((c) => c.method === operation.functionName);
        const curls = curlCalls(page, text);
        expect(calls.length, page).toBe(curls.length);
        for (const [index, call] of calls.entries()) {
          const sent = await sendExample(pkg, baseUrl, call);
          if (sent instanceof Error) {
            problems.push(`${page} example ${index + 1}: ${sent.message}`);
            continue;
          }
          const curl = curls[index]!;
          expect({ method: sent.method, url: sent.url, body: sent.body }, page).toEqual({
            method: curl.method,
            url: curlUrlFor(curl, call.args),
            body: curl.body,
          });
          checked++;
        }
      }
      expect(problems).toEqual([]);
      expect(checked).toBeGreaterThanOrEqual(model.operations.length);
    });

    it("every relative link resolves to a file, and every anchor to a heading of it", () => {
      expect(brokenLinks(files, new Set(files.keys()))).toEqual([]);
    });

    it("is laid out as prettier lays it out (the generator does not run prettier on Markdown)", async () => {
      const options = JSON.parse(readFileSync(`${ROOT}/.prettierrc.json`, "utf8")) as object;
      const changed: string[] = [];
      for (const [file, text] of files) {
        const formatted = await prettier.format(text, { ...options, parser: "markdown" });
        if (formatted !== text) changed.push(file);
      }
      expect(changed).toEqual([]);
      expect(files.size).toBeGreaterThanOrEqual(model.operations.length + 2);
    });
  });
}
