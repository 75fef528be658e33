/**
 * A schema as the docs show it: a flat list of field rows (nested fields named with dots, `[]` for
 * array items, `{key}` for map values), each with its type, whether it is required, its format,
 * enum values and limits, and the cross-field rules in plain words. Pure; `$ref`s are followed
 * into the bundled document.
 */
import { ANNOTATION_KEYWORDS } from "../keywords.js";
import type { JsonSchema } from "../model/ir.js";
import { resolvePointer } from "../model/build.js";

type Schema = Readonly<Record<string, unknown>>;

/** One row of a fields table. */
export interface FieldRow {
  readonly name: string;
  readonly type: string;
  readonly required: boolean;
  readonly format: string;
  readonly values: string;
  readonly limits: string;
  /** The schema's `default`, as JSON; `""` when it has none. */
  readonly default: string;
  readonly description: string;
}

/** What the docs say of one value's schema (a parameter's): a field row without name or need. */
export type ValueDoc = Omit<FieldRow, "name" | "required" | "description">;

/** What the docs say of one schema. */
export interface SchemaDoc {
  readonly fields: readonly FieldRow[];
  readonly rules: readonly string[];
}

/** Nesting deeper than this is cut. */
const MAX_DEPTH = 6;

/** A schema with its `$ref`s followed and its `allOf` branches merged, as the docs read it. */
export function resolvedSchema(schema: JsonSchema, document: unknown): Schema {
  return merged(asSchema(schema), walkOf(document));
}

/** The type, format, enum values, limits and default of one schema (a parameter's, say). */
export function describeValue(schema: JsonSchema, document: unknown): ValueDoc {
  const at = walkOf(document);
  const {
    name: _n,
    required: _r,
    description: _d,
    ...doc
  } = row("", merged(asSchema(schema), at), false, at);
  return doc;
}

/** A walk that only reads the document (for one schema, not a fields table). */
function walkOf(document: unknown): Walk {
  return {
    document,
    fields: [],
    rules: [],
    hidden: "readOnly",
    listed: new Map(),
    repeats: new Map(),
  };
}

/**
 * The fields and rules of `schema`, `$ref`s followed into `document`. A request body leaves out
 * `readOnly` fields (the server sets them), a response `writeOnly` ones.
 */
export function describeSchema(
  schema: JsonSchema | undefined,
  document: unknown,
  direction: "request" | "response",
): SchemaDoc {
  if (schema === undefined || typeof document !== "object" || document === null) {
    return describeSchemaNow(schema, document, direction);
  }
  // Many operations answer with the same schema (an API's shared error envelope, a `$ref` to one
  // component): each distinct one is walked once per document and direction. The key is the
  // schema's own text, `$ref`s unexpanded, so it costs a fraction of the walk.
  let byDirection = described.get(document);
  if (byDirection === undefined) {
    byDirection = { request: new Map(), response: new Map() };
    described.set(document, byDirection);
  }
  const seen = byDirection[direction];
  const key = JSON.stringify(schema);
  let doc = seen.get(key);
  if (doc === undefined) {
    doc = describeSchemaNow(schema, document, direction);
    seen.set(key, doc);
  }
  return doc;
}

/** The schema docs made so far, by document, direction and schema text (see `describeSchema`). */
const described = new WeakMap<object, Record<"request" | "response", Map<string, SchemaDoc>>>();

function describeSchemaNow(
  schema: JsonSchema | undefined,
  document: unknown,
  direction: "request" | "response",
): SchemaDoc {
  const fields: FieldRow[] = [];
  const rules: string[] = [];
  const hidden = direction === "request" ? "readOnly" : "writeOnly";
  const listed: Walk["listed"] = new Map();
  const repeats = new Map<string, string>();
  if (schema !== undefined) {
    walk(asSchema(schema), "", 0, { document, fields, rules, hidden, listed, repeats });
  }
  return {
    fields: repeats.size === 0 ? fields : fields.map((field) => withRepeatNote(field, repeats)),
    rules: [...new Set(rules)],
  };
}

