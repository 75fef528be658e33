/**
 * Emits the `./mocks` entry (`src/mocks.ts`: `createMockFetch`, typed overrides, failure helpers),
 * the `./mocks/msw` entry (`src/mocks-msw.ts`) and the "Testing with mocks" page
 * (`docs/mocks.md`). The default answers and error shapes are planned in `mocks-plan.ts` and enter
 * the code as data through `literal()`; nothing of the client imports these files.
 */
import ts from "typescript";
import type { OutputFile } from "../files.js";
import type { ApiModel, JsonSchema, OperationModel } from "../model/ir.js";
import { resolvePointer } from "../model/build.js";
import type { Templates } from "../templates.js";
import { registerDocsHelpers } from "./docs-helpers.js";
import {
  type MocksPlan,
  firstSuccess,
  planMocks,
  type MockWarning,
  type OperationPlan,
} from "./mocks-plan.js";
import { NoSample, sampleOf } from "./mocks-data.js";
import { operationValidators } from "./validator-names.js";
import {
  exported,
  exportFrom,
  GENERATED_HEADER,
  identifier,
  importFrom,
  jsDoc,
  literal,
  printModule,
  propertyName,
  typeRef,
} from "./ts.js";

const f = ts.factory;

/** The emitted files and the warnings about defaults that could not be made. */
export interface MocksOutput {
  readonly files: OutputFile[];
  readonly warnings: readonly MockWarning[];
}

/** The emitted files, and a warning per operation whose default answer is a 501. */
export async function emitMocks(model: ApiModel, templates: Templates): Promise<MocksOutput> {
  return printMocks(model, templates, planMocks(model));
}

/**
 * The files of a plan made from `model` (here, or on the validators' thread, which has the
 * validators' Ajv its checks need), and the plan's warnings.
 */
export async function printMocks(
  model: ApiModel,
  templates: Templates,
  plan: MocksPlan,
): Promise<MocksOutput> {
  const files: OutputFile[] = [
    { path: "src/mocks.ts", contents: printModule(mocksStatements(model, plan), GENERATED_HEADER) },
    { path: "src/mocks-msw.ts", contents: printModule(mswStatements(model), GENERATED_HEADER) },
  ];
  const page = templates.docs["mocks.md.hbs"];
  if (page !== undefined)
    files.push({
      path: "docs/mocks.md",
      contents: await renderPage(page, docsView(model, plan)),
    });
  return { files, warnings: plan.warnings };
}

// ---- src/mocks.ts ----

function mocksStatements(model: ApiModel, plan: MocksPlan): ts.Statement[] {
  const operations = plan.operations;
  const shapes = distinct([plan.notFound, ...operations.map((o) => o.error)]);
  const shapeIndex = (shape: unknown) => shapes.indexOf(JSON.stringify(shape));
  const validators = operations.flatMap((o) => Object.values(validatorsOf(o)));
  const types = model.operations.flatMap((o) => [`${o.typeName}Args`, `${o.typeName}Result`]);
  const api = f.createObjectLiteralExpression(
    [
      ...dataProperties({
        basePath: plan.basePath,
        secretHeaders: plan.secretHeaders,
        errorShapes: shapes.map((shape) => JSON.parse(shape) as unknown),
        notFound: shapeIndex(plan.notFound),
      }),
      f.createPropertyAssignment(
        "operations",
        f.createArrayLiteralExpression(
          operations.map((_o, index) => identifier(`OPERATION_${index}`)),
          true,
        ),
      ),
    ],
    true,
  );
  return [
    importFrom("./runtime/mocks.js", [
      { name: "mockFetchFor" },
      { name: "mockFailures" },
      { name: "MockApi", type: true },
      { name: "MockFailures", type: true },
      { name: "MockOperation", type: true },
      { name: "MockFetch", type: true },
      { name: "MockHandler", type: true },
      { name: "MockOptions", type: true },
    ]),
    ...(types.length > 0
      ? [
          importFrom(
            "./operations.js",
            types.map((name) => ({ name, type: true })),
          ),
        ]
      : []),
    ...(validators.length > 0
      ? [
          importFrom(
            "./validators/ajv.js",
            [...new Set(validators)].map((name) => ({ name })),
          ),
        ]
      : []),
    // One constant per operation: a single array literal of a large spec's operations (their
    // default bodies) is a union type too complex for TypeScript to check (Cloudflare's 1,533).
    ...operations.map((o, index) =>
      constant(
        `OPERATION_${index}`,
        typeRef("MockOperation"),
        operationExpression(model, o, shapeIndex(o.error)),
        false,
      ),
    ),
    jsDoc(constant("API", typeRef("MockApi"), api, false), [
      "Each operation as the mocks answer it: its rules (the package's validators) and its default answer, made from the spec and checked against it at generation time.",
    ]),
    overridesInterface(model),
    createMockFetchFunction(model),
    ...failureHelpers(),
    exportFrom("./runtime/mocks.js", [
      { name: "delayed" },
      { name: "dropConnection" },
      { name: "MockCall", type: true },
      { name: "MockFetch", type: true },
      { name: "MockHandler", type: true },
      { name: "MockOptions", type: true },
      { name: "MockRequest", type: true },
    ]),
  ];
}

