/**
 * The validators' Ajv for one model (a compilation): every component schema added as a root of
 * its own, and any other schema added once per distinct text, each compiled on first use. The
 * validators' emitter (validator-code.ts) compiles its standalone code in one; the mocks' checks
 * (mocks-check.ts) take the functions that one compiled when it ran before them in the same
 * thread, so that Ajv compiles each schema once a run (generate.ts runs both on one thread).
 *
 * Ajv is used in draft-07 mode plus the `next` vocabulary (`dependentRequired`): its 2020 mode
 * always tracks evaluated properties through module-level assignments, which defeat tree-shaking.
 * The keywords that differ between the two (`prefixItems`, array `items`) are not on the allow-list.
 */
import {
  createAjv,
  FORMAT_EXPORTS,
  OWN_PROPERTIES,
  SKIPPED_BY_AJV,
  type Ajv,
} from "./ajv-dialect.js";
import { ANNOTATION_KEYWORDS, SCHEMA_EXTENSIONS, SCHEMA_KEYWORDS } from "../keywords.js";
import type { ApiModel, JsonSchema } from "../model/ir.js";

/**
 * The validators' Ajv for one model: every component added (each repeated one only once), and the
 * id of each schema it holds, by the schema's text as Ajv gets it. The emitter compiles the
 * validators in it; the mocks' checks (`validatorChecks`) take the functions it compiled.
 */
export interface Compilation {
  readonly ajv: Ajv;
  /** Repeated components' ids → the id of the first alike (see `sameComponents`). */
  readonly same: ReadonlyMap<string, string>;
  /** The id of each schema added beside the components, by its text as Ajv gets it. */
  readonly byContent: Map<string, string>;
}

/**
 * The compilation of each model in this thread: the mocks' checks use the emitter's when the
 * emitter ran here first (one Ajv compile per schema and run), and make one otherwise.
 */
const compilations = new WeakMap<ApiModel, Compilation>();

/**
 * Compilations made for checks alone (the validators' emitter did not run in this thread: the
 * cache had its file), each schema compiled only when first asked for, and without what only the
 * emitted code needs (every error, the source, inlining): the same verdict and first error, in a
 * tenth of the compile time.
 */
const checkCompilations = new WeakMap<ApiModel, Compilation>();

/**
 * A new compilation of `model`'s validators (nothing compiled yet: Ajv compiles on demand),
 * filed for the checks that follow in this thread.
 */
export function compilationOf(model: ApiModel, { checkOnly = false } = {}): Compilation {
  const ajv = createAjv({ unevaluated: usesUnevaluated(model), checkOnly });
  const components = model.schemas.map(({ name, schema }) => ({
    id: componentId(name),
    schema: toAjv(schema),
  }));
  const same = sameComponents(components);
  for (const { id, schema } of components) {
    if (!same.has(id)) ajv.addSchema(withRefsTo(schema, same), id);
  }
  const compilation = { ajv, same, byContent: new Map<string, string>() };
  (checkOnly ? checkCompilations : compilations).set(model, compilation);
  return compilation;
}

/** A value's first problem under a validator (the one Ajv met first), `[]` when valid. */
export type ValidatorCheck = (value: unknown) => readonly { pointer: string; message: string }[];

/**
 * Checks values with the package's own validators, in the generator: each schema's function is
 * the one the validators' emitter compiled for it in this thread (the same schema text), else it
 * is compiled in the same Ajv (or, when the emitter did not run here, in one that only checks).
 * Undefined for a schema the validators cannot hold (a reference outside the components, or one
 * Ajv refuses): the caller judges it another way.
 */
export function validatorChecks(
  model: ApiModel,
): (schema: JsonSchema) => ValidatorCheck | undefined {
  const byObject = new Map<JsonSchema, ValidatorCheck | undefined>();
  return (schema) => {
    if (!byObject.has(schema)) {
      const compilation =
        compilations.get(model) ??
        checkCompilations.get(model) ??
        compilationOf(model, { checkOnly: true });
      byObject.set(schema, checkOf(compilation, schema));
    }
    return byObject.get(schema);
  };
}

