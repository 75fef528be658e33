/**
 * Validate stage: Redocly's structural OpenAPI 3.x check and reference resolution, plus our own
 * rules as a Redocly plugin, so every problem carries the file, line and column it came from, even
 * inside `$ref`ed files. Returns every diagnostic; an empty list means the spec can be generated.
 */
import {
  createConfig,
  lintDocument,
  type NormalizedProblem,
  type StyleguideConfig,
} from "@redocly/openapi-core";
import type { Oas3Rule, Oas3Visitor } from "@redocly/openapi-core/lib/visitors.js";
import type { UserContext } from "@redocly/openapi-core/lib/walk.js";
import { diagnostic, type Diagnostic, type DiagnosticCode } from "./diagnostics.js";
import { bundlingCheck, locate, safeDecode, sourceLine, type LoadedSpec } from "./load.js";
import {
  isSupportedSchemaKey,
  likelySlipOf,
  SCHEMA_FORMATS,
  SCHEMA_KEYWORDS,
  UNSUPPORTED_SCHEMA_KEYWORDS,
  unicodePattern,
} from "./keywords.js";
import { operationFunctionName, operationIdProblem } from "./model/names.js";
import { correctedTypes } from "./redocly-types.js";
import { dropExampleChecks, exampleRule, settleExampleChecks } from "./validate-examples.js";
import { parsedFiles, valueAt, withoutCascades } from "./validate-refs.js";

/** Redocly's built-in rules we run, and the diagnostic code each one's problems get. */
const BUILTIN_RULES: Readonly<Record<string, DiagnosticCode>> = {
  struct: "spec-structure",
  "no-unresolved-refs": "ref-unresolved",
  "operation-operationId": "operation-id-missing",
  "operation-operationId-unique": "operation-id-duplicate",
  "path-params-defined": "path-parameter",
  "path-declaration-must-exist": "path-parameter",
  "operation-parameters-unique": "parameter-duplicate",
};

/**
 * An example that breaks its schema would be published in the docs and mocks as valid: an error
 * in OpenAPI 3.1. In 3.0 documents only a warning, since the check reads their schemas as 2020-12
 * and real-world 3.0 specs are full of such examples. Set per version only: Redocly lets `rules`
 * override a version's own setting.
 */
const EXAMPLE_RULE = "cfgen/example-invalid";

/** Our rules, as Redocly rule ids under the `cfgen/` plugin prefix; their ids are our codes. */
const OUR_RULES = [
  "schema-keyword",
  "schema-format",
  "schema-pattern",
  "operation-id-invalid",
  "operation-name-collision",
  "schema-bounds",
  "schema-extension",
  "ref-cycle",
  "operation-responses",
  "path-parameter-required",
  "spec-unicode",
  "security-undeclared",
  "parameter-schema-content",
] as const satisfies readonly DiagnosticCode[];

/** A rule that reports nothing: it tells the bundle stage whether it has work (load.ts). */
const BUNDLING_CHECK = "bundling-check";

/** Our rules whose findings are warnings: the output ignores the thing, and that is safe. */
const OUR_WARNINGS = [
  "schema-annotation",
  "schema-enum-empty",
  "body-media-type",
] as const satisfies readonly DiagnosticCode[];

let configPromise: Promise<StyleguideConfig> | undefined;

/** The Redocly configuration of our rule set, built once per process. */
export function validationConfig(): Promise<StyleguideConfig> {
  configPromise ??= createConfig({
    extends: [],
    // An `example` is JSON data: an object in it with a "$ref" key is a value, never followed.
    resolve: { doNotResolveExamples: true },
    plugins: [
      {
        id: "cfgen",
        rules: { oas3: ourRules() },
        // Boolean schemas and properties named like Object.prototype members (redocly-types.ts).
        typeExtension: { oas3: correctedTypes },
      },
    ],
    rules: Object.fromEntries([
      ...Object.keys(BUILTIN_RULES).map((id) => [id, "error"]),
      ...OUR_RULES.map((id) => [`cfgen/${id}`, "error"]),
      ...OUR_WARNINGS.map((id) => [`cfgen/${id}`, "warn"]),
      [`cfgen/${BUNDLING_CHECK}`, "error"],
    ]),
    oas3_0Rules: { [EXAMPLE_RULE]: "warn" },
    oas3_1Rules: { [EXAMPLE_RULE]: "error" },
  }).then((config) => config.styleguide);
  return configPromise;
}

