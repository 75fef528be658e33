/**
 * Compares two JSON Schemas from one side (request: what the consumer sends; response: what it
 * reads). `$ref`s are followed on both sides before comparing, so a schema moved or renamed with
 * the same shape reports nothing; each compared pair is memoised by its two pointers, which makes
 * a component reached from many places cost one comparison and keeps recursive schemas finite.
 * Pointers are into the new document, or the old one for what was removed.
 */
import { BOUND_KEYWORDS, kebab, type Side } from "./kinds.js";
import {
  canonical,
  change,
  child,
  follow,
  isNode,
  shown,
  type Located,
  type Node,
  type SchemaChange,
  type Walk,
} from "./walk.js";

/** The two schemas being compared, and from which side. */
interface Pair {
  readonly walk: Walk;
  readonly side: Side;
  readonly old: Node;
  readonly oldPointer: string;
  readonly new: Node;
  readonly newPointer: string;
}

/** Keywords compared by a dedicated rule; anything else falls to the catch-all. */
const HANDLED = new Set([
  "$ref",
  "type",
  "enum",
  "const",
  "properties",
  "required",
  "additionalProperties",
  "unevaluatedProperties",
  "items",
  "prefixItems",
  "pattern",
  "format",
  "multipleOf",
  "uniqueItems",
  ...BOUND_KEYWORDS.map(([keyword]) => keyword),
  "allOf",
  "anyOf",
  "oneOf",
  "not",
  "if",
  "then",
  "else",
  "dependentRequired",
  "propertyNames",
  "x-sum-equals",
  // Annotations: documentation for the consumer, judged `info`.
  "description",
  "title",
  "summary",
  "example",
  "examples",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "$comment",
  "externalDocs",
  "xml",
  "discriminator",
  "nullable",
]);

/** Keywords that hold one subschema which constrains the value (compared from the same side). */
const SUBSCHEMA_RULES = ["then", "else", "propertyNames"];
/** Keywords whose subschema is read the other way round (negated, or a condition). */
const INVERTED_RULES = ["not", "if"];

/** Compares two schemas (either may be a `$ref`); returns the changes found. */
export function compareSchemas(
  walk: Walk,
  side: Side,
  oldSchema: Located,
  newSchema: Located,
): readonly SchemaChange[] {
  const old = follow(walk.old, oldSchema);
  const next = follow(walk.new, newSchema);
  const key = `${side}|${old.pointer}|${next.pointer}`;
  const known = walk.memo.get(key);
  if (known !== undefined) return known;
  walk.memo.set(key, []); // a cycle meets this pair again: its changes are reported the first time
  const changes = compareResolved(walk, side, old, next);
  walk.memo.set(key, changes);
  return changes;
}

function compareResolved(walk: Walk, side: Side, old: Located, next: Located): SchemaChange[] {
  if (!isNode(old.value) || !isNode(next.value)) {
    if (canonical(old.value) === canonical(next.value)) return [];
    return [change(side, "schema-changed", next.pointer, "the schema was replaced")];
  }
  const pair: Pair = {
    walk,
    side,
    old: old.value,
    oldPointer: old.pointer,
    new: next.value,
    newPointer: next.pointer,
  };
  const typeChanges = compareTypes(pair);
  // A value of another type: its finer constraints say nothing more.
  if (typeChanges.some((found) => found.kind === "type-changed")) return typeChanges;
  return [
    ...typeChanges,
    ...compareEnums(pair),
    ...compareBounds(pair),
    ...compareFlags(pair),
    ...compareObjects(pair),
    ...compareArrays(pair),
    ...compareRules(pair),
    ...compareAnnotations(pair),
    ...compareOthers(pair),
  ];
}

/** The types a schema allows (`integer` counted in `number`), or undefined for any. */
function typesOf(schema: Node): Set<string> | undefined {
  const type = schema["type"];
  if (typeof type === "string") return new Set([type]);
  if (Array.isArray(type)) return new Set(type.filter((t): t is string => typeof t === "string"));
  return undefined;
}

function covers(outer: Set<string> | undefined, inner: Set<string> | undefined): boolean {
  if (outer === undefined) return true;
  if (inner === undefined) return false;
  return [...inner].every((t) => outer.has(t) || (t === "integer" && outer.has("number")));
}

function withoutNull(types: Set<string> | undefined): Set<string> | undefined {
  return types === undefined ? undefined : new Set([...types].filter((t) => t !== "null"));
}

