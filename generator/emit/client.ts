/**
 * Emits `base-client.ts` (`createBaseClient`, the spec's defaults bound to the runtime) and
 * `client.ts` (`createClient`: the same base client with every operation function bound to it).
 */
import ts from "typescript";
import type { OutputFile } from "../files.js";
import type { ApiModel, OperationModel } from "../model/ir.js";
import { argsRequired } from "./operations.js";
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
    [
      identifier("options"),
      literal({
        baseUrl: model.servers[0] ?? "",
        userAgent: `${model.packageName}/${model.version}`,
      }),
    ],
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
    importFrom("./runtime/options.js", [{ name: "ClientOptions", type: true }]),
    importFrom("./types.js", [{ name: "paths", type: true }]),
    jsDoc(baseClientType, [
      `A client of ${model.title} without operation methods: pass it to the operation functions.`,
      "`raw` is the underlying openapi-fetch client, typed by the spec's `paths`.",
    ]),
    jsDoc(fn, [
      "Creates a base client for the tree-shakable form: import only the operation functions you call, and your bundle holds only their code.",
      `Default base URL: ${model.servers[0] ?? "(none in the spec)"}.`,
      "@throws {ClientError} When no credentials are given (in the options or the environment), or both kinds are.",
    ]),
  ];
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
    ]),
    ...(operationImports.length > 0 ? [importFrom("./operations.js", operationImports)] : []),
    importFrom("./runtime/options.js", [{ name: "ClientOptions", type: true }]),
    importFrom("./validators.js", [{ name: "responses" }]),
    clientInterface(model),
    createClientFunction(model),
  ];
}

function clientInterface(model: ApiModel): ts.Statement {
  const heritage = f.createHeritageClause(ts.SyntaxKind.ExtendsKeyword, [
    f.createExpressionWithTypeArguments(f.createIdentifier("BaseClient"), undefined),
  ]);
  const methods = model.operations.map(methodSignature);
  return jsDoc(
    f.createInterfaceDeclaration(exported(), identifier("Client"), undefined, [heritage], methods),
    [`A client of ${model.title}: one method per operation, named by its operationId.`],
  );
}

function methodSignature(operation: OperationModel): ts.TypeElement {
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
  return jsDoc(signature, [
    operation.summary,
    `\`${operation.method.toUpperCase()} ${operation.path}\` — see {@link ${operation.functionName}} for the details.`,
    operation.deprecated ? "@deprecated This operation is deprecated in the spec." : undefined,
  ]);
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
    "@throws {ClientError} When no credentials are given (in the options or the environment), or both kinds are.",
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