function dataProperties(data: Record<string, unknown>): ts.ObjectLiteralElementLike[] {
  return (literal(data) as ts.ObjectLiteralExpression).properties.slice();
}

function validatorsOf(plan: OperationPlan): Record<string, string> {
  const names = operationValidators(plan.operation);
  const response = firstSuccess(plan.operation)?.schema !== undefined ? names.response : undefined;
  return {
    ...(names.body !== undefined ? { body: names.body } : {}),
    ...(names.query !== undefined ? { query: names.query } : {}),
    ...(response !== undefined ? { response } : {}),
  };
}

function distinct(values: readonly unknown[]): string[] {
  return [...new Set(values.map((value) => JSON.stringify(value)))];
}

function operationExpression(model: ApiModel, plan: OperationPlan, error: number): ts.Expression {
  const { operation } = plan;
  const data = literal({
    id: operation.operationId,
    method: operation.method.toUpperCase(),
    path: operation.path,
    pathParams: Object.fromEntries(
      operation.parameters
        .filter((p) => p.in === "path")
        .map((p) => [p.name, pathRule(followRef(model, p.schema))]),
    ),
    ...(queryTypes(operation) ?? {}),
    bodyRequired: operation.requestBody?.required === true,
    answer: plan.answer,
    error,
  }) as ts.ObjectLiteralExpression;
  const validate = f.createPropertyAssignment(
    "validate",
    f.createObjectLiteralExpression(
      Object.entries(validatorsOf(plan)).map(([key, name]) =>
        f.createPropertyAssignment(key, identifier(name)),
      ),
      false,
    ),
  );
  return f.createObjectLiteralExpression([...data.properties, validate], true);
}

function followRef(model: ApiModel, schema: JsonSchema, depth = 0): JsonSchema {
  if (typeof schema === "boolean" || typeof schema["$ref"] !== "string" || depth > 32)
    return schema;
  return followRef(model, resolvePointer(model.document, schema["$ref"]) as JsonSchema, depth + 1);
}

/** The limits the client itself checks on a path parameter (as emit/operations.ts gives them). */
function pathRule(schema: JsonSchema): Record<string, unknown> {
  if (typeof schema === "boolean") return {};
  const rule: Record<string, unknown> = {};
  if (Array.isArray(schema["enum"])) rule["enum"] = schema["enum"].map(String);
  if (typeof schema["minLength"] === "number") rule["minLength"] = schema["minLength"];
  if (typeof schema["maxLength"] === "number") rule["maxLength"] = schema["maxLength"];
  return rule;
}

