/**
 * The values the docs' examples use: a parameter's from the spec (`example`/`examples` on the
 * parameter or its schema, else an enum value or the default), else one made from its schema so
 * that a copied example passes the package's own validation. Pure; `$ref`s are followed into the
 * bundled document.
 */
import type { JsonSchema, ParameterModel } from "../model/ir.js";
import { resolvedSchema } from "./docs-schema.js";

type Schema = Readonly<Record<string, unknown>>;

/** Schemas nested deeper than this get no made-up value (a recursive schema stops here). */
const MAX_DEPTH = 8;

/** At most this many made-up values per example: wide required objects nest multiplicatively. */
const MAX_VALUES = 200;

/** Where a made-up value is: its depth, and the values the whole example may still make. */
interface Making {
  readonly depth: number;
  readonly left: { values: number };
}

/** Made-up strings of a known format, each valid for it. */
const FORMAT_SAMPLES: Readonly<Record<string, string>> = {
  uuid: "123e4567-e89b-12d3-a456-426614174000",
  "date-time": "2025-01-01T00:00:00Z",
  date: "2025-01-01",
  time: "12:00:00Z",
  duration: "P1D",
  email: "user@example.com",
  "idn-email": "user@example.com",
  hostname: "example.com",
  "idn-hostname": "example.com",
  ipv4: "203.0.113.7",
  ipv6: "2001:db8::1",
  uri: "https://example.com/",
  "uri-reference": "https://example.com/",
  iri: "https://example.com/",
  url: "https://example.com/",
  byte: "aGVsbG8=",
  regex: "^example$",
};

/**
 * The value a parameter takes in the examples: the parameter's own `example` or first
 * `examples` entry, else its schema's, else the first enum value, the default, or a value made
 * from the schema.
 */
export function parameterExample(parameter: ParameterModel, document: unknown): unknown {
  // The model's pointer is the parameter itself, or the `$ref` it was written as.
  const own = exampleOf(
    followRef(asSchema(valueAt(document, parameter.pointer)), document),
    document,
  );
  if (own !== undefined) return own;
  return sampleOf(parameter.schema, document, parameter.name);
}

/**
 * A value that satisfies `schema` as far as its keywords say (type, format, enum, const,
 * lengths, bounds, required properties), preferring the spec's own example or default.
 */
export function sampleOf(
  schema: JsonSchema,
  document: unknown,
  name: string,
  at: Making = { depth: 0, left: { values: MAX_VALUES } },
): unknown {
  const resolved = resolvedSchema(schema, document);
  const given = exampleOf(resolved, document);
  if (given !== undefined) return given;
  if (resolved["const"] !== undefined) return resolved["const"];
  const values = Array.isArray(resolved["enum"]) ? resolved["enum"] : [];
  const value = values.find((v) => v !== null) ?? values[0];
  if (value !== undefined) return value;
  if (resolved["default"] !== undefined) return resolved["default"];
  if (at.depth > MAX_DEPTH || at.left.values <= 0) return null;
  at.left.values--;
  return madeUp(resolved, document, name, at);
}

/** The spec's example of a parameter or schema: `example`, else the first of `examples`. */
function exampleOf(node: Schema, document: unknown): unknown {
  if (node["example"] !== undefined) return node["example"];
  const examples = node["examples"];
  if (Array.isArray(examples)) return examples[0];
  // A parameter's `examples` is a map of Example objects (or `$ref`s to them).
  if (typeof examples === "object" && examples !== null) {
    for (const entry of Object.values(examples)) {
      const example = followRef(asSchema(entry), document);
      if (example["value"] !== undefined) return example["value"];
    }
  }
  return undefined;
}

function followRef(node: Schema, document: unknown): Schema {
  const ref = node["$ref"];
  return typeof ref === "string" ? asSchema(valueAt(document, ref)) : node;
}

/**
 * The value at a local JSON pointer, arrays included (a parameter's pointer ends in its index in
 * `parameters`, which the model's `resolvePointer` does not step into).
 */