/**
 * Runs every rule over the loaded spec and returns all problems as diagnostics: errors, which stop
 * generation, and warnings, which do not.
 */
export async function validateSpec(loaded: LoadedSpec): Promise<Diagnostic[]> {
  const root = loaded.document.source;
  const problems = await lintDocument({
    document: loaded.document,
    config: await validationConfig(),
    externalRefResolver: loaded.resolver,
  })
    .then((found) => settleExampleChecks(root, found))
    .catch((error: unknown) => {
      dropExampleChecks(root);
      // Redocly's resolver gives up, with no location, on a cycle of bare `$ref`s or a `$ref`
      // through a null: find the `$ref` ourselves.
      const found = refProblems(loaded);
      if (found.length > 0) return found;
      throw error;
    });
  if (problems.length > 0 && "code" in problems[0]!) return problems as Diagnostic[];
  const diagnostics = (problems as NormalizedProblem[]).flatMap((problem) => {
    const found = toDiagnostic(problem);
    return found === undefined ? [] : [found];
  });
  return withoutCascades(diagnostics, await parsedFiles(loaded));
}

function toDiagnostic(problem: NormalizedProblem): Diagnostic | undefined {
  const location = problem.location[0];
  const code = codeOf(problem.ruleId);
  const position = location ? locate(location) : { file: "", line: 0, column: 0, pointer: "#" };
  const found = { code, message: problem.message, pointer: position.pointer };
  if (ignored(found)) return undefined;
  const tolerance = tolerated(found);
  if (tolerance !== undefined)
    return diagnostic({ ...position, ...tolerance, severity: "warning" });
  const hint =
    problem.suggest.length > 0 ? `Did you mean: ${problem.suggest.join(", ")}?` : undefined;
  const refined = refine(code, {
    message: problem.message,
    pointer: position.pointer,
    sourceLine: location ? sourceLine(location.source, position.line) : "",
  });
  return diagnostic({
    code,
    ...position,
    ...refined,
    ...(hint ? { hint } : {}),
    severity: problem.severity === "error" ? "error" : "warning",
  });
}

interface Found {
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly pointer: string;
}

/**
 * Webhooks are requests the API sends, not ones a client makes: nothing is generated for them, so
 * neither their operationIds nor their examples (never published) matter. A `$ref` to a boolean
 * schema (`$defs: { never: false }`) is valid JSON Schema 2020-12, which Redocly checks as an
 * object schema (redocly-types.ts admits booleans everywhere else).
 */
function ignored(found: Found): boolean {
  if (found.code === "spec-structure" && found.message === BOOLEAN_SCHEMA_REFUSAL) return true;
  const webhook = found.pointer.startsWith("#/webhooks/");
  return webhook && (found.code === "operation-id-missing" || found.code === "example-invalid");
}

const BOOLEAN_SCHEMA_REFUSAL = "Expected type `Schema` (object) but got `boolean`";

/**
 * Departures from the letter of OpenAPI that real-world specs make and that have one safe reading:
 * OpenAPI 3.0's `nullable` (in a 3.1 document, or without `type`) and a response without its
 * required `description`. Each becomes a warning that says how it is read.
 */
