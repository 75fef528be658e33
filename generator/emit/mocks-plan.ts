/**
 * What the mocks answer, decided at generation time from the model: each operation's default
 * response (its first 2xx response: the spec's example, else data made from its schema) checked
 * with the spec's validator, and the API's error shape (read from its 4xx responses). A default
 * that cannot be made is a located warning, and that operation answers 501 saying why.
 */
import type { ApiModel, JsonSchema, OperationModel, ResponseModel } from "../model/ir.js";
import { isSuccessStatus } from "../model/ir.js";
import { NoSample, sampleOf } from "./mocks-data.js";
import { mockChecks, type Check } from "./mocks-check.js";

/** The error shape, as `runtime/mocks.ts` reads it (`MockErrorShape`). */
export interface ErrorShapePlan {
  readonly kind: "envelope" | "problem" | "message";
  readonly contentType: string;
  readonly invalidStatus: number;
  readonly template?: Record<string, unknown>;
  readonly itemsKey?: string;
  readonly item?: Record<string, unknown>;
  readonly itemPointer?: boolean;
}

/** An operation's default answer (`MockAnswer`). */
export type AnswerPlan =
  | { readonly status: number; readonly contentType?: string; readonly body?: unknown }
  | { readonly status: 501; readonly unavailable: string };

/** A default that could not be made: where (a pointer into the bundled spec) and why. */
export interface MockWarning {
  readonly operationId: string;
  readonly pointer: string;
  readonly message: string;
}

/** One operation's plan. */
export interface OperationPlan {
  readonly operation: OperationModel;
  readonly answer: AnswerPlan;
  readonly error: ErrorShapePlan;
  /** Where the default body came from: the spec's example, made data, or none (no body / 501). */
  readonly source: "example" | "made" | "none";
}

/** The mocks of a whole API. */
export interface MocksPlan {
  readonly basePath: string;
  readonly secretHeaders: readonly string[];
  readonly notFound: ErrorShapePlan;
  readonly operations: readonly OperationPlan[];
  readonly warnings: readonly MockWarning[];
  /** What the docs' example calls (none without operations). */
  readonly example?: ExamplePlan;
}

/**
 * The docs' example: the operation it calls first (the first with a JSON body example and a
 * default answer) and the one it makes fail, by index in `operations`, and for each whether its
 * body example passes the validator (else the call's body is made from the schema).
 */
export interface ExamplePlan {
  readonly chosen: number;
  readonly other: number;
  readonly keepsExample: readonly [boolean, boolean];
}

/**
 * The plan as plain data, for another thread (the operations are the model's: each is left out,
 * and put back by index from the same model there).
 */
export type MocksPlanData = Omit<MocksPlan, "operations"> & {
  readonly operations: readonly Omit<OperationPlan, "operation">[];
};

/** The plan without its operations' models. */
export function planData(plan: MocksPlan): MocksPlanData {
  return { ...plan, operations: plan.operations.map(({ operation: _, ...rest }) => rest) };
}

/** The plan again, its operations taken from `model` (the one it was made from) by index. */
export function planFromData(data: MocksPlanData, model: ApiModel): MocksPlan {
  return {
    ...data,
    operations: data.operations.map((rest, index) => ({
      operation: model.operations[index]!,
      ...rest,
    })),
  };
}

// The checker is mocks-check.ts's; the plan's callers (and tests) take it from here too.
export { checkerFor, type Check } from "./mocks-check.js";

/** Plans the mocks of `model`. */
export function planMocks(model: ApiModel): MocksPlan {
  const checks = mockChecks(model);
  const planner: Planner = { model, checks, values: new Map(), shapes: new Map() };
  const warnings: MockWarning[] = [];
  const operations = model.operations.map((operation) => {
    const error = errorShapeOf(planner, operation);
    const made = defaultAnswer(planner, operation);
    if (made.warning !== undefined) warnings.push(made.warning);
    return { operation, answer: made.answer, error, source: made.source };
  });
  const example = examplePlan(operations, checks);
  return {
    basePath: basePathOf(model.servers[0] ?? ""),
    secretHeaders: secretHeadersOf(model),
    notFound: operations[0]?.error ?? MESSAGE_SHAPE,
    operations,
    warnings,
    ...(example === undefined ? {} : { example }),
  };
}

/** The docs' example calls (see `ExamplePlan`). */
function examplePlan(
  plans: readonly OperationPlan[],
  checks: (schema: JsonSchema) => Check,
): ExamplePlan | undefined {
  const chosen =
    plans.find((p) => p.operation.requestBody?.examples.length && !("unavailable" in p.answer)) ??
    plans[0];
  if (chosen === undefined) return undefined;
  const other =
    plans.find(
      (p) =>
        p !== chosen &&
        (p.operation.requestBody === undefined || p.operation.requestBody.examples.length > 0),
    ) ?? chosen;
  const keepsExample = ({ operation }: OperationPlan): boolean => {
    const body = operation.requestBody;
    const value: unknown = body?.examples[0]?.value;
    if (body?.schema === undefined) return true;
    return value !== undefined && checks(body.schema)(value).length === 0;
  };
  return {
    chosen: plans.indexOf(chosen),
    other: plans.indexOf(other),
    keepsExample: [keepsExample(chosen), keepsExample(other)],
  };
}