/** A row whose fields are listed under an earlier row says so. */
function withRepeatNote(field: FieldRow, repeats: ReadonlyMap<string, string>): FieldRow {
  const first = repeats.get(field.name) ?? repeats.get(`${field.name}[]`);
  if (first === undefined) return field;
  const note =
    first === "" ? "Fields as at the top level." : `Fields as listed under \`${first}\`.`;
  return {
    ...field,
    description: field.description === "" ? note : `${field.description} ${note}`,
  };
}

/** Where a component's fields are listed, and whether the depth limit cut some of them there. */
interface Listing {
  readonly path: string;
  readonly depth: number;
  cut: boolean;
}

interface Walk {
  readonly hidden: "readOnly" | "writeOnly";
  readonly document: unknown;
  readonly fields: FieldRow[];
  readonly rules: string[];
  /**
   * A component schema's fields are listed once, under the first field that has it (by `$ref`,
   * to that field's path); later fields with it, and a recursive schema where it recurs, point
   * there (`repeats`: path → first path). Listed again at every place, a spec whose invoices
   * hold contacts, payments and prepayments that hold them too gave pages of 8 MB.
   */
  readonly listed: Map<string, Listing>;
  readonly repeats: Map<string, string>;
}

function walk(
  raw: Schema,
  prefix: string,
  depth: number,
  at: Walk,
  open: readonly Listing[] = [],
): void {
  const ref = bareRefOf(raw);
  const first = ref === undefined ? undefined : at.listed.get(ref);
  // A listing cut by the depth limit serves only places as deep or deeper, which it would cut too.
  if (first !== undefined && (!first.cut || first.depth <= depth)) {
    at.repeats.set(prefix, first.path);
    return;
  }
  const schema = merged(raw, at);
  rulesOf(schema, prefix, at.rules);
  const properties = asRecord(schema["properties"]);
  if (depth >= MAX_DEPTH) {
    if (Object.keys(properties).length > 0) for (const listing of open) listing.cut = true;
    return;
  }
  let inside = open;
  if (ref !== undefined) {
    const listing = { path: prefix, depth, cut: false };
    at.listed.set(ref, listing);
    inside = [...open, listing];
  }
  const required = new Set(asStrings(schema["required"]));
  for (const [name, rawProperty] of Object.entries(properties)) {
    const property = merged(asSchema(rawProperty), at);
    if (property[at.hidden] === true) continue;
    const path = prefix === "" ? name : `${prefix}.${name}`;
    at.fields.push(row(path, property, required.has(name), at));
    rulesOf(property, path, at.rules);
    nested(asSchema(rawProperty), property, path, depth, at, inside);
  }
}

/** The fields inside a property: an object's own, an array's items', a map's values'. */
function nested(
  raw: Schema,
  property: Schema,
  path: string,
  depth: number,
  at: Walk,
  open: readonly Listing[],
): void {
  if (Object.keys(asRecord(property["properties"])).length > 0 || property["if"] !== undefined) {
    walk(raw, path, depth + 1, at, open);
  }
  const items = property["items"];
  if (typeof items === "object" && items !== null && !Array.isArray(items)) {
    const item = merged(asSchema(items), at);
    if (Object.keys(asRecord(item["properties"])).length > 0)
      walk(asSchema(items), `${path}[]`, depth + 1, at, open);
  }
  const values = property["additionalProperties"];
  if (typeof values === "object" && values !== null) {
    const value = merged(asSchema(values), at);
    const key = `${path}.{key}`;
    at.fields.push(row(key, value, false, at));
    rulesOf(value, key, at.rules);
    const valueItems = value["items"];
    if (typeof valueItems === "object" && valueItems !== null && !Array.isArray(valueItems)) {
      walk(asSchema(valueItems), `${key}[]`, depth + 1, at, open);
    }
  }
}

/**
 * The `$ref` a schema is, if it is only that (annotations beside it aside): a `$ref` with
 * `properties` or `required` beside it is a schema of its own.
 */