function checkOf(compilation: Compilation, schema: JsonSchema): ValidatorCheck | undefined {
  let validate: ReturnType<Ajv["compile"]> | undefined;
  try {
    validate = compilation.ajv.getSchema(schemaId(compilation, schema));
  } catch {
    return undefined;
  }
  if (validate === undefined) return undefined;
  const check = validate;
  return (value) => {
    // All errors are collected (the package's validators report every one); the first is the
    // one a check that stops at the first would report.
    const error = check(value) ? undefined : check.errors?.[0];
    return error === undefined
      ? []
      : [
          {
            pointer: error.instancePath,
            message: `${error.keyword} ${JSON.stringify(error.params)}`,
          },
        ];
  };
}

/**
 * The id `schema` has in the compilation: a bare reference is its component's (or the first alike
 * one's); a schema with the text of one added earlier is that one's (operations often repeat a
 * body or response schema: Cloudflare's 2,150 have 1,233 distinct), and any other is added under
 * `name` (default: a new id of its own).
 */
export function schemaId(
  { ajv, same, byContent }: Compilation,
  schema: JsonSchema,
  name = `urn:cf-sdk:check:${byContent.size}`,
): string {
  const target = componentTarget(schema);
  if (target !== undefined) return same.get(target) ?? target;
  const prepared = withRefsTo(toAjv(schema), same);
  const content = JSON.stringify(prepared);
  let id = byContent.get(content);
  if (id === undefined) {
    id = name;
    ajv.addSchema(prepared, id);
    byContent.set(content, id);
  }
  return id;
}

/**
 * Components whose schema repeats an earlier one's (Cloudflare's 3,716 hold many copies of one
 * envelope or identifier), each mapped to the id of the first: only that one is compiled, and
 * references to the others are references to it. Equal text means equal rules: references in it
 * are ids of whole components, and no keyword reads where its schema sits.
 */
function sameComponents(
  components: readonly { id: string; schema: object }[],
): Map<string, string> {
  const first = new Map<string, string>();
  const same = new Map<string, string>();
  for (const { id, schema } of components) {
    const content = JSON.stringify(schema);
    const earlier = first.get(content);
    if (earlier === undefined) first.set(content, id);
    else same.set(id, earlier);
  }
  return same;
}

/**
 * A schema (as Ajv gets it) whose references to repeated components point to their first. Only
 * the objects on the way to a changed reference are copied: the schema is `toAjv`'s fresh tree,
 * which nothing else holds, so Ajv gets a tree of objects each held once either way (it tells
 * schemas apart by identity), and most schemas reference no repeated component at all.
 */
function withRefsTo(node: unknown, same: ReadonlyMap<string, string>): object {
  if (same.size === 0) return node as object;
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return changedItems(value, walk);
    if (typeof value !== "object" || value === null) return value;
    return changedEntries(value as Record<string, unknown>, keywordTo);
  };
  const keywordTo = (key: string, value: unknown): unknown => {
    if (key === "enum" || key === "const") return value;
    if (SCHEMA_MAPS.has(key) && typeof value === "object" && value !== null) {
      return changedEntries(value as Record<string, unknown>, (_name, schema) => walk(schema));
    }
    if (key !== "$ref" || typeof value !== "string") return walk(value);
    const hash = value.indexOf("#");
    const id = hash < 0 ? value : value.slice(0, hash);
    const target = same.get(id);
    return target === undefined ? value : `${target}${hash < 0 ? "" : value.slice(hash)}`;
  };
  return walk(node) as object;
}

/** `items` with each item through `change`: the same array when none changed, else a copy. */
function changedItems(items: readonly unknown[], change: (item: unknown) => unknown): unknown[] {
  let out: unknown[] | undefined;
  items.forEach((item, index) => {
    const changed = change(item);
    if (changed !== item) (out ??= items.slice())[index] = changed;
  });
  return out ?? (items as unknown[]);
}

/**
 * `object` with each value through `change`: the same object when none changed, else a copy in
 * the same key order (defined, not assigned: a property may be named `__proto__`).
 */
