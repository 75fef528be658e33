/**
 * Checks values with the spec's validators, in the generator: schemas of the bundled spec compiled
 * in the validators' dialect (`ajv-dialect.ts`), so a value that passes here passes the package's
 * validators. The mocks check their default answers with it (`mockChecks`): with the validators'
 * own compiled functions (ajv-compilation.ts) where they hold the schema, so that Ajv compiles each
 * schema once a run, and with `checkerFor` below for a schema they cannot hold.
 *
 * `checkerFor`:
 * Compiling is most of the mocks' work on a large spec, so each schema is compiled in a form that
 * validates exactly as the spec's does but is shared as widely as possible:
 * - annotations (`description`, `example`, unknown `x-` keys...), which no validator reads, are
 *   left out, and components that are then alike (Cloudflare's 3,716 hold 2,001 distinct ones)
 *   become one Ajv schema, compiled once;
 * - a schema is compiled once per distinct text, and a component only when first referenced.
 * A schema that fails to compile is compiled again as the spec writes it, so its message is the
 * same either way.
 */
import type { ApiModel, JsonSchema } from "../model/ir.js";
import { createAjv, type Ajv } from "./ajv-dialect.js";
import { validatorChecks } from "./ajv-compilation.js";

type ValidateFunction = ReturnType<Ajv["compile"]>;

/** A validate function made in the generator: the problems of `value`, `[]` when valid. */
export type Check = (value: unknown) => readonly { pointer: string; message: string }[];

/**
 * The mocks' checks: the package's own validators (ajv-compilation.ts), whose functions the
 * validators' emitter has already compiled when it ran first in this thread, so no schema is
 * compiled twice in a run; a schema they cannot hold (a reference outside the components) is
 * checked by `checkerFor`, made only then. The validators collect every error; their check gives
 * the first only, the one `checkerFor` gives first (the planner reads no other).
 */
export function mockChecks(model: ApiModel): (schema: JsonSchema) => Check {
  const validators = validatorChecks(model);
  let own: ((schema: JsonSchema) => Check) | undefined;
  return (schema) => {
    const check = validators(schema);
    if (check !== undefined) return check;
    own ??= checkerFor(model);
    return own(schema);
  };
}

/**
 * Compiles schemas of the bundled spec in the validators' dialect, so a value that passes here
 * passes the package's validators.
 */
export function checkerFor(model: ApiModel): (schema: JsonSchema) => Check {
  const unevaluated = JSON.stringify(model.document).includes('"unevaluated');
  const ajv = createAjv({ unevaluated, checkOnly: true });
  const store = schemaStore(ajv, model.document);
  const byObject = new Map<JsonSchema, Check>();
  const byText = new Map<string, Check>();
  return (schema) => {
    let check = byObject.get(schema);
    if (check === undefined) {
      check = sharedCheck(ajv, store, schema, byText);
      byObject.set(schema, check);
    }
    return check;
  };
}

function sharedCheck(
  ajv: Ajv,
  store: SchemaStore,
  schema: JsonSchema,
  byText: Map<string, Check>,
): Check {
  let prepared: unknown;
  try {
    prepared = store.prepared(schema);
  } catch {
    return compileCheck(ajv, () => ajv.compile(store.rebased(schema) as object)); // fails as written
  }
  const text = JSON.stringify(prepared);
  let check = byText.get(text);
  if (check === undefined) {
    const shared = sharedTarget(prepared);
    // A schema that is only a reference to a shared form is that form's validator (the same
    // verdict and errors): no wrapper to compile.
    const validate = () => (shared === undefined ? undefined : ajv.getSchema(shared));
    check = compileCheck(ajv, () => validate() ?? ajv.compile(prepared as object), {
      orElse: () => ajv.compile(store.rebased(schema) as object),
    });
    byText.set(text, check);
  }
  return check;
}

/** The shared form a prepared schema is only a reference to, if it is one. */
function sharedTarget(prepared: unknown): string | undefined {
  if (typeof prepared !== "object" || prepared === null) return undefined;
  const keys = Object.keys(prepared);
  const ref = (prepared as { $ref?: unknown }).$ref;
  return keys.length === 1 && typeof ref === "string" && ref.startsWith(SHARED_PREFIX)
    ? ref
    : undefined;
}

