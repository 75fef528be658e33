/**
 * The judged edits: each row is one kind of spec edit, given as the operation (and component
 * schemas) before and after, the level the change report must give it, and what a consumer of
 * the generated package does with the operation: TypeScript written against the old package,
 * request bodies the old validators accepted, response bodies the new validators accept. The
 * test (test/diff-judged.test.ts) puts every row's operation in one spec, so the whole table
 * costs two generations and two type-checks.
 */
import type { Level } from "../../generator/diff/index.js";

type Json = Record<string, unknown>;

/** One operation as it appears in the spec (path, method and object). */
export interface OperationSpec {
  readonly path: string;
  readonly method: string;
  readonly operation: Json;
}

/** How a consumer's breakage can be observed for this row. */
export type Judge = "compiler+validators" | "none";

export interface Edit {
  /** Also the operationId before the edit (and its path). */
  readonly name: string;
  /** The kind the report must give (absent: the report must say nothing). */
  readonly kind: string | undefined;
  readonly expected: Level | "none";
  readonly before: OperationSpec | undefined;
  readonly after: OperationSpec | undefined;
  /** Component schemas, before and after (names must start with the row's name). */
  readonly schemasBefore?: Json;
  readonly schemasAfter?: Json;
  /** TypeScript statements using `base` (a BaseClient) and the operation function `op`. */
  readonly consumer: string;
  /** Request bodies valid before. */
  readonly requests?: readonly unknown[];
  /** Response bodies valid after. */
  readonly responses?: readonly unknown[];
  /** Why the consumer cannot observe the change (judge "none"). */
  readonly unobservable?: string;
}

const OK_RESPONSE = {
  "200": {
    description: "Done.",
    content: {
      "application/json": {
        schema: { type: "object", properties: { ok: { type: "boolean" } } },
      },
    },
  },
};

/** A POST whose required JSON body has the given schema. */
function post(name: string, schema: unknown, extra: Json = {}): OperationSpec {
  return {
    path: `/${name}`,
    method: "post",
    operation: {
      operationId: name,
      requestBody: { required: true, content: { "application/json": { schema } } },
      responses: OK_RESPONSE,
      ...extra,
    },
  };
}

/** A GET answering 200 with the given JSON body schema. */
function get(name: string, schema: unknown, extra: Json = {}): OperationSpec {
  return {
    path: `/${name}`,
    method: "get",
    operation: {
      operationId: name,
      responses: {
        "200": { description: "The result.", content: { "application/json": { schema } } },
      },
      ...extra,
    },
  };
}

/** A closed object with these properties and required names. */
function object(properties: Json, required: string[] = [], extra: Json = {}): Json {
  return {
    type: "object",
    additionalProperties: false,
    properties,
    ...(required.length > 0 ? { required } : {}),
    ...extra,
  };
}

const str = { type: "string" };

/** A request-body row: one field `a` with the schema before and after, a body sending `value`. */
function field(
  name: string,
  kind: string,
  expected: Level,
  before: Json,
  after: Json,
  value: unknown,
): Edit {
  const body = { a: value };
  return {
    name,
    kind,
    expected,
    before: post(name, object({ a: before }, ["a"])),
    after: post(name, object({ a: after }, ["a"])),
    consumer: `await op(base, { body: ${JSON.stringify(body)} });`,
    requests: [body],
  };
}

/** A response row: one field `a` read by `read` (statements using `r`), `sent` sent after. */
function readField(
  name: string,
  kind: string,
  expected: Level,
  before: Json,
  after: Json,
  read: string,
  sent: unknown,
): Edit {
  return {
    name,
    kind,
    expected,
    before: get(name, object({ a: before }, ["a"])),
    after: get(name, object({ a: after }, ["a"])),
    consumer: `const r = await op(base, {});\n${read}`,
    responses: [{ a: sent }],
  };
}

