/**
 * The only way spec values and prose enter generated TypeScript: `literal()` for values, `jsDoc()`
 * for comments, a few node builders, and one printer. Nothing here concatenates code from strings,
 * so a backtick, quote or `*\/` in a description cannot break the output.
 */
import ts from "typescript";

const f = ts.factory;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A JSON value as a TypeScript expression. */
export function literal(value: unknown): ts.Expression {
  if (value === null) return f.createNull();
  if (typeof value === "string") return f.createStringLiteral(value);
  if (typeof value === "boolean") return value ? f.createTrue() : f.createFalse();
  if (typeof value === "number") return numberLiteral(value);
  if (Array.isArray(value)) return f.createArrayLiteralExpression(value.map(literal), false);
  if (typeof value === "object") return objectLiteral(value as Record<string, unknown>);
  throw new TypeError(`Cannot write a ${typeof value} as a literal`);
}

function numberLiteral(value: number): ts.Expression {
  if (!Number.isFinite(value)) throw new TypeError(`Cannot write ${value} as a literal`);
  const positive = f.createNumericLiteral(Math.abs(value));
  return value < 0 ? f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, positive) : positive;
}

function objectLiteral(value: Record<string, unknown>): ts.Expression {
  const properties = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([key, v]) => f.createPropertyAssignment(propertyName(key), literal(v)));
  return f.createObjectLiteralExpression(properties, properties.length > 0);
}

/**
 * A property name: bare when it is an identifier, quoted otherwise; `__proto__` computed, since in
 * an object literal `__proto__: v` (quoted or not) sets the prototype instead of a property.
 */
export function propertyName(key: string): ts.PropertyName {
  if (key === "__proto__") return f.createComputedPropertyName(f.createStringLiteral(key));
  return IDENTIFIER.test(key) ? f.createIdentifier(key) : f.createStringLiteral(key);
}

/** An identifier; throws when `name` is not one (names come from validated spec input). */
export function identifier(name: string): ts.Identifier {
  if (!IDENTIFIER.test(name)) throw new TypeError(`Not an identifier: ${JSON.stringify(name)}`);
  return f.createIdentifier(name);
}

/** Attaches a JSDoc block to `node`; blank and undefined paragraphs are dropped. */
export function jsDoc<T extends ts.Node>(node: T, paragraphs: readonly (string | undefined)[]): T {
  const text = paragraphs
    .filter((p): p is string => p !== undefined && p.trim() !== "")
    .map((p) => p.trim())
    .join("\n\n");
  if (text === "") return node;
  const body = text
    .replace(/\*\//g, "*\\/")
    .split("\n")
    .map((line) => (line === "" ? " *" : ` * ${line}`))
    .join("\n");
  return ts.addSyntheticLeadingComment(
    node,
    ts.SyntaxKind.MultiLineCommentTrivia,
    `*\n${body}\n `,
    true,
  );
}

/** `import { a, type B } from "./x.js";` (or `import type { … }` when every name is a type). */
export function importFrom(
  specifier: string,
  names: readonly { readonly name: string; readonly type?: boolean }[],
): ts.ImportDeclaration {
  const allTypes = names.every((n) => n.type === true);
  const specifiers = names.map((n) =>
    f.createImportSpecifier(!allTypes && n.type === true, undefined, identifier(n.name)),
  );
  return f.createImportDeclaration(
    undefined,
    f.createImportClause(allTypes, undefined, f.createNamedImports(specifiers)),
    f.createStringLiteral(specifier),
  );
}

/** `export { a, type B } from "./x.js";` */
export function exportFrom(
  specifier: string,
  names: readonly { readonly name: string; readonly type?: boolean }[],
): ts.ExportDeclaration {
  const specifiers = names.map((n) =>
    f.createExportSpecifier(n.type === true, undefined, identifier(n.name)),
  );
  return f.createExportDeclaration(
    undefined,
    false,
    f.createNamedExports(specifiers),
    f.createStringLiteral(specifier),
  );
}

/** `export * as name from "./x.js";` */
export function exportNamespace(specifier: string, name: string): ts.ExportDeclaration {
  return f.createExportDeclaration(
    undefined,
    false,
    f.createNamespaceExport(identifier(name)),
    f.createStringLiteral(specifier),
  );
}

/** `export * from "./x.js";` */
export function exportAll(specifier: string): ts.ExportDeclaration {
  return f.createExportDeclaration(undefined, false, undefined, f.createStringLiteral(specifier));
}

/** A reference to a named type, with optional type arguments. */
export function typeRef(name: string, args?: readonly ts.TypeNode[]): ts.TypeReferenceNode {
  return f.createTypeReferenceNode(identifier(name), args === undefined ? undefined : [...args]);
}

/** `Base["a"][200]["b"]`: an indexed access type, keys written with `literal()`. */
export function indexedType(base: ts.TypeNode, keys: readonly (string | number)[]): ts.TypeNode {
  return keys.reduce<ts.TypeNode>(
    (type, key) =>
      f.createIndexedAccessTypeNode(
        type,
        f.createLiteralTypeNode(
          typeof key === "number" ? f.createNumericLiteral(key) : f.createStringLiteral(key),
        ),
      ),
    base,
  );
}

/** The `export` modifier list. */
export function exported(): ts.ModifierLike[] {
  return [f.createModifier(ts.SyntaxKind.ExportKeyword)];
}

const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, removeComments: false });

/** Prints statements as one module: imports together, a blank line between other statements. */
export function printModule(statements: readonly ts.Statement[], header?: string): string {
  const file = emptyModule();
  let text = header === undefined ? "" : `${header}\n\n`;
  statements.forEach((statement, index) => {
    const previous = statements[index - 1];
    const together = previous !== undefined && isImport(previous) && isImport(statement);
    text += `${index === 0 ? "" : together ? "\n" : "\n\n"}${printer.printNode(ts.EmitHint.Unspecified, statement, file)}`;
  });
  return `${text}\n`;
}

let empty: ts.SourceFile | undefined;

/**
 * The empty file the printer prints synthesized nodes in: one for every call (the printer only
 * reads it), where one per call cost a tenth of printing a large spec's operations one by one.
 */
function emptyModule(): ts.SourceFile {
  empty ??= ts.createSourceFile("module.ts", "", ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  return empty;
}

function isImport(statement: ts.Statement): boolean {
  return ts.isImportDeclaration(statement);
}

export { GENERATED_HEADER } from "../files.js";
