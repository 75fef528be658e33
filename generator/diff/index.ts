/**
 * The API change report: two bundled specs in, the classified changes out, judged from the side
 * of a consumer of the generated package (see kinds.ts for every kind and its level). Pure: the
 * CLI reads the earlier spec and prints the report; nothing here touches files.
 */
import type { Level } from "./kinds.js";
import { compareOperation, matchOperations, operationsOf } from "./operations.js";
import { unchangedOperations } from "./unchanged.js";
import { canonical, change, startWalk, type Node, type SchemaChange } from "./walk.js";

export { KINDS, whyOf, type Level, type Side } from "./kinds.js";

/** One change of the report (CONTRACT section 2). */
export interface Change {
  readonly operationId?: string;
  readonly pointer: string;
  readonly kind: string;
  readonly level: Level;
  readonly message: string;
}

/** The bump a set of changes needs. */
export type Bump = "major" | "minor" | "patch" | "none";

/** The report: versions, the bump the changes need, the changes (CONTRACT section 2). */
export interface ChangeReport {
  /** The earlier spec's `info.version`; `""` when there is no earlier spec. */
  readonly from: string;
  readonly to: string;
  readonly bump: Bump;
  readonly changes: readonly Change[];
}

/** How to compare. */
export interface CompareOptions {
  /** Walk every operation, even those certainly unchanged (tests hold the shortcut to this). */
  readonly everyOperation?: boolean;
}

/** Compares the earlier bundled spec (undefined when there is none) with the new one. */
export function compareSpecs(
  old: Node | undefined,
  next: Node,
  options: CompareOptions = {},
): ChangeReport {
  const to = versionOf(next);
  if (old === undefined) return { from: "", to, bump: "none", changes: [] };
  const changes = [...operationChanges(old, next, options), ...documentChanges(old, next)];
  return { from: versionOf(old), to, bump: bumpOf(changes), changes };
}

/** `info.version`, or `""`. */
export function versionOf(doc: Node): string {
  const info = doc["info"];
  const version = typeof info === "object" && info !== null ? (info as Node)["version"] : undefined;
  return typeof version === "string" ? version : "";
}

function operationChanges(old: Node, next: Node, options: CompareOptions): Change[] {
  const walk = startWalk(old, next);
  const { pairs, removed, added } = matchOperations(operationsOf(old), operationsOf(next));
  const changes: Change[] = [];
  const unchanged = options.everyOperation === true ? () => false : unchangedOperations(old, next);
  for (const [before, after] of pairs) {
    if (unchanged(before, after)) continue;
    changes.push(...tie(after.operationId, compareOperation(walk, before, after)));
  }
  for (const op of removed) {
    const what = `${op.method.toUpperCase()} ${op.path} removed`;
    changes.push(
      ...tie(op.operationId, [change("request", "operation-removed", op.pointer, what)]),
    );
  }
  for (const op of added) {
    const what = `${op.method.toUpperCase()} ${op.path} added`;
    changes.push(...tie(op.operationId, [change("request", "operation-added", op.pointer, what)]));
  }
  return changes;
}

/** Ties changes to an operation, once each (a component reached twice is one change). */
function tie(operationId: string | undefined, found: readonly SchemaChange[]): Change[] {
  const seen = new Set<string>();
  const changes: Change[] = [];
  for (const item of found) {
    const key = `${item.pointer} ${item.kind} ${item.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    changes.push(operationId === undefined ? { ...item } : { operationId, ...item });
  }
  return changes;
}

/** Changes outside operations that a consumer sees: the default server, the API's description. */
function documentChanges(old: Node, next: Node): Change[] {
  const changes: Change[] = [];
  if (canonical(old["servers"]) !== canonical(next["servers"])) {
    changes.push(change("request", "servers-changed", "#/servers", "the servers changed"));
  }
  const oldInfo = { ...(old["info"] as Node), version: undefined };
  const newInfo = { ...(next["info"] as Node), version: undefined };
  if (canonical(oldInfo) !== canonical(newInfo)) {
    changes.push(change("request", "description-changed", "#/info", "the API's info changed"));
  }
  return changes;
}

/** The bump the changes need: major for any breaking, minor for any addition, patch for info. */
export function bumpOf(changes: readonly Change[]): Bump {
  if (changes.some((c) => c.level === "breaking")) return "major";
  if (changes.some((c) => c.level === "non-breaking")) return "minor";
  return changes.length > 0 ? "patch" : "none";
}
