/**
 * Emits `base-client.ts` (`createBaseClient`, the spec's defaults bound to the runtime) and
 * `client.ts` (`createClient`: the same base client with every operation function bound to it).
 */
import ts from "typescript";
import type { OutputFile } from "../files.js";
import type { ApiModel, OperationModel, SecuritySchemeModel } from "../model/ir.js";
import { argsRequired, operationDoc } from "./operations.js";
import { envOf, partnersOf, schemeDescriptors, sendableSchemes, whereSent } from "./security.js";
import {
  exported,
  GENERATED_HEADER,
  identifier,
  importFrom,
  jsDoc,
  literal,
  printModule,
  typeRef,
} from "./ts.js";

const f = ts.factory;

/** The emitted files. */
export function emitClient(model: ApiModel): OutputFile[] {
  return [
    {
      path: "src/base-client.ts",
      contents: printModule(baseClientStatements(model), GENERATED_HEADER),
    },
    { path: "src/client.ts", contents: printModule(clientStatements(model), GENERATED_HEADER) },
  ];
}

function optionsParameter(): ts.ParameterDeclaration {
  return f.createParameterDeclaration(
    undefined,
    undefined,
    identifier("options"),
    undefined,
    typeRef("ClientOptions"),
    f.createObjectLiteralExpression(),
  );
}

function baseClientStatements(model: ApiModel): ts.Statement[] {
  const baseClientType = f.createTypeAliasDeclaration(
    exported(),
    identifier("BaseClient"),
    undefined,
    typeRef("RuntimeBaseClient", [typeRef("paths")]),
  );
  const create = f.createCallExpression(
    identifier("createRuntimeClient"),
    [typeRef("paths")],
    [identifier("options"), literal(clientDefaults(model))],
  );
  const fn = f.createFunctionDeclaration(
    exported(),
    undefined,
    identifier("createBaseClient"),
    undefined,
    [optionsParameter()],
    typeRef("BaseClient"),
    f.createBlock([f.createReturnStatement(create)], true),
  );
  return [
    runtimeImport(),
    ...(credentialTypeImports(model).length > 0
      ? [importFrom("./runtime/auth.js", credentialTypeImports(model))]
      : []),
    importFrom("./runtime/options.js", [{ name: "BaseClientOptions", type: true }]),
    importFrom("./types.js", [{ name: "paths", type: true }]),
    optionsInterface(model),
    jsDoc(baseClientType, [
      `A client of ${model.title} without operation methods: pass it to the operation functions.`,
      "`raw` is the underlying openapi-fetch client, typed by the spec's `paths`.",
    ]),
    jsDoc(fn, [
      "Creates a base client for the tree-shakable form: import only the operation functions you call, and your bundle holds only their code.",
      baseUrlSentence(model),
      "@param options - See {@link ClientOptions}: credentials, `baseUrl`, `fetch`, `headers`, `maxRetries`, `timeoutMs`, `validateRequests`, `validateResponses`, `responseValidators`.",
      CREATE_THROWS,
    ]),
  ];
}

/** Missing credentials are an error of the call that needs them; only malformed options throw here. */
const CREATE_THROWS =
  "@throws {ClientError} When an option is malformed (a credential of the wrong type or with a line break, `maxRetries` or `timeoutMs` not a whole number, no `fetch` at all).";

/** The runtime's `ClientDefaults`, as plain data. */
function clientDefaults(model: ApiModel): Record<string, unknown> {
  const server = model.serverDetails[0];
  const security = schemeDescriptors(model);
  return {
    baseUrl: server?.url ?? "",
    baseUrlEnv: server?.env,
    userAgent: `${model.packageName}/${model.version}`,
    security: Object.keys(security).length > 0 ? security : undefined,
    requestIdHeader: model.requestIdHeader,
  };
}

function baseUrlSentence(model: ApiModel): string {
  const server = model.serverDetails[0];
  if (server === undefined) return "Default base URL: none in the spec; pass `baseUrl`.";
  const env = server.env === undefined ? "" : ` (or \`${server.env}\` in the environment)`;
  return `Default base URL: ${server.url}${env}.`;
}

