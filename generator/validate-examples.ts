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
import { Worker } from "node:worker_threads";
import type { NormalizedProblem, Source } from "@redocly/openapi-core";
import type { Oas3Visitor } from "@redocly/openapi-core/lib/visitors.js";
import type { UserContext } from "@redocly/openapi-core/lib/walk.js";
import { ExampleValidator } from "./example-check.mjs";

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

/**
 * From this many distinct schemas on, examples are validated on a thread of its own while the
 * walk goes on (Cloudflare's spec has 730); a small spec's in less time than the thread takes to
 * start.
 */
const THREAD_MIN_SCHEMAS = 100;
/** How many checks go to the thread in one message. */
const BATCH = 256;

/** What a lint's placeholder report carries until its check is settled: its id. */
const PLACEHOLDER = "\u0000example-check ";

/** The checks of the lint that is walking each root document, until `settleExampleChecks`. */
const CHECKS = new WeakMap<Source, ExampleChecker>();

/** The rule's visitor; one set of checks (and compiled-validator cache) per lint (per generation). */
export function exampleRule(): Oas3Visitor {
  const checker = new ExampleChecker();
  return {
    Root: { enter: (_root: unknown, ctx: UserContext) => CHECKS.set(ctx.location.source, checker) },
    Schema: { leave: (schema: unknown, ctx: UserContext) => checker.schemaExamples(schema, ctx) },
    MediaType: { leave: (media: unknown, ctx: UserContext) => checker.objectExamples(media, ctx) },
    Parameter: { leave: (param: unknown, ctx: UserContext) => checker.objectExamples(param, ctx) },
  };
}

/**
 * The lint's problems with each example check settled: the walk reported every check as a
 * placeholder, in walk order, so that the problems keep the order they had when the examples
 * were validated on the spot; a valid example's placeholder is dropped, an invalid one's gets
 * its message and the location of the failing value.
 */
export async function settleExampleChecks(
  root: Source,
  problems: readonly NormalizedProblem[],
): Promise<NormalizedProblem[]> {
  const checker = CHECKS.get(root);
  CHECKS.delete(root);
  if (checker === undefined) return [...problems];
  const failures = await checker.failures();
  return problems.flatMap((problem) => {
    if (!problem.message.startsWith(PLACEHOLDER)) return [problem];
    const id = Number(problem.message.slice(PLACEHOLDER.length));
    const failure = failures.get(id);
    if (failure === undefined) return [];
    const at = checker.locations[id]!;
    const location = {
      ...problem.location[0]!,
      ...(failure.path.length > 0 ? at.child(failure.path) : at),
    };
    return [{ ...problem, message: failure.message, location: [location] }];
  });
}

/** Stops a lint's example checks that will not be settled (the lint failed). */
export function dropExampleChecks(root: Source): void {
  CHECKS.get(root)?.stop();
  CHECKS.delete(root);
}

interface Check {
  readonly id: number;
  /** The schema's number among the distinct copies (their texts stay here: see `check`). */
  readonly key: number;
  /** The schema's self-contained copy, sent with the first check of its key only. */
  readonly schema?: unknown;
  readonly example: unknown;
}

interface Failure {
  readonly message: string;
  readonly path: string[];
}

class ExampleChecker {
  /** Where each check's example is, by check id. */
  readonly locations: Location[] = [];
  /** Each schema's self-contained copy and its text, by the schema (object) it was made from. */
  private readonly copies = new Map<unknown, { key: string; copy: unknown } | undefined>();
  /** The number of each distinct copy, by its text. */
  private readonly keys = new Map<string, number>();
  private pending: Check[] = [];
  private worker: Worker | undefined;
  private result: Promise<Map<number, Failure>> | undefined;

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

  /** The failed checks, by id, once every check is done (here, or on the thread). */
  failures(): Promise<Map<number, Failure>> {
    this.result ??= this.worker === undefined ? Promise.resolve(this.checkHere()) : this.finish();
    return this.result;
  }

  stop(): void {
    void this.worker?.terminate();
  }

  /**
   * Records a check and reports its placeholder. A schema that cannot be copied (a `$ref` that
   * leads nowhere: reported by no-unresolved-refs) is not checked.
   */
  private check(example: unknown, schema: unknown, ctx: UserContext, at: Location): void {
    const copied = this.copyOf(schema, ctx);
    if (copied === undefined) return;
    const id = this.locations.length;
    this.locations.push(at);
    // The thread names a schema by a number: a copy's text (often kilobytes) would be copied
    // into every message and hashed again there for each of its checks.
    let key = this.keys.get(copied.key);
    const first = key === undefined;
    if (key === undefined) {
      key = this.keys.size;
      this.keys.set(copied.key, key);
    }
    this.pending.push(first ? { id, key, schema: copied.copy, example } : { id, key, example });
    ctx.report({ message: `${PLACEHOLDER}${id}`, location: at });
    if (this.worker === undefined && this.keys.size >= THREAD_MIN_SCHEMAS) this.startWorker();
    if (this.worker !== undefined && this.pending.length >= BATCH) this.send(false);
  }

  /** The schema's copy (made once per schema: a schema object lies in one file). */
  private copyOf(schema: unknown, ctx: UserContext): { key: string; copy: unknown } | undefined {
    if (this.copies.has(schema)) return this.copies.get(schema);
    let copied: { key: string; copy: unknown } | undefined;
    try {
      const copy = selfContained(schema, ctx);
      copied = { key: JSON.stringify(copy), copy };
    } catch {
      copied = undefined;
    }
    this.copies.set(schema, copied);
    return copied;
  }

  private checkHere(): Map<number, Failure> {
    const validator = new ExampleValidator();
    const failures = new Map<number, Failure>();
    for (const check of this.pending) {
      const failure = validator.failure(check);
      if (failure !== undefined) failures.set(check.id, failure);
    }
    this.pending = [];
    return failures;
  }

  private startWorker(): void {
    this.worker = new Worker(new URL("./example-worker.mjs", import.meta.url));
    this.worker.unref();
  }

  private send(end: boolean): void {
    this.worker!.postMessage({ checks: this.pending, end });
    this.pending = [];
  }

  private finish(): Promise<Map<number, Failure>> {
    const worker = this.worker!;
    return new Promise((resolve, reject) => {
      worker.once(
        "message",
        (reply: { failures?: (Failure & { id: number })[]; error?: string }) => {
          void worker.terminate();
          if (reply.error !== undefined) reject(new Error(reply.error));
          else resolve(new Map(reply.failures!.map(({ id, ...failure }) => [id, failure])));
        },
      );
      worker.once("error", reject);
      // Unreferenced while the walk feeds it (a failed lint must not wait for it); awaited now.
      worker.ref();
      this.send(true);
    });
  }
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

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