function bareRefOf(schema: Schema): string | undefined {
  const ref = schema["$ref"];
  if (typeof ref !== "string") return undefined;
  const own = Object.keys(schema).filter((key) => key !== "$ref" && !ANNOTATION_KEYWORDS.has(key));
  return own.length === 0 ? ref : undefined;
}

function row(name: string, schema: Schema, required: boolean, at: Walk): FieldRow {
  const value = valueOf(schema, at);
  return {
    name,
    type: value.type,
    required,
    format: value.format,
    values: value.values,
    limits: value.limits,
    default: value.default,
    description: typeof schema["description"] === "string" ? schema["description"] : "",
  };
}

/**
 * What a row says of its (merged) schema besides name, need and description: the same for every
 * field and page that shows the schema, so made once per document and schema object.
 */
function valueOf(schema: Schema, at: Walk): ValueDoc {
  if (typeof at.document !== "object" || at.document === null) return valueNow(schema, at);
  return memoized(valuesOfSchemas, at.document, schema, () => valueNow(schema, at));
}

/** `make()`, made once per document and schema object and kept in `memo`. */
function memoized<T>(
  memo: WeakMap<object, WeakMap<Schema, T>>,
  document: object,
  schema: Schema,
  make: () => T,
): T {
  let byDocument = memo.get(document);
  if (byDocument === undefined) {
    byDocument = new WeakMap();
    memo.set(document, byDocument);
  }
  let made = byDocument.get(schema);
  if (made === undefined) {
    made = make();
    byDocument.set(schema, made);
  }
  return made;
}

/** Rows' values made so far, by document and schema object (see `valueOf`). */
const valuesOfSchemas = new WeakMap<object, WeakMap<Schema, ValueDoc>>();

function valueNow(schema: Schema, at: Walk): ValueDoc {
  return {
    type: typeOf(schema, at),
    format: typeof schema["format"] === "string" ? schema["format"] : "",
    values: valuesOf(schema, at),
    limits: limitsOf(schema, at),
    default: schema["default"] === undefined ? "" : JSON.stringify(schema["default"]),
  };
}

/**
 * A schema with its `$ref` followed and its `allOf` branches' properties merged in; `depth` stops
 * a cycle of `allOf`s through `$ref`s.
 */
function merged(schema: Schema, at: Walk, depth = 0): Schema {
  if (depth > 0 || typeof at.document !== "object" || at.document === null) {
    return mergedNow(schema, at, depth);
  }
  // The same schema objects (a component's properties) are merged for every field and page that
  // shows them: once per document is enough (the result is only read).
  return memoized(mergedOf, at.document, schema, () => mergedNow(schema, at, 0));
}

/** Schemas merged so far, by document and schema object (see `merged`). */
const mergedOf = new WeakMap<object, WeakMap<Schema, Schema>>();

function mergedNow(schema: Schema, at: Walk, depth: number): Schema {
  let current = schema;
  for (let hops = 0; typeof current["$ref"] === "string" && hops < 16; hops++) {
    const { $ref, ...siblings } = current;
    const target = asSchema(resolvePointer(at.document, $ref as string));
    current =
      Object.keys(siblings).length === 0 ? bareTarget(target, at) : withSiblings(target, siblings);
  }
  const branches = Array.isArray(current["allOf"]) ? current["allOf"] : [];
  if (branches.length === 0 || depth > 16) return current;
  const parts = branches.map((branch) => merged(asSchema(branch), at, depth + 1));
  const { allOf: _allOf, ...rest } = current;
  // Branches that are only conditions stay visible to rulesOf through `conditions`.
  const conditions = parts.filter((part) => part["if"] !== undefined);
  return {
    ...Object.assign({}, ...parts.map(({ properties: _p, required: _r, ...own }) => own)),
    ...rest,
    properties: {},
    ...fieldsOfAll([...parts, current]),
    ...(conditions.length > 0 ? { "x-conditions": conditions } : {}),
  };
}

/** Keywords beside a `$ref` apply as well as its target's (2020-12): fields are added to its. */
function withSiblings(target: Schema, siblings: Schema): Schema {
  return { ...target, ...siblings, ...fieldsOfAll([target, siblings]) };
}