function compareTypes(pair: Pair): SchemaChange[] {
  const oldTypes = typesOf(pair.old);
  const newTypes = typesOf(pair.new);
  const at = child(pair.newPointer, "type");
  const changes: SchemaChange[] = [];
  const oldNull = oldTypes?.has("null") ?? true;
  const newNull = newTypes?.has("null") ?? true;
  if (!oldNull && newNull) changes.push(change(pair.side, "nullable-added", at, "may now be null"));
  if (oldNull && !newNull)
    changes.push(change(pair.side, "nullable-removed", at, "may no longer be null"));
  const oldRest = withoutNull(oldTypes);
  const newRest = withoutNull(newTypes);
  const wider = covers(newRest, oldRest);
  const narrower = covers(oldRest, newRest);
  if (wider && narrower) return changes;
  const what = `type ${describeTypes(oldRest)} became ${describeTypes(newRest)}`;
  const kind = wider ? "type-widened" : narrower ? "type-narrowed" : "type-changed";
  return [...changes, change(pair.side, kind, at, what)];
}

function describeTypes(types: Set<string> | undefined): string {
  return types === undefined ? "any" : [...types].join(" | ") || "none";
}

/** `enum`, with `const` read as a one-value enum. */
function enumOf(schema: Node): unknown[] | undefined {
  if ("const" in schema) return [schema["const"]];
  return Array.isArray(schema["enum"]) ? schema["enum"] : undefined;
}

function compareEnums(pair: Pair): SchemaChange[] {
  const oldValues = enumOf(pair.old);
  const newValues = enumOf(pair.new);
  const keyword = Array.isArray(pair.new["enum"]) ? "enum" : "const";
  if (oldValues === undefined && newValues === undefined) return [];
  if (oldValues === undefined)
    return [change(pair.side, "enum-added", child(pair.newPointer, keyword), "values now listed")];
  if (newValues === undefined) {
    const at = child(pair.oldPointer, "enum" in pair.old ? "enum" : "const");
    return [change(pair.side, "enum-removed", at, "any value of the type is now allowed")];
  }
  const at = child(pair.newPointer, keyword);
  const oldSet = new Set(oldValues.map(canonical));
  const newSet = new Set(newValues.map(canonical));
  const side = pair.side;
  return [
    ...newValues
      .filter((value) => !oldSet.has(canonical(value)))
      .map((value) => change(side, "enum-value-added", at, `${side} value ${shown(value)} added`)),
    ...oldValues
      .filter((value) => !newSet.has(canonical(value)))
      .map((v) => change(side, "enum-value-removed", at, `${side} value ${shown(v)} removed`)),
  ];
}

function compareBounds(pair: Pair): SchemaChange[] {
  const changes: SchemaChange[] = [];
  for (const [keyword, upper] of BOUND_KEYWORDS) {
    const before = pair.old[keyword];
    const after = pair.new[keyword];
    if (before === after) continue;
    const name = kebab(keyword);
    if (typeof before !== "number" && typeof after !== "number") continue;
    const at = child(typeof after === "number" ? pair.newPointer : pair.oldPointer, keyword);
    const what = `${keyword} ${shown(before ?? "none")} became ${shown(after ?? "none")}`;
    const action =
      typeof before !== "number"
        ? "added"
        : typeof after !== "number"
          ? "removed"
          : after > before
            ? "increased"
            : "decreased";
    changes.push(change(pair.side, `${name}-${action}`, at, what));
  }
  return changes;
}

/** `pattern`, `format`, `multipleOf`, `uniqueItems`: added, removed or changed. */
function compareFlags(pair: Pair): SchemaChange[] {
  const changes: SchemaChange[] = [];
  for (const keyword of ["pattern", "format", "multipleOf"]) {
    const before = pair.old[keyword];
    const after = pair.new[keyword];
    if (canonical(before) === canonical(after)) continue;
    const name = kebab(keyword);
    const action = before === undefined ? "added" : after === undefined ? "removed" : "changed";
    const at = child(after === undefined ? pair.oldPointer : pair.newPointer, keyword);
    const what = `${keyword} ${shown(before ?? "none")} became ${shown(after ?? "none")}`;
    changes.push(change(pair.side, `${name}-${action}`, at, what));
  }
  const uniqueBefore = pair.old["uniqueItems"] === true;
  const uniqueAfter = pair.new["uniqueItems"] === true;
  if (uniqueBefore !== uniqueAfter) {
    const kind = uniqueAfter ? "unique-items-added" : "unique-items-removed";
    const at = child(uniqueAfter ? pair.newPointer : pair.oldPointer, "uniqueItems");
    changes.push(
      change(pair.side, kind, at, uniqueAfter ? "items must be unique" : "items may repeat"),
    );
  }
  return changes;
}