const FIELD_ROWS: Edit[] = [
  field(
    "reqEnumValueAdded",
    "enum-value-added",
    "non-breaking",
    { enum: ["x"] },
    { enum: ["x", "y"] },
    "x",
  ),
  field(
    "reqEnumValueRemoved",
    "enum-value-removed",
    "breaking",
    { enum: ["x", "y"] },
    { enum: ["x"] },
    "y",
  ),
  field("reqEnumAdded", "enum-added", "breaking", str, { type: "string", enum: ["x"] }, "z"),
  field(
    "reqEnumRemoved",
    "enum-removed",
    "non-breaking",
    { type: "string", enum: ["x"] },
    str,
    "x",
  ),
  field("reqTypeWidened", "type-widened", "non-breaking", str, { type: ["string", "number"] }, "x"),
  field("reqTypeNarrowed", "type-narrowed", "breaking", { type: ["string", "number"] }, str, 5),
  field("reqTypeChanged", "type-changed", "breaking", str, { type: "integer" }, "x"),
  field(
    "reqNullableAdded",
    "nullable-added",
    "non-breaking",
    str,
    { type: ["string", "null"] },
    "x",
  ),
  field(
    "reqNullableRemoved",
    "nullable-removed",
    "breaking",
    { type: ["string", "null"] },
    str,
    null,
  ),
  field(
    "reqMaxLengthDecreased",
    "max-length-decreased",
    "breaking",
    { ...str, maxLength: 8 },
    { ...str, maxLength: 4 },
    "abcdef",
  ),
  field(
    "reqMaxLengthIncreased",
    "max-length-increased",
    "non-breaking",
    { ...str, maxLength: 4 },
    { ...str, maxLength: 8 },
    "abc",
  ),
  field("reqMaxLengthAdded", "max-length-added", "breaking", str, { ...str, maxLength: 2 }, "abc"),
  field(
    "reqMaxLengthRemoved",
    "max-length-removed",
    "non-breaking",
    { ...str, maxLength: 4 },
    str,
    "abc",
  ),
  field(
    "reqMinLengthIncreased",
    "min-length-increased",
    "breaking",
    { ...str, minLength: 1 },
    { ...str, minLength: 5 },
    "abc",
  ),
  field(
    "reqMinLengthDecreased",
    "min-length-decreased",
    "non-breaking",
    { ...str, minLength: 3 },
    { ...str, minLength: 1 },
    "abc",
  ),
  field(
    "reqMaximumDecreased",
    "maximum-decreased",
    "breaking",
    { type: "number", maximum: 100 },
    { type: "number", maximum: 10 },
    50,
  ),
  field(
    "reqMaximumIncreased",
    "maximum-increased",
    "non-breaking",
    { type: "number", maximum: 10 },
    { type: "number", maximum: 100 },
    5,
  ),
  field(
    "reqMinimumIncreased",
    "minimum-increased",
    "breaking",
    { type: "number", minimum: 0 },
    { type: "number", minimum: 10 },
    5,
  ),
  field(
    "reqMinimumDecreased",
    "minimum-decreased",
    "non-breaking",
    { type: "number", minimum: 10 },
    { type: "number", minimum: 0 },
    15,
  ),
  field(
    "reqExclusiveMaximumAdded",
    "exclusive-maximum-added",
    "breaking",
    { type: "number" },
    { type: "number", exclusiveMaximum: 5 },
    5,
  ),
  field(
    "reqMaxItemsDecreased",
    "max-items-decreased",
    "breaking",
    { type: "array", items: str, maxItems: 5 },
    { type: "array", items: str, maxItems: 1 },
    ["a", "b"],
  ),
  field(
    "reqMinItemsIncreased",
    "min-items-increased",
    "breaking",
    { type: "array", items: str, minItems: 1 },
    { type: "array", items: str, minItems: 3 },
    ["a"],
  ),
  field(
    "reqItemsEnumValueRemoved",
    "enum-value-removed",
    "breaking",
    { type: "array", items: { enum: ["x", "y"] } },
    { type: "array", items: { enum: ["x"] } },
    ["y"],
  ),
  field(
    "reqPatternAdded",
    "pattern-added",
    "breaking",
    str,
    { ...str, pattern: "^[0-9]+$" },
    "abc",
  ),
  field(
    "reqPatternRemoved",
    "pattern-removed",
    "non-breaking",
    { ...str, pattern: "^[a-z]+$" },
    str,
    "abc",
  ),
  field(
    "reqPatternChanged",
    "pattern-changed",
    "breaking",
    { ...str, pattern: "^[a-z]+$" },
    { ...str, pattern: "^[0-9]+$" },
    "abc",
  ),
  field(
    "reqFormatAdded",
    "format-added",
    "breaking",
    str,
    { ...str, format: "date-time" },
    "yesterday",
  ),
  field(
    "reqFormatRemoved",
    "format-removed",
    "non-breaking",
    { ...str, format: "date-time" },
    str,
    "2025-09-29T00:00:00Z",
  ),
  field(
    "reqMultipleOfAdded",
    "multiple-of-added",
    "breaking",
    { type: "number" },
    { type: "number", multipleOf: 10 },
    15,
  ),
  field(
    "reqUniqueItemsAdded",
    "unique-items-added",
    "breaking",
    { type: "array", items: str },
    { type: "array", items: str, uniqueItems: true },
    ["a", "a"],
  ),
  field(
    "reqDescriptionChanged",
    "description-changed",
    "info",
    { ...str, description: "A." },
    { ...str, description: "The field a." },
    "x",
  ),
  field(
    "reqExampleChanged",
    "example-changed",
    "info",
    { ...str, examples: ["x"] },
    { ...str, examples: ["y"] },
    "x",
  ),
  field("reqFieldDeprecated", "deprecated-changed", "info", str, { ...str, deprecated: true }, "x"),
  field(
    "reqFormatChanged",
    "format-changed",
    "breaking",
    { ...str, format: "date-time" },
    { ...str, format: "date" },
    "2025-09-29T00:00:00Z",
  ),
  field(
    "reqMultipleOfRemoved",
    "multiple-of-removed",
    "non-breaking",
    { type: "number", multipleOf: 5 },
    { type: "number" },
    15,
  ),
  field(
    "reqUniqueItemsRemoved",
    "unique-items-removed",
    "non-breaking",
    { type: "array", items: str, uniqueItems: true },
    { type: "array", items: str },
    ["a", "b"],
  ),
  field(
    "reqAnyOfNarrowed",
    "rule-changed",
    "breaking",
    { anyOf: [str, { type: "number" }] },
    { anyOf: [str] },
    5,
  ),
  field(
    "reqDefaultChanged",
    "default-changed",
    "info",
    { ...str, default: "x" },
    { ...str, default: "y" },
    "x",
  ),
];

