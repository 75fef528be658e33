/**
 * Emits the typed side of the validators: `src/validators/ajv.d.ts` (declarations of the Ajv
 * module's exports) and `src/validators.ts`, which wraps each as a Standard Schema validator
 * (`schemas`, `requestBodies`, `responses`).
 */
import ts from "typescript";
import type { OutputFile } from "../files.js";
import type { ApiModel } from "../model/ir.js";
import {
  exported,
  GENERATED_HEADER,
  importFrom,
  indexedType,
  jsDoc,
  literal,
  printModule,
  propertyName,
  typeRef,
} from "./ts.js";
import {
  operationValidators,
  schemaExportName,
  validatorEntries,
  type Entry,
} from "./validator-names.js";

const f = ts.factory;

/** The emitted files. */
export function emitValidators(model: ApiModel): OutputFile[] {
  return [
    { path: "src/validators/ajv.d.ts", contents: declarations(validatorEntries(model)) },
    {
      path: "src/validators.ts",
      contents: printModule(wrapperStatements(model), GENERATED_HEADER),
    },
  ];
}

function declarations(entries: readonly Entry[]): string {
  const statements = [
    importFrom("../runtime/validation.js", [{ name: "AjvValidate", type: true }]),
    ...entries.map((e) =>
      f.createVariableStatement(
        [
          f.createModifier(ts.SyntaxKind.ExportKeyword),
          f.createModifier(ts.SyntaxKind.DeclareKeyword),
        ],
        f.createVariableDeclarationList(
          [f.createVariableDeclaration(e.exportName, undefined, typeRef("AjvValidate"))],
          ts.NodeFlags.Const,
        ),
      ),
    ),
  ];
  return printModule(statements, GENERATED_HEADER);
}

function wrapperStatements(model: ApiModel): ts.Statement[] {
  const operations = model.operations.map((o) => ({ o, names: operationValidators(o) }));
  const schemaRows = model.schemas.map((s, index) => ({
    key: s.name,
    type: indexedType(typeRef("components"), ["schemas", s.name]),
    fn: schemaExportName(s.name, index),
    target: "value",
  }));
  const bodyRows = operations.flatMap(({ o, names }) => {
    const fn = names.body;
    return fn === undefined
      ? []
      : [
          {
            key: o.operationId,
            type: typeRef("NonNullable", [indexedType(typeRef(`${o.typeName}Args`), ["body"])]),
            fn,
            target: "body",
          },
        ];
  });
  const responseRows = operations.flatMap(({ o, names }) => {
    const fn = names.response;
    return fn === undefined
      ? []
      : [{ key: o.operationId, type: typeRef(`${o.typeName}Result`), fn, target: "response" }];
  });
  const typeImports = operations.flatMap(({ o, names }) => [
    ...(names.body !== undefined ? [{ name: `${o.typeName}Args`, type: true }] : []),
    ...(names.response !== undefined ? [{ name: `${o.typeName}Result`, type: true }] : []),
  ]);
  const fns = [...schemaRows, ...bodyRows, ...responseRows].map((row) => ({ name: row.fn }));
  return [
    ...(typeImports.length > 0 ? [importFrom("./operations.js", typeImports)] : []),
    importFrom("./runtime/validation.js", [
      { name: "createValidator" },
      { name: "Validator", type: true },
    ]),
    importFrom("./types.js", [{ name: "components", type: true }]),
    ...(fns.length > 0 ? [importFrom("./validators/ajv.js", fns)] : []),
    table("schemas", schemaRows, "One validator per component schema of the spec, by name."),
    table(
      "requestBodies",
      bodyRows,
      "One validator per operation with a JSON request body, by operationId.",
    ),
    table(
      "responses",
      responseRows,
      "One validator per operation's 2xx JSON response body, by operationId.",
    ),
  ];
}

function table(
  name: string,
  rows: readonly { key: string; type: ts.TypeNode; fn: string; target: string }[],
  doc: string,
): ts.Statement {
  const type = f.createTypeLiteralNode(
    rows.map((row) =>
      f.createPropertySignature(
        [f.createModifier(ts.SyntaxKind.ReadonlyKeyword)],
        propertyName(row.key),
        undefined,
        typeRef("Validator", [row.type]),
      ),
    ),
  );
  const value = f.createObjectLiteralExpression(
    rows.map((row) => {
      const call = f.createCallExpression(f.createIdentifier("createValidator"), undefined, [
        f.createIdentifier(row.fn),
        literal(row.target),
      ]);
      return f.createPropertyAssignment(
        propertyName(row.key),
        ts.addSyntheticLeadingComment(
          call,
          ts.SyntaxKind.MultiLineCommentTrivia,
          " @__PURE__ ",
          false,
        ),
      );
    }),
    true,
  );
  const declaration = f.createVariableStatement(
    exported(),
    f.createVariableDeclarationList(
      [f.createVariableDeclaration(name, undefined, type, value)],
      ts.NodeFlags.Const,
    ),
  );
  return jsDoc(declaration, [
    doc,
    "Each is a Standard Schema v1 validator with `issues`, `is` (a type guard) and `assert`.",
  ]);
}
