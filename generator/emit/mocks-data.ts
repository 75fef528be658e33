/**
 * Example data from a JSON Schema, made at generation time for the mocks' default responses:
 * deterministic (no randomness, no clock), honouring types, formats, patterns, enums, lengths,
 * bounds, `required`, `allOf` / `oneOf` / `anyOf`, `additionalProperties`, `propertyNames`,
 * `dependentRequired`, `if` / `then` / `else`, `not: { required }` and `x-sum-equals`. It only
 * proposes a value: the mocks emitter checks every value with the spec's validator before using it.
 */
import type { JsonSchema } from "../model/ir.js";
import { patternSample } from "./mocks-pattern.js";

type Schema = Readonly<Record<string, unknown>>;

/** How to make a value. */
export interface SampleOptions {
  /** The bundled spec, where `#/…` references point. */
  readonly document: Readonly<Record<string, unknown>>;
  /** Use the schemas' `examples` / `example` / `default` where they have one. */
  readonly useExamples: boolean;
  /** Objects with their required properties only, arrays at their `minItems`. */
  readonly minimal?: boolean;
  /** Arrays at their `minItems` (an error envelope's other lists stay empty). */
  readonly emptyArrays?: boolean;
  /** Which branch of each `oneOf` / `anyOf` to take (0 the first; later ones on a retry). */
  readonly branch?: number;
  /** The branch to take at a given place of the value (a JSON Pointer), over `branch`. */
  readonly branchAt?: Readonly<Record<string, number>>;
}

/** Thrown when the generator finds no value; `pointer` is where in the value it gave up. */
export class NoSample extends Error {
  constructor(
    message: string,
    readonly pointer: string,
  ) {
    super(message);
  }
}

interface Context extends SampleOptions {
  readonly depth: number;
  readonly pointer: string;
  readonly name: string;
  readonly index: number;
}

/** Past this depth only required properties and minimal arrays are made (recursive schemas). */
const DEEP = 4;
/** Past this depth a recursive schema gives up. */
const TOO_DEEP = 24;

/** A value for `schema`; throws `NoSample` where it cannot make one. */
export function sampleOf(schema: JsonSchema, options: SampleOptions): unknown {
  return sample(schema, { ...options, depth: 0, pointer: "", name: "value", index: 0 });
}

function sample(schema: JsonSchema, context: Context): unknown {
  if (context.depth > TOO_DEEP) throw new NoSample("the schema nests too deep", context.pointer);
  if (schema === false) throw new NoSample("the schema is `false`: no value", context.pointer);
  const flat = flatten(schema, context);
  const chosen = chooseBranch(flat, context);
  if (typeof chosen["type:conflict"] === "string") {
    throw new NoSample(`no value is both ${chosen["type:conflict"]} (allOf)`, context.pointer);
  }
  const shown = exampleOf(chosen, context);
  if (shown !== NONE) return shown;
  if ("const" in chosen) return chosen["const"];
  if (Array.isArray(chosen["enum"])) return enumValue(chosen["enum"], context);
  switch (typeOf(chosen)) {
    case "object":
      return objectOf(chosen, context);
    case "array":
      return arrayOf(chosen, context);
    case "string":
      return stringOf(chosen, context);
    case "integer":
      return numberOf(chosen, context, true);
    case "number":
      return numberOf(chosen, context, false);
    case "boolean":
      return true;
    case "null":
      return null;
    default:
      return context.name; // no type: any value is valid
  }
}

const NONE = Symbol("none");

/** The schema's own example, when examples are wanted and one is there. */
function exampleOf(schema: Schema, context: Context): unknown {
  if (!context.useExamples) return NONE;
  const examples = schema["examples"];
  if (Array.isArray(examples) && examples.length > 0) return examples[0];
  if ("example" in schema) return schema["example"];
  if ("default" in schema) return schema["default"];
  return NONE;
}

function enumValue(values: readonly unknown[], context: Context): unknown {
  const present = values.filter((v) => v !== null);
  const pool = present.length > 0 ? present : values;
  if (pool.length === 0) throw new NoSample("`enum` is empty: no value", context.pointer);
  return pool[context.index % pool.length];
}