/** A request-body row over a whole object schema. */
function body(
  name: string,
  kind: string,
  expected: Level,
  before: Json,
  after: Json,
  sent: Json,
  consumerBody: Json = sent,
): Edit {
  return {
    name,
    kind,
    expected,
    before: post(name, before),
    after: post(name, after),
    consumer: `await op(base, { body: ${JSON.stringify(consumerBody)} });`,
    requests: [sent],
  };
}

const BODY_ROWS: Edit[] = [
  body(
    "reqOptionalPropertyAdded",
    "property-added",
    "non-breaking",
    object({ a: str }, ["a"]),
    object({ a: str, b: str }, ["a"]),
    { a: "x" },
  ),
  body(
    "reqRequiredPropertyAdded",
    "required-property-added",
    "breaking",
    object({ a: str }, ["a"]),
    object({ a: str, b: str }, ["a", "b"]),
    { a: "x" },
  ),
  body(
    "reqPropertyRemoved",
    "property-removed",
    "breaking",
    object({ a: str, b: str }, ["a"]),
    object({ a: str }, ["a"]),
    { a: "x", b: "y" },
  ),
  body(
    "reqPropertyBecameRequired",
    "property-became-required",
    "breaking",
    object({ a: str, b: str }, ["a"]),
    object({ a: str, b: str }, ["a", "b"]),
    { a: "x" },
  ),
  body(
    "reqPropertyBecameOptional",
    "property-became-optional",
    "non-breaking",
    object({ a: str, b: str }, ["a", "b"]),
    object({ a: str, b: str }, ["a"]),
    { a: "x", b: "y" },
  ),
  body(
    "reqAdditionalPropertiesForbidden",
    "additional-properties-forbidden",
    "breaking",
    { type: "object", properties: { a: str } },
    object({ a: str }),
    { a: "x", other: 1 },
    { a: "x" },
  ),
  body(
    "reqMaxPropertiesAdded",
    "max-properties-added",
    "breaking",
    { type: "object", properties: { a: str, b: str } },
    { type: "object", properties: { a: str, b: str }, maxProperties: 1 },
    { a: "x", b: "y" },
  ),
  body(
    "reqAdditionalPropertiesAllowed",
    "additional-properties-allowed",
    "non-breaking",
    object({ a: str }),
    { type: "object", properties: { a: str } },
    { a: "x" },
  ),
  body(
    "reqDependentRequiredAdded",
    "rule-added",
    "breaking",
    object({ a: str, b: str }),
    object({ a: str, b: str }, [], { dependentRequired: { a: ["b"] } }),
    { a: "x" },
  ),
  body(
    "reqDependentRequiredRemoved",
    "rule-removed",
    "non-breaking",
    object({ a: str, b: str }, [], { dependentRequired: { a: ["b"] } }),
    object({ a: str, b: str }),
    { a: "x", b: "y" },
  ),
  body(
    "reqIfThenAdded",
    "rule-added",
    "breaking",
    object({ kind: { enum: ["x", "y"] }, b: str }),
    object({ kind: { enum: ["x", "y"] }, b: str }, [], {
      if: { properties: { kind: { const: "x" } }, required: ["kind"] },
      then: { required: ["b"] },
    }),
    { kind: "x" },
  ),
];