function tolerated(found: Found): Pick<Diagnostic, "code" | "message"> | undefined {
  if (found.code === "example-invalid" && / must match format "/.test(found.message)) {
    // JSON Schema 2020-12 reads `format` as an annotation by default, and real specs' examples
    // often miss one (a uuid a digit short): warned about, even where the validators check it.
    return { code: "example-invalid", message: found.message };
  }
  if (found.code !== "spec-structure") return undefined;
  if (found.message === "Property `nullable` is not expected here.") {
    return {
      code: "spec-openapi-30",
      message: "`nullable` is OpenAPI 3.0, not 3.1: read as in 3.0 (the value may also be null)",
    };
  }
  if (found.message === "The `type` field must be defined when the `nullable` field is used.") {
    return {
      code: "spec-openapi-30",
      message: "`nullable` without `type`: read as allowing null besides what the schema allows",
    };
  }
  if (
    found.message === "The field `description` must be present on this level." &&
    /\/responses\/[^/]+$/.test(found.pointer)
  ) {
    return {
      code: "spec-structure",
      message: "This response has no `description` (OpenAPI requires one); the docs show none",
    };
  }
  return undefined;
}

/** Makes Redocly's generic messages name the thing at fault. */
function refine(
  code: DiagnosticCode,
  found: { message: string; pointer: string; sourceLine: string },
): { message: string; pointer: string } {
  if (code === "ref-unresolved" && found.sourceLine.startsWith("$ref:")) {
    return { message: `Can't resolve ${found.sourceLine}`, pointer: found.pointer };
  }
  const unused = /^Path parameter `(.*)` is not used in the path `(.*)`\.$/s.exec(found.message);
  if (code === "path-parameter" && unused !== null && unused[2]!.includes(`{${unused[1]}}`)) {
    return {
      message: `\`{${unused[1]}}\` cannot be a path template variable: use letters, digits, \`_\`, \`-\` or \`.\``,
      pointer: found.pointer,
    };
  }
  const repeat = /Repeats of `in:(.*)` \+ `name:(.*)`/.exec(found.message);
  if (code === "parameter-duplicate" && repeat !== null) {
    return {
      message: `Parameter "${repeat[2]}" in ${repeat[1]} is declared more than once here`,
      pointer: found.pointer,
    };
  }
  if (code === "operation-id-duplicate") {
    // Redocly's pointer ends with the duplicated value instead of the `operationId` key.
    const cut = found.pointer.lastIndexOf("/");
    const value = found.pointer.slice(cut + 1);
    return {
      message: `operationId "${value}" is already used by another operation`,
      pointer: `${found.pointer.slice(0, cut)}/operationId`,
    };
  }
  return { message: found.message, pointer: found.pointer };
}

function codeOf(ruleId: string): DiagnosticCode {
  if (ruleId.startsWith("cfgen/")) return ruleId.slice("cfgen/".length) as DiagnosticCode;
  return BUILTIN_RULES[ruleId] ?? "spec-structure";
}

type RuleContext = UserContext;

function ourRules(): Record<
  (typeof OUR_RULES | typeof OUR_WARNINGS)[number] | "example-invalid" | typeof BUNDLING_CHECK,
  Oas3Rule
> {
  return {
    "example-invalid": exampleRule,
    [BUNDLING_CHECK]: bundlingCheck,
    // One visitor runs the checks of all our schema rules (see `schemaChecks`).
    "schema-keyword": schemaChecks,
    "schema-format": () => ({}),
    "schema-pattern": () => ({}),
    "schema-annotation": () => ({}),
    "schema-enum-empty": () => ({}),
    "operation-id-invalid": () => ({ Operation: { enter: checkOperationId } }),
    "operation-name-collision": operationNameCollisions,
    "schema-bounds": () => ({}),
    "schema-extension": () => ({}),
    "ref-cycle": () => ({ ref: { enter: checkRefCycle } }),
    "operation-responses": () => ({ Operation: { enter: checkOperationResponses } }),
    "path-parameter-required": () => ({ Parameter: { enter: checkPathParameterRequired } }),
    "body-media-type": () => ({ RequestBody: { enter: checkBodyMediaType } }),
    "spec-unicode": () => ({ any: { enter: checkWellFormedNames } }),
    "security-undeclared": undeclaredSecuritySchemes,
    "parameter-schema-content": () => ({
      Parameter: { enter: checkSchemaOrContent },
      Header: { enter: checkSchemaOrContent },
    }),
  };
}

