/**
 * The `example-invalid` rule: every example (`example`/`examples` of a schema, a media type or a
 * parameter) must be valid against its schema, since the docs and mocks publish it as valid.
 *
 * Checked with Ajv 2020 (formats included) on a self-contained copy of the schema (its `$ref`s,
 * across files, gathered under `$defs`), compiled once per distinct schema: a large spec repeats
 * the same small schemas (`{ type: string }` with an example) thousands of times, and compiling is
 * what costs. Annotations are left out of the copy, so schemas that differ only in their example or
 * description share one compiled validator. Each example is validated once; a schema that Ajv
 * cannot compile is left to the other rules.
 */
import { createRequire } from "node:module";
import type { Oas3Visitor } from "@redocly/openapi-core/lib/visitors.js";
import type { UserContext } from "@redocly/openapi-core/lib/walk.js";
import type { ErrorObject, ValidateFunction } from "ajv";

const require = createRequire(import.meta.url);
const Ajv2020 = (require("ajv/dist/2020") as typeof import("ajv/dist/2020.js")).default;
const addFormats = (require("ajv-formats") as typeof import("ajv-formats")).default;

type Node = Record<string, unknown>;
type Location = UserContext["location"];

/** Keys whose values are JSON data: copied as they are, never read as schemas. */
const DATA_KEYS: ReadonlySet<string> = new Set(["enum", "const", "default"]);
/** Keys whose values map names to subschemas. */
const NAME_MAPS: ReadonlySet<string> = new Set([
  "properties",
  "patternProperties",
  "$defs",
  "definitions",
  "dependentSchemas",
]);
/** Keys that change nothing about what is valid: left out, so that more schemas share a validator. */
const ANNOTATIONS: ReadonlySet<string> = new Set([
  "example",
  "examples",
  "description",
  "title",
  "deprecated",
  "readOnly",
  "writeOnly",
  "externalDocs",
  "xml",
  "$comment",
]);

/** The rule's visitor; one compiled-validator cache per lint (per generation). */
export function exampleRule(): Oas3Visitor {
  const checker = new ExampleChecker();
  return {
    Schema: { leave: (schema: unknown, ctx: UserContext) => checker.schemaExamples(schema, ctx) },
    MediaType: { leave: (media: unknown, ctx: UserContext) => checker.objectExamples(media, ctx) },
    Parameter: { leave: (param: unknown, ctx: UserContext) => checker.objectExamples(param, ctx) },
  };
}

class ExampleChecker {
  private readonly ajv = createAjv();
  private readonly compiled = new Map<string, ValidateFunction | undefined>();

  /** A schema's own `example` and each of its `examples` (an array in JSON Schema). */
  schemaExamples(schema: unknown, ctx: UserContext): void {
    if (!isNode(schema)) return;
    if (schema["example"] !== undefined) {
      this.check(schema["example"], schema, ctx, ctx.location.child(["example"]));
    }
    const examples = schema["examples"];
    if (Array.isArray(examples)) {
      examples.forEach((example, i) => {
        this.check(example, schema, ctx, ctx.location.child(["examples", i]));
      });
    }
  }

  /** A media type's or parameter's `example`, or the `value` of each of its Example objects. */
  objectExamples(holder: unknown, ctx: UserContext): void {
    if (!isNode(holder) || holder["schema"] === undefined) return;
    const schema = holder["schema"];
    if (holder["example"] !== undefined) {
      this.check(holder["example"], schema, ctx, ctx.location.child(["example"]));
    }
    const examples = holder["examples"];
    if (!isNode(examples)) return;
    for (const name of Object.keys(examples)) {
      const example = examples[name];
      const isRef = isNode(example) && typeof example["$ref"] === "string";
      const resolved = isRef ? ctx.resolve(example) : { node: example, location: undefined };
      if (!isNode(resolved.node) || resolved.node["value"] === undefined) continue;
      // An Example object written in place is located here; a `$ref`ed one where it is written.
      const at = resolved.location ?? ctx.location.child(["examples", name]);
      this.check(resolved.node["value"], schema, ctx, at.child(["value"]));
    }
  }

