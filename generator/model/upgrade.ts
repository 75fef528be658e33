/**
 * Upgrade stage: reads every schema of the bundled spec as OpenAPI 3.1 (JSON Schema 2020-12), so
 * the emitters know one dialect. OpenAPI 3.0's `nullable: true` becomes a `"null"` type (or enum
 * value, or an `anyOf` branch), and its boolean `exclusiveMinimum`/`exclusiveMaximum` become the
 * numeric form. Two slips real specs make are read as validation warned (see validate.ts): a
 * `pattern`'s needless escapes are dropped (unicode mode refuses them). (`enum: []` is kept: it
 * allows no value, and the validators say so.)
 * A `$ref` to a schema that is not a component of its own (`#/components/schemas/Tag/allOf/0`,
 * `#/components/parameters/p/schema`) is replaced by a copy of that schema: the types can only
 * name whole components. A clean 3.1 schema comes out as it went in. Pure: returns a new document.
 */
import { unicodePattern } from "../keywords.js";
import type { BundledSpec } from "../load.js";

type Node = Record<string, unknown>;

/** Keys whose value is one subschema. */
const SUBSCHEMA_KEYS: ReadonlySet<string> = new Set([
  "additionalProperties",
  "unevaluatedProperties",
  "propertyNames",
  "items",
  "additionalItems",
  "contains",
  "not",
  "if",
  "then",
  "else",
]);
/** Keys whose value is a list of subschemas. */
const SUBSCHEMA_LIST_KEYS: ReadonlySet<string> = new Set([
  "allOf",
  "anyOf",
  "oneOf",
  "prefixItems",
]);
/** Keys whose value is a map of subschemas. */
const SUBSCHEMA_MAP_KEYS: ReadonlySet<string> = new Set([
  "properties",
  "patternProperties",
  "dependentSchemas",
  "$defs",
]);
/** Keys outside schemas whose values are data, never spec objects. */
const DATA_KEYS: ReadonlySet<string> = new Set(["example", "examples", "default", "enum", "const"]);
/** Annotations that stay on the outer schema when a nullable one is wrapped in `anyOf`. */
const OUTER_ANNOTATIONS: readonly string[] = [
  "title",
  "description",
  "default",
  "example",
  "examples",
  "deprecated",
  "readOnly",
  "writeOnly",
  "externalDocs",
];

/** A `$ref` that names a whole component schema. */
const COMPONENT_SCHEMA_REF = /^#\/components\/schemas\/[^/]+$/;

/** The bundled spec with every schema upgraded to OpenAPI 3.1's reading. */
export function upgradeSchemas(spec: BundledSpec): BundledSpec {
  return { ...spec, api: new Upgrade(spec.api).specNode(spec.api, "") as Node };
}

class Upgrade {
  /** The deep `$ref`s being inlined, outermost first: a cycle among them is left as a `$ref`. */
  private readonly inlining: string[] = [];

  constructor(private readonly document: Node) {}

  /** Walks spec objects (not schemas) looking for the places schemas live. */
  specNode(node: unknown, key: string): unknown {
    if (Array.isArray(node)) return node.map((item) => this.specNode(item, ""));
    if (!isNode(node)) return node;
    const out: Node = {};
    for (const [k, value] of Object.entries(node)) {
      if (k === "schema") out[k] = this.schema(value);
      else if (k === "schemas" && key === "components") out[k] = mapValues(value, this.schema);
      else if (DATA_KEYS.has(k) || k.startsWith("x-")) out[k] = value;
      else out[k] = this.specNode(value, k);
    }
    return out;
  }

  readonly schema = (schema: unknown): unknown => {
    if (!isNode(schema)) return schema;
    const ref = schema["$ref"];
    if (typeof ref === "string" && !COMPONENT_SCHEMA_REF.test(ref))
      return this.inlined(schema, ref);
    return upgradeSchema(schema, this.schema);
  };