/** A request row changing the body object itself (required flag, presence). */
function bodyPresence(
  name: string,
  kind: string,
  expected: Level,
  before: OperationSpec,
  after: OperationSpec,
  consumer: string,
): Edit {
  return { name, kind, expected, before, after, consumer };
}

const NO_BODY: OperationSpec = { path: "", method: "post", operation: { responses: OK_RESPONSE } };
function withId(spec: OperationSpec, name: string, patch: Json = {}): OperationSpec {
  return {
    path: `/${name}`,
    method: spec.method,
    operation: { ...spec.operation, operationId: name, ...patch },
  };
}
const optionalBody = (name: string) =>
  post(name, object({ a: str }), {
    requestBody: {
      required: false,
      content: { "application/json": { schema: object({ a: str }) } },
    },
  });

const PRESENCE_ROWS: Edit[] = [
  bodyPresence(
    "reqBodyBecameRequired",
    "request-body-became-required",
    "breaking",
    optionalBody("reqBodyBecameRequired"),
    post("reqBodyBecameRequired", object({ a: str })),
    "await op(base, {});",
  ),
  bodyPresence(
    "reqBodyBecameOptional",
    "request-body-became-optional",
    "non-breaking",
    post("reqBodyBecameOptional", object({ a: str })),
    optionalBody("reqBodyBecameOptional"),
    'await op(base, { body: { a: "x" } });',
  ),
  bodyPresence(
    "reqBodyRemoved",
    "request-body-removed",
    "breaking",
    post("reqBodyRemoved", object({ a: str })),
    withId(NO_BODY, "reqBodyRemoved"),
    'await op(base, { body: { a: "x" } });',
  ),
  bodyPresence(
    "reqBodyAdded",
    "request-body-added",
    "non-breaking",
    withId(NO_BODY, "reqBodyAdded"),
    optionalBody("reqBodyAdded"),
    "await op(base, {});",
  ),
  bodyPresence(
    "reqRequiredBodyAdded",
    "required-request-body-added",
    "breaking",
    withId(NO_BODY, "reqRequiredBodyAdded"),
    post("reqRequiredBodyAdded", object({ a: str })),
    "await op(base, {});",
  ),
];