/** The type to make: the first declared one that is not null, else one the keywords imply. */
function typeOf(schema: Schema): string | undefined {
  const declared = schema["type"];
  const types = Array.isArray(declared)
    ? (declared as string[])
    : declared
      ? [String(declared)]
      : [];
  const wanted = types.find((t) => t !== "null") ?? types[0];
  if (wanted !== undefined) return wanted;
  if ("properties" in schema || "required" in schema || "additionalProperties" in schema)
    return "object";
  if ("items" in schema || "prefixItems" in schema) return "array";
  if ("pattern" in schema || "format" in schema || "minLength" in schema) return "string";
  if ("minimum" in schema || "maximum" in schema || "multipleOf" in schema) return "number";
  return undefined;
}

// ---- references and allOf: one flat schema ----

/** Follows a local `$ref`. */
function resolve(ref: string, context: Context): JsonSchema {
  if (!ref.startsWith("#")) throw new NoSample(`cannot follow $ref ${ref}`, context.pointer);
  let node: unknown = context.document;
  for (const part of ref.slice(1).split("/").slice(1)) {
    const key = decodeURIComponent(part).replace(/~1/g, "/").replace(/~0/g, "~");
    node = (node as Record<string, unknown> | undefined)?.[key];
  }
  if (node === undefined) throw new NoSample(`$ref ${ref} leads nowhere`, context.pointer);
  return node as JsonSchema;
}

/** `schema` with its `$ref` and `allOf` merged in, recursively. */
function flatten(schema: JsonSchema, context: Context): Schema {
  return flattened(schema, context).schema;
}

/**
 * A flat schema, and how many levels of `$ref` / `allOf` it went through (past `TOO_DEEP` it
 * fails).
 */
interface Flat {
  readonly schema: Schema;
  readonly height: number;
}

/**
 * Each schema object's flat form, per document: the same component is flattened at every place
 * and in every attempt that reaches it. The result depends on the schema and the document only,
 * except for the depth at which it fails: a form is reused where it would not fail, and made again
 * (failing as it does) where it would. Flat forms are never changed once made.
 */
const FLATS = new WeakMap<object, WeakMap<object, Flat>>();

function flattened(schema: JsonSchema, context: Context): Flat {
  if (typeof schema !== "object" || schema === null) return flattenNow(schema, context);
  let flats = FLATS.get(context.document);
  if (flats === undefined) FLATS.set(context.document, (flats = new WeakMap()));
  const known = flats.get(schema);
  if (known !== undefined && (known.height === 0 || context.depth + known.height - 1 <= TOO_DEEP))
    return known;
  const made = flattenNow(schema, context);
  flats.set(schema, made);
  return made;
}

function flattenNow(schema: JsonSchema, context: Context): Flat {
  if (schema === true) return { schema: {}, height: 0 };
  if (schema === false) throw new NoSample("the schema is `false`: no value", context.pointer);
  let result: Schema = {};
  let height = 0;
  const take = (part: Flat) => {
    result = merge(result, part.schema);
    height = Math.max(height, part.height + 1);
  };
  const { $ref, allOf, ...rest } = schema as Schema & { $ref?: string; allOf?: JsonSchema[] };
  if (typeof $ref === "string") take(flattened(resolve($ref, context), deeper(context)));
  for (const part of allOf ?? []) take(flattened(part, deeper(context)));
  return { schema: merge(result, rest), height };
}

function deeper(context: Context): Context {
  if (context.depth > TOO_DEEP) throw new NoSample("the schema nests too deep", context.pointer);
  return { ...context, depth: context.depth + 1 };
}

const LOWER_BOUNDS = ["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"];
const UPPER_BOUNDS = ["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"];