/**
 * The check of a schema; when it cannot be compiled, `orElse` (the schema as the spec writes it)
 * is compiled instead, for the message.
 */
function compileCheck(
  ajv: Ajv,
  compile: () => ValidateFunction,
  { orElse }: { orElse?: () => ValidateFunction } = {},
): Check {
  let validate: ValidateFunction;
  try {
    validate = compile();
  } catch (error) {
    if (orElse !== undefined) return compileCheck(ajv, orElse);
    const message = `the schema cannot be compiled: ${(error as Error).message}`;
    return () => [{ pointer: "", message }];
  }
  return (value) =>
    validate(value)
      ? []
      : (validate.errors ?? []).map((e) => ({
          pointer: e.instancePath,
          message: `${e.keyword} ${JSON.stringify(e.params)}`,
        }));
}

// ---- the schemas Ajv holds ----

const DOCUMENT_ID = "urn:cf-sdk:mocks-document";

/** A component as the spec writes it (for a reference into a part of it). */
function componentId(name: string): string {
  return `urn:cf-sdk:mocks-schema:${encodeURIComponent(name)}`;
}

const SHARED_PREFIX = "urn:cf-sdk:mocks-shared:";

/** The shared form of the components that validate like `name` (it is the first of them). */
function sharedId(name: string): string {
  return `${SHARED_PREFIX}${encodeURIComponent(name)}`;
}

/** Schemas made ready for the checker's Ajv, with what they refer to added to it first. */
interface SchemaStore {
  /** The schema without annotations, its component references to the shared forms. */
  prepared(schema: JsonSchema): unknown;
  /** The schema as the spec writes it (without ids), its references to the spec's components. */
  rebased(schema: JsonSchema): unknown;
}

/**
 * Adds to Ajv, on first reference, each component as a root of its own (Ajv compiles a root
 * once, but a fragment of a larger schema again at every reference to it), and the whole document
 * only if a schema refers to a place outside the components.
 */
function schemaStore(ajv: Ajv, document: Readonly<Record<string, unknown>>): SchemaStore {
  const components = componentsOf(document);
  const known = (key: string) => ajv.getKeyword(key) !== false;
  const shared = sharedForms(components, known);
  const added = new Set<string>();
  const add = (id: string, schema: () => unknown): void => {
    if (added.has(id)) return;
    added.add(id); // before making it: a component may refer to itself
    try {
      ajv.addSchema(schema() as object, id);
    } catch (error) {
      added.delete(id); // a schema that cannot be made fails every compile that needs it
      throw error;
    }
  };
  const addRefs = (refs: Refs): void => {
    for (const name of refs.shared) {
      const rep = shared.classOf.get(name)!;
      add(sharedId(rep), () => fill(shared.forms.get(rep)!, shared.classOf, addRefs));
    }
    for (const ref of refs.spec) {
      const name = componentName(ref);
      if (name === undefined) add(DOCUMENT_ID, () => rebased(document));
      else if (Object.hasOwn(components, name))
        add(componentId(name), () => rebased(components[name]));
    }
  };
  const rebased = (node: unknown): unknown => {
    const refs: Refs = { shared: [], spec: new Set() };
    const out = rebase(node, refs);
    addRefs(refs);
    return out;
  };
  return {
    prepared: (schema) => fill(prepare(schema, known), shared.classOf, addRefs),
    rebased,
  };
}

function componentsOf(document: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const schemas = (document["components"] as { schemas?: unknown } | undefined)?.schemas;
  return typeof schemas === "object" && schemas !== null
    ? (schemas as Record<string, unknown>)
    : {};
}

// ---- references ----

/** References found in a schema: to shared forms (component names), and as the spec writes them. */
interface Refs {
  readonly shared: string[];
  readonly spec: Set<string>;
}

const COMPONENT_REF = /^#\/components\/schemas\/([^/]+)(.*)$/;