function valueAt(document: unknown, pointer: string): unknown {
  const segments = pointer.replace(/^#\/?/, "").split("/").filter(Boolean);
  return segments.reduce<unknown>((node, raw) => {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) return node[Number(segment)];
    return typeof node === "object" && node !== null
      ? (node as Record<string, unknown>)[segment]
      : undefined;
  }, document);
}

/** A value built from the schema's type, for a schema with no example, enum or default. */
function madeUp(schema: Schema, document: unknown, name: string, at: Making): unknown {
  const types = Array.isArray(schema["type"]) ? schema["type"].map(String) : [];
  if (typeof schema["type"] === "string") types.push(schema["type"]);
  const type = types.find((t) => t !== "null") ?? inferredType(schema);
  switch (type) {
    case "integer":
    case "number":
      return numberIn(schema, type);
    case "boolean":
      return true;
    case "array":
      return arrayOf(schema, document, name, at);
    case "object":
      return objectOf(schema, document, at);
    case "null":
      return null;
    default:
      return stringOf(schema, name);
  }
}

/** The type a schema without `type` most likely has, from the keywords it uses. */
function inferredType(schema: Schema): string {
  if (schema["properties"] !== undefined) return "object";
  if (schema["items"] !== undefined) return "array";
  if (typeof schema["minimum"] === "number" || typeof schema["maximum"] === "number")
    return "number";
  const variants = [schema["oneOf"], schema["anyOf"]].find(Array.isArray) as unknown[] | undefined;
  const first = asSchema(variants?.[0]);
  return typeof first["type"] === "string" ? first["type"] : "string";
}

/** A number inside the schema's bounds: its lower bound, else 1, kept under its upper bound. */
function numberIn(schema: Schema, type: string): number {
  const min = numeric(schema["minimum"]);
  const exclusiveMin = numeric(schema["exclusiveMinimum"]);
  const max = numeric(schema["maximum"]);
  const exclusiveMax = numeric(schema["exclusiveMaximum"]);
  let value = min ?? (exclusiveMin !== undefined ? exclusiveMin + 1 : 1);
  if (max !== undefined && value > max) value = max;
  if (exclusiveMax !== undefined && value >= exclusiveMax) value = exclusiveMax - 1;
  const step = numeric(schema["multipleOf"]);
  if (step !== undefined && step > 0) value = Math.ceil(value / step) * step;
  return type === "integer" ? Math.round(value) : value;
}

function arrayOf(schema: Schema, document: unknown, name: string, at: Making): unknown[] {
  const items = schema["items"];
  if (typeof items !== "object" || items === null || Array.isArray(items)) return [];
  const count = Math.max(1, numeric(schema["minItems"]) ?? 1);
  // Unique items could not all be the same made-up value: one is enough unless more are needed.
  const item = sampleOf(items as JsonSchema, document, name, deeper(at));
  return Array.from({ length: schema["uniqueItems"] === true ? 1 : count }, () => item);
}

function objectOf(schema: Schema, document: unknown, at: Making): Record<string, unknown> {
  const properties = asSchema(schema["properties"]);
  const required = Array.isArray(schema["required"]) ? schema["required"].map(String) : [];
  const value: Record<string, unknown> = {};
  for (const key of required) {
    const property = properties[key];
    value[key] =
      property === undefined ? "" : sampleOf(property as JsonSchema, document, key, deeper(at));
  }
  return value;
}

function deeper(at: Making): Making {
  return { depth: at.depth + 1, left: at.left };
}

/** A string of the schema's format, else `your-<name>` fitted to its length limits. */
function stringOf(schema: Schema, name: string): string {
  const format = typeof schema["format"] === "string" ? schema["format"] : "";
  const known = FORMAT_SAMPLES[format];
  if (known !== undefined) return known;
  let value = `your-${name.replace(/[^A-Za-z0-9]+/g, "-").toLowerCase()}`;
  const max = numeric(schema["maxLength"]);
  const min = numeric(schema["minLength"]);
  if (max !== undefined) value = value.slice(0, max);
  if (min !== undefined && value.length < min) value = value.padEnd(min, "x");
  return value;
}

function numeric(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

function asSchema(value: unknown): Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Schema)
    : {};
}