/** Two schemas that must both hold, as one (what a value of both must satisfy). */
function merge(a: Schema, b: Schema): Schema {
  const out: Record<string, unknown> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const old = out[key];
    if (old === undefined) out[key] = value;
    else if (key === "properties") out[key] = mergeProperties(old as Schema, value as Schema);
    else if (key === "required") out[key] = [...new Set([...(old as []), ...(value as [])])];
    else if (key === "type") {
      out[key] = intersectTypes(old, value);
      const none = (out[key] as string[]).length === 0 && out["type:conflict"] === undefined;
      if (none) out["type:conflict"] = `${show(old)} and ${show(value)}`;
    } else if (key === "enum")
      out[key] = (old as unknown[]).filter((v) => (value as unknown[]).some((w) => same(v, w)));
    else if (LOWER_BOUNDS.includes(key)) out[key] = Math.max(Number(old), Number(value));
    else if (UPPER_BOUNDS.includes(key)) out[key] = Math.min(Number(old), Number(value));
    else if (key === "oneOf" || key === "anyOf") out["allOf:choices"] = [...choices(out), value];
    else if (key === "pattern") out["patterns"] = [...((out["patterns"] as string[]) ?? []), value];
    else if (key === "additionalProperties" && (old === false || value === false)) out[key] = false;
    else if (key === "additionalProperties") out[key] = { allOf: [old, value] };
    else if (key === "not" || key === "if") out[`${key}:more`] = [...more(out, key), b];
    else out[key] = old; // `const`, `format`, `x-sum-equals`...: the first one written stands
  }
  return out;
}

function show(type: unknown): string {
  return Array.isArray(type) ? type.join(" or ") : String(type);
}

function choices(schema: Schema): unknown[] {
  return (schema["allOf:choices"] as unknown[] | undefined) ?? [];
}

function more(schema: Schema, key: string): Schema[] {
  return (schema[`${key}:more`] as Schema[] | undefined) ?? [];
}

function mergeProperties(a: Schema, b: Schema): Schema {
  const out: Record<string, unknown> = { ...a };
  for (const [name, schema] of Object.entries(b)) {
    out[name] = name in out ? { allOf: [out[name], schema] } : schema;
  }
  return out;
}

