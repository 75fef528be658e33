/**
 * Load stage: read the root document (YAML or JSON) with @redocly/openapi-core, which keeps each
 * file's source so any JSON pointer can be turned into `file:line:column`; later, bundle the
 * multi-file spec into one document whose `$ref`s all point inside it.
 */
import { resolve } from "node:path";
import {
  BaseResolver,
  bundleDocument,
  type Document,
  type LocationObject,
  type Source,
  type StyleguideConfig,
} from "@redocly/openapi-core";
import type { Oas3Visitor } from "@redocly/openapi-core/lib/visitors.js";
import type { UserContext } from "@redocly/openapi-core/lib/walk.js";
import { Kind, safeLoad } from "yaml-ast-parser";
import "./redocly-pointer.js"; // RFC 6901 pointers for every `$ref` Redocly reads
import { diagnostic, DiagnosticsError, type Diagnostic } from "./diagnostics.js";
import { jsonOffsetAt, memberCount, safeDecode } from "./json-positions.js";
import { lineAndColumn as lineAndColumnAt, lineStarts } from "./text-lines.js";

export { safeDecode };

/** The parsed root document and the resolver that read it (and will read its `$ref`ed files). */
export interface LoadedSpec {
  readonly rootFile: string;
  readonly document: Document;
  readonly resolver: BaseResolver;
}

/** The spec as one JSON value, plus every file it was made from (for --watch and messages). */
export interface BundledSpec {
  readonly rootFile: string;
  readonly api: Record<string, unknown>;
  readonly files: readonly string[];
}

/** Reads and parses the root document; throws `DiagnosticsError` when it cannot. */
export async function loadSpec(specPath: string): Promise<LoadedSpec> {
  const rootFile = resolve(specPath);
  const resolver = new SpecResolver();
  // Redocly returns a failure for `$ref`ed files but throws it for the root document.
  const result = await resolver.resolveDocument(null, rootFile, true).catch((error: unknown) => {
    if (error instanceof DiagnosticsError) throw error;
    if (error instanceof Error) return error as ResolveFailure & Error;
    throw error;
  });
  if ("parsed" in result) {
    assertOpenApiVersion(rootFile, result);
    return { rootFile, document: result, resolver };
  }
  throw new DiagnosticsError([loadFailure(rootFile, result)]);
}

/**
 * Redocly's resolver with two guards on every file it parses (the root and each `$ref`ed file):
 * a `.json` file must be JSON (YAML would read a trailing comma as if it were not there), and
 * YAML aliases must not expand the document past a bound (see `assertAliasesBounded`).
 */
class SpecResolver extends BaseResolver {
  override parseDocument(source: Source, isRoot?: boolean): Document {
    const json = /\.json$/i.test(source.absoluteRef);
    const value = json ? parsedJson(source) : undefined;
    if (json && readsAsInYaml(source, value)) return { source, parsed: value };
    const document = super.parseDocument(source, isRoot);
    // Strict JSON has no aliases; YAML has none without an anchor (`&name`).
    if (!json && source.body.includes("&")) assertAliasesBounded(document);
    return document;
  }
}

/** The value of a `.json` file; throws a located `spec-syntax` diagnostic when it is not strict JSON. */
function parsedJson(source: Source): unknown {
  // A byte-order mark is no JSON text, but editors write one; YAML skips it too.
  const bom = source.body.startsWith("\uFEFF") ? 1 : 0;
  try {
    return JSON.parse(source.body.slice(bom)) as unknown;
  } catch (error) {
    const message = (error as Error).message;
    // V8 names the offset of the fault: "... in JSON at position 42 (line 3 column 1)".
    const offset = bom + Number(/at position (\d+)/.exec(message)?.[1] ?? source.body.length);
    const comma = trailingComma(source.body, offset);
    const { line, column } = lineAndColumn(source, Math.min(comma ?? offset, source.body.length));
    throw new DiagnosticsError([
      diagnostic({
        code: "spec-syntax",
        message:
          comma === undefined
            ? `Invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, "")}`
            : "Invalid JSON: a trailing comma (JSON allows none before `}` or `]`)",
        file: source.absoluteRef,
        line,
        column,
        pointer: "#",
        hint: "Fix the JSON syntax here (a trailing comma, a missing quote or bracket), or name the file .yaml if it is YAML.",
      }),
    ]);
  }
}