function propertiesOf(schema: Node): Node {
  return isNode(schema["properties"]) ? schema["properties"] : {};
}

function requiredOf(schema: Node): Set<string> {
  const required = schema["required"];
  return new Set(Array.isArray(required) ? required.filter((r) => typeof r === "string") : []);
}

/** Whether the object forbids fields it does not list. */
function isClosed(schema: Node): boolean {
  return schema["additionalProperties"] === false || schema["unevaluatedProperties"] === false;
}

function compareObjects(pair: Pair): SchemaChange[] {
  return [...compareProperties(pair), ...compareRequired(pair), ...compareAdditional(pair)];
}

function compareProperties(pair: Pair): SchemaChange[] {
  const oldProps = propertiesOf(pair.old);
  const newProps = propertiesOf(pair.new);
  const required = requiredOf(pair.new);
  const changes: SchemaChange[] = [];
  for (const name of Object.keys(newProps)) {
    const at = child(pair.newPointer, "properties", name);
    if (!(name in oldProps)) {
      changes.push(propertyAdded(pair, name, at, required.has(name)));
      continue;
    }
    const before = { value: oldProps[name], pointer: child(pair.oldPointer, "properties", name) };
    changes.push(
      ...compareSchemas(pair.walk, pair.side, before, { value: newProps[name], pointer: at }),
    );
  }
  for (const name of Object.keys(oldProps).filter((key) => !(key in newProps))) {
    const at = child(pair.oldPointer, "properties", name);
    changes.push(change(pair.side, "property-removed", at, `${pair.side} field ${name} removed`));
  }
  return changes;
}

function propertyAdded(pair: Pair, name: string, at: string, required: boolean): SchemaChange {
  const what = `${required ? "required" : "optional"} ${pair.side} field ${name} added`;
  if (pair.side === "response" && isClosed(pair.old)) {
    return change(pair.side, "closed-object-property-added", at, what);
  }
  return change(pair.side, required ? "required-property-added" : "property-added", at, what);
}

function compareRequired(pair: Pair): SchemaChange[] {
  const oldProps = propertiesOf(pair.old);
  const newProps = propertiesOf(pair.new);
  const before = requiredOf(pair.old);
  const after = requiredOf(pair.new);
  const changes: SchemaChange[] = [];
  for (const name of Object.keys(newProps).filter((key) => key in oldProps)) {
    if (before.has(name) === after.has(name)) continue;
    const kind = after.has(name) ? "property-became-required" : "property-became-optional";
    const what = `${pair.side} field ${name} is now ${after.has(name) ? "required" : "optional"}`;
    changes.push(change(pair.side, kind, child(pair.newPointer, "properties", name), what));
  }
  return changes;
}

function compareAdditional(pair: Pair): SchemaChange[] {
  const closedBefore = isClosed(pair.old);
  const closedAfter = isClosed(pair.new);
  if (closedBefore && !closedAfter) {
    const at = child(pair.oldPointer, "additionalProperties");
    return [change(pair.side, "additional-properties-allowed", at, "other fields are now allowed")];
  }
  if (!closedBefore && closedAfter) {
    const at = child(pair.newPointer, "additionalProperties");
    return [
      change(pair.side, "additional-properties-forbidden", at, "other fields are now refused"),
    ];
  }
  // `true` and absent both mean "any other field": only a schema on either side compares.
  if (!isNode(pair.old["additionalProperties"]) && !isNode(pair.new["additionalProperties"]))
    return [];
  return [...compareSubschema(pair, "additionalProperties")];
}

/** Compares one subschema keyword present on both sides; one side only is a rule change. */
function compareSubschema(pair: Pair, keyword: string): readonly SchemaChange[] {
  const before = pair.old[keyword];
  const after = pair.new[keyword];
  if (before === undefined && after === undefined) return [];
  if (before === undefined || after === undefined) return [ruleAddedOrRemoved(pair, keyword)];
  return compareSchemas(
    pair.walk,
    pair.side,
    { value: before, pointer: child(pair.oldPointer, keyword) },
    { value: after, pointer: child(pair.newPointer, keyword) },
  );
}

function ruleAddedOrRemoved(pair: Pair, keyword: string): SchemaChange {
  const added = pair.old[keyword] === undefined;
  const at = child(added ? pair.newPointer : pair.oldPointer, keyword);
  return change(
    pair.side,
    added ? "rule-added" : "rule-removed",
    at,
    `${keyword} ${added ? "added" : "removed"}`,
  );
}