function intersectTypes(a: unknown, b: unknown): unknown {
  const list = (t: unknown) => (Array.isArray(t) ? (t as string[]) : [String(t)]);
  const both = list(a).filter(
    (t) => list(b).includes(t) || (t === "integer" && list(b).includes("number")),
  );
  const more = list(b).filter((t) => t === "integer" && list(a).includes("number"));
  return [...new Set([...both, ...more])];
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Takes one branch of each `oneOf` / `anyOf` (and the `if` branch that applies later). */
function chooseBranch(schema: Schema, context: Context): Schema {
  const lists = [...choices(schema)];
  const { oneOf, anyOf, ...rest } = schema as Schema & {
    oneOf?: JsonSchema[];
    anyOf?: JsonSchema[];
  };
  if (oneOf !== undefined) lists.push(oneOf);
  if (anyOf !== undefined) lists.push(anyOf);
  let result: Schema = { ...rest };
  delete (result as Record<string, unknown>)["allOf:choices"];
  for (const list of lists as JsonSchema[][]) {
    if (list.length === 0) throw new NoSample("`oneOf` / `anyOf` is empty", context.pointer);
    result = mergeBranch(result, list, context);
    if ("oneOf" in result || "anyOf" in result || "allOf:choices" in result) {
      result = chooseBranch(result, deeper(context));
    }
  }
  return result;
}

/**
 * The base merged with the `branch`-th alternative, or the next one after it that does not
 * contradict the base (a type both allow; a `const` or `enum` both allow).
 */
function mergeBranch(base: Schema, list: readonly JsonSchema[], context: Context): Schema {
  let first: Schema | undefined;
  for (let step = 0; step < list.length; step++) {
    const start = context.branchAt?.[context.pointer] ?? context.branch ?? 0;
    const branch = list[(start + step) % list.length]!;
    const merged = merge(base, flatten(branch, deeper(context)));
    first ??= merged;
    if (consistent(merged)) return merged;
  }
  return first!;
}

function consistent(schema: Schema): boolean {
  if ("type:conflict" in schema) return false;
  const values = schema["enum"];
  if (Array.isArray(values)) {
    if (values.length === 0) return false;
    if ("const" in schema && !values.some((v) => same(v, schema["const"]))) return false;
  }
  return true;
}

// ---- objects ----

function objectOf(schema: Schema, context: Context): Record<string, unknown> {
  const conditional = applyConditions(schema, context);
  const properties = (conditional["properties"] as Schema | undefined) ?? {};
  const names = propertyNames(conditional, context);
  const value: Record<string, unknown> = {};
  for (const name of names) {
    const child = properties[name] ?? additionalSchema(conditional);
    value[name] = sample(child as JsonSchema, at(context, name));
  }
  fillMinProperties(conditional, value, context);
  balanceSums(conditional, value, context);
  return value;
}

function at(context: Context, name: string, index = 0): Context {
  const segment = name.replace(/~/g, "~0").replace(/\//g, "~1");
  return {
    ...context,
    depth: context.depth + 1,
    pointer: `${context.pointer}/${segment}`,
    name,
    index,
  };
}

/** The properties to give: required ones, the others while shallow, minus those forbidden. */
function propertyNames(schema: Schema, context: Context): string[] {
  const properties = (schema["properties"] as Schema | undefined) ?? {};
  const required = new Set((schema["required"] as string[] | undefined) ?? []);
  const forbidden = forbiddenNames(schema);
  const shallow = !context.minimal && context.depth < DEEP;
  const names = Object.keys(properties).filter(
    (name) => required.has(name) || (shallow && includable(properties[name])),
  );
  for (const name of required) if (!names.includes(name)) names.push(name);
  const dependent = schema["dependentRequired"] as Record<string, string[]> | undefined;
  for (const name of [...names]) {
    for (const other of dependent?.[name] ?? []) if (!names.includes(other)) names.push(other);
  }
  return names.filter((name) => !forbidden.has(name) || required.has(name));
}

/** Write-only and `false` properties are left out of a response. */
function includable(schema: unknown): boolean {
  if (schema === false) return false;
  return !(
    typeof schema === "object" &&
    schema !== null &&
    (schema as Schema)["writeOnly"] === true
  );
}

/** Names that `not: { required: [...] }` forbids. */
function forbiddenNames(schema: Schema): Set<string> {
  const nots = [schema["not"], ...more(schema, "not").map((s) => s["not"])];
  const names = new Set<string>();
  for (const not of nots) {
    const required = (not as Schema | undefined)?.["required"];
    if (Array.isArray(required) && required.length === 1) names.add(String(required[0]));
    for (const branch of ((not as Schema | undefined)?.["anyOf"] as Schema[] | undefined) ?? []) {
      const r = branch["required"];
      if (Array.isArray(r) && r.length === 1) names.add(String(r[0]));
    }
  }
  return names;
}

/**
 * Merges the `then` (or `else`) of each `if` that applies to the value the base schema gives: the
 * condition is judged on the properties' first values (const, enum, or `required` of them).
 */
function applyConditions(schema: Schema, context: Context): Schema {
  const rules = [schema, ...more(schema, "if")].filter((s) => "if" in s);
  let result: Schema = schema;
  for (const rule of rules) {
    const holds = conditionHolds(rule["if"] as JsonSchema, schema, context);
    const branch = (holds ? rule["then"] : rule["else"]) as JsonSchema | undefined;
    if (branch !== undefined) result = merge(result, flatten(branch, deeper(context)));
  }
  return result;
}

function conditionHolds(condition: JsonSchema, schema: Schema, context: Context): boolean {
  if (typeof condition === "boolean") return condition;
  const flat = flatten(condition, deeper(context));
  const properties = (schema["properties"] as Schema | undefined) ?? {};
  const required = (flat["required"] as string[] | undefined) ?? [];
  const names = new Set(propertyNames({ ...schema, if: undefined }, context));
  if (required.some((name) => !names.has(name))) return false;
  for (const [name, rule] of Object.entries((flat["properties"] as Schema | undefined) ?? {})) {
    if (!names.has(name) || properties[name] === undefined) continue;
    const value = sample(properties[name] as JsonSchema, at(context, name));
    const r = flatten(rule as JsonSchema, deeper(context));
    if ("const" in r && !same(r["const"], value)) return false;
    if (Array.isArray(r["enum"]) && !r["enum"].some((v) => same(v, value))) return false;
  }
  return true;
}

function additionalSchema(schema: Schema): JsonSchema {
  const extra = schema["additionalProperties"];
  return extra === undefined || extra === true ? {} : (extra as JsonSchema);
}

/**
 * A map (no `properties`, open `additionalProperties`) gets one entry unless minimal, and any
 * object gets entries up to its `minProperties`; keys follow `propertyNames`.
 */
function fillMinProperties(schema: Schema, value: Record<string, unknown>, context: Context): void {
  const isMap = schema["properties"] === undefined && schema["additionalProperties"] !== undefined;
  const wanted = Math.max(Number(schema["minProperties"] ?? 0), isMap && !context.minimal ? 1 : 0);
  if (schema["additionalProperties"] === false && Object.keys(value).length < wanted) {
    throw new NoSample(
      "`minProperties` needs more properties than the schema allows",
      context.pointer,
    );
  }
  for (let index = 0; Object.keys(value).length < wanted && index < wanted + 8; index++) {
    const key = keyOf(schema, context, index);
    if (key in value) continue;
    value[key] = sample(additionalSchema(schema), at(context, key, index));
  }
}

function keyOf(schema: Schema, context: Context, index: number): string {
  const rule = schema["propertyNames"];
  if (typeof rule !== "object" || rule === null) return `key${index + 1}`;
  return String(sample(rule as JsonSchema, at(context, "key", index)));
}

/**
 * `x-sum-equals: <property>` on a property's schema: its number values sum to that sibling. The
 * sibling becomes the largest of its own value and the maps' sums; each map's first number entry
 * takes the difference (so entries only grow, and stay above their minimums).
 */
function balanceSums(schema: Schema, value: Record<string, unknown>, context: Context): void {
  const properties = (schema["properties"] as Schema | undefined) ?? {};
  const maps: [string, Record<string, unknown>, string][] = [];
  for (const [name, child] of Object.entries(properties)) {
    const map = value[name];
    if (typeof map !== "object" || map === null || Array.isArray(map)) continue;
    const target = flatten(child as JsonSchema, deeper(context))["x-sum-equals"];
    if (typeof target === "string") maps.push([name, map as Record<string, unknown>, target]);
  }
  for (const [, , target] of maps) {
    const sums = maps.filter((m) => m[2] === target).map((m) => sumOf(m[1]));
    const own = typeof value[target] === "number" ? (value[target] as number) : 0;
    value[target] = Math.max(own, ...sums);
  }
  for (const [name, map, target] of maps) {
    const first = Object.keys(map).find((key) => typeof map[key] === "number");
    const missing = Number(value[target]) - sumOf(map);
    if (missing === 0) continue;
    if (first === undefined) {
      throw new NoSample(`no entry to sum to ${target}`, `${context.pointer}/${name}`);
    }
    map[first] = (map[first] as number) + missing;
  }
}

function sumOf(map: Record<string, unknown>): number {
  return Object.values(map).reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
}

// ---- arrays ----

function arrayOf(schema: Schema, context: Context): unknown[] {
  const min = Number(schema["minItems"] ?? 0);
  const max = Number(schema["maxItems"] ?? Infinity);
  const count = Math.min(
    max,
    Math.max(min, context.minimal || context.emptyArrays || context.depth >= DEEP ? 0 : 1),
  );
  const prefix = (schema["prefixItems"] as JsonSchema[] | undefined) ?? [];
  const items = (schema["items"] ?? {}) as JsonSchema;
  const list: unknown[] = [];
  for (let index = 0; index < count; index++) {
    const item = prefix[index] ?? items;
    list.push(sample(item, at(context, String(index), index)));
  }
  if (
    schema["uniqueItems"] === true &&
    new Set(list.map((v) => JSON.stringify(v))).size < list.length
  ) {
    throw new NoSample("could not make distinct items for `uniqueItems`", context.pointer);
  }
  return list;
}

// ---- strings ----

/** A value for each format the validators check. */
const FORMAT_SAMPLES: Readonly<Record<string, string>> = {
  "date-time": "2025-01-01T00:00:00Z",
  date: "2025-01-01",
  time: "00:00:00Z",
  duration: "P1D",
  email: "user@example.com",
  "idn-email": "user@example.com",
  hostname: "example.com",
  "idn-hostname": "example.com",
  ipv4: "192.0.2.1",
  ipv6: "2001:db8::1",
  uri: "https://example.com/",
  "uri-reference": "https://example.com/",
  iri: "https://example.com/",
  "iri-reference": "https://example.com/",
  url: "https://example.com/",
  "uri-template": "https://example.com/{id}",
  uuid: "00000000-0000-4000-8000-000000000000",
  byte: "AAAA",
  binary: "AAAA",
  regex: "^[a-z]+$",
  "json-pointer": "/example",
  "relative-json-pointer": "0",
  password: "example-password",
  int32: "1",
  int64: "1",
};

function stringOf(schema: Schema, context: Context): string {
  const patterns = [
    ...((schema["patterns"] as string[]) ?? []),
    ...(schema["pattern"] ? [String(schema["pattern"])] : []),
  ];
  const min = Number(schema["minLength"] ?? 0);
  const max = Number(schema["maxLength"] ?? Infinity);
  const format = FORMAT_SAMPLES[String(schema["format"])];
  if (patterns.length > 0) {
    const made = patternSample(patterns, { min, max, index: context.index });
    if (made === undefined) {
      throw new NoSample(
        `could not make a string matching ${patterns.join(" and ")}`,
        context.pointer,
      );
    }
    return made;
  }
  if (format !== undefined) return format;
  return fitLength(
    context.index === 0 ? context.name : `${context.name}${context.index + 1}`,
    min,
    max,
  );
}

function fitLength(text: string, min: number, max: number): string {
  let result = [...text].length > 0 ? text : "x";
  while ([...result].length < min) result += "x";
  return [...result].slice(0, Math.max(min, Math.min(max, [...result].length))).join("");
}

// ---- numbers ----

function numberOf(schema: Schema, context: Context, integer: boolean): number {
  const step = Number(schema["multipleOf"] ?? (integer ? 1 : 0));
  const low = lowerBound(schema, integer);
  const high = upperBound(schema, integer);
  let value = low ?? Math.min(high ?? 1, 1);
  if (low === undefined && high !== undefined) value = Math.min(high, 0);
  if (step > 0) value = Math.ceil(value / step) * step;
  value += context.index * (step > 0 ? step : 1);
  if (high !== undefined && value > high) value = high;
  if (step > 0 && high !== undefined && value > high) value = Math.floor(high / step) * step;
  if ((low !== undefined && value < low) || (high !== undefined && value > high)) {
    throw new NoSample("no number within the bounds", context.pointer);
  }
  return value;
}

function lowerBound(schema: Schema, integer: boolean): number | undefined {
  const min = schema["minimum"];
  const exclusive = schema["exclusiveMinimum"];
  const bounds: number[] = [];
  if (typeof min === "number") bounds.push(integer ? Math.ceil(min) : min);
  if (typeof exclusive === "number")
    bounds.push(integer ? Math.floor(exclusive) + 1 : exclusive + 1e-3);
  return bounds.length > 0 ? Math.max(...bounds) : undefined;
}

function upperBound(schema: Schema, integer: boolean): number | undefined {
  const max = schema["maximum"];
  const exclusive = schema["exclusiveMaximum"];
  const bounds: number[] = [];
  if (typeof max === "number") bounds.push(integer ? Math.floor(max) : max);
  if (typeof exclusive === "number")
    bounds.push(integer ? Math.ceil(exclusive) - 1 : exclusive - 1e-3);
  return bounds.length > 0 ? Math.min(...bounds) : undefined;
}
