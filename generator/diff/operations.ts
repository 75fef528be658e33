/**
 * Compares the operations of two bundled specs: which were added, removed, renamed or moved, and
 * for each pair its parameters, request body, responses and security, from the consumer's side.
 * Operations are matched by operationId, then by method and path.
 */
import { annotationChanges, compareSchemas } from "./schema.js";
import {
  canonical,
  change,
  child,
  follow,
  isNode,
  type Located,
  type Node,
  type SchemaChange,
  type Walk,
} from "./walk.js";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** One operation of one document. */
export interface OperationRef {
  readonly operationId: string | undefined;
  readonly method: string;
  readonly path: string;
  readonly pointer: string;
  readonly node: Node;
  /** Path-level parameters (the operation's own win by name and location). */
  readonly pathParameters: readonly unknown[];
}

/** A change tied to the operation it affects (absent for changes outside operations). */
export interface OperationChange extends SchemaChange {
  readonly operationId?: string;
}

/** Every operation of a document, in the author's order. */
export function operationsOf(doc: Node): OperationRef[] {
  const paths = isNode(doc["paths"]) ? doc["paths"] : {};
  const found: OperationRef[] = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = follow(doc, { value: rawItem, pointer: child("#/paths", path) }).value;
    if (!isNode(item)) continue;
    for (const method of METHODS.filter((m) => isNode(item[m]))) {
      const node = item[method] as Node;
      const id = node["operationId"];
      found.push({
        operationId: typeof id === "string" ? id : undefined,
        method,
        path,
        pointer: child("#/paths", path, method),
        node,
        pathParameters: Array.isArray(item["parameters"]) ? item["parameters"] : [],
      });
    }
  }
  return found;
}

/** Pairs old and new operations: by operationId first, then by method and path. */
export function matchOperations(
  oldOps: readonly OperationRef[],
  newOps: readonly OperationRef[],
): { pairs: [OperationRef, OperationRef][]; removed: OperationRef[]; added: OperationRef[] } {
  const byId = new Map(oldOps.filter((op) => op.operationId).map((op) => [op.operationId, op]));
  const byRoute = new Map(oldOps.map((op) => [`${op.method} ${op.path}`, op]));
  const used = new Set<OperationRef>();
  const pairs: [OperationRef, OperationRef][] = [];
  const added: OperationRef[] = [];
  for (const op of newOps) {
    const id = op.operationId === undefined ? undefined : byId.get(op.operationId);
    const match = id ?? byRoute.get(`${op.method} ${op.path}`);
    if (match !== undefined && !used.has(match)) {
      used.add(match);
      pairs.push([match, op]);
    } else added.push(op);
  }
  return { pairs, removed: oldOps.filter((op) => !used.has(op)), added };
}

/** The changes of one matched pair of operations. */
export function compareOperation(
  walk: Walk,
  old: OperationRef,
  next: OperationRef,
): SchemaChange[] {
  return [
    ...compareIdentity(old, next),
    ...annotationChanges("request", old.node, old.pointer, next.node, next.pointer).filter(
      (found) => found.kind !== "deprecated-changed",
    ),
    ...compareDeprecation(old, next),
    ...compareSecurity(walk, old, next),
    ...compareParameters(walk, old, next),
    ...compareRequestBody(walk, old, next),
    ...compareResponses(walk, old, next),
  ];
}

function compareIdentity(old: OperationRef, next: OperationRef): SchemaChange[] {
  const changes: SchemaChange[] = [];
  if (old.operationId !== next.operationId) {
    const what = `operationId ${old.operationId ?? "(none)"} became ${next.operationId ?? "(none)"}`;
    changes.push(
      change("request", "operation-id-changed", child(next.pointer, "operationId"), what),
    );
  }
  if (old.path !== next.path) {
    const what = `path ${old.path} became ${next.path}`;
    changes.push(change("request", "path-changed", next.pointer, what));
  }
  if (old.method !== next.method) {
    const what = `method ${old.method.toUpperCase()} became ${next.method.toUpperCase()}`;
    changes.push(change("request", "method-changed", next.pointer, what));
  }
  return changes;
}

function compareDeprecation(old: OperationRef, next: OperationRef): SchemaChange[] {
  const before = old.node["deprecated"] === true;
  const after = next.node["deprecated"] === true;
  if (before === after) return [];
  const at = child(next.pointer, "deprecated");
  if (after) return [change("request", "operation-deprecated", at, "the operation is deprecated")];
  return [change("request", "operation-undeprecated", at, "the operation is no longer deprecated")];
}

/** Each alternative of the effective security requirement, as a canonical string. */
function securityOf(doc: Node, op: OperationRef): string[] {
  const own = op.node["security"];
  const requirement = Array.isArray(own)
    ? own
    : Array.isArray(doc["security"])
      ? doc["security"]
      : [];
  return requirement.map((alternative) =>
    isNode(alternative) ? canonical(Object.keys(alternative).sort()) : "[]",
  );
}