function compareArrays(pair: Pair): SchemaChange[] {
  return [...compareSubschema(pair, "items"), ...compareBranches(pair, "prefixItems")];
}

/** `allOf`/`anyOf`/`oneOf`/`prefixItems`: branch by branch when the count stays. */
function compareBranches(pair: Pair, keyword: string): SchemaChange[] {
  const before = pair.old[keyword];
  const after = pair.new[keyword];
  if (before === undefined && after === undefined) return [];
  if (!Array.isArray(before) || !Array.isArray(after)) return [ruleAddedOrRemoved(pair, keyword)];
  if (before.length !== after.length) {
    const what = `${keyword} has ${after.length} branches instead of ${before.length}`;
    return [change(pair.side, "rule-changed", child(pair.newPointer, keyword), what)];
  }
  return after.flatMap((branch, index) =>
    compareSchemas(
      pair.walk,
      pair.side,
      { value: before[index], pointer: child(pair.oldPointer, keyword, index) },
      { value: branch, pointer: child(pair.newPointer, keyword, index) },
    ),
  );
}

function compareRules(pair: Pair): SchemaChange[] {
  const changes: SchemaChange[] = [];
  for (const keyword of ["allOf", "anyOf", "oneOf"])
    changes.push(...compareBranches(pair, keyword));
  for (const keyword of SUBSCHEMA_RULES) changes.push(...compareSubschema(pair, keyword));
  for (const keyword of INVERTED_RULES) changes.push(...compareInverted(pair, keyword));
  for (const keyword of ["dependentRequired", "x-sum-equals"]) {
    const before = pair.old[keyword];
    const after = pair.new[keyword];
    if (canonical(before) === canonical(after)) continue;
    if (before === undefined || after === undefined)
      changes.push(ruleAddedOrRemoved(pair, keyword));
    else
      changes.push(
        change(pair.side, "rule-changed", child(pair.newPointer, keyword), `${keyword} changed`),
      );
  }
  return changes;
}

/** `not` and `if` read their subschema the other way: any real change inside changes the rule. */
function compareInverted(pair: Pair, keyword: string): SchemaChange[] {
  const inner = compareSubschema(pair, keyword);
  if (inner.every((found) => found.level === "info")) return [...inner];
  if (pair.old[keyword] === undefined || pair.new[keyword] === undefined) return [...inner];
  return [change(pair.side, "rule-changed", child(pair.newPointer, keyword), `${keyword} changed`)];
}

const ANNOTATIONS: readonly (readonly [string, string])[] = [
  ["description", "description-changed"],
  ["title", "description-changed"],
  ["summary", "description-changed"],
  ["example", "example-changed"],
  ["examples", "example-changed"],
  ["default", "default-changed"],
  ["deprecated", "deprecated-changed"],
  ["readOnly", "description-changed"],
  ["writeOnly", "description-changed"],
  ["externalDocs", "description-changed"],
];

function compareAnnotations(pair: Pair): SchemaChange[] {
  return annotationChanges(pair.side, pair.old, pair.oldPointer, pair.new, pair.newPointer);
}

/** Documentation keywords (description, examples, deprecation ...) that changed: `info`. */
export function annotationChanges(
  side: Side,
  old: Node,
  oldPointer: string,
  next: Node,
  newPointer: string,
): SchemaChange[] {
  const changes: SchemaChange[] = [];
  for (const [keyword, kind] of ANNOTATIONS) {
    if (canonical(old[keyword]) === canonical(next[keyword])) continue;
    const at = child(next[keyword] === undefined ? oldPointer : newPointer, keyword);
    changes.push(change(side, kind, at, `${keyword} changed`));
  }
  return changes;
}

/** Any other keyword that changed: judged breaking, since nothing finer knows it. */
function compareOthers(pair: Pair): SchemaChange[] {
  const keys = new Set([...Object.keys(pair.old), ...Object.keys(pair.new)]);
  const changes: SchemaChange[] = [];
  for (const key of [...keys].sort()) {
    if (HANDLED.has(key) || key.startsWith("x-")) continue;
    if (canonical(pair.old[key]) === canonical(pair.new[key])) continue;
    const at = child(pair.new[key] === undefined ? pair.oldPointer : pair.newPointer, key);
    changes.push(change(pair.side, "schema-changed", at, `${key} changed`));
  }
  return changes;
}