  /** A deep `$ref` replaced by (an upgraded copy of) what it points at, siblings kept beside it. */
  private inlined(schema: Node, ref: string): unknown {
    const target = resolveLocal(this.document, ref);
    if (target === undefined || this.inlining.includes(ref)) {
      return upgradeSchema(schema, this.schema);
    }
    this.inlining.push(ref);
    const copy = this.schema(target);
    this.inlining.pop();
    const { $ref: _ref, ...siblings } = schema;
    if (Object.keys(siblings).length === 0) return copy;
    return { ...(upgradeSchema(siblings, this.schema) as Node), allOf: [objectForm(copy)] };
  }
}

/** The value at a local JSON pointer (`#/a/b~1c`), or undefined. */
function resolveLocal(document: Node, ref: string): unknown {
  if (!ref.startsWith("#/")) return undefined;
  let node: unknown = document;
  for (const raw of ref.slice(2).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isNode(node)) node = node[segment];
    else return undefined;
  }
  return node;
}

/** One schema upgraded, its subschemas through `child`. */
function upgradeSchema(schema: Node, child: (subschema: unknown) => unknown): unknown {
  const out: Node = {};
  for (const [key, value] of Object.entries(schema)) {
    if (SUBSCHEMA_KEYS.has(key)) out[key] = child(value);
    else if (SUBSCHEMA_LIST_KEYS.has(key) && Array.isArray(value))
      out[key] = value.map((item) => child(objectForm(item)));
    else if (key === "$defs") out[key] = mapValues(value, (item) => child(objectForm(item)));
    else if (SUBSCHEMA_MAP_KEYS.has(key)) out[key] = mapValues(value, child);
    else out[key] = value;
  }
  if (Array.isArray(out["items"])) out["items"] = out["items"].map(child);
  if (typeof out["pattern"] === "string") out["pattern"] = unicodePattern(out["pattern"]);
  exclusiveBound(out, "exclusiveMinimum", "minimum");
  exclusiveBound(out, "exclusiveMaximum", "maximum");
  return "nullable" in out ? withoutNullable(out) : out;
}

/**
 * A boolean schema in a list (`allOf: [true]`, `anyOf: [false]`) or in `$defs` as the object
 * schema that means the same (`{}`, `{ not: {} }`): openapi-typescript reads those as objects.
 */
function objectForm(schema: unknown): unknown {
  if (schema === true) return {};
  return schema === false ? { not: {} } : schema;
}

/** 3.0's `exclusiveMinimum: true` beside `minimum: n` is 3.1's `exclusiveMinimum: n`. */
function exclusiveBound(schema: Node, exclusive: string, inclusive: string): void {
  if (typeof schema[exclusive] !== "boolean") return;
  if (schema[exclusive] === true && typeof schema[inclusive] === "number") {
    schema[exclusive] = schema[inclusive];
    delete schema[inclusive];
  } else {
    delete schema[exclusive];
  }
}

/** 3.0's `nullable: true` said the 3.1 way; `nullable: false` dropped. */
function withoutNullable(schema: Node): Node {
  const { nullable, ...rest } = schema;
  if (nullable !== true) return rest;
  const type = rest["type"];
  if (typeof type === "string" || Array.isArray(type)) {
    const types = Array.isArray(type) ? type : [type];
    if (!types.includes("null")) rest["type"] = [...types, "null"];
    if (Array.isArray(rest["enum"]) && !rest["enum"].includes(null))
      rest["enum"] = [...rest["enum"], null];
    return rest;
  }
  if (!("$ref" in rest || "allOf" in rest || "anyOf" in rest || "oneOf" in rest)) return rest;
  // No type of its own (a `$ref` or a composition): null is one more alternative.
  const outer: Node = {};
  const inner: Node = {};
  for (const [key, value] of Object.entries(rest)) {
    if (OUTER_ANNOTATIONS.includes(key)) outer[key] = value;
    else inner[key] = value;
  }
  return { ...outer, anyOf: [inner, { type: "null" }] };
}

function mapValues(value: unknown, upgrade: (schema: unknown) => unknown): unknown {
  if (!isNode(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, upgrade(item)]));
}

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