  private check(example: unknown, schema: unknown, ctx: UserContext, at: Location): void {
    const validate = this.validator(schema, ctx);
    if (validate === undefined || validate(example)) return;
    // A wrong format is only warned about (see validate.ts), so it must not hide another error.
    const errors = validate.errors ?? [];
    const error = errors.find((e) => e.keyword !== "format") ?? errors[0];
    if (error === undefined) return;
    const path = error.instancePath.split("/").slice(1).map(unescapePointer);
    ctx.report({
      message: `Example value must conform to the schema: ${describe(error)}`,
      location: path.length > 0 ? at.child(path) : at,
    });
  }

  /** The compiled validator of a schema, or undefined when Ajv cannot compile it. */
  private validator(schema: unknown, ctx: UserContext): ValidateFunction | undefined {
    let copy: unknown;
    try {
      copy = selfContained(schema, ctx);
    } catch {
      return undefined; // a `$ref` that leads nowhere: reported by no-unresolved-refs
    }
    const key = JSON.stringify(copy);
    if (!this.compiled.has(key)) {
      try {
        this.compiled.set(key, this.ajv.compile(copy as Node | boolean));
      } catch {
        this.compiled.set(key, undefined);
      }
    }
    return this.compiled.get(key);
  }
}

function createAjv() {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    validateSchema: false,
    allowUnionTypes: true,
    discriminator: true,
    logger: false,
    // Each validator checks a few examples once: Ajv's pass that tidies the generated code costs
    // a third of compiling and saves nothing here (what is valid, and the errors, are the same).
    code: { optimize: false },
  });
  addFormats(ajv);
  return ajv;
}

/**
 * A copy of the schema without annotations whose every `$ref` (local or into another file) points
 * into its own `$defs`, where the targets are copied in turn, each once (cycles included).
 */
function selfContained(schema: unknown, ctx: UserContext): unknown {
  const defs: Node = {};
  const names = new Map<string, string>();
  const copy = (node: unknown, from: string): unknown => {
    if (Array.isArray(node)) return node.map((item) => copy(item, from));
    if (!isNode(node)) return node;
    const out: Node = {};
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (ANNOTATIONS.has(key) || key.startsWith("x-")) continue;
      if (key === "$ref" && typeof value === "string")
        out[key] = `#/$defs/${target(value, from).replace("~", "~0")}`;
      else if (DATA_KEYS.has(key)) out[key] = value;
      else if (NAME_MAPS.has(key) && isNode(value)) out[key] = copyEach(value, from);
      else out[key] = copy(value, from);
    }
    return out;
  };
  // In these maps a key is a name (`description`, `x-id`), never a keyword to leave out.
  const copyEach = (map: Node, from: string): Node =>
    Object.fromEntries(Object.keys(map).map((name) => [name, copy(map[name], from)]));
  const target = (ref: string, from: string): string => {
    const resolved = ctx.resolve({ $ref: ref }, from);
    if (resolved.location === undefined || resolved.node === undefined) {
      throw new Error(`unresolved ${ref}`);
    }
    const where = resolved.location.absolutePointer;
    let name = names.get(where);
    if (name === undefined) {
      name = `ref~${names.size}`;
      names.set(where, name);
      defs[name] = copy(resolved.node, resolved.location.source.absoluteRef);
    }
    return name;
  };
  const root = copy(schema, ctx.location.source.absoluteRef);
  if (names.size === 0 || !isNode(root)) return root;
  return { ...root, $defs: { ...(isNode(root["$defs"]) ? root["$defs"] : {}), ...defs } };
}

/** Ajv's message, with the property and allowed values it concerns. */
function describe(error: ErrorObject): string {
  const property = error.instancePath.split("/").pop();
  const where = property ? `\`${unescapePointer(property)}\` property ` : "";
  const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues;
  const values = allowed ? ` ${allowed.map((value) => JSON.stringify(value)).join(", ")}` : "";
  return `${where}${error.message ?? "is not valid"}${values}`;
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