/**
 * What planning an API shares between its operations. Many operations repeat one response (the
 * same schema and examples, inline or through a shared `$ref`): its default value and its error
 * shape are made once, by the JSON text of what they are made from.
 */
interface Planner {
  readonly model: ApiModel;
  readonly checks: (schema: JsonSchema) => Check;
  readonly values: Map<string, Found>;
  readonly shapes: Map<string, ErrorShapePlan>;
}

function memo<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

const MESSAGE_SHAPE: ErrorShapePlan = {
  kind: "message",
  contentType: "application/json",
  invalidStatus: 400,
};

function basePathOf(url: string): string {
  try {
    return new URL(url).pathname.replace(/\/+$/, "");
  } catch {
    return url.replace(/\/+$/, "");
  }
}

/** Headers a credential travels in: never shown in `calls`. */
function secretHeadersOf(model: ApiModel): string[] {
  const named = model.securitySchemes.flatMap((s) => (s.header === undefined ? [] : [s.header]));
  return [...new Set(["authorization", "cookie", ...named.map((h) => h.toLowerCase())])].sort();
}

// ---- default answers ----

interface Made {
  readonly answer: AnswerPlan;
  readonly source: OperationPlan["source"];
  readonly warning?: MockWarning;
}

/** The first 2xx response, as the spec orders them. */
export function firstSuccess(operation: OperationModel): ResponseModel | undefined {
  return operation.responses.find((r) => isSuccessStatus(r.status));
}

function defaultAnswer(planner: Planner, operation: OperationModel): Made {
  const response = firstSuccess(operation);
  if (response === undefined) {
    const message = "the spec declares no 2xx response";
    return unavailable(operation, operation.pointer, message);
  }
  const status = /^\d+$/.test(response.status) ? Number(response.status) : 200;
  if (response.schema === undefined) return { answer: { status }, source: "none" };
  const contentType = response.mediaType || "application/json";
  const found = memo(planner.values, valueKey(response), () =>
    valueFor(planner.model, response, planner.checks(response.schema!)),
  );
  if ("value" in found) {
    return { answer: { status, contentType, body: found.value }, source: found.source };
  }
  return unavailable(operation, `${response.pointer}/content`, found.why);
}

function unavailable(operation: OperationModel, pointer: string, why: string): Made {
  const message = `No default mock response for ${operation.operationId}: ${why}; the mock answers 501 unless overridden`;
  return {
    answer: {
      status: 501,
      unavailable: `The mock has no default response for ${operation.operationId}: ${why}`,
    },
    source: "none",
    warning: { operationId: operation.operationId, pointer, message },
  };
}

/** What `valueFor` reads of a response: its schema and its examples' values (JSON data). */
function valueKey(response: ResponseModel): string {
  const examples = response.examples.map((e) =>
    e.value === undefined ? "undefined" : JSON.stringify(e.value),
  );
  return JSON.stringify([JSON.stringify(response.schema), examples]);
}

type Found =
  { readonly value: unknown; readonly source: "example" | "made" } | { readonly why: string };

/** The spec's example when it passes the validator, else the first made value that does. */
function valueFor(model: ApiModel, response: ResponseModel, check: Check): Found {
  for (const example of response.examples) {
    if (check(example.value).length === 0) return { value: example.value, source: "example" };
  }
  let why = "no value was found";
  for (const options of ATTEMPTS) {
    const branchAt: Record<string, number> = {};
    for (let retry = 0; retry <= BRANCH_RETRIES; retry++) {
      try {
        const made = { document: model.document, ...options, branchAt };
        const value = sampleOf(response.schema!, made);
        const problem = check(value)[0];
        if (problem === undefined) return { value, source: "made" };
        why = `the made value breaks the schema at ${problem.pointer || "/"} (${problem.message})`;
        // A value that matches none or several branches of a oneOf: take the next one there.
        if (!/^(oneOf|anyOf) /.test(problem.message)) break;
        branchAt[problem.pointer] = (branchAt[problem.pointer] ?? options.branch ?? 0) + 1;
      } catch (error) {
        if (!(error instanceof NoSample)) throw error;
        why = `${error.message} at ${error.pointer || "/"}`;
        break;
      }
    }
  }
  return { why };
}

/** How many other branches of the oneOfs in one value are tried, per attempt. */
const BRANCH_RETRIES = 8;

/** Ways to make a value, tried in turn: the schemas' own examples first, then plain made data. */
const ATTEMPTS: readonly {
  readonly useExamples: boolean;
  readonly minimal?: boolean;
  readonly branch?: number;
}[] = [
  { useExamples: true },
  { useExamples: false },
  { useExamples: true, branch: 1 },
  { useExamples: false, branch: 1 },
  { useExamples: false, minimal: true },
  { useExamples: false, minimal: true, branch: 1 },
  { useExamples: false, branch: 2 },
  { useExamples: false, minimal: true, branch: 2 },
  { useExamples: false, minimal: true, branch: 3 },
];