function changedEntries(
  object: Record<string, unknown>,
  change: (key: string, value: unknown) => unknown,
): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  for (const key of Object.keys(object)) {
    const value = object[key];
    const changed = change(key, value);
    if (changed === value) continue;
    out ??= { ...object };
    Object.defineProperty(out, key, {
      value: changed,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
  return out ?? object;
}

const COMPONENT_REF = /^#\/components\/schemas\/([^/]+)(.*)$/;

/**
 * Each component schema is its own Ajv schema with its own id: Ajv compiles a fragment of a
 * larger schema anew at every place that references it, but a root schema once, and then calls it.
 */
function componentId(name: string): string {
  return `urn:cf-sdk:schema:${encodeURIComponent(name)}`;
}

/** The component id a schema that is only `{ $ref: "#/components/schemas/X" }` stands for. */
function componentTarget(schema: JsonSchema): string | undefined {
  if (typeof schema !== "object" || Object.keys(schema).length !== 1) return undefined;
  const match = COMPONENT_REF.exec(String(schema["$ref"] ?? ""));
  return match !== null && match[2] === "" ? componentId(decodePointer(match[1]!)) : undefined;
}

/** A schema as Ajv gets it: annotations stripped, component references turned into ids. */
function toAjv(schema: JsonSchema): object {
  return rewriteRefs(strip(schema)) as object;
}

function rewriteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (typeof node !== "object" || node === null) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, rewriteKeyword(key, value)]),
  );
}

/** Keywords whose value maps names to subschemas: a name there is no keyword. */
const SCHEMA_MAPS: ReadonlySet<string> = new Set(["properties", "patternProperties", "$defs"]);

function rewriteKeyword(key: string, value: unknown): unknown {
  // JSON data: an object with a "$ref" key in an enum or const is a value, not a reference.
  if (key === "enum" || key === "const") return value;
  if (SCHEMA_MAPS.has(key) && typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([name, schema]) => [name, rewriteRefs(schema)]),
    );
  }
  if (key !== "$ref" || typeof value !== "string") return rewriteRefs(value);
  const match = COMPONENT_REF.exec(value);
  if (match === null) throw new Error(`Unsupported $ref for validators: ${value}`);
  return `${componentId(decodePointer(match[1]!))}${match[2] ? `#${match[2]}` : ""}`;
}

function decodePointer(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

/**
 * A schema as Ajv's draft-07 engine should read it: only the keywords that change what is valid
 * (annotations, unknown keys and formats the validators do not check dropped; `format: int64`
 * beside `type: integer` too, since in JavaScript both are `Number.isInteger`), 2020-12's
 * `prefixItems` said the draft-07 way (array `items`, then `additionalItems`), and `enum: []` as
 * the `false` schema.
 */
function strip(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strip);
  if (typeof node !== "object" || node === null) return node;
  const schema = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (!VALIDATING_KEYWORDS.has(key)) continue;
    if (key === "format" && !keepsFormat(schema)) continue;
    if (key === "properties" || key === "$defs") out[key] = stripEach(value);
    else if (key === "enum" || key === "const" || key === "required") out[key] = value;
    else if (key === "dependentRequired" || key === "x-sum-equals") out[key] = value;
    else out[key] = strip(value);
  }
  const properties = out["properties"] as Record<string, unknown> | undefined;
  const skipped = SKIPPED_BY_AJV.filter((name) => Object.hasOwn(properties ?? {}, name));
  if (skipped.length > 0) {
    out[OWN_PROPERTIES] = Object.fromEntries(skipped.map((name) => [name, properties![name]]));
  }
  if (Array.isArray(schema["enum"]) && schema["enum"].length === 0) {
    // `enum: []` allows nothing (Ajv refuses to compile it): the `false` schema says the same.
    delete out["enum"];
    out["allOf"] = [...((out["allOf"] as unknown[] | undefined) ?? []), false];
  }
  if (Array.isArray(schema["prefixItems"])) {
    delete out["prefixItems"];
    out["items"] = schema["prefixItems"].map(strip);
    if (schema["items"] !== undefined) out["additionalItems"] = strip(schema["items"]);
  }
  return out;
}

/** What Ajv gets of a schema: the spec's supported keywords that are not annotations, and ours. */
const VALIDATING_KEYWORDS: ReadonlySet<string> = new Set(
  [...SCHEMA_KEYWORDS, ...SCHEMA_EXTENSIONS].filter((key) => !ANNOTATION_KEYWORDS.has(key)),
);

function keepsFormat(schema: Record<string, unknown>): boolean {
  const format = schema["format"];
  if (typeof format !== "string" || FORMAT_EXPORTS[format] === undefined) return false;
  return !(schema["type"] === "integer" && format === "int64");
}

function stripEach(properties: unknown): unknown {
  if (typeof properties !== "object" || properties === null) return properties;
  return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, strip(value)]));
}

/** Whether any schema of the spec uses `unevaluatedProperties` (a costlier Ajv mode; see createAjv). */
function usesUnevaluated(model: ApiModel): boolean {
  return JSON.stringify(model.document).includes('"unevaluatedProperties"');
}
