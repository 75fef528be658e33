/**
 * Emits `operations.ts`: for each operation, its `…Args` and `…Result` types (indexed into
 * openapi-typescript's `operations`, so they are the spec's types exactly) and a standalone
 * function taking a base client first. Standalone functions keep bundles small: a bundle holds
 * only the operations it imports.
 */
import ts from "typescript";
import type { OutputFile } from "../files.js";
import type {
  ApiModel,
  JsonSchema,
  OperationModel,
  ParameterModel,
  ResponseModel,
} from "../model/ir.js";
import { isSuccessStatus } from "../model/ir.js";
import { resolvePointer } from "../model/build.js";
import { operationValidators } from "./validator-names.js";
import { credentialsSentence, runtimeSecurity } from "./security.js";
import { UNCACHED, type Units } from "./units.js";
import {
  exported,
  GENERATED_HEADER,
  identifier,
  importFrom,
  indexedType,
  jsDoc,
  literal,
  printModule,
  typeRef,
} from "./ts.js";

const f = ts.factory;

/**
 * The emitted file. Each operation's declarations are a unit (emit/units.ts): they read its prose
 * (their JSDoc) and the model without prose, so an edited description prints one operation again.
 */
export async function emitOperations(
  model: ApiModel,
  _templates?: unknown,
  units: Units = UNCACHED,
): Promise<OutputFile[]> {
  const imports = [
    importFrom("./base-client.js", [{ name: "BaseClient", type: true }]),
    importFrom("./runtime/operation.js", [
      { name: "callOperation" },
      { name: "DeepReadonly", type: true },
      { name: "RequestOptions", type: true },
    ]),
    importFrom("./types.js", [{ name: "operations", type: true }]),
    ...validatorImports(model),
  ];
  const declarations = await units.texts(
    "operation",
    model.operations,
    (operation) => JSON.stringify([operation.pointer, operation.summary, operation.description]),
    // printModule prints statement by statement: one operation's text is what it prints for them
    // (without the final newline), and the file is the imports' text and these, a blank line apart.
    (missing) =>
      missing.map((operation) => printModule(operationStatements(model, operation)).slice(0, -1)),
  );
  const head = printModule(imports, GENERATED_HEADER);
  const contents = declarations.length === 0 ? head : `${head}\n${declarations.join("\n\n")}\n`;
  return [{ path: "src/operations.ts", contents }];
}

function validatorImports(model: ApiModel): ts.Statement[] {
  const names = model.operations.flatMap((o) => {
    const { body, query } = operationValidators(o);
    return [body, query].filter((name): name is string => name !== undefined);
  });
  return names.length === 0
    ? []
    : [
        importFrom(
          "./validators/ajv.js",
          names.map((name) => ({ name })),
        ),
      ];
}

function operationStatements(model: ApiModel, operation: OperationModel): ts.Statement[] {
  return [
    argsDeclaration(operation),
    resultDeclaration(operation),
    operationFunction(model, operation),
  ];
}

/**
 * `operations["<id>"]`, keyed as openapi-typescript keys it: with every `#` of the operationId
 * turned into `/` (its workaround for Redocly reading `#` as a `$ref` fragment).
 */