type SchemaCheck = (schema: never, ctx: RuleContext) => void;

/**
 * Our rules on schemas and their checks, in the order the rules ran when each had a visitor of
 * its own. Redocly's walker pays for every visitor at every node (a context, a location, a look-up
 * of ignored nodes), and a large spec has tens of thousands of schemas: one visitor runs them all.
 */
const SCHEMA_CHECKS: readonly (readonly [DiagnosticCode, SchemaCheck])[] = [
  ["schema-keyword", checkSchemaKeywords],
  ["schema-format", checkSchemaFormat],
  ["schema-pattern", checkSchemaPattern],
  ["schema-annotation", checkSchemaAnnotations],
  ["schema-enum-empty", checkEmptyEnum],
  ["schema-bounds", checkSchemaBounds],
  ["schema-extension", checkSchemaExtensions],
];

/** The visitor of `SCHEMA_CHECKS`: each check reports under its own rule id and severity. */
function schemaChecks(): Oas3Visitor {
  return {
    Schema: {
      enter(schema: object, ctx: RuleContext) {
        let code: DiagnosticCode = "schema-keyword";
        const scoped: RuleContext = {
          ...ctx,
          report: (problem) =>
            ctx.report({ ...problem, ruleId: `cfgen/${code}`, forceSeverity: severityOf(code) }),
        };
        for (const [rule, check] of SCHEMA_CHECKS) {
          code = rule;
          check(schema as never, scoped);
        }
      },
    },
  };
}

/** A rule's severity, as `validationConfig` sets it. */
function severityOf(code: DiagnosticCode): "error" | "warn" {
  return (OUR_WARNINGS as readonly DiagnosticCode[]).includes(code) ? "warn" : "error";
}

/**
 * A JSON Schema keyword the output cannot honour, or a slip of a supported one, is an error; any
 * other unknown key means nothing in JSON Schema (`optional: true`), so it is only warned about
 * (by `schema-annotation`).
 */
function checkSchemaKeywords(schema: object, ctx: RuleContext): void {
  if (typeof schema !== "object" || schema === null) return;
  for (const key of Object.keys(schema)) {
    if (isSupportedSchemaKey(key)) continue;
    const slip = likelySlipOf(key, SCHEMA_KEYWORDS);
    if (!UNSUPPORTED_SCHEMA_KEYWORDS.has(key) && slip === undefined) continue;
    ctx.report({
      message:
        slip === undefined
          ? `Schema keyword \`${key}\` is not supported by the generator`
          : `Schema keyword \`${key}\` is not a JSON Schema keyword; did you mean \`${slip}\`?`,
      location: ctx.location.child([key]).key(),
    });
  }
}

/** A format that is a slip of a supported one is an error; other unknown formats are annotations. */
function checkSchemaFormat(schema: { readonly format?: unknown }, ctx: RuleContext): void {
  if (typeof schema !== "object" || schema === null || schema.format === undefined) return;
  if (typeof schema.format === "string" && SCHEMA_FORMATS.has(schema.format)) return;
  const slip =
    typeof schema.format === "string" ? likelySlipOf(schema.format, SCHEMA_FORMATS) : undefined;
  if (typeof schema.format === "string" && slip === undefined) return;
  ctx.report({
    message:
      slip === undefined
        ? `Format must be a string, not ${JSON.stringify(schema.format)}`
        : `Format \`${String(schema.format)}\` is not supported; did you mean \`${slip}\`?`,
    location: ctx.location.child(["format"]),
  });
}

/**
 * What the output reads otherwise than written, or ignores, and a reader may not expect it to:
 * unknown formats and keys, needless escapes in patterns.
 */