// ---- the error shape ----

/** The response the API answers an invalid request with: 400, else 422, else any 4xx, else default. */
function errorResponseOf(operation: OperationModel): ResponseModel | undefined {
  const by = (test: (status: string) => boolean) => operation.responses.find((r) => test(r.status));
  return (
    by((s) => s === "400") ??
    by((s) => s === "422") ??
    by((s) => /^4(\d\d|XX)$/i.test(s)) ??
    by((s) => s === "default") ??
    by((s) => /^5(\d\d|XX)$/i.test(s))
  );
}

function errorShapeOf(planner: Planner, operation: OperationModel): ErrorShapePlan {
  const response = errorResponseOf(operation);
  const invalidStatus = response?.status === "422" ? 422 : 400;
  const contentType = response?.mediaType || "application/json";
  const schema = response?.schema;
  if (schema === undefined) return { ...MESSAGE_SHAPE, invalidStatus };
  const key = JSON.stringify([invalidStatus, contentType, JSON.stringify(schema)]);
  return memo(planner.shapes, key, () =>
    errorShapeFrom(planner, { schema, contentType, invalidStatus }),
  );
}

/** The error shape of a response's schema, content type and status for an invalid request. */
function errorShapeFrom(
  { model, checks }: Planner,
  {
    schema,
    contentType,
    invalidStatus,
  }: { schema: JsonSchema; contentType: string; invalidStatus: number },
): ErrorShapePlan {
  const flat = flatProperties(model, schema);
  if (
    /problem\+json/.test(contentType) ||
    ("title" in flat && ("detail" in flat || "status" in flat))
  ) {
    return { kind: "problem", contentType, invalidStatus };
  }
  const envelope = envelopeOf(model, schema, flat);
  if (envelope !== undefined) {
    const shape: ErrorShapePlan = { kind: "envelope", contentType, invalidStatus, ...envelope };
    // Kept only when a filled-in body passes the spec's own schema.
    if (checks(schema)(fill(shape)).length === 0) return shape;
  }
  if ("message" in flat) return { ...MESSAGE_SHAPE, contentType, invalidStatus };
  return { ...MESSAGE_SHAPE, invalidStatus };
}

/** The properties of a schema, through `$ref` and `allOf`. */
function flatProperties(
  model: ApiModel,
  schema: JsonSchema,
  depth = 0,
): Record<string, JsonSchema> {
  if (typeof schema === "boolean" || depth > 16) return {};
  let out: Record<string, JsonSchema> = { ...((schema["properties"] as object | undefined) ?? {}) };
  if (typeof schema["$ref"] === "string") {
    out = { ...flatProperties(model, follow(model, schema["$ref"]), depth + 1), ...out };
  }
  for (const part of (schema["allOf"] as JsonSchema[] | undefined) ?? []) {
    out = { ...out, ...flatProperties(model, part, depth + 1) };
  }
  return out;
}

function follow(model: ApiModel, ref: string): JsonSchema {
  let node: unknown = model.document;
  for (const part of ref.replace(/^#\/?/, "").split("/")) {
    node = (node as Record<string, unknown> | undefined)?.[
      decodeURIComponent(part).replace(/~1/g, "/").replace(/~0/g, "~")
    ];
  }
  return (node ?? true) as JsonSchema;
}

/** An envelope: an array property of objects with a `message` (Cloudflare's `errors`). */
function envelopeOf(
  model: ApiModel,
  schema: JsonSchema,
  flat: Record<string, JsonSchema>,
): Pick<ErrorShapePlan, "template" | "itemsKey" | "item" | "itemPointer"> | undefined {
  for (const [key, property] of Object.entries(flat)) {
    const items = typeof property === "object" ? property["items"] : undefined;
    if (items === undefined) continue;
    const itemProperties = flatProperties(model, items as JsonSchema);
    if (!("message" in itemProperties)) continue;
    try {
      const options = { document: model.document, useExamples: false };
      const template = sampleOf(schema, { ...options, emptyArrays: true });
      const item = sampleOf(items as JsonSchema, { ...options, minimal: true });
      const source = itemProperties["source"];
      const itemPointer = source !== undefined && "pointer" in flatProperties(model, source);
      if (!isObject(template) || !isObject(item)) return undefined;
      return { template: { ...template, [key]: [] }, itemsKey: key, item, itemPointer };
    } catch (error) {
      if (error instanceof NoSample) return undefined;
      throw error;
    }
  }
  return undefined;
}

/** The body of one sample problem, as the runtime fills it (see `errorBody` there). */
function fill(shape: ErrorShapePlan): unknown {
  const item = {
    ...shape.item,
    message: "example",
    ...(shape.itemPointer ? { source: { pointer: "/x" } } : {}),
  };
  return { ...shape.template, [shape.itemsKey ?? "errors"]: [item] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