/** The component a reference points into, if any. */
function componentName(ref: string): string | undefined {
  const match = COMPONENT_REF.exec(ref);
  return match === null ? undefined : decodeSegment(match[1]!);
}

/** The component a reference is the whole of, if any. */
function wholeComponent(ref: string): string | undefined {
  const match = COMPONENT_REF.exec(ref);
  return match === null || match[2] !== "" ? undefined : decodeSegment(match[1]!);
}

function decodeSegment(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, "/").replace(/~0/g, "~");
}

/** A component's own id (and the pointer inside it), else the place in the whole document. */
function rebaseRef(ref: string): string {
  const match = COMPONENT_REF.exec(ref);
  if (match === null) return `${DOCUMENT_ID}${ref}`;
  return `${componentId(decodeSegment(match[1]!))}${match[2] ? `#${match[2]}` : ""}`;
}

/** Keywords the validators drop too: a schema or example repeating an id would stop Ajv adding it. */
const ID_KEYWORDS: ReadonlySet<string> = new Set(["$id", "$anchor", "$dynamicAnchor", "$schema"]);

/**
 * The node without id keywords (at any depth, as the checker always did) and with its local
 * `$ref`s pointing at the spec's components added to the checker; `refs` collects them.
 */
function rebase(node: unknown, refs: Refs): unknown {
  if (Array.isArray(node)) return node.map((item) => rebase(item, refs));
  if (typeof node !== "object" || node === null) return node;
  // fromEntries, not assignment: a property named `__proto__` stays a property.
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => !ID_KEYWORDS.has(key))
      .map(([key, value]) => {
        if (key !== "$ref" || typeof value !== "string" || !value.startsWith("#"))
          return [key, rebase(value, refs)];
        refs.spec.add(value);
        return [key, rebaseRef(value)];
      }),
  );
}

// ---- the shared form: annotations left out ----

/**
 * Keywords no validator of the dialect reads (Ajv has no code for them, or does not know them):
 * leaving them out changes no verdict. Unknown `x-` keys are left out too; `nullable` stays (Ajv
 * reads it beside `type`).
 */
const ANNOTATIONS: ReadonlySet<string> = new Set([
  "title",
  "description",
  "default",
  "example",
  "examples",
  "deprecated",
  "readOnly",
  "writeOnly",
  "$comment",
  "externalDocs",
  "xml",
  "discriminator",
]);

/** Keywords whose value is a schema, or an array of schemas (`items` may be either). */
const SUBSCHEMA: ReadonlySet<string> = new Set([
  "items",
  "additionalItems",
  "additionalProperties",
  "unevaluatedItems",
  "unevaluatedProperties",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
  "allOf",
  "anyOf",
  "oneOf",
  "prefixItems",
]);

/** Keywords whose value maps names to schemas (in `dependencies`, a list of names is data). */
const SUBSCHEMA_MAPS: ReadonlySet<string> = new Set([
  "properties",
  "patternProperties",
  "$defs",
  "definitions",
  "dependentSchemas",
  "dependencies",
]);

const SLOT = "#slot";

/** A reference to a component's shared form, filled in once the forms are known. */
interface Slot {
  readonly owner: Record<string, unknown>;
  readonly name: string;
}

/** A schema in shared form, its component references still to fill in. */
interface Prepared {
  readonly node: unknown;
  readonly slots: readonly Slot[];
  readonly spec: Set<string>;
}

/** `schema` in shared form; `known` tells the keywords Ajv has. */
function prepare(schema: unknown, known: (key: string) => boolean): Prepared {
  const prepared = { slots: [] as Slot[], spec: new Set<string>() };
  return { ...prepared, node: prepareNode(schema, { known, ...prepared }) };
}

interface PrepareContext {
  readonly known: (key: string) => boolean;
  readonly slots: Slot[];
  readonly spec: Set<string>;
}