/** Each query parameter's type, so the mock reads `?page=2` back as the number 2. */
function queryTypes(operation: OperationModel): { query: Record<string, unknown> } | undefined {
  const params = operation.parameters.filter((p) => p.in === "query");
  if (params.length === 0) return undefined;
  const typeOf = (schema: unknown): string => {
    const type = (schema as { type?: unknown } | undefined)?.type;
    const list = Array.isArray(type) ? (type as string[]) : [String(type ?? "string")];
    return list.find((t) => t !== "null") ?? "string";
  };
  return {
    query: Object.fromEntries(
      params.map((p) => {
        const type = typeOf(p.schema);
        const items =
          type === "array" ? typeOf((p.schema as { items?: unknown }).items) : undefined;
        return [p.name, items === undefined ? { type } : { type, items }];
      }),
    ),
  };
}

function constant(
  name: string,
  type: ts.TypeNode,
  value: ts.Expression,
  isExported: boolean,
): ts.Statement {
  return f.createVariableStatement(
    isExported ? exported() : undefined,
    f.createVariableDeclarationList(
      [f.createVariableDeclaration(identifier(name), undefined, type, value)],
      ts.NodeFlags.Const,
    ),
  );
}

function overridesInterface(model: ApiModel): ts.Statement {
  const members = model.operations.map((operation) =>
    jsDoc(
      f.createPropertySignature(
        [f.createModifier(ts.SyntaxKind.ReadonlyKeyword)],
        propertyName(operation.operationId),
        f.createToken(ts.SyntaxKind.QuestionToken),
        typeRef("MockHandler", [
          typeRef(`${operation.typeName}Args`),
          typeRef(`${operation.typeName}Result`),
        ]),
      ),
      [
        `\`${operation.method.toUpperCase()} ${operation.path}\`${operation.summary ? `: ${operation.summary}` : ""}`,
      ],
    ),
  );
  return jsDoc(
    f.createInterfaceDeclaration(
      exported(),
      identifier("MockOverrides"),
      undefined,
      undefined,
      members,
    ),
    [
      "Answers by operationId, instead of the default ones. A handler gets the request (already checked against the spec) and returns the JSON body of the operation's first 2xx response, checked against its schema (a body that breaks it answers 500 naming the field), or a `Response` sent as it is (any status, headers, body). Sync or async.",
    ],
  );
}

function createMockFetchFunction(model: ApiModel): ts.Statement {
  const parameter = (name: string, type: string) =>
    f.createParameterDeclaration(
      undefined,
      undefined,
      identifier(name),
      undefined,
      typeRef(type),
      f.createObjectLiteralExpression(),
    );
  const call = f.createCallExpression(identifier("mockFetchFor"), undefined, [
    identifier("API"),
    identifier("overrides"),
    identifier("options"),
  ]);
  const fn = f.createFunctionDeclaration(
    exported(),
    undefined,
    identifier("createMockFetch"),
    undefined,
    [parameter("overrides", "MockOverrides"), parameter("options", "MockOptions")],
    typeRef("MockFetch"),
    f.createBlock([f.createReturnStatement(call)], true),
  );
  return jsDoc(fn, [
    `A \`fetch\` that answers as ${model.title} would, for \`createClient({ fetch })\` in your tests: every request is checked with the package's own validators (an invalid one gets the API's error answer, one entry per problem); a valid one gets its override's answer, else the operation's first 2xx response (the spec's example, else data made from its schema). \`calls\` lists every request, parsed, credentials redacted.`,
    "@param overrides - Answers by operationId.",
    "@param options - `baseUrl` when the client uses another one than the spec's server.",
  ]);
}