function schemesOf(doc: Node): Node {
  const components = isNode(doc["components"]) ? doc["components"] : {};
  return isNode(components["securitySchemes"]) ? components["securitySchemes"] : {};
}

function compareSecurity(walk: Walk, old: OperationRef, next: OperationRef): SchemaChange[] {
  const before = securityOf(walk.old, old);
  const after = securityOf(walk.new, next);
  const at = child(next.pointer, "security");
  const optional = (alternatives: string[]) =>
    alternatives.length === 0 || alternatives.includes("[]");
  if (canonical(before) !== canonical(after)) {
    if (optional(after))
      return [change("request", "security-removed", at, "credentials are optional now")];
    if (optional(before))
      return [change("request", "security-added", at, "credentials are now required")];
    if (before.every((alternative) => after.includes(alternative))) {
      return [
        change("request", "security-alternative-added", at, "another credential is accepted"),
      ];
    }
    return [change("request", "security-changed", at, "the accepted credentials changed")];
  }
  return compareSchemes(walk, after, at);
}

/** A scheme the operation uses, defined differently now (another header, another kind). */
function compareSchemes(walk: Walk, alternatives: string[], at: string): SchemaChange[] {
  const names = new Set(alternatives.flatMap((alternative) => JSON.parse(alternative) as string[]));
  const oldSchemes = schemesOf(walk.old);
  const newSchemes = schemesOf(walk.new);
  return [...names]
    .filter(
      (name) =>
        canonical(schemeContract(oldSchemes[name], oldSchemes[name])) !==
        canonical(schemeContract(newSchemes[name], oldSchemes[name])),
    )
    .map((name) =>
      change("request", "security-scheme-changed", at, `security scheme ${name} changed`),
    );
}

/**
 * What of a scheme a consumer relies on: how it is sent, the client option that takes it
 * (`x-client-option`), and an environment variable it already read (`x-env`): a new `x-env` only
 * adds a fallback, so it is dropped when the old scheme had none. Descriptions and other `x-`
 * keys change nothing the client sends.
 */
function schemeContract(scheme: unknown, old: unknown): unknown {
  if (!isNode(scheme)) return scheme;
  const kept = Object.entries(scheme).filter(
    ([key]) =>
      key !== "description" &&
      (!key.startsWith("x-") ||
        key === "x-client-option" ||
        (key === "x-env" && isNode(old) && old["x-env"] !== undefined)),
  );
  return Object.fromEntries(kept);
}

interface Parameter {
  readonly key: string;
  readonly node: Node;
  readonly pointer: string;
}

/** Path-level and operation-level parameters, resolved, keyed by location and name. */
function parametersOf(doc: Node, op: OperationRef): Map<string, Parameter> {
  const found = new Map<string, Parameter>();
  const own = Array.isArray(op.node["parameters"]) ? op.node["parameters"] : [];
  const pathPointer = child("#/paths", op.path, "parameters");
  const lists: [unknown[], string][] = [
    [[...op.pathParameters], pathPointer],
    [own, child(op.pointer, "parameters")],
  ];
  for (const [list, base] of lists) {
    list.forEach((raw, index) => {
      const { value, pointer } = follow(doc, { value: raw, pointer: child(base, index) });
      if (!isNode(value) || typeof value["name"] !== "string") return;
      const where = String(value["in"]);
      const name = where === "header" ? value["name"].toLowerCase() : value["name"];
      found.set(`${where} ${name}`, { key: `${where} ${value["name"]}`, node: value, pointer });
    });
  }
  return found;
}

function compareParameters(walk: Walk, old: OperationRef, next: OperationRef): SchemaChange[] {
  const before = parametersOf(walk.old, old);
  const after = parametersOf(walk.new, next);
  const changes: SchemaChange[] = [];
  for (const [key, param] of after) {
    const previous = before.get(key);
    const required = param.node["required"] === true;
    if (previous === undefined) {
      const kind = required ? "required-parameter-added" : "optional-parameter-added";
      changes.push(change("request", kind, param.pointer, `parameter ${param.key} added`));
      continue;
    }
    changes.push(...compareParameter(walk, previous, param));
  }
  for (const [key, param] of before) {
    if (after.has(key)) continue;
    changes.push(
      change("request", "parameter-removed", param.pointer, `parameter ${param.key} removed`),
    );
  }
  return changes;
}

function compareParameter(walk: Walk, old: Parameter, next: Parameter): readonly SchemaChange[] {
  const changes: SchemaChange[] = [];
  const before = old.node["required"] === true;
  const after = next.node["required"] === true;
  if (before !== after) {
    const kind = after ? "parameter-became-required" : "parameter-became-optional";
    changes.push(
      change(
        "request",
        kind,
        next.pointer,
        `parameter ${next.key} is now ${after ? "required" : "optional"}`,
      ),
    );
  }
  changes.push(
    ...annotationChanges("request", old.node, old.pointer, next.node, next.pointer),
    ...compareSchemas(
      walk,
      "request",
      { value: old.node["schema"] ?? {}, pointer: child(old.pointer, "schema") },
      { value: next.node["schema"] ?? {}, pointer: child(next.pointer, "schema") },
    ),
  );
  return changes;
}