function checkSchemaAnnotations(schema: object, ctx: RuleContext): void {
  if (typeof schema !== "object" || schema === null) return;
  const { pattern } = schema as { pattern?: unknown };
  if (typeof pattern === "string" && unicodePattern(pattern) !== pattern) {
    ctx.report({
      message: `\`pattern\` escapes characters that need no escape; read as /${unicodePattern(pattern)}/u`,
      location: ctx.location.child(["pattern"]),
    });
  }
  const format = (schema as { readonly format?: unknown }).format;
  if (typeof format === "string" && !SCHEMA_FORMATS.has(format)) {
    if (likelySlipOf(format, SCHEMA_FORMATS) === undefined) {
      ctx.report({
        message: `Format \`${format}\` is not one the validators check; it is kept as an annotation`,
        location: ctx.location.child(["format"]),
      });
    }
  }
  for (const key of Object.keys(schema)) {
    if (isSupportedSchemaKey(key) || UNSUPPORTED_SCHEMA_KEYWORDS.has(key)) continue;
    if (likelySlipOf(key, SCHEMA_KEYWORDS) !== undefined) continue;
    ctx.report({
      message: `\`${key}\` is not a JSON Schema keyword; it is ignored`,
      location: ctx.location.child([key]).key(),
    });
  }
}

/** `enum: []` is valid JSON Schema that no value meets: honoured, and pointed out (often a slip). */
function checkEmptyEnum(schema: { enum?: unknown }, ctx: RuleContext): void {
  if (typeof schema !== "object" || schema === null) return;
  if (!Array.isArray(schema.enum) || schema.enum.length > 0) return;
  ctx.report({
    message: "`enum: []` allows no value at all: the validators refuse every value here",
    location: ctx.location.child(["enum"]),
  });
}

/**
 * A `pattern` must compile in unicode mode, as the validators run it; one that fails only for a
 * needless escape (`\:`) is read without it, with a warning from `schema-annotation`.
 */
function checkSchemaPattern(schema: { pattern?: unknown }, ctx: RuleContext): void {
  if (typeof schema !== "object" || schema === null || typeof schema.pattern !== "string") return;
  try {
    new RegExp(unicodePattern(schema.pattern), "u");
  } catch (error) {
    ctx.report({
      message: `Invalid \`pattern\`: ${(error as Error).message}`,
      location: ctx.location.child(["pattern"]),
    });
  }
}

function checkOperationId(operation: { operationId?: unknown }, ctx: RuleContext): void {
  if (typeof operation.operationId !== "string") return;
  const problem = operationIdProblem(operation.operationId);
  if (problem !== undefined) {
    ctx.report({ message: problem, location: ctx.location.child(["operationId"]) });
  }
}

/** Two operationIds that differ but give the same function name (e.g. `get-zone`, `getZone`). */
function operationNameCollisions(): Oas3Visitor {
  const seen = new Map<string, string>();
  return {
    Operation: {
      enter(operation: { operationId?: unknown }, ctx: RuleContext) {
        if (typeof operation.operationId !== "string") return;
        const name = operationFunctionName(operation.operationId);
        const first = seen.get(name);
        if (first !== undefined && first !== operation.operationId) {
          ctx.report({
            message: `operationId "${operation.operationId}" and "${first}" both give the function name "${name}"`,
            location: ctx.location.child(["operationId"]),
          });
        }
        if (first === undefined) seen.set(name, operation.operationId);
      },
    },
  };
}

/** Pairs of bounds whose lower one above the upper one leaves no valid value. */
const BOUNDS: readonly (readonly [string, string])[] = [
  ["minimum", "maximum"],
  ["minLength", "maxLength"],
  ["minItems", "maxItems"],
  ["minProperties", "maxProperties"],
];

function checkSchemaBounds(node: object, ctx: RuleContext): void {
  if (typeof node !== "object" || node === null) return;
  const schema = node as Readonly<Record<string, unknown>>;
  for (const [low, high] of BOUNDS) {
    const min = schema[low];
    const max = schema[high];
    if (typeof min === "number" && typeof max === "number" && min > max) {
      ctx.report({
        message: `\`${low}: ${min}\` is above \`${high}: ${max}\`: no value is valid`,
        location: ctx.location.child([low]),
      });
    }
  }
}