/**
 * A bare `$ref`'s step: its target as `withSiblings` gives it, one object per target. Each
 * property that is a `$ref` is an object of its own, so without this every field with a common
 * component (an id, a timestamp) copied that component again, and its row's values (memoized
 * by schema object) were made again too.
 */
function bareTarget(target: Schema, at: Walk): Schema {
  if (typeof at.document !== "object" || at.document === null) return withSiblings(target, {});
  return memoized(bareTargets, at.document, target, () => withSiblings(target, {}));
}

/** Bare `$ref`s' steps made so far, by document and target (see `bareTarget`). */
const bareTargets = new WeakMap<object, WeakMap<Schema, Schema>>();

/**
 * The `properties` and `required` of schemas that all apply (a `$ref` and its siblings, `allOf`
 * branches), a later schema's property winning; each key only when there is something in it.
 */
function fieldsOfAll(schemas: readonly Schema[]): Schema {
  const properties = Object.assign({}, ...schemas.map((s) => asRecord(s["properties"]))) as Record<
    string,
    unknown
  >;
  const required = [...new Set(schemas.flatMap((s) => asStrings(s["required"])))];
  return {
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
    ...(required.length > 0 ? { required } : {}),
  };
}

function typeOf(schema: Schema, at: Walk): string {
  const ref = typeof schema["$ref"] === "string" ? schema["$ref"] : undefined;
  if (ref !== undefined) return ref.replace(/^.*\//, "");
  if (schema["const"] !== undefined) return JSON.stringify(schema["const"]);
  const types = Array.isArray(schema["type"]) ? schema["type"].map(String) : [];
  if (typeof schema["type"] === "string") types.push(schema["type"]);
  const shown = types.map((type) => {
    if (type === "array") return `${itemType(schema, at)}[]`;
    if (type === "object" && typeof schema["additionalProperties"] === "object")
      return `map of ${typeOf(asSchema(schema["additionalProperties"]), at)}`;
    return type;
  });
  for (const key of ["oneOf", "anyOf"] as const) {
    const variants = Array.isArray(schema[key]) ? schema[key] : [];
    if (variants.length > 0) shown.push(variants.map((v) => typeOf(asSchema(v), at)).join(" | "));
  }
  return shown.join(" | ") || "any";
}

function itemType(schema: Schema, at: Walk): string {
  const items = schema["items"];
  if (typeof items !== "object" || items === null || Array.isArray(items)) return "any";
  const ref = (items as Schema)["$ref"];
  if (typeof ref === "string") return ref.replace(/^.*\//, "");
  return typeOf(asSchema(items), at);
}

/** The enum values of a schema, or of an array's items (`string[]` of `"a", "b"`). */
function valuesOf(schema: Schema, at: Walk): string {
  const values = Array.isArray(schema["enum"]) ? schema["enum"] : [];
  if (values.length === 0 && isArrayItems(schema["items"]))
    return valuesOf(merged(asSchema(schema["items"]), at), at);
  return values.map((value) => JSON.stringify(value)).join(", ");
}

function isArrayItems(items: unknown): boolean {
  return typeof items === "object" && items !== null && !Array.isArray(items);
}

const LIMITS: readonly [string, string][] = [
  ["minLength", "min length"],
  ["maxLength", "max length"],
  ["minimum", "≥"],
  ["exclusiveMinimum", ">"],
  ["maximum", "≤"],
  ["exclusiveMaximum", "<"],
  ["multipleOf", "multiple of"],
  ["minItems", "min items"],
  ["maxItems", "max items"],
  ["minProperties", "min keys"],
  ["maxProperties", "max keys"],
];

/** A schema's limits in words; an array's items' own limits follow as "each ...". */
function limitsOf(schema: Schema, at: Walk): string {
  const limits = ownLimits(schema);
  if (isArrayItems(schema["items"])) {
    const item = ownLimits(merged(asSchema(schema["items"]), at));
    if (item.length > 0) limits.push(`each ${item.join(", ")}`);
  }
  return limits.join(", ");
}

function ownLimits(schema: Schema): string[] {
  const limits = LIMITS.filter(([key]) => typeof schema[key] === "number").map(
    ([key, label]) => `${label} ${String(schema[key])}`,
  );
  if (typeof schema["pattern"] === "string") limits.push(`pattern \`${schema["pattern"]}\``);
  if (schema["uniqueItems"] === true) limits.push("unique items");
  const keys = asSchema(schema["propertyNames"]);
  if (typeof keys["pattern"] === "string") limits.push(`keys match \`${keys["pattern"]}\``);
  return limits;
}

/** The keywords `rulesOf` reads rules from: a schema with none of them states none. */
const RULE_KEYWORDS = ["x-sum-equals", "dependentRequired", "if", "x-conditions", "not"] as const;

/** The cross-field rules a schema states, in plain words, fields named from `prefix`. */
function rulesOf(schema: Schema, prefix: string, rules: string[]): void {
  // Most schemas state none: returning early spares each field the closure and arrays below.
  if (!RULE_KEYWORDS.some((keyword) => schema[keyword] !== undefined)) return;
  const name = (field: string): string => `\`${prefix === "" ? field : `${prefix}.${field}`}\``;
  const sum = schema["x-sum-equals"];
  if (typeof sum === "string" && prefix !== "") {
    const sibling = prefix.includes(".") ? `${prefix.replace(/\.[^.]*$/, "")}.${sum}` : sum;
    rules.push(`The values of \`${prefix}\` add up to \`${sibling}\`.`);
  }
  for (const [field, needs] of Object.entries(asRecord(schema["dependentRequired"]))) {
    const list = asStrings(needs).map(name).join(" and ");
    rules.push(`When ${name(field)} is given, ${list} must be given too.`);
  }
  const conditions = [
    schema,
    ...(Array.isArray(schema["x-conditions"]) ? schema["x-conditions"] : []),
  ];
  for (const condition of conditions.map(asSchema)) {
    if (condition["if"] === undefined) continue;
    const when = conditionText(asSchema(condition["if"]), name);
    for (const then of consequences(asSchema(condition["then"]), name)) {
      rules.push(`${then} when ${when}.`);
    }
  }
  const not = asSchema(schema["not"]);
  for (const field of asStrings(not["required"])) rules.push(`${name(field)} must not be given.`);
}

/** `if` in words: "`a` is `x` or `y`", "`a` is given". */
function conditionText(condition: Schema, name: (field: string) => string): string {
  const parts: string[] = [];
  const properties = asRecord(condition["properties"]);
  for (const field of asStrings(condition["required"])) {
    const property = asSchema(properties[field]);
    const values = Array.isArray(property["enum"])
      ? property["enum"]
      : property["const"] !== undefined
        ? [property["const"]]
        : [];
    parts.push(
      values.length > 0
        ? `${name(field)} is ${values.map((v) => `\`${String(v)}\``).join(" or ")}`
        : `${name(field)} is given${property["type"] === "string" ? " (not null)" : ""}`,
    );
  }
  return parts.join(" and ") || "the condition holds";
}

/** `then` in words, one sentence start per consequence. */
function consequences(then: Schema, name: (field: string) => string): string[] {
  const out = asStrings(then["required"]).map((field) => `${name(field)} is required`);
  for (const [field, raw] of Object.entries(asRecord(then["properties"]))) {
    const property = asSchema(raw);
    if (Array.isArray(property["enum"])) {
      const values = property["enum"].map((v) => `\`${String(v)}\``).join(" or ");
      out.push(`${name(field)} must be ${values}`);
    }
    if (typeof property["format"] === "string") {
      out.push(`${name(field)} must be a valid \`${property["format"]}\` value`);
    }
  }
  return out;
}

function asSchema(value: unknown): Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Schema)
    : {};
}

function asRecord(value: unknown): Readonly<Record<string, unknown>> {
  return asSchema(value);
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === "string")
    : [];
}
