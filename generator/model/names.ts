/**
 * Names in generated code come from the spec, so they are contract: an operationId becomes a
 * function name by one fixed rule (kept as is when it already is an identifier, else camelCased),
 * and anything that rule cannot make into a safe, unique name is an error, never a silent rename.
 */

/** Words that cannot name a function, or would shadow what the package itself exports. */
const RESERVED: ReadonlySet<string> = new Set([
  // ECMAScript reserved words and strict-mode restrictions
  "await",
  "break",
  "case",
  "catch",
  "class",
  "const",
  "continue",
  "debugger",
  "default",
  "delete",
  "do",
  "else",
  "enum",
  "export",
  "extends",
  "false",
  "finally",
  "for",
  "function",
  "if",
  "import",
  "in",
  "instanceof",
  "new",
  "null",
  "return",
  "super",
  "switch",
  "this",
  "throw",
  "true",
  "try",
  "typeof",
  "var",
  "void",
  "while",
  "with",
  "yield",
  "let",
  "static",
  "implements",
  "interface",
  "package",
  "private",
  "protected",
  "public",
  "arguments",
  "eval",
  "undefined",
  "NaN",
  "Infinity",
  // Object.prototype's members: a method of that name on the client (an object) would set its
  // prototype (`__proto__`) or shadow what every object is expected to have
  "__proto__",
  "constructor",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "toString",
  "valueOf",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
  // the package's own exports and client members
  "createClient",
  "createBaseClient",
  "raw",
  "validators",
]);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Why an operationId cannot name a function, or undefined when it can. */
export function operationIdProblem(operationId: string): string | undefined {
  // openapi-typescript keys `operations` by the operationId inside a JSON pointer, which it
  // percent-decodes: a `%` there is read as the start of an escape.
  if (operationId.includes("%")) {
    return `operationId "${operationId}" holds "%", which is read as the start of a percent-encoded byte`;
  }
  const name = operationFunctionName(operationId);
  if (!IDENTIFIER.test(name)) {
    return `operationId "${operationId}" cannot become a function name (got "${name}")`;
  }
  if (RESERVED.has(name)) return `operationId "${operationId}" gives the reserved name "${name}"`;
  return undefined;
}

/** The function and method name of an operation. */
export function operationFunctionName(operationId: string): string {
  if (IDENTIFIER.test(operationId)) return operationId;
  const words = operationId.split(/[^A-Za-z0-9]+/).filter((word) => word !== "");
  return words.map((word, index) => (index === 0 ? word : capitalize(word))).join("");
}

/** The type-name stem of an operation: its function name with a capital first letter. */
export function operationTypeName(operationId: string): string {
  return capitalize(operationFunctionName(operationId));
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
