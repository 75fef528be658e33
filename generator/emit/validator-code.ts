/**
 * Emits `src/validators/ajv.js`: Ajv's standalone code for every component schema, request body,
 * query and 2xx JSON response. It needs no TypeScript, so it runs first, and the formatter thread
 * formats this, the largest generated file, while the TypeScript compiler is still loading.
 *
 * Ajv is used in draft-07 mode plus the `next` vocabulary (`dependentRequired`): its 2020 mode
 * always tracks evaluated properties through module-level assignments, which defeat tree-shaking.
 * The keywords that differ between the two (`prefixItems`, array `items`) are not on the allow-list.
 * Only small references are inlined, so a shared schema stays one function; errors are `verbose`
 * where the runtime needs the schema, so it can say which condition made a field required.
 */
import { GENERATED_HEADER, type OutputFile } from "../files.js";
import {
  createAjv,
  FORMAT_EXPORTS,
  OWN_PROPERTIES,
  SKIPPED_BY_AJV,
  type Ajv,
} from "./ajv-dialect.js";
import { standaloneExports } from "./ajv-standalone.js";
import { ANNOTATION_KEYWORDS, SCHEMA_EXTENSIONS, SCHEMA_KEYWORDS } from "../keywords.js";
import type { ApiModel, JsonSchema } from "../model/ir.js";
import { validatorEntries, type Entry } from "./validator-names.js";

/** The emitted file: Ajv's standalone validators. */
export function emitValidatorCode(model: ApiModel): OutputFile[] {
  return [
    { path: "src/validators/ajv.js", contents: standaloneModule(model, validatorEntries(model)) },
  ];
}

/**
 * The validators' Ajv for one model: every component added (each repeated one only once), and the
 * id of each schema it holds, by the schema's text as Ajv gets it. The emitter compiles the
 * validators in it; the mocks' checks (`validatorChecks`) take the functions it compiled.
 */
