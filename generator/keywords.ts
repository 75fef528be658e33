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
]);

/**
 * JSON Schema 2020-12 / OpenAPI keywords every emitter understands. (`prefixItems` and array-form
 * `items` are left out: the validators run Ajv's draft-07 engine, which would ignore them.)
 */
export const SCHEMA_KEYWORDS: ReadonlySet<string> = new Set([
  "$ref",
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
  "propertyNames",
  "dependentRequired",
  "minProperties",
  "maxProperties",
  // arrays
  "items",
  "minItems",
  "maxItems",
  "uniqueItems",
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

/** Whether a schema key is one the generator honours (or an annotation-only extension). */
export function isSupportedSchemaKey(key: string): boolean {
  return SCHEMA_KEYWORDS.has(key) || key.startsWith("x-");
}