/** A GET with query parameters. */
function query(name: string, parameters: Json[]): OperationSpec {
  return {
    path: `/${name}`,
    method: "get",
    operation: { operationId: name, parameters, responses: OK_RESPONSE },
  };
}
const q = (name: string, required: boolean, schema: Json = str) => ({
  name,
  in: "query",
  required,
  schema,
});

const PARAMETER_ROWS: Edit[] = [
  {
    name: "paramRequiredAdded",
    kind: "required-parameter-added",
    expected: "breaking",
    before: query("paramRequiredAdded", []),
    after: query("paramRequiredAdded", [q("p", true)]),
    consumer: "await op(base, {});",
  },
  {
    name: "paramOptionalAdded",
    kind: "optional-parameter-added",
    expected: "non-breaking",
    before: query("paramOptionalAdded", []),
    after: query("paramOptionalAdded", [q("p", false)]),
    consumer: "await op(base, {});",
  },
  {
    name: "paramRemoved",
    kind: "parameter-removed",
    expected: "breaking",
    before: query("paramRemoved", [q("p", false)]),
    after: query("paramRemoved", []),
    consumer: 'await op(base, { query: { p: "x" } });',
  },
  {
    name: "paramBecameRequired",
    kind: "parameter-became-required",
    expected: "breaking",
    before: query("paramBecameRequired", [q("p", false)]),
    after: query("paramBecameRequired", [q("p", true)]),
    consumer: "await op(base, {});",
  },
  {
    name: "paramBecameOptional",
    kind: "parameter-became-optional",
    expected: "non-breaking",
    before: query("paramBecameOptional", [q("p", true)]),
    after: query("paramBecameOptional", [q("p", false)]),
    consumer: 'await op(base, { query: { p: "x" } });',
  },
  {
    name: "paramEnumValueRemoved",
    kind: "enum-value-removed",
    expected: "breaking",
    before: query("paramEnumValueRemoved", [q("p", true, { enum: ["x", "y"] })]),
    after: query("paramEnumValueRemoved", [q("p", true, { enum: ["x"] })]),
    consumer: 'await op(base, { query: { p: "y" } });',
  },
];

const simple = (name: string) => post(name, object({ a: str }));
const CALL = 'await op(base, { body: { a: "x" } });';

