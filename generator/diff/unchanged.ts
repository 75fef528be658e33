/**
 * A shortcut that keeps the comparison of a large spec with one edit cheap: an operation whose
 * JSON is the same in both documents, and whose `$ref`s lead only to components that are the same
 * (their own JSON and everything they refer to), cannot have changed, and is not walked. Equal
 * JSON is a sufficient test, never a necessary one: anything else is compared in full.
 */
import type { OperationRef } from "./operations.js";
import type { Node } from "./walk.js";

/** The component (`#/components/<section>/<name>`) a ref points into, or undefined. */
function componentOf(ref: string): string | undefined {
  const match = /^#\/components\/[^/]+\/[^/]+/.exec(ref);
  return match?.[0];
}

/**
 * Whether two JSON values are equal, collecting the `$ref`s met on the way (complete only when
 * they are equal). Walks without building strings: a 4 MB spec is mostly equal subtrees.
 */
function sameJson(a: unknown, b: unknown, refs: string[]): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  for (const key of keysB) {
    if (!(key in left) || !sameJson(left[key], right[key], refs)) return false;
    if (key === "$ref" && typeof right[key] === "string") refs.push(right[key]);
  }
  return true;
}

/** Every ref's component, or undefined when one points elsewhere. */
function componentsOf(refs: readonly string[]): string[] | undefined {
  const found: string[] = [];
  for (const ref of refs) {
    const component = componentOf(ref);
    if (component === undefined) return undefined;
    found.push(component);
  }
  return found;
}

/** Each component's key and value. */
function componentEntries(doc: Node): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  const components = (doc["components"] ?? {}) as Record<string, Record<string, unknown>>;
  for (const [section, values] of Object.entries(components)) {
    if (typeof values !== "object" || values === null) continue;
    for (const [name, value] of Object.entries(values)) {
      entries.set(
        `#/components/${section}/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`,
        value,
      );
    }
  }
  return entries;
}

/** Components that differ, or that refer (through any chain) to one that does. */
function changedComponents(old: Node, next: Node): Set<string> {
  const oldEntries = componentEntries(old);
  const newEntries = componentEntries(next);
  const changed = new Set([...oldEntries.keys()].filter((key) => !newEntries.has(key)));
  const users = new Map<string, string[]>();
  for (const [key, value] of newEntries) {
    const refs: string[] = [];
    const components = sameJson(oldEntries.get(key), value, refs) ? componentsOf(refs) : undefined;
    if (components === undefined) changed.add(key);
    for (const ref of components ?? []) {
      const list = users.get(ref);
      if (list === undefined) users.set(ref, [key]);
      else list.push(key);
    }
  }
  const queue = [...changed];
  while (queue.length > 0) {
    for (const user of users.get(queue.pop()!) ?? []) {
      if (changed.has(user)) continue;
      changed.add(user);
      queue.push(user);
    }
  }
  return changed;
}

/** A test of whether a pair of operations is certainly unchanged. */
export function unchangedOperations(
  old: Node,
  next: Node,
): (before: OperationRef, after: OperationRef) => boolean {
  const security = (doc: Node) => [
    doc["security"],
    (doc["components"] as Node | undefined)?.["securitySchemes"],
  ];
  if (!sameJson(security(old), security(next), [])) return () => false;
  const changed = changedComponents(old, next);
  return (before, after) => {
    if (before.path !== after.path || before.method !== after.method) return false;
    const refs: string[] = [];
    if (!sameJson(before.node, after.node, refs)) return false;
    if (!sameJson(before.pathParameters, after.pathParameters, refs)) return false;
    return componentsOf(refs)?.every((ref) => !changed.has(ref)) ?? false;
  };
}