/**
 * A `$ref` whose target is only another `$ref`, and so on back to itself, names no schema at all
 * (Redocly's bundler would fail on it with no location).
 */
function checkRefCycle(
  ref: { readonly $ref: string },
  ctx: RuleContext,
  resolved: { readonly node: unknown; readonly location?: { readonly absolutePointer?: string } },
): void {
  const seen = new Set<string>([ctx.location.absolutePointer]);
  let node: unknown = resolved.node;
  let location = resolved.location;
  for (let hops = 0; hops < 64; hops++) {
    const next = (node as { $ref?: unknown } | null)?.["$ref"];
    if (typeof next !== "string" || location?.absolutePointer === undefined) return;
    if (seen.has(location.absolutePointer)) {
      ctx.report({
        message: `\`$ref: ${ref.$ref}\` leads only to other $refs, round in a circle, and never to a schema`,
        location: ctx.location.child(["$ref"]),
      });
      return;
    }
    seen.add(location.absolutePointer);
    const step = ctx.resolve({ $ref: next }, location.absolutePointer.replace(/#.*$/, ""));
    node = step.node;
    location = step.location;
  }
}

function checkOperationResponses(operation: { responses?: unknown }, ctx: RuleContext): void {
  const responses = operation.responses;
  if (typeof responses === "object" && responses !== null && Object.keys(responses).length > 0) {
    return;
  }
  ctx.report({
    message: "This operation has no responses: its result and errors cannot be typed",
    location: ctx.location.child(["responses"]).key(),
  });
}

function checkPathParameterRequired(
  parameter: { in?: unknown; required?: unknown },
  ctx: RuleContext,
): void {
  if (parameter.in !== "path" || parameter.required === true) return;
  ctx.report({
    message: "A path parameter must be `required: true`",
    location: ctx.location.child([parameter.required === undefined ? "in" : "required"]),
  });
}

/**
 * The client sends JSON bodies; an operation whose body has no JSON media type (an upload as
 * `application/octet-stream`, XML) is still generated, typed from its schema, with this warning.
 */
const SENDABLE_MEDIA =
  /^(?:application\/(?:[\w.+-]+\+)?json|application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

function checkBodyMediaType(body: { content?: unknown }, ctx: RuleContext): void {
  const types = Object.keys((body.content ?? {}) as object);
  if (types.length === 0 || types.some((type) => SENDABLE_MEDIA.test(type))) return;
  ctx.report({
    message: `The request body has no JSON media type (only ${types.join(", ")}); the client sends it as JSON`,
    location: ctx.location.child(["content"]).key(),
  });
}

/**
 * The local `$ref`s of the root document that resolve to nothing (a step through null or a
 * value that is not an object), or that lead, through bare `$ref`s only, round in a circle.
 */
function refProblems(loaded: LoadedSpec): Diagnostic[] {
  const document = loaded.document.parsed as unknown;
  const found: Diagnostic[] = [];
  const visit = (node: unknown, pointer: string): void => {
    if (typeof node !== "object" || node === null) return;
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === "string" && ref.startsWith("#")) {
      const position = locate({ source: loaded.document.source, pointer: `${pointer}/$ref` });
      if (safeDecode(ref) === ref && /%/.test(ref)) {
        found.push(
          diagnostic({
            code: "ref-unresolved",
            ...position,
            message: `$ref "${ref}" is not a valid URI reference: \`%\` must start a %XX escape`,
            hint: "Write a `%` in a $ref as `%25` (a $ref is a URI: `%` starts a percent-encoded byte).",
          }),
        );
      } else if (valueAt(document, ref) === undefined) {
        found.push(
          diagnostic({
            code: "ref-unresolved",
            ...position,
            message: `Can't resolve $ref: "${ref}"`,
          }),
        );
      } else if (leadsBack(document, pointer, ref)) {
        found.push(
          diagnostic({
            code: "ref-cycle",
            ...position,
            message: `\`$ref: ${ref}\` leads only to other $refs, round in a circle, and never to a schema`,
          }),
        );
      }
    }
    for (const [key, value] of Object.entries(node)) {
      visit(value, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`);
    }
  };
  visit(document, "#");
  return found;
}

function leadsBack(document: unknown, start: string, ref: string): boolean {
  const seen = new Set([start]);
  let next: unknown = ref;
  for (let hops = 0; typeof next === "string" && next.startsWith("#/") && hops < 64; hops++) {
    if (seen.has(next)) return true;
    seen.add(next);
    next = (valueAt(document, next) as { $ref?: unknown } | undefined)?.$ref;
  }
  return false;
}

/** Our schema extensions' values: `x-sum-equals` names a property. */
function checkSchemaExtensions(node: object, ctx: RuleContext): void {
  if (typeof node !== "object" || node === null || !("x-sum-equals" in node)) return;
  const value = (node as { "x-sum-equals"?: unknown })["x-sum-equals"];
  if (typeof value === "string" && value !== "") return;
  ctx.report({
    message: `\`x-sum-equals\` must name a property, not ${JSON.stringify(value)}`,
    location: ctx.location.child(["x-sum-equals"]),
  });
}

/** A lone surrogate: half of a UTF-16 pair, which no UTF-8 text (a request, a file) can carry. */
const LONE_SURROGATE = /\p{Cs}/u;

/** The values that name something in the output, besides every key of a spec object. */
const NAME_FIELDS: readonly string[] = ["operationId", "name"];

/**
 * Keys (property names, paths, component names) and names (operationIds, parameter names) become
 * identifiers, URLs, JSON Schema pointers and file text: one holding a lone surrogate cannot be
 * written as UTF-8 or percent-encoded (`encodeURIComponent` throws), so it is refused here.
 */
function checkWellFormedNames(node: unknown, ctx: RuleContext): void {
  if (typeof node !== "object" || node === null || Array.isArray(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (LONE_SURROGATE.test(key)) {
      ctx.report({
        message: `The name ${JSON.stringify(key)} holds a lone surrogate, which is not a character`,
        location: ctx.location.child([key]).key(),
      });
    } else if (
      NAME_FIELDS.includes(key) &&
      typeof value === "string" &&
      LONE_SURROGATE.test(value)
    ) {
      ctx.report({
        message: `\`${key}\` ${JSON.stringify(value)} holds a lone surrogate, which is not a character`,
        location: ctx.location.child([key]),
      });
    }
  }
}

/**
 * A security requirement names schemes by their key in `components.securitySchemes`; a name that
 * is not declared there could never be sent. Names are collected over the whole document (the
 * schemes may be declared after the requirements) and checked when it is left.
 */
function undeclaredSecuritySchemes(): Oas3Visitor {
  const declared = new Set<string>();
  const used: { name: string; location: RuleContext["location"] }[] = [];
  return {
    SecurityScheme(_scheme: object, ctx: RuleContext) {
      declared.add(String(ctx.key));
    },
    SecurityRequirement(requirement: object, ctx: RuleContext) {
      if (typeof requirement !== "object" || requirement === null) return;
      for (const name of Object.keys(requirement)) {
        used.push({ name, location: ctx.location.child([name]) });
      }
    },
    Root: {
      leave(_root: object, ctx: RuleContext) {
        for (const { name, location } of used) {
          if (declared.has(name)) continue;
          ctx.report({
            message: `Security scheme \`${name}\` is not declared in components.securitySchemes`,
            location: location.key(),
          });
        }
      },
    },
  };
}

/** OpenAPI: a parameter (or header) has `schema` or `content`, never both. */
function checkSchemaOrContent(parameter: object, ctx: RuleContext): void {
  if (typeof parameter !== "object" || parameter === null) return;
  if (!Object.hasOwn(parameter, "schema") || !Object.hasOwn(parameter, "content")) return;
  ctx.report({
    message: "This parameter has both `schema` and `content`; OpenAPI allows one of them",
    location: ctx.location.child(["content"]).key(),
  });
}