const OPERATION_ROWS: Edit[] = [
  {
    name: "opRemoved",
    kind: "operation-removed",
    expected: "breaking",
    before: simple("opRemoved"),
    after: undefined,
    consumer: CALL,
  },
  {
    name: "opAdded",
    kind: "operation-added",
    expected: "non-breaking",
    before: undefined,
    after: simple("opAdded"),
    consumer: "void base;",
  },
  {
    name: "opIdChanged",
    kind: "operation-id-changed",
    expected: "breaking",
    before: simple("opIdChanged"),
    after: {
      ...simple("opIdChanged"),
      operation: { ...simple("opIdChanged").operation, operationId: "opIdRenamed" },
    },
    consumer: CALL,
  },
  {
    name: "opPathChanged",
    kind: "path-changed",
    expected: "breaking",
    before: simple("opPathChanged"),
    after: { ...simple("opPathChanged"), path: "/opPathChanged/v2" },
    consumer: 'await base.raw.POST("/opPathChanged", { body: { a: "x" } });',
  },
  {
    name: "opMethodChanged",
    kind: "method-changed",
    expected: "breaking",
    before: simple("opMethodChanged"),
    after: { ...simple("opMethodChanged"), method: "put" },
    consumer: 'await base.raw.POST("/opMethodChanged", { body: { a: "x" } });',
  },
  {
    name: "opUndeprecated",
    kind: "operation-undeprecated",
    expected: "info",
    before: post("opUndeprecated", object({ a: str }), { deprecated: true }),
    after: simple("opUndeprecated"),
    consumer: CALL,
  },
  {
    name: "opDeprecated",
    kind: "operation-deprecated",
    expected: "info",
    before: simple("opDeprecated"),
    after: post("opDeprecated", object({ a: str }), { deprecated: true }),
    consumer: CALL,
  },
  {
    name: "opDescriptionChanged",
    kind: "description-changed",
    expected: "info",
    before: post("opDescriptionChanged", object({ a: str }), { summary: "Do it" }),
    after: post("opDescriptionChanged", object({ a: str }), {
      summary: "Do it now",
      description: "Does it, now.",
    }),
    consumer: CALL,
  },
  {
    name: "opSecurityAdded",
    kind: "security-added",
    expected: "breaking",
    before: simple("opSecurityAdded"),
    after: post("opSecurityAdded", object({ a: str }), { security: [{ api_token: [] }] }),
    consumer: CALL,
    unobservable:
      "credentials are checked when the call is made, not by the compiler or the validators",
  },
  {
    name: "opSecurityAlternativeAdded",
    kind: "security-alternative-added",
    expected: "non-breaking",
    before: post("opSecurityAlternativeAdded", object({ a: str }), {
      security: [{ api_token: [] }],
    }),
    after: post("opSecurityAlternativeAdded", object({ a: str }), {
      security: [{ api_token: [] }, { api_key: [] }],
    }),
    consumer: CALL,
    unobservable: "credentials are checked when the call is made",
  },
  {
    name: "refReshuffle",
    kind: undefined,
    expected: "none",
    before: post("refReshuffle", { $ref: "#/components/schemas/refReshuffleOld" }),
    after: post("refReshuffle", { $ref: "#/components/schemas/refReshuffleNew" }),
    schemasBefore: {
      refReshuffleOld: object({ a: str, n: { $ref: "#/components/schemas/refReshuffleOld" } }),
    },
    schemasAfter: {
      refReshuffleNew: object({ a: str, n: { $ref: "#/components/schemas/refReshuffleNew" } }),
    },
    consumer: 'await op(base, { body: { a: "x", n: { a: "y" } } });',
    requests: [{ a: "x", n: { a: "y" } }],
  },
  {
    name: "reqRecursiveEnumValueRemoved",
    kind: "enum-value-removed",
    expected: "breaking",
    before: post("reqRecursiveEnumValueRemoved", { $ref: "#/components/schemas/reqRecursiveTree" }),
    after: post("reqRecursiveEnumValueRemoved", { $ref: "#/components/schemas/reqRecursiveTree" }),
    schemasBefore: {
      reqRecursiveTree: object({
        c: { enum: ["x", "y"] },
        kids: { type: "array", items: { $ref: "#/components/schemas/reqRecursiveTree" } },
      }),
    },
    schemasAfter: {
      reqRecursiveTree: object({
        c: { enum: ["x"] },
        kids: { type: "array", items: { $ref: "#/components/schemas/reqRecursiveTree" } },
      }),
    },
    consumer: 'await op(base, { body: { kids: [{ c: "y" }] } });',
    requests: [{ kids: [{ c: "y" }] }],
  },
];