/** `export const errorResponse: MockFailures["errorResponse"] = FAILURES.errorResponse;` and so on. */
function failureHelpers(): ts.Statement[] {
  const all = constant(
    "FAILURES",
    typeRef("MockFailures"),
    f.createCallExpression(identifier("mockFailures"), undefined, [identifier("API")]),
    false,
  );
  const docs: Record<string, string> = {
    errorResponse:
      "A response with `status` and the API's error body saying `message`: return it from an override.",
    rateLimited:
      "429 with `Retry-After` (seconds, default 1) and the API's error body: return it from an override.",
    unavailable:
      "503 with the API's error body (and `Retry-After` when given): return it from an override.",
  };
  return [
    all,
    ...Object.entries(docs).map(([name, doc]) =>
      jsDoc(
        constant(
          name,
          f.createIndexedAccessTypeNode(
            typeRef("MockFailures"),
            f.createLiteralTypeNode(f.createStringLiteral(name)),
          ),
          f.createPropertyAccessExpression(identifier("FAILURES"), name),
          true,
        ),
        [doc],
      ),
    ),
  ];
}

// ---- src/mocks-msw.ts ----

function mswStatements(model: ApiModel): ts.Statement[] {
  const baseUrl = f.createBinaryExpression(
    f.createPropertyAccessExpression(identifier("options"), "baseUrl"),
    ts.SyntaxKind.QuestionQuestionToken,
    literal(model.servers[0] ?? ""),
  );
  const call = f.createCallExpression(identifier("handlersFor"), undefined, [
    f.createCallExpression(identifier("createMockFetch"), undefined, [
      identifier("overrides"),
      identifier("options"),
    ]),
    baseUrl,
  ]);
  const parameter = (name: string, type: string) =>
    f.createParameterDeclaration(
      undefined,
      undefined,
      identifier(name),
      undefined,
      typeRef(type),
      f.createObjectLiteralExpression(),
    );
  const fn = f.createFunctionDeclaration(
    exported(),
    undefined,
    identifier("createMockHandlers"),
    undefined,
    [parameter("overrides", "MockOverrides"), parameter("options", "MockOptions")],
    typeRef("MockHandlers"),
    f.createBlock([f.createReturnStatement(call)], true),
  );
  return [
    importFrom("./mocks.js", [{ name: "createMockFetch" }, { name: "MockOverrides", type: true }]),
    importFrom("./runtime/mocks.js", [{ name: "MockOptions", type: true }]),
    importFrom("./runtime/mocks-msw.js", [
      { name: "handlersFor" },
      { name: "MockHandlers", type: true },
    ]),
    jsDoc(fn, [
      "MSW request handlers that answer as `createMockFetch` does (same validation, defaults and overrides), for `setupServer(...createMockHandlers())` or `setupWorker`. `calls` lists the requests they received. Needs `msw` (2 or 3) installed.",
      "@param overrides - Answers by operationId.",
      "@param options - `baseUrl` when the client uses another one than the spec's server.",
    ]),
    exportFrom("./runtime/mocks-msw.js", [{ name: "MockHandlers", type: true }]),
  ];
}

// ---- docs/mocks.md ----

async function renderPage(source: string, view: unknown): Promise<string> {
  const { default: Handlebars } = await import("handlebars");
  const handlebars = Handlebars.create();
  registerDocsHelpers(handlebars);
  return handlebars.compile(source, { strict: true, noEscape: true })(view);
}

/** What the "Testing with mocks" page shows. */
export interface MocksPageView {
  readonly title: string;
  readonly packageName: string;
  readonly example: string;
  readonly operations: readonly {
    operationId: string;
    page: string;
    status: number;
    source: string;
  }[];
  readonly errorShape: string;
}

function docsView(model: ApiModel, plan: MocksPlan): MocksPageView {
  const plans = plan.operations;
  return {
    title: model.title,
    packageName: model.packageName,
    example: exampleCode(model, plan),
    operations: plans.map((p) => ({
      operationId: p.operation.operationId,
      page: `${p.operation.operationId}.md`,
      status: p.answer.status,
      source:
        "unavailable" in p.answer
          ? `none: ${p.answer.unavailable}`
          : p.source === "example"
            ? "the spec's example"
            : p.source === "made"
              ? "made from the schema"
              : "no body",
    })),
    errorShape: describeShape(plans[0]),
  };
}

