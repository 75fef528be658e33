/**
 * The one allow-list of what the generator honours in a spec's schemas. A keyword not listed here
 * would be silently dropped by some output (types, validators or docs), so validation refuses it.
 */

/** Keywords that annotate a schema and never change what is valid. */
export const ANNOTATION_KEYWORDS: ReadonlySet<string> = new Set([
  "$comment",
  "title",
  "description",
  "default",
  "examples",
  "example",
  "deprecated",
  "readOnly",
  "writeOnly",
  "externalDocs",
  "xml",
  "discriminator",
  "contentEncoding",
  "contentMediaType",
  "contentSchema",
]);

/**
 * JSON Schema 2020-12 / OpenAPI keywords every emitter understands. (The validators run Ajv's
 * draft-07 engine: `prefixItems` is handed to it as array-form `items`, and `unevaluatedProperties`
 * switches its unevaluated vocabulary on; see emit/validator-code.ts.)
 */
export const SCHEMA_KEYWORDS: ReadonlySet<string> = new Set([
  "$ref",
  // schemas kept for `$ref`s to reach (`#/components/schemas/T/$defs/part`); no meaning of their own
  "$defs",
  ...ANNOTATION_KEYWORDS,
  // types and values
  "type",
  "format",
  "enum",
  "const",
  "nullable",
  // objects
  "properties",
  "required",
  "additionalProperties",
  "unevaluatedProperties",
  "propertyNames",
  "dependentRequired",
  "minProperties",
  "maxProperties",
  // arrays
  "items",
  "minItems",
  "maxItems",
  "uniqueItems",
  "prefixItems",
  // numbers and strings
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "pattern",
  // composition and conditions
  "allOf",
  "oneOf",
  "anyOf",
  "not",
  "if",
  "then",
  "else",
]);

/**
 * JSON Schema keywords that change what is valid but that no output honours yet: a spec using one
 * is refused (a validator that silently ignored it would accept what the spec forbids). Any other
 * unknown key is not JSON Schema at all: it means nothing, so it is only warned about.
 */
export const UNSUPPORTED_SCHEMA_KEYWORDS: ReadonlySet<string> = new Set([
  "$dynamicRef",
  "$dynamicAnchor",
  "$recursiveRef",
  "$recursiveAnchor",
  "$id",
  "$anchor",
  "$schema",
  "definitions",
  "additionalItems",
  "contains",
  "minContains",
  "maxContains",
  "unevaluatedItems",
  "dependentSchemas",
  "dependencies",
  "patternProperties",
]);

/**
 * Our `x-` keywords inside schemas. Other `x-` keys in schemas are annotations: kept in the spec,
 * ignored by the output.
 */
export const SCHEMA_EXTENSIONS: ReadonlySet<string> = new Set([
  /** `x-sum-equals: <sibling property>`: the values of this object sum to that sibling number. */
  "x-sum-equals",
]);

/** String formats the validators check (ajv-formats) and the docs name. */
export const SCHEMA_FORMATS: ReadonlySet<string> = new Set([
  "date-time",
  "date",
  "time",
  "duration",
  "email",
  "hostname",
  "ipv4",
  "ipv6",
  "uri",
  "uri-reference",
  "uuid",
  "regex",
  "int32",
  "int64",
  "float",
  "double",
  "byte",
  "binary",
  "password",
]);

/** Operation-level extensions the generator reads. */
export const OPERATION_EXTENSIONS = {
  /** `x-idempotent: true` lets the client retry this non-idempotent method on 5xx/408/network. */
  idempotent: "x-idempotent",
  /** `x-accepted-permissions: [..]`: API token permissions, any one of which is enough. */
  permissions: "x-accepted-permissions",
} as const;

/**
 * Extensions on security schemes, servers and the root that the generator reads
 * (generator/model/security.ts; CONTRACT §3).
 */
export const SECURITY_EXTENSIONS = {
  /**
   * On a security scheme: the environment variable the client option falls back to (for http
   * basic, `{ username, password }` naming two); on a server: the variable that overrides its URL.
   */
  env: "x-env",
  /** On a security scheme: the client option's name, instead of the key in lowerCamelCase. */
  clientOption: "x-client-option",
  /** At the root: the response header `ApiError.requestId` is read from (default `x-request-id`). */
  requestIdHeader: "x-request-id-header",
} as const;

/** Whether a schema key is one the generator honours (or an annotation-only extension). */
export function isSupportedSchemaKey(key: string): boolean {
  return SCHEMA_KEYWORDS.has(key) || key.startsWith("x-");
}

/**
 * The supported name `word` is most likely a slip of (`maxLenght`, `max_length` → `maxLength`;
 * `date-tme` → `date-time`), or undefined. A slip is the same letters up to case and separators,
 * or, for names of six letters or more, one letter added, dropped, changed or swapped, not the first
 * (so `uint64` is not taken for `int64`).
 */
export function likelySlipOf(word: string, known: Iterable<string>): string | undefined {
  const plain = (s: string): string => s.toLowerCase().replace(/[-_\s]/g, "");
  for (const candidate of known) {
    if (plain(candidate) === plain(word)) return candidate;
  }
  if (word.length < 6) return undefined;
  for (const candidate of known) {
    if (candidate[0] === word[0] && oneEditApart(word, candidate)) return candidate;
  }
  return undefined;
}

/** Whether `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * A `pattern` as ECMAScript's unicode mode (which the validators use) reads it: identity escapes
 * of characters that need no escaping (`\:`, `\@`, `\_`), which unicode mode refuses, lose
 * their needless backslash. Unchanged when there are none; the meaning is the same either way.
 */
export function unicodePattern(pattern: string): string {
  return pattern.replace(/\\(.)/gsu, (escape, char: string) =>
    /[\p{L}\p{N}^$\\.*+?()[\]{}|/-]/u.test(char) ? escape : char,
  );
}