interface Compilation {
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
function compilationOf(model: ApiModel, { checkOnly = false } = {}): Compilation {
  const ajv = createAjv({ unevaluated: usesUnevaluated(model), checkOnly });
  // Ajv's pass that tidies its code changes no verdict, and costs half a check's compile.
  if (checkOnly) (ajv.opts.code as { optimize?: number | boolean }).optimize = 0;
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

/** Ajv's standalone ESM for all entries, with its `require()`s of helpers turned into imports. */
function standaloneModule(model: ApiModel, entries: readonly Entry[]): string {
  // Always a fresh one: the code Ajv writes names its values in the order they were compiled.
  const { ajv, same, byContent } = compilationOf(model);
  const refs: Record<string, string> = {};
  // Operations often repeat a body or response schema (Cloudflare's 2,150 have 1,233 distinct):
  // a schema Ajv already has is not compiled again, its export is an alias of the first.
  for (const entry of entries) {
    const target = componentTarget(entry.schema);
    if (target !== undefined) {
      // a bare reference exports the component's own function
      refs[entry.exportName] = same.get(target) ?? target;
      continue;
    }
    const schema = withRefsTo(toAjv(entry.schema), same);
    const content = JSON.stringify(schema);
    const earlier = byContent.get(content);
    if (earlier === undefined) {
      ajv.addSchema(schema, entry.exportName);
      byContent.set(content, entry.exportName);
    }
    refs[entry.exportName] = earlier ?? entry.exportName;
  }
  // Ajv repeats a function's code for every export name pointing at it: export each schema once,
  // and the other names as aliases of the first.
  const first = new Map<string, string>();
  const aliases: string[] = [];
  for (const [exportName, id] of Object.entries(refs)) {
    const primary = first.get(id);
    if (primary === undefined) first.set(id, exportName);
    else aliases.push(`export const ${identifierOf(exportName)} = ${identifierOf(primary)};`);
  }
  const unique = Object.fromEntries([...first].map(([id, exportName]) => [exportName, id]));
  for (const id of first.keys()) ajv.getSchema(id);
  return `${withImports(standaloneExports(ajv, unique))}\n${aliases.join("\n")}\n`;
}

/** A value's first problem under a validator (the one Ajv met first), `[]` when valid. */
export type ValidatorCheck = (value: unknown) => readonly { pointer: string; message: string }[];

/**
 * Checks values with the package's own validators, in the generator: each schema's function is
 * the one the validators' emitter compiled for it in this thread (the same schema text), else it
 * is compiled in the same Ajv (or, when the emitter did not run here, in one that only checks).
 * Undefined for a schema the validators cannot hold (a
 * reference outside the components, or one Ajv refuses): the caller judges it another way.
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

/** The id `schema` has in the compilation (added under a new one when it has none yet). */
function schemaId({ ajv, same, byContent }: Compilation, schema: JsonSchema): string {
  const target = componentTarget(schema);
  if (target !== undefined) return same.get(target) ?? target;
  const prepared = withRefsTo(toAjv(schema), same);
  const content = JSON.stringify(prepared);
  let id = byContent.get(content);
  if (id === undefined) {
    id = `urn:cf-sdk:check:${byContent.size}`;
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

/** A schema (as Ajv gets it) whose references to repeated components point to their first. */
function withRefsTo(node: unknown, same: ReadonlyMap<string, string>): object {
  if (same.size === 0) return node as object;
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value !== "object" || value === null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [key, keywordTo(key, child)]),
    );
  };
  const keywordTo = (key: string, value: unknown): unknown => {
    if (key === "enum" || key === "const") return value;
    if (SCHEMA_MAPS.has(key) && typeof value === "object" && value !== null) {
      return Object.fromEntries(
        Object.entries(value).map(([name, schema]) => [name, walk(schema)]),
      );
    }
    if (key !== "$ref" || typeof value !== "string") return walk(value);
    const hash = value.indexOf("#");
    const id = hash < 0 ? value : value.slice(0, hash);
    const target = same.get(id);
    return target === undefined ? value : `${target}${hash < 0 ? "" : value.slice(hash)}`;
  };
  return walk(node) as object;
}

function identifierOf(name: string): string {
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`Not an identifier: ${name}`);
  return name;
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
 * `verbose` puts the schema, parent schema and data on every error. The runtime reads only the
 * `if` keyword's schema and data (to say which condition made a field required) and the
 * `propertyNames` schema (to say what keys must look like); the others lose all three, a third
 * less code. Those two keep their `schema` (the condition, the key rule) and lose the parent
 * schema, so no bundle holds a whole parent schema for them.
 * Ajv writes each error object on one line, ending in `,schema:…,parentSchema:…,data}`; prettier
 * then parses the result, so a rewrite that broke the code would fail generation.
 */
const VERBOSE_FIELDS =
  /keyword:"([^"]+)",(params:\{[^{}]*\}),schema:((?:[^,{}[\]]|\[[^\]]*\])*),parentSchema:[\w$.[\]"]*,(data\d*(?::data\d*)?)\}/g;

/** Ajv's `const schemaN = {…};` scope values (JSON), by name, to resolve `schemaN.allOf[0].if`. */
function schemaConstants(code: string): Map<string, unknown> {
  const constants = new Map<string, unknown>();
  for (const match of code.matchAll(/^const (schema\d+) = (.*);$/gm)) {
    constants.set(match[1]!, JSON.parse(match[2]!) as unknown);
  }
  return constants;
}

/** The value of `schema15.allOf[0].if` (or `schema3.properties["a-b"]`) among the constants. */
function schemaAt(constants: ReadonlyMap<string, unknown>, expression: string): unknown {
  const name = /^schema\d+/.exec(expression)?.[0] ?? "";
  let value = constants.get(name);
  for (const [, property, index, quoted] of expression
    .slice(name.length)
    .matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
    const step = property ?? index ?? (JSON.parse(quoted!) as string);
    value = (value as Record<string, unknown> | undefined)?.[step];
  }
  if (value === undefined) throw new Error(`Cannot resolve ${expression} in Ajv's code`);
  return value;
}

/**
 * Ajv reads parts of a schema from its scope constant (`schema11.enum` for an error's allowed
 * values, `schema6.properties` for an own-property check): a bundle then holds the whole schema
 * for a list of names. Each part read becomes a constant of its own, declared after the schema's
 * (`schema11_enum`), so the schema constants go unused and bundlers drop them. An own-property
 * check needs only the names: that constant maps each name to 0.
 */