const RESPONSE_ROWS: Edit[] = [
  readField(
    "resEnumValueAdded",
    "enum-value-added",
    "breaking",
    { enum: ["x", "y"] },
    { enum: ["x", "y", "z"] },
    'switch (r.a) {\n  case "x": break;\n  case "y": break;\n  default: { const never: never = r.a; void never; }\n}',
    "z",
  ),
  readField(
    "resEnumValueRemoved",
    "enum-value-removed",
    "breaking",
    { enum: ["x", "y"] },
    { enum: ["x"] },
    'if (r.a === "y") console.log("y");',
    "x",
  ),
  readField(
    "resEnumRemoved",
    "enum-removed",
    "breaking",
    { type: "string", enum: ["x", "y"] },
    str,
    'const v: "x" | "y" = r.a; void v;',
    "other",
  ),
  readField(
    "resTypeChanged",
    "type-changed",
    "breaking",
    str,
    { type: "number" },
    "const v: string = r.a; void v;",
    5,
  ),
  readField(
    "resTypeNarrowed",
    "type-narrowed",
    "non-breaking",
    { type: ["string", "number"] },
    str,
    "const v: string | number = r.a; void v;",
    "x",
  ),
  readField(
    "resTypeWidened",
    "type-widened",
    "breaking",
    str,
    { type: ["string", "number"] },
    "const v: string = r.a; void v;",
    5,
  ),
  readField(
    "resNullableAdded",
    "nullable-added",
    "breaking",
    str,
    { type: ["string", "null"] },
    "const v: string = r.a; void v;",
    null,
  ),
  readField(
    "resNullableRemoved",
    "nullable-removed",
    "non-breaking",
    { type: ["string", "null"] },
    str,
    "const v: string | null = r.a; void v;",
    "x",
  ),
  readField(
    "resMaxLengthIncreased",
    "max-length-increased",
    "breaking",
    { ...str, maxLength: 3 },
    { ...str, maxLength: 9 },
    "const v: string = r.a; void v;",
    "abcdefg",
  ),
  readField(
    "resMaxLengthDecreased",
    "max-length-decreased",
    "non-breaking",
    { ...str, maxLength: 9 },
    { ...str, maxLength: 3 },
    "const v: string = r.a; void v;",
    "abc",
  ),
  readField(
    "resPatternRemoved",
    "pattern-removed",
    "breaking",
    { ...str, pattern: "^[a-z]+$" },
    str,
    "const v: string = r.a; void v;",
    "ABC",
  ),
  readField(
    "resDescriptionChanged",
    "description-changed",
    "info",
    { ...str, description: "A." },
    { ...str, description: "The a." },
    "const v: string = r.a; void v;",
    "x",
  ),
  {
    name: "resAdditionalPropertiesAllowed",
    kind: "additional-properties-allowed",
    expected: "breaking",
    before: get("resAdditionalPropertiesAllowed", object({ a: str }, ["a"])),
    after: get("resAdditionalPropertiesAllowed", {
      type: "object",
      required: ["a"],
      properties: { a: str },
    }),
    consumer: "const r = await op(base, {});\nconst v: string = r.a; void v;",
    responses: [{ a: "x", extra: 1 }],
  },
  {
    name: "resBodyAdded",
    kind: "response-body-added",
    expected: "non-breaking",
    before: {
      path: "/resBodyAdded",
      method: "get",
      operation: { operationId: "resBodyAdded", responses: { "200": { description: "Done." } } },
    },
    after: get("resBodyAdded", object({ a: str }, ["a"])),
    consumer: "await op(base, {});",
    responses: [{ a: "x" }],
  },
  {
    name: "resPropertyAdded",
    kind: "property-added",
    expected: "non-breaking",
    before: get("resPropertyAdded", { type: "object", required: ["a"], properties: { a: str } }),
    after: get("resPropertyAdded", {
      type: "object",
      required: ["a"],
      properties: { a: str, b: str },
    }),
    consumer: "const r = await op(base, {});\nconst v: string = r.a; void v;",
    responses: [{ a: "x", b: "y" }],
  },
  {
    name: "resClosedPropertyAdded",
    kind: "closed-object-property-added",
    expected: "breaking",
    before: get("resClosedPropertyAdded", object({ a: str }, ["a"])),
    after: get("resClosedPropertyAdded", object({ a: str, b: str }, ["a"])),
    consumer: "const r = await op(base, {});\nconst v: string = r.a; void v;",
    responses: [{ a: "x", b: "y" }],
  },
  {
    name: "resPropertyRemoved",
    kind: "property-removed",
    expected: "breaking",
    before: get("resPropertyRemoved", object({ a: str, b: str }, ["a", "b"])),
    after: get("resPropertyRemoved", object({ a: str }, ["a"])),
    consumer: "const r = await op(base, {});\nconst v: string = r.b; void v;",
    responses: [{ a: "x" }],
  },
  {
    name: "resPropertyBecameOptional",
    kind: "property-became-optional",
    expected: "breaking",
    before: get("resPropertyBecameOptional", object({ a: str }, ["a"])),
    after: get("resPropertyBecameOptional", object({ a: str })),
    consumer: "const r = await op(base, {});\nconst v: string = r.a; void v;",
    responses: [{}],
  },
  {
    name: "resPropertyBecameRequired",
    kind: "property-became-required",
    expected: "non-breaking",
    before: get("resPropertyBecameRequired", object({ a: str })),
    after: get("resPropertyBecameRequired", object({ a: str }, ["a"])),
    consumer: 'const r = await op(base, {});\nconst v: string = r.a ?? ""; void v;',
    responses: [{ a: "x" }],
  },
  {
    name: "resStatusAdded",
    kind: "response-status-added",
    expected: "non-breaking",
    before: get("resStatusAdded", object({ a: str }, ["a"])),
    after: {
      ...get("resStatusAdded", object({ a: str }, ["a"])),
      operation: {
        operationId: "resStatusAdded",
        responses: {
          ...(get("x", object({ a: str }, ["a"])).operation["responses"] as Json),
          "404": { description: "Not found." },
        },
      },
    },
    consumer: "const r = await op(base, {});\nconst v: string = r.a; void v;",
    responses: [{ a: "x" }],
  },
  {
    name: "resStatusRemoved",
    kind: "response-status-removed",
    expected: "breaking",
    before: get("resStatusRemoved", object({ a: str }, ["a"])),
    after: {
      path: "/resStatusRemoved",
      method: "get",
      operation: {
        operationId: "resStatusRemoved",
        responses: { "204": { description: "Done." } },
      },
    },
    consumer: "const r = await op(base, {});\nconst v: string = r.a; void v;",
  },
];

/** Every judged edit. */
export const EDITS: readonly Edit[] = [
  ...FIELD_ROWS,
  ...BODY_ROWS,
  ...PRESENCE_ROWS,
  ...PARAMETER_ROWS,
  ...OPERATION_ROWS,
  ...RESPONSE_ROWS,
];

/** The spec holding every edit's operation before (or after) the edit. */
export function specOf(edits: readonly Edit[], when: "before" | "after"): Json {
  const paths: Record<string, Json> = {};
  const schemas: Json = {};
  for (const edit of edits) {
    const spec = edit[when];
    Object.assign(schemas, when === "before" ? edit.schemasBefore : edit.schemasAfter);
    if (spec === undefined) continue;
    paths[spec.path] = { ...paths[spec.path], [spec.method]: spec.operation };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Judged edits",
      version: when === "before" ? "1.0.0" : "2.0.0",
      "x-package-name": "judged-edits",
    },
    servers: [{ url: "http://127.0.0.1:9/v1" }],
    components: {
      securitySchemes: {
        api_token: { type: "http", scheme: "bearer" },
        api_key: { type: "apiKey", in: "header", name: "X-Api-Key" },
      },
      schemas,
    },
    security: [],
    paths,
  };
}