/** Characters that Redocly's YAML parser (js-yaml 4) refuses: non-printable ones, lone surrogates. */
const YAML_NON_PRINTABLE =
  /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

/**
 * Every character `YAML_NON_PRINTABLE` can match, surrogates paired or not: a text without any
 * (most specs) is cleared by one scan of a character class, four times faster on Cloudflare's 4 MB
 * than the expression's alternatives, tried at every character.
 */
const MAYBE_NON_PRINTABLE =
  /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Whether Redocly's YAML parser, which reads every spec file, would read this JSON text as the
 * value `JSON.parse` gave, so that the second, slower parse can be skipped. For strict JSON it
 * does, except for: a repeated key (an error in YAML), a number out of range or `-0` (a string
 * and `0` in YAML), the characters above (an error), a byte-order mark, and a `.JSON` file that
 * Redocly does not parse unless it is the root. Any of these takes Redocly's own parse.
 */
function readsAsInYaml(source: Source, value: unknown): boolean {
  const { body, absoluteRef } = source;
  if (!absoluteRef.endsWith(".json") || body.startsWith("\uFEFF")) return false;
  if (MAYBE_NON_PRINTABLE.test(body) && YAML_NON_PRINTABLE.test(body)) return false;
  const keys = plainKeyCount(value);
  return keys !== undefined && keys === memberCount(body);
}

/** How many keys the objects of a JSON value have, or undefined when a number reads otherwise in YAML. */
function plainKeyCount(value: unknown): number | undefined {
  let keys = 0;
  const visit = (node: unknown): boolean => {
    if (typeof node === "number") return Number.isFinite(node) && !Object.is(node, -0);
    if (typeof node !== "object" || node === null) return true;
    if (Array.isArray(node)) return node.every(visit);
    const names = Object.keys(node);
    keys += names.length;
    return names.every((name) => visit((node as Record<string, unknown>)[name]));
  };
  return visit(value) ? keys : undefined;
}

/** The offset of the comma before a `}` or `]` at `offset` (spaces between), if there is one. */
function trailingComma(body: string, offset: number): number | undefined {
  if (body[offset] !== "}" && body[offset] !== "]") return undefined;
  let at = offset - 1;
  while (at >= 0 && /\s/.test(body[at]!)) at--;
  return body[at] === "," ? at : undefined;
}

/** How far YAML aliases may expand a document: nodes (objects and arrays) counted as if copied. */
const MAX_EXPANDED_NODES = 1_000_000;
/** ... and how many times its distinct nodes, so a large spec that reuses schemas stays readable. */
const MAX_EXPANSION_RATIO = 10;

/**
 * A few lines of YAML can make aliases of aliases that, expanded, hold 10^9 nodes ("billion
 * laughs"): the parser shares them, but every stage that walks the document would walk them all.
 * The expanded size is counted with each shared node's size computed once, and stops at the bound;
 * a document whose aliases expand it past the bound (or round in a circle) is refused.
 */
function assertAliasesBounded(document: Document): void {
  const sizes = new Map<object, number>();
  const limit = (): number => Math.max(MAX_EXPANDED_NODES, MAX_EXPANSION_RATIO * sizes.size);
  const size = (node: unknown): number => {
    if (typeof node !== "object" || node === null) return 0;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    sizes.set(node, Infinity); // until counted: a node inside itself expands without end
    let total = 1;
    for (const child of Object.values(node)) {
      total += size(child);
      if (total > limit()) break;
    }
    sizes.set(node, total);
    return total;
  };
  if (size(document.parsed) <= limit()) return;
  throw new DiagnosticsError([
    diagnostic({
      code: "spec-syntax",
      message: `YAML aliases expand this document to more than ${limit()} nodes; refused (the first alias is here)`,
      ...firstAlias(document.source),
      hint: "Write the repeated part once and point at it with $ref instead of nesting YAML aliases (*name).",
    }),
  ]);
}