const SCHEMA_REFERENCE =
  /(?<![\w$"/.-])(schema\d+)((?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])+)/g;

/** `base`, or `base_2`, `base_3`… when that name is taken; then takes it. */
function uniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
  taken.add(name);
  return name;
}

function withSchemaParts(code: string): string {
  const constants = schemaConstants(code);
  const parts = new Map<string, { name: string; owner: string; value: unknown }>();
  const taken = new Set<string>();
  const body = code.replace(SCHEMA_REFERENCE, (match, owner: string) => {
    let part = parts.get(match);
    if (part === undefined) {
      const value = schemaAt(constants, match);
      const names = match.endsWith(".properties") && typeof value === "object" && value !== null;
      part = {
        name: uniqueName(match.replace(/[^\w$]+/g, "_").replace(/_$/, ""), taken),
        owner,
        value: names ? Object.fromEntries(Object.keys(value).map((key) => [key, 0])) : value,
      };
      parts.set(match, part);
    }
    return part.name;
  });
  const byOwner = new Map<string, string[]>();
  for (const part of parts.values()) {
    const declarations = byOwner.get(part.owner) ?? [];
    declarations.push(`const ${part.name} = ${JSON.stringify(part.value)};`);
    byOwner.set(part.owner, declarations);
  }
  return body.replace(/^const (schema\d+) = .*;$/gm, (line, owner: string) =>
    [line, ...(byOwner.get(owner) ?? [])].join("\n"),
  );
}

/**
 * Keeps an `if` error's schema (its condition) and data, and a `propertyNames` error's schema (the
 * key pattern): references to parts of a schema constant, which `withSchemaParts` then turns into
 * constants of their own, so no error allocates them.
 */
function verboseFields(_match: string, ...[keyword, params, schema, data]: string[]): string {
  if (keyword === "if") return `keyword:"if",${params},schema:${schema},${data}}`;
  if (keyword === "propertyNames") return `keyword:"propertyNames",${params},schema:${schema}}`;
  return `keyword:"${keyword}",${params}}`;
}

/**
 * The runtime reads an error's `schemaPath` only to tie an error inside a `then` to its `if`; the
 * others lose it (long strings, one per error site).
 */
const UNREAD_SCHEMA_PATH = /,schemaPath:"([^"]*)"/g;

function withImports(code: string): string {
  const formats = new Set<string>();
  const body = withSchemaParts(
    code
      .replace(
        /__formats(?:\["([^"]+)"\]|\.([A-Za-z0-9_$]+))/g,
        (_m, quoted?: string, bare?: string) => {
          const name = FORMAT_EXPORTS[(quoted ?? bare)!];
          if (name === undefined)
            throw new Error(`No runtime definition for format ${quoted ?? bare}`);
          formats.add(name);
          return name;
        },
      )
      .replace(/require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g, "ucs2length")
      .replace(/require\("ajv\/dist\/runtime\/equal"\)\.default/g, "equal")
      .replace(VERBOSE_FIELDS, verboseFields)
      .replace(UNREAD_SCHEMA_PATH, (match, path: string) =>
        /\/then\/|\/if$/.test(path) ? match : "",
      ),
  );
  if (/require\(/.test(body))
    throw new Error(
      `Ajv's standalone code needs a helper we do not ship: ${/require\([^)]*\)/.exec(body)?.[0]}`,
    );
  const imports = [
    formats.size > 0
      ? `import { ${[...formats].sort().join(", ")} } from "../runtime/formats.js";`
      : "",
    body.includes("ucs2length") ? `import { ucs2length } from "../runtime/validation.js";` : "",
    code.includes('require("ajv/dist/runtime/equal")')
      ? `import { equal } from "../runtime/equal.js";`
      : "",
  ].filter(Boolean);
  return `${GENERATED_HEADER}\n// Ajv standalone validators (https://ajv.js.org/standalone.html).\n${imports.join("\n")}\n${body.replace(/^"use strict";/, "")}`;
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