function describeShape(plan: OperationPlan | undefined): string {
  const error = plan?.error;
  if (error?.kind === "envelope") {
    return `the spec's error envelope (\`${JSON.stringify({ ...error.template, [error.itemsKey ?? "errors"]: [{ ...error.item, message: "…" }] })}\`), one \`${error.itemsKey}\` entry per problem`;
  }
  if (error?.kind === "problem")
    return "RFC 9457 problem details (`application/problem+json`), one `errors` entry per problem";
  return 'a JSON body `{ "message": "…" }` naming every problem';
}

/** The vitest example: the first operation with a JSON body example, and an override. */
function exampleCode(model: ApiModel, plan: MocksPlan): string {
  const example = plan.example;
  if (example === undefined) return "";
  const operation = plan.operations[example.chosen]!.operation;
  const other = plan.operations[example.other]!;
  const [keepsChosen, keepsOther] = example.keepsExample;
  const credential = credentialOption(model);
  const client = (extra: string) => `createClient({ ${credential}fetch${extra} })`;
  const lines = [
    `import { describe, expect, it } from "vitest";`,
    `import { ApiError, createClient } from ${JSON.stringify(model.packageName)};`,
    `import { createMockFetch, rateLimited } from ${JSON.stringify(`${model.packageName}/mocks`)};`,
    "",
    `describe("my code against the mocked API", () => {`,
    `  it("gets the spec's answer", async () => {`,
    `    const fetch = createMockFetch();`,
    `    const client = ${client(", validateResponses: true")};`,
    `    await client.${operation.functionName}(${argsOf(model, operation, keepsChosen)});`,
    `    expect(fetch.calls.map((call) => call.operationId)).toEqual([${JSON.stringify(operation.operationId)}]);`,
    `  });`,
    "",
    `  it("handles a rate limit", async () => {`,
    `    const fetch = createMockFetch({ ${other.operation.operationId}: () => rateLimited(1) });`,
    `    const client = ${client(", maxRetries: 0")};`,
    `    await expect(client.${other.operation.functionName}(${argsOf(model, other.operation, keepsOther)})).rejects.toBeInstanceOf(ApiError);`,
    `    expect(fetch.calls[0]?.status).toBe(429);`,
    `  });`,
    `});`,
  ];
  return lines.join("\n");
}

/** The first credential option the client takes (as the model names it), with a placeholder. */
function credentialOption(model: ApiModel): string {
  const scheme = model.securitySchemes.find((s) => s.kind !== "unsupported");
  if (scheme === undefined) return "";
  const value = scheme.kind === "basic" ? '{ username: "test", password: "test" }' : '"test-token"';
  return `${scheme.option}: ${value}, `;
}

/** The call's arguments: path and required query values made from their schemas, the body's example. */
function argsOf(model: ApiModel, operation: OperationModel, keepsExample: boolean): string {
  const made = (schema: JsonSchema): unknown => {
    try {
      return sampleOf(schema, { document: model.document, useExamples: true });
    } catch (error) {
      if (error instanceof NoSample) return "x";
      throw error;
    }
  };
  const part = (where: "path" | "query") => {
    const params = operation.parameters.filter(
      (p) => p.in === where && (where === "path" || p.required),
    );
    return params.length === 0
      ? undefined
      : Object.fromEntries(params.map((p) => [p.name, made(p.schema)]));
  };
  const body = operation.requestBody;
  let bodyValue: unknown = body?.examples[0]?.value;
  if (body?.schema !== undefined && !keepsExample) bodyValue = made(body.schema);
  const args = {
    path: part("path"),
    query: part("query"),
    body: body === undefined ? undefined : bodyValue,
  };
  const text = JSON.stringify(
    Object.fromEntries(Object.entries(args).filter(([, v]) => v !== undefined)),
  );
  return text === "{}" ? "" : text;
}