/** The position and pointer of the first YAML alias (`*name`) of a source. */
function firstAlias(source: Source): Pick<Diagnostic, "file" | "line" | "column" | "pointer"> {
  const found = { file: source.absoluteRef, line: 1, column: 1, pointer: "#" };
  const visit = (node: YamlNode | null | undefined, pointer: string): boolean => {
    if (node === null || node === undefined) return false;
    if (node.kind === Kind.ANCHOR_REF) {
      Object.assign(found, lineAndColumn(source, node.startPosition), { pointer });
      return true;
    }
    if (node.kind === Kind.SEQ)
      return (node.items ?? []).some((item, i) => visit(item, `${pointer}/${i}`));
    if (node.kind !== Kind.MAP) return false;
    return (node.mappings ?? []).some((mapping) =>
      visit(
        mapping.value as YamlNode | null,
        `${pointer}/${escapeSegment(String(mapping.key?.value))}`,
      ),
    );
  };
  visit(source.getAst(safeLoad) as YamlNode | undefined, "#");
  return found;
}

function escapeSegment(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Bundles the spec into one document (refs to other files become components). */
export async function bundleSpec(
  loaded: LoadedSpec,
  config: StyleguideConfig,
): Promise<BundledSpec> {
  if (UNCHANGED_BY_BUNDLING.has(loaded.document.source)) return bundledAsIs(loaded);
  const result = await bundleDocument({
    document: loaded.document,
    config,
    externalRefResolver: loaded.resolver,
    dereference: false,
  });
  return {
    rootFile: loaded.rootFile,
    api: result.bundle.parsed as Record<string, unknown>,
    files: [...result.fileDependencies].sort(),
  };
}

/** Root documents that validation found Redocly's bundler would leave as they are. */
const UNCHANGED_BY_BUNDLING = new WeakSet<Source>();

/**
 * A lint rule that reports nothing: as validation walks the spec, it watches for everything
 * Redocly's bundler (`bundleDocument`, 1.34, without `dereference`) would rewrite when it walks
 * the same document again: a `$ref` into another file, one it cannot resolve, or one where the
 * spec expects a scalar (inlined); an Example's `externalValue` (read in); a discriminator mapping
 * that is not `#/components/schemas/<name>` of an existing schema (saved again as a component).
 * When there is none (a one-file spec: the common large case), `bundleSpec` skips the bundler,
 * its second resolution of every `$ref` and its second walk of the whole document.
 */
export function bundlingCheck(): Oas3Visitor {
  let root: Source | undefined;
  let rewrites = false;
  return {
    Root: {
      enter: (_root: unknown, ctx: UserContext) => {
        root = ctx.location.source;
      },
      leave: () => {
        if (root !== undefined && !rewrites) UNCHANGED_BY_BUNDLING.add(root);
      },
    },
    ref: {
      enter: (_ref: unknown, ctx: UserContext, resolved: ResolvedRef) => {
        const source = resolved.location?.source;
        const inPlace = source === root && source === ctx.location.source;
        if (resolved.node === undefined || !inPlace || ctx.type.name === "scalar") rewrites = true;
      },
    },
    Example: {
      enter: (example: unknown) => {
        const node = example as { externalValue?: unknown; value?: unknown } | null;
        if (typeof node?.externalValue === "string" && node.value === undefined) rewrites = true;
      },
    },
    DiscriminatorMapping: {
      enter: (mapping: Record<string, unknown>, ctx: UserContext) => {
        for (const target of Object.values(mapping)) {
          if (!isSchemaComponentRef(target, ctx)) rewrites = true;
        }
      },
    },
  };
}

/** What a `ref` visitor is given about the `$ref`'s target. */
interface ResolvedRef {
  readonly node: unknown;
  readonly location?: { readonly source: Source; readonly pointer: string };
}

/**
 * Whether the bundler would write this mapping value back unchanged: it saves the target as the
 * component named by the last segment of its pointer (as escaped), and writes that component's
 * pointer. Only a plain name that is already the target is left as written.
 */
function isSchemaComponentRef(target: unknown, ctx: UserContext): boolean {
  if (typeof target !== "string" || !/^#\/components\/schemas\/[^/~%]+$/.test(target)) {
    return false;
  }
  const resolved = ctx.resolve({ $ref: target }) as ResolvedRef;
  return resolved.node !== undefined && resolved.location?.pointer === target;
}

/**
 * The spec as the bundler would return it when it rewrites nothing: the same parsed document, to
 * which the bundler adds an empty `components` when there is none.
 */
function bundledAsIs(loaded: LoadedSpec): BundledSpec {
  const api = loaded.document.parsed as Record<string, unknown>;
  api["components"] = api["components"] || {};
  return {
    rootFile: loaded.rootFile,
    api,
    files: [...loaded.resolver.getFiles()].sort(),
  };
}

/**
 * Turns a Redocly location into our diagnostic position fields. Redocly's `getLineColLocation`
 * counts lines from the top of the file for every problem: with Stripe's 678 warnings in a 6 MB
 * file that was 2.4 s. The same node (Redocly's lookup in the same syntax tree, which the source
 * parses once and keeps), placed through an index of line starts built once per file.
 */
export function locate(
  location: LocationObject,
): Pick<Diagnostic, "file" | "line" | "column" | "pointer"> {
  const { source, pointer, reportOnKey } = location;
  const offset =
    pointer === undefined ? undefined : offsetAt(source, pointer, reportOnKey === true);
  const { line, column } = lineAndColumn(source, offset ?? 1);
  return { file: source.absoluteRef, line, column, pointer: pointer ?? "#" };
}

/**
 * Where the node at a pointer starts. A `.json` file (strict JSON: `SpecResolver` checked it) is
 * scanned along the pointer only (json-positions.ts); a YAML one is looked up in its syntax tree.
 * A byte-order mark shifts yaml-ast-parser's offsets, so such a file takes the tree too.
 */
function offsetAt(source: Source, pointer: string, onKey: boolean): number | undefined {
  if (/\.json$/i.test(source.absoluteRef) && !source.body.startsWith("\uFEFF")) {
    return jsonOffsetAt(source, source.body, pointer, onKey);
  }
  // Redocly passes the same parser to `getAst`, which parses once and keeps the tree.
  const tree = source.getAst(safeLoad) as YamlNode | undefined;
  return astNodeAt(tree, pointer, onKey)?.startPosition;
}

/** The part of yaml-ast-parser's syntax tree that a lookup by pointer reads. */
interface YamlNode {
  readonly kind: number;
  readonly startPosition: number;
  readonly parent?: YamlNode;
  readonly key?: YamlNode;
  readonly value?: unknown;
  readonly mappings?: readonly YamlNode[];
  readonly items?: readonly (YamlNode | null)[];
}

/**
 * The syntax-tree node at a JSON pointer (or its key's node), as deep as the pointer leads.
 * Redocly's own lookup percent-decodes each segment with an unguarded `decodeURIComponent`, which
 * throws on a key such as `100%` and finds the wrong key for `%41`; its pointers are built from
 * keys with only `~` and `/` escaped, so a segment is tried as written first, then decoded.
 */
function astNodeAt(
  root: YamlNode | undefined,
  pointer: string,
  onKey: boolean,
): YamlNode | undefined {
  let node = root;
  for (const segment of pointer.replace(/^#\/?/, "").split("/")) {
    if (node === undefined || segment === "") continue;
    const next = childNode(node, segment.replace(/~1/g, "/").replace(/~0/g, "~"));
    if (next === undefined) break;
    node = next;
  }
  if (!onKey || node?.parent?.kind !== Kind.MAPPING) return node;
  return node.parent.key ?? node;
}

/** A map's value (or its mapping, when it has none) by key, or a sequence's item by index. */
function childNode(node: YamlNode, key: string): YamlNode | undefined {
  if (node.kind === Kind.SEQ) return node.items?.[Number.parseInt(key, 10)] ?? undefined;
  if (node.kind !== Kind.MAP) return undefined;
  const decoded = safeDecode(key);
  const mapping =
    node.mappings?.find((m) => m.key?.value === key) ??
    node.mappings?.find((m) => m.key?.value === decoded);
  return mapping === undefined ? undefined : ((mapping.value as YamlNode | null) ?? mapping);
}

/** The text of a 1-based line of a source, trimmed. */
export function sourceLine(source: Source, line: number): string {
  const starts = sourceLineStarts(source);
  const start = starts[line - 1];
  if (start === undefined) return "";
  const end = starts[line] ?? source.body.length + 1;
  return source.body.slice(start, end - 1).trim();
}

const LINE_STARTS = new WeakMap<Source, number[]>();

/** Offsets at which each line of the source starts (counted once per source). */
function sourceLineStarts(source: Source): number[] {
  let starts = LINE_STARTS.get(source);
  if (starts === undefined) {
    starts = lineStarts(source.body);
    LINE_STARTS.set(source, starts);
  }
  return starts;
}

/** 1-based line and column of a 0-based offset. */
function lineAndColumn(source: Source, offset: number): { line: number; column: number } {
  return lineAndColumnAt(sourceLineStarts(source), offset);
}

interface ResolveFailure {
  readonly message: string;
  readonly originalError?: {
    readonly code?: string;
    readonly message?: string;
    /** js-yaml's description of a syntax error, without file name or snippet. */
    readonly reason?: string;
  };
  readonly line?: number;
  readonly col?: number;
}

function loadFailure(rootFile: string, failure: ResolveFailure): Diagnostic {
  if (typeof failure.line === "number") {
    return diagnostic({
      code: "spec-syntax",
      message: `Invalid YAML: ${failure.originalError?.reason ?? firstLine(failure.message)}`,
      file: rootFile,
      line: failure.line,
      column: failure.col ?? 1,
      pointer: "#",
    });
  }
  return diagnostic({
    code: "spec-unreadable",
    message:
      failure.originalError?.code === "ENOENT"
        ? "Spec file not found"
        : `Cannot read the spec: ${firstLine(failure.originalError?.message ?? failure.message)}`,
    file: rootFile,
    pointer: "#",
  });
}

function assertOpenApiVersion(rootFile: string, document: Document): void {
  const parsed = document.parsed as { openapi?: unknown } | null;
  const version = typeof parsed === "object" && parsed !== null ? parsed.openapi : undefined;
  if (typeof version === "string" && /^3\.[01]\.\d+$/.test(version)) return;
  const swagger = typeof parsed === "object" && parsed !== null && "swagger" in parsed;
  const found = swagger
    ? "a Swagger 2.0 document: convert it to OpenAPI 3.x first"
    : version === undefined
      ? "no `openapi` field"
      : `openapi: ${String(version)}`;
  throw new DiagnosticsError([
    diagnostic({
      code: "spec-version",
      message: `Not an OpenAPI 3.1 document (${found})`,
      file: rootFile,
      line: 1,
      column: 1,
      pointer: "#/openapi",
    }),
  ]);
}

function firstLine(text: string): string {
  return (text.split("\n")[0] ?? text).trim();
}