/** The JSON media type entry of a `content` map (`application/json`, `*+json`). */
function jsonMedia(doc: Node, holder: Located): Located | undefined {
  if (!isNode(holder.value) || !isNode(holder.value["content"])) return undefined;
  const content = holder.value["content"];
  const type = Object.keys(content).find((key) => /^application\/(.+\+)?json\b/.test(key));
  if (type === undefined) return undefined;
  return follow(doc, { value: content[type], pointer: child(holder.pointer, "content", type) });
}

function compareRequestBody(walk: Walk, old: OperationRef, next: OperationRef): SchemaChange[] {
  const before = bodyOf(walk.old, old);
  const after = bodyOf(walk.new, next);
  if (before === undefined && after === undefined) return [];
  if (before === undefined) {
    const required = isNode(after!.value) && after!.value["required"] === true;
    const kind = required ? "required-request-body-added" : "request-body-added";
    return [change("request", kind, after!.pointer, "a request body was added")];
  }
  if (after === undefined)
    return [
      change("request", "request-body-removed", before.pointer, "the request body was removed"),
    ];
  const changes: SchemaChange[] = [];
  const wasRequired = isNode(before.value) && before.value["required"] === true;
  const isRequired = isNode(after.value) && after.value["required"] === true;
  if (wasRequired !== isRequired) {
    const kind = isRequired ? "request-body-became-required" : "request-body-became-optional";
    changes.push(
      change(
        "request",
        kind,
        after.pointer,
        `the body is now ${isRequired ? "required" : "optional"}`,
      ),
    );
  }
  if (isNode(before.value) && isNode(after.value)) {
    changes.push(
      ...annotationChanges("request", before.value, before.pointer, after.value, after.pointer),
    );
  }
  return [...changes, ...compareMedia(walk, "request", before, after)];
}

function bodyOf(doc: Node, op: OperationRef): Located | undefined {
  if (op.node["requestBody"] === undefined) return undefined;
  return follow(doc, { value: op.node["requestBody"], pointer: child(op.pointer, "requestBody") });
}

function compareMedia(
  walk: Walk,
  side: "request" | "response",
  before: Located,
  after: Located,
): readonly SchemaChange[] {
  const oldMedia = jsonMedia(walk.old, before);
  const newMedia = jsonMedia(walk.new, after);
  if (oldMedia === undefined && newMedia === undefined) return [];
  if (oldMedia === undefined || newMedia === undefined) {
    if (side === "response") {
      const kind = oldMedia === undefined ? "response-body-added" : "response-body-removed";
      const at = (newMedia ?? oldMedia)!.pointer;
      return [
        change(
          side,
          kind,
          at,
          kind === "response-body-added" ? "a JSON body was added" : "the JSON body was removed",
        ),
      ];
    }
    return [change(side, "schema-changed", after.pointer, "the JSON body's media type changed")];
  }
  const oldNode = isNode(oldMedia.value) ? oldMedia.value : {};
  const newNode = isNode(newMedia.value) ? newMedia.value : {};
  return [
    ...annotationChanges(side, oldNode, oldMedia.pointer, newNode, newMedia.pointer),
    ...compareSchemas(
      walk,
      side,
      { value: oldNode["schema"] ?? {}, pointer: child(oldMedia.pointer, "schema") },
      { value: newNode["schema"] ?? {}, pointer: child(newMedia.pointer, "schema") },
    ),
  ];
}

function responsesOf(op: OperationRef): Node {
  return isNode(op.node["responses"]) ? op.node["responses"] : {};
}

function compareResponses(walk: Walk, old: OperationRef, next: OperationRef): SchemaChange[] {
  const before = responsesOf(old);
  const after = responsesOf(next);
  const changes: SchemaChange[] = [];
  for (const status of Object.keys(after)) {
    const at = child(next.pointer, "responses", status);
    if (!(status in before)) {
      changes.push(change("response", "response-status-added", at, `status ${status} added`));
      continue;
    }
    const oldResponse = follow(walk.old, {
      value: before[status],
      pointer: child(old.pointer, "responses", status),
    });
    const newResponse = follow(walk.new, { value: after[status], pointer: at });
    if (isNode(oldResponse.value) && isNode(newResponse.value)) {
      changes.push(
        ...annotationChanges(
          "response",
          oldResponse.value,
          oldResponse.pointer,
          newResponse.value,
          newResponse.pointer,
        ),
      );
    }
    changes.push(...compareMedia(walk, "response", oldResponse, newResponse));
  }
  for (const status of Object.keys(before).filter((key) => !(key in after))) {
    const at = child(old.pointer, "responses", status);
    changes.push(change("response", "response-status-removed", at, `status ${status} removed`));
  }
  return changes;
}