function operationType(operation: OperationModel, keys: readonly (string | number)[]): ts.TypeNode {
  return indexedType(typeRef("operations"), [operation.operationId.replace(/#/g, "/"), ...keys]);
}

/** Whether the caller must pass an argument object at all. */
export function argsRequired(operation: OperationModel): boolean {
  return (
    operation.parameters.some((p) => p.required && (p.in === "path" || p.in === "query")) ||
    (operation.requestBody?.schema !== undefined && operation.requestBody.required)
  );
}

function argsDeclaration(operation: OperationModel): ts.Statement {
  const members = argsMembers(operation);
  const name = identifier(`${operation.typeName}Args`);
  const doc = [`Arguments of {@link ${operation.functionName}}: ${describeArgs(operation)}.`];
  if (members.length === 0) {
    return jsDoc(
      f.createTypeAliasDeclaration(exported(), name, undefined, typeRef("RequestOptions")),
      doc,
    );
  }
  const heritage = f.createHeritageClause(ts.SyntaxKind.ExtendsKeyword, [
    f.createExpressionWithTypeArguments(f.createIdentifier("RequestOptions"), undefined),
  ]);
  return jsDoc(f.createInterfaceDeclaration(exported(), name, undefined, [heritage], members), doc);
}

function argsMembers(operation: OperationModel): ts.TypeElement[] {
  const members: ts.TypeElement[] = [];
  for (const location of ["path", "query"] as const) {
    const params = operation.parameters.filter((p) => p.in === location);
    if (params.length === 0) continue;
    const required = params.some((p) => p.required);
    const type = optionalPart(operation, ["parameters", location], required, []);
    members.push(
      member(
        location,
        type,
        required,
        `${capitalize(location)} parameters: ${params.map((p) => p.name).join(", ")}.`,
      ),
    );
  }
  const body = operation.requestBody;
  if (body?.schema !== undefined) {
    const type = optionalPart(operation, ["requestBody"], body.required, [
      "content",
      body.mediaType,
    ]);
    const readonlyType = typeRef("DeepReadonly", [type]);
    members.push(
      member("body", readonlyType, body.required, body.description ?? "The JSON request body."),
    );
  }
  return members;
}

/** `operations[id][...outer]` then `[...inner]`, wrapped in NonNullable when the part is optional. */
function optionalPart(
  operation: OperationModel,
  outer: readonly string[],
  required: boolean,
  inner: readonly string[],
): ts.TypeNode {
  const part = operationType(operation, outer);
  return indexedType(required ? part : typeRef("NonNullable", [part]), inner);
}

function member(name: string, type: ts.TypeNode, required: boolean, doc: string): ts.TypeElement {
  const question = required ? undefined : f.createToken(ts.SyntaxKind.QuestionToken);
  return jsDoc(f.createPropertySignature(undefined, identifier(name), question, type), [doc]);
}

function resultDeclaration(operation: OperationModel): ts.Statement {
  const bodies = operation.responses.filter(
    (r) => isSuccessStatus(r.status) && r.schema !== undefined,
  );
  const types = bodies.map((response) => responseBodyType(operation, response));
  const type =
    types.length === 0
      ? f.createKeywordTypeNode(ts.SyntaxKind.UndefinedKeyword)
      : types.length === 1
        ? types[0]!
        : f.createUnionTypeNode(types);
  const doc =
    types.length === 0
      ? `What {@link ${operation.functionName}} resolves to: the operation answers with no body.`
      : `What {@link ${operation.functionName}} resolves to: the parsed 2xx JSON body.`;
  return jsDoc(
    f.createTypeAliasDeclaration(
      exported(),
      identifier(`${operation.typeName}Result`),
      undefined,
      type,
    ),
    [doc],
  );
}

function responseBodyType(operation: OperationModel, response: ResponseModel): ts.TypeNode {
  const status = /^\d+$/.test(response.status) ? Number(response.status) : response.status;
  return operationType(operation, ["responses", status, "content", response.mediaType]);
}

function operationFunction(model: ApiModel, operation: OperationModel): ts.Statement {
  const args = f.createParameterDeclaration(
    undefined,
    undefined,
    identifier("args"),
    undefined,
    typeRef(`${operation.typeName}Args`),
    argsRequired(operation) ? undefined : f.createObjectLiteralExpression(),
  );
  const client = f.createParameterDeclaration(
    undefined,
    undefined,
    identifier("client"),
    undefined,
    typeRef("BaseClient"),
  );
  const result = typeRef(`${operation.typeName}Result`);
  const call = f.createCallExpression(identifier("callOperation"), undefined, [
    identifier("client"),
    descriptorExpression(model, operation),
    identifier("args"),
  ]);
  const body = f.createBlock(
    [f.createReturnStatement(f.createAsExpression(call, typeRef("Promise", [result])))],
    true,
  );
  const declaration = f.createFunctionDeclaration(
    exported(),
    undefined,
    identifier(operation.functionName),
    undefined,
    [client, args],
    typeRef("Promise", [result]),
    body,
  );
  return jsDoc(declaration, operationDoc(model, operation, "function"));
}

/** The descriptor: plain data through `literal()`, plus references to its validate functions. */
function descriptorExpression(model: ApiModel, operation: OperationModel): ts.Expression {
  const data = literal(descriptor(model, operation)) as ts.ObjectLiteralExpression;
  const { body, query } = operationValidators(operation);
  const requestValidators = { ...(body ? { body } : {}), ...(query ? { query } : {}) };
  const validators = Object.entries(requestValidators).map(([kind, name]) =>
    f.createPropertyAssignment(kind, identifier(name as string)),
  );
  if (validators.length === 0) return data;
  const validate = f.createPropertyAssignment(
    "validate",
    f.createObjectLiteralExpression(validators, true),
  );
  return f.createObjectLiteralExpression([...data.properties, validate], true);
}

/** The runtime's `OperationDescriptor`, as plain data. */
function descriptor(model: ApiModel, operation: OperationModel): Record<string, unknown> {
  const pathParams = Object.fromEntries(
    operation.parameters
      .filter((p) => p.in === "path")
      .map((p) => [p.name, pathParamRule(model, p)]),
  );
  return {
    id: operation.operationId,
    method: operation.method.toUpperCase(),
    path: operation.path,
    pathParams,
    idempotent: operation.idempotent,
    security: operation.security.length > 0 ? runtimeSecurity(model, operation) : undefined,
  };
}

/** The limits of a path parameter the runtime checks itself: enum, minLength, maxLength. */
function pathParamRule(model: ApiModel, parameter: ParameterModel): Record<string, unknown> {
  const schema = followRef(model, parameter.schema);
  if (typeof schema === "boolean") return {};
  const rule: Record<string, unknown> = {};
  if (Array.isArray(schema["enum"])) rule["enum"] = schema["enum"].map(String);
  if (typeof schema["minLength"] === "number") rule["minLength"] = schema["minLength"];
  if (typeof schema["maxLength"] === "number") rule["maxLength"] = schema["maxLength"];
  return rule;
}

function followRef(model: ApiModel, schema: JsonSchema, depth = 0): JsonSchema {
  if (typeof schema === "boolean" || typeof schema["$ref"] !== "string" || depth > 32)
    return schema;
  return followRef(model, resolvePointer(model.document, schema["$ref"]) as JsonSchema, depth + 1);
}

/**
 * The JSDoc of an operation, as an editor shows it on hover: of the standalone function, or of
 * the `createClient` method (no `client` parameter). Summary, description, method and path, the
 * credentials it takes, its parameters, and every error it can reject with.
 */
export function operationDoc(
  model: ApiModel,
  operation: OperationModel,
  form: "function" | "method",
): (string | undefined)[] {
  return [
    operation.summary,
    operation.description,
    `\`${operation.method.toUpperCase()} ${operation.path}\``,
    credentialsSentence(model, operation),
    parameterList(operation),
    operation.deprecated ? "@deprecated This operation is deprecated in the spec." : undefined,
    [
      ...(form === "function"
        ? ["@param client - From `createBaseClient()` or `createClient()`."]
        : []),
      `@param args - ${capitalize(describeArgs(operation))}.`,
      ...THROWS,
    ].join("\n"),
  ];
}

/** Every error class a call can reject with (all extend `ClientError`). */
const THROWS = [
  "@throws {ApiError} When the API answers with a non-2xx status (`status`, `body`, `errors`, `requestId`).",
  "@throws {ValidationError} When the body, query or a path parameter breaks the spec (nothing is sent), or, with `validateResponses`, when the 2xx body does.",
  "@throws {TimeoutError} When an attempt takes longer than `timeoutMs`.",
  "@throws {ConnectionError} When no answer comes (DNS, refused or reset connection, TLS), after the retries allowed.",
  "@throws {ClientError} When the operation needs credentials that no option or environment variable gives, or the call is aborted.",
];

/** The path and query parameters, one line each: name, where, whether required, description. */
function parameterList(operation: OperationModel): string | undefined {
  const params = operation.parameters.filter((p) => p.in === "path" || p.in === "query");
  if (params.length === 0) return undefined;
  return [
    "Parameters:",
    ...params.map((p) => {
      const required = p.required ? "required" : "optional";
      const description =
        p.description === undefined ? "" : `: ${p.description.trim().replace(/\s*\n\s*/g, " ")}`;
      return `- \`${p.in}.${p.name}\` (${required})${description}`;
    }),
  ].join("\n");
}

function describeArgs(operation: OperationModel): string {
  const parts = (["path", "query"] as const)
    .filter((location) => operation.parameters.some((p) => p.in === location))
    .map((location) => `${location} parameters`);
  if (operation.requestBody?.schema !== undefined) parts.push("the JSON body");
  parts.push("per-call options");
  return parts.join(", ");
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