/** `Credential` and `BasicCredential`, as far as the spec's schemes use them. */
function credentialTypeImports(model: ApiModel): { name: string; type: true }[] {
  const kinds = new Set(sendableSchemes(model).map((scheme) => scheme.kind));
  const names = [
    ...(kinds.has("basic") ? ["BasicCredential"] : []),
    ...(kinds.has("bearer") || kinds.has("apiKey") ? ["Credential"] : []),
  ];
  return names.map((name) => ({ name, type: true }));
}

/**
 * `ClientOptions`: the runtime's options plus one per security scheme (CONTRACT §3), and `baseUrl`
 * again with this spec's default in its JSDoc.
 */
function optionsInterface(model: ApiModel): ts.Statement {
  const members = [
    ...sendableSchemes(model).map((scheme) => schemeOption(model, scheme)),
    jsDoc(
      f.createPropertySignature(
        undefined,
        identifier("baseUrl"),
        f.createToken(ts.SyntaxKind.QuestionToken),
        f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
      ),
      ["The API root.", baseUrlSentence(model)],
    ),
  ];
  const heritage = f.createHeritageClause(ts.SyntaxKind.ExtendsKeyword, [
    f.createExpressionWithTypeArguments(f.createIdentifier("BaseClientOptions"), undefined),
  ]);
  const unsupported = model.securitySchemes.filter((scheme) => scheme.kind === "unsupported");
  return jsDoc(
    f.createInterfaceDeclaration(
      exported(),
      identifier("ClientOptions"),
      undefined,
      [heritage],
      members,
    ),
    [
      `Options of \`createClient\` and \`createBaseClient\` for ${model.title}. Every option is optional.`,
      sendableSchemes(model).length === 0
        ? "The spec declares no credentials: none are needed."
        : "Credentials: one option per security scheme of the spec. Each operation sends the first of its alternatives (in spec order) whose options are all given, looking at these options first and then at the environment variables named below (where the runtime has `process.env`); an operation that needs credentials none of them give rejects with a `ClientError` naming the options that would do.",
      unsupported.length === 0
        ? undefined
        : `Not sent by the client (give them with \`headers\`): ${unsupported.map((scheme) => `\`${scheme.name}\``).join(", ")}.`,
    ],
  );
}

function schemeOption(model: ApiModel, scheme: SecuritySchemeModel): ts.TypeElement {
  const type = typeRef(scheme.kind === "basic" ? "BasicCredential" : "Credential");
  const value =
    scheme.kind === "basic"
      ? "`{ username, password }`, or a function returning it (or a Promise of it), called for every request."
      : "A string, or a function returning one (or a Promise of one), called for every request: for rotating credentials.";
  const env = envOf(scheme);
  const partners = partnersOf(model, scheme);
  return jsDoc(
    f.createPropertySignature(
      undefined,
      identifier(scheme.option),
      f.createToken(ts.SyntaxKind.QuestionToken),
      type,
    ),
    [
      scheme.description,
      `Security scheme \`${scheme.name}\`, ${whereSent(scheme)}. ${value}`,
      partners.length === 0
        ? undefined
        : `Used together with ${partners.map((p) => `\`${p}\``).join(" + ")}.`,
      env === undefined ? undefined : `Environment fallback: ${env}.`,
    ],
  );
}

/** `import { createRuntimeClient, type BaseClient as RuntimeBaseClient } from "./runtime/client.js";` */
function runtimeImport(): ts.ImportDeclaration {
  return f.createImportDeclaration(
    undefined,
    f.createImportClause(
      false,
      undefined,
      f.createNamedImports([
        f.createImportSpecifier(false, undefined, identifier("createRuntimeClient")),
        f.createImportSpecifier(true, identifier("BaseClient"), identifier("RuntimeBaseClient")),
      ]),
    ),
    f.createStringLiteral("./runtime/client.js"),
  );
}

function clientStatements(model: ApiModel): ts.Statement[] {
  const operationImports = model.operations.flatMap((operation) => [
    { name: operation.functionName },
    { name: `${operation.typeName}Args`, type: true },
    { name: `${operation.typeName}Result`, type: true },
  ]);
  return [
    importFrom("./base-client.js", [
      { name: "createBaseClient" },
      { name: "BaseClient", type: true },
      { name: "ClientOptions", type: true },
    ]),
    ...(operationImports.length > 0 ? [importFrom("./operations.js", operationImports)] : []),
    importFrom("./validators.js", [{ name: "responses" }]),
    clientInterface(model),
    createClientFunction(model),
  ];
}

function clientInterface(model: ApiModel): ts.Statement {
  const heritage = f.createHeritageClause(ts.SyntaxKind.ExtendsKeyword, [
    f.createExpressionWithTypeArguments(f.createIdentifier("BaseClient"), undefined),
  ]);
  const methods = model.operations.map((operation) => methodSignature(model, operation));
  return jsDoc(
    f.createInterfaceDeclaration(exported(), identifier("Client"), undefined, [heritage], methods),
    [`A client of ${model.title}: one method per operation, named by its operationId.`],
  );
}

function methodSignature(model: ApiModel, operation: OperationModel): ts.TypeElement {
  const question = argsRequired(operation) ? undefined : f.createToken(ts.SyntaxKind.QuestionToken);
  const args = f.createParameterDeclaration(
    undefined,
    undefined,
    identifier("args"),
    question,
    typeRef(`${operation.typeName}Args`),
  );
  const signature = f.createMethodSignature(
    undefined,
    identifier(operation.functionName),
    undefined,
    undefined,
    [args],
    typeRef("Promise", [typeRef(`${operation.typeName}Result`)]),
  );
  return jsDoc(signature, operationDoc(model, operation, "method"));
}

function createClientFunction(model: ApiModel): ts.Statement {
  const base = f.createVariableStatement(
    undefined,
    f.createVariableDeclarationList(
      [
        f.createVariableDeclaration(
          identifier("base"),
          undefined,
          undefined,
          f.createCallExpression(identifier("createBaseClient"), undefined, [
            f.createObjectLiteralExpression([
              f.createPropertyAssignment("responseValidators", identifier("responses")),
              f.createSpreadAssignment(identifier("options")),
            ]),
          ]),
        ),
      ],
      ts.NodeFlags.Const,
    ),
  );
  const properties = [
    f.createPropertyAssignment(
      identifier("raw"),
      f.createPropertyAccessExpression(identifier("base"), identifier("raw")),
    ),
    ...model.operations.map(boundMethod),
  ];
  const body = f.createBlock(
    [base, f.createReturnStatement(f.createObjectLiteralExpression(properties, true))],
    true,
  );
  const fn = f.createFunctionDeclaration(
    exported(),
    undefined,
    identifier("createClient"),
    undefined,
    [optionsParameter()],
    typeRef("Client"),
    body,
  );
  return jsDoc(fn, [
    `Creates a client of ${model.title} with one method per operation.`,
    "Each method is the operation function of the same name bound to one base client, which also holds the response validators `validateResponses` uses; for the smallest bundles, use `createBaseClient` and the operation functions instead.",
    baseUrlSentence(model),
    [
      "@param options - Every option is optional:",
      ...sendableSchemes(model).map(
        (scheme) =>
          `- \`${scheme.option}\`: ${scheme.kind === "basic" ? "`{ username, password }`" : "a token or key"} (or a function returning it) for security scheme \`${scheme.name}\`, ${whereSent(scheme)}${envOf(scheme) === undefined ? "" : `; default from ${envOf(scheme)}`}.`,
      ),
      "- `baseUrl`: the API root (default above).",
      "- `fetch`: a custom `fetch` (default `globalThis.fetch`).",
      "- `headers`: headers sent with every request.",
      "- `maxRetries`: extra attempts after a retryable failure (default 2).",
      "- `timeoutMs`: time limit of each attempt in ms (default 60 000).",
      "- `validateRequests`: check path, query and body before sending (default true).",
      "- `validateResponses`: check 2xx JSON bodies against the spec (default false).",
    ].join("\n"),
    CREATE_THROWS,
  ]);
}

/** `name: (args) => name(base, args)` */
function boundMethod(operation: OperationModel): ts.ObjectLiteralElementLike {
  const arrow = f.createArrowFunction(
    undefined,
    undefined,
    [f.createParameterDeclaration(undefined, undefined, identifier("args"))],
    undefined,
    f.createToken(ts.SyntaxKind.EqualsGreaterThanToken),
    f.createCallExpression(identifier(operation.functionName), undefined, [
      identifier("base"),
      identifier("args"),
    ]),
  );
  return f.createPropertyAssignment(identifier(operation.functionName), arrow);
}
