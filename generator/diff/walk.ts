/**
 * What every comparison shares: the two documents, the memo of compared schema pairs, and the
 * helpers that follow `$ref`s and build changes. Pure data; nothing here reads files.
 */
import { levelOf, whyOf, type Level, type Side } from "./kinds.js";

/** A JSON object of the spec. */
export type Node = Readonly<Record<string, unknown>>;

/** One classified change, before it is tied to an operation. */
export interface SchemaChange {
  readonly pointer: string;
  readonly kind: string;
  readonly level: Level;
  readonly message: string;
}

/** The two bundled documents and the memo of schema pairs already compared. */
export interface Walk {
  readonly old: Node;
  readonly new: Node;
  /** `side|oldPointer|newPointer` → the changes found there (empty while in progress: cycles). */
  readonly memo: Map<string, readonly SchemaChange[]>;
}

/** A new walk over two documents. */
export function startWalk(oldDoc: Node, newDoc: Node): Walk {
  return { old: oldDoc, new: newDoc, memo: new Map() };
}

/** A value with the JSON pointer it was found at. */
export interface Located {
  readonly value: unknown;
  readonly pointer: string;
}

/** Whether a value is a JSON object (not an array). */
export function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Escapes one reference token of a JSON pointer (RFC 6901). */
export function token(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** `pointer` + `/key`. */
export function child(pointer: string, ...keys: readonly (string | number)[]): string {
  return keys.reduce<string>((at, key) => `${at}/${token(String(key))}`, pointer);
}

/** The value at a local `#/...` pointer, or undefined. */
export function atPointer(doc: Node, pointer: string): unknown {
  if (!pointer.startsWith("#")) return undefined;
  const tokens = pointer.slice(1).split("/").slice(1);
  let value: unknown = doc;
  for (const raw of tokens) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(value)) value = value[Number(key)];
    else if (isNode(value)) value = value[key];
    else return undefined;
  }
  return value;
}

/**
 * Follows local `$ref`s to the object they name, with the pointer of where it is. A `$ref` with
 * sibling keywords (allowed in 3.1) keeps them over the target's, at its own pointer. A loop of
 * refs stops.
 */
export function follow(doc: Node, located: Located): Located {
  let { value, pointer } = located;
  const seen = new Set<string>();
  while (isNode(value) && typeof value["$ref"] === "string" && !seen.has(value["$ref"])) {
    const ref = value["$ref"];
    seen.add(ref);
    const { $ref: _ref, ...siblings } = value;
    const target = atPointer(doc, ref);
    if (target === undefined) break;
    // With siblings the merged schema is this site's own: it keeps the site's pointer, which is
    // also what keeps the memo (keyed by pointers) from mixing two sites of one target.
    const hasSiblings = Object.keys(siblings).length > 0 && isNode(target);
    value = hasSiblings ? { ...target, ...siblings } : target;
    if (!hasSiblings) pointer = ref;
  }
  return { value, pointer };
}

/** A change of a kind: what changed, then why it matters, both for the side; level from the catalog. */
export function change(side: Side, kind: string, pointer: string, message: string): SchemaChange {
  return { pointer, kind, level: levelOf(kind, side), message: `${message}: ${whyOf(kind, side)}` };
}

/** Canonical JSON (keys sorted) for comparing values. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isNode(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}

/** A value for a message: JSON, cut short. */
export function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