/** A schema position: keywords the validators read, subschemas in shared form. */
function prepareNode(node: unknown, context: PrepareContext): unknown {
  if (typeof node !== "object" || node === null || Array.isArray(node)) {
    return rebase(node, { shared: [], spec: context.spec });
  }
  const entries: [string, unknown][] = [];
  for (const [key, value] of Object.entries(node)) {
    if (ID_KEYWORDS.has(key) || ANNOTATIONS.has(key)) continue;
    if (key.startsWith("x-") && !context.known(key)) continue;
    entries.push([key, prepareValue(key, value, context)]);
  }
  const out = Object.fromEntries(entries) as Record<string, unknown>;
  const ref = (node as Record<string, unknown>)["$ref"];
  const whole = typeof ref === "string" ? wholeComponent(ref) : undefined;
  if (whole !== undefined) {
    out["$ref"] = SLOT; // the same text whatever the name: classes compare the slots apart
    context.slots.push({ owner: out, name: whole });
  }
  return out;
}

function prepareValue(key: string, value: unknown, context: PrepareContext): unknown {
  if (key === "$ref") {
    if (typeof value !== "string" || !value.startsWith("#")) return value;
    // A whole component is filled in later (its slot); a part of one stays as the spec has it.
    if (wholeComponent(value) !== undefined) return value;
    context.spec.add(value);
    return rebaseRef(value);
  }
  if (SUBSCHEMA.has(key)) {
    return Array.isArray(value)
      ? value.map((item) => prepareNode(item, context))
      : prepareNode(value, context);
  }
  if (SUBSCHEMA_MAPS.has(key) && typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([name]) => !ID_KEYWORDS.has(name))
        .map(([name, schema]) => [name, prepareNode(schema, context)]),
    );
  }
  return rebase(value, { shared: [], spec: context.spec });
}

/**
 * The prepared node with each component reference pointing at its class's shared form (or, for
 * a component the spec lacks, at its id, which Ajv then cannot resolve, as before); what it
 * refers to is added to Ajv first.
 */
function fill(
  prepared: Prepared,
  classOf: ReadonlyMap<string, string>,
  addRefs: (refs: Refs) => void,
): unknown {
  const refs: Refs = { shared: [], spec: prepared.spec };
  for (const { owner, name } of prepared.slots) {
    const rep = classOf.get(name);
    owner["$ref"] = rep === undefined ? componentId(name) : sharedId(rep);
    if (rep !== undefined) refs.shared.push(name);
  }
  addRefs(refs);
  return prepared.node;
}

// ---- components that validate alike ----

interface SharedForms {
  /** Each component's class: the name of its first member. */
  readonly classOf: ReadonlyMap<string, string>;
  /** Each class's shared form (its first member's), by that name. */
  readonly forms: ReadonlyMap<string, Prepared>;
}

/**
 * Sorts the components into classes that validate alike: the same keywords once annotations are
 * left out, and references to components of the same class. Starting from one class per
 * component, classes are merged while their members match that way; each merge rests only on
 * merges already made, so members of a class always validate alike (a recursive component stays
 * in a class of its own unless its references already match).
 */
function sharedForms(
  components: Record<string, unknown>,
  known: (key: string) => boolean,
): SharedForms {
  const forms = new Map<string, Prepared>();
  const texts = new Map<string, string>();
  for (const [name, schema] of Object.entries(components)) {
    let prepared: Prepared;
    try {
      prepared = prepare(schema, known);
    } catch {
      continue; // (a malformed reference) no shared form: what refers to it fails as before
    }
    forms.set(name, prepared);
    texts.set(name, JSON.stringify(prepared.node));
  }
  let classOf = new Map<string, string>([...forms.keys()].map((name) => [name, name]));
  for (;;) {
    const firstByKey = new Map<string, string>();
    const next = new Map<string, string>();
    for (const [name, prepared] of forms) {
      const targets = prepared.slots.map((slot) => classOf.get(slot.name) ?? `?${slot.name}`);
      const key = `${JSON.stringify(targets)}${texts.get(name)}`; // the list's JSON ends at its "]"
      if (!firstByKey.has(key)) firstByKey.set(key, name);
      next.set(name, firstByKey.get(key)!);
    }
    const merged = new Set(next.values()).size < new Set(classOf.values()).size;
    classOf = next;
    if (!merged) break;
  }
  return { classOf, forms: new Map([...new Set(classOf.values())].map((n) => [n, forms.get(n)!])) };
}
