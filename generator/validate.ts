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
import { locate, type LoadedSpec } from "./load.js";
import {
  isSupportedSchemaKey,
  likelySlipOf,
  SCHEMA_FORMATS,
  SCHEMA_KEYWORDS,
  UNSUPPORTED_SCHEMA_KEYWORDS,
  unicodePattern,
} from "./keywords.js";
import { operationFunctionName, operationIdProblem } from "./model/names.js";

/** Redocly's built-in rules we run, and the diagnostic code each one's problems get. */
const BUILTIN_RULES: Readonly<Record<string, DiagnosticCode>> = {
  struct: "spec-structure",
  "no-unresolved-refs": "ref-unresolved",
  "operation-operationId": "operation-id-missing",
  "operation-operationId-unique": "operation-id-duplicate",
  "path-params-defined": "path-parameter",
  "path-declaration-must-exist": "path-parameter",
};

/** Our rules, as Redocly rule ids under the `cfgen/` plugin prefix; their ids are our codes. */
const OUR_RULES = [
  "schema-keyword",
  "schema-format",
  "schema-pattern",
  "operation-id-invalid",
  "operation-name-collision",
] as const satisfies readonly DiagnosticCode[];

/** Our rules whose findings are warnings: the output ignores the thing, and that is safe. */
const OUR_WARNINGS = ["schema-annotation"] as const satisfies readonly DiagnosticCode[];

let configPromise: Promise<StyleguideConfig> | undefined;

/** The Redocly configuration of our rule set, built once per process. */
export function validationConfig(): Promise<StyleguideConfig> {
  configPromise ??= createConfig({
    extends: [],
    plugins: [{ id: "cfgen", rules: { oas3: ourRules() } }],
    rules: Object.fromEntries([
      ...Object.keys(BUILTIN_RULES).map((id) => [id, "error"]),
      ...OUR_RULES.map((id) => [`cfgen/${id}`, "error"]),
      ...OUR_WARNINGS.map((id) => [`cfgen/${id}`, "warn"]),
    ]),
  }).then((config) => config.styleguide);
  return configPromise;
}

/**
 * Runs every rule over the loaded spec and returns all problems as diagnostics: errors, which stop
 * generation, and warnings, which do not.
 */
export async function validateSpec(loaded: LoadedSpec): Promise<Diagnostic[]> {
  const problems = await lintDocument({
    document: loaded.document,
    config: await validationConfig(),
    externalRefResolver: loaded.resolver,
  });
  return problems.flatMap((problem) => {
    const found = toDiagnostic(problem);
    return found === undefined ? [] : [found];
  });
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
    sourceLine: location ? sourceLine(location, position.line) : "",
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

/** Webhooks are requests the API sends, not ones a client makes: nothing is generated for them. */
function ignored(found: Found): boolean {
  return found.code === "operation-id-missing" && found.pointer.startsWith("#/webhooks/");
}

/**
 * Departures from the letter of OpenAPI that real-world specs make and that have one safe reading:
 * OpenAPI 3.0's `nullable` (in a 3.1 document, or without `type`) and a response without its
 * required `description`. Each becomes a warning that says how it is read.
 */
function tolerated(found: Found): Pick<Diagnostic, "code" | "message"> | undefined {
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

function sourceLine(location: NonNullable<NormalizedProblem["location"][0]>, line: number): string {
  return (location.source.body.split("\n")[line - 1] ?? "").trim();
}

function codeOf(ruleId: string): DiagnosticCode {
  if (ruleId.startsWith("cfgen/")) return ruleId.slice("cfgen/".length) as DiagnosticCode;
  return BUILTIN_RULES[ruleId] ?? "spec-structure";
}

type RuleContext = UserContext;

function ourRules(): Record<(typeof OUR_RULES | typeof OUR_WARNINGS)[number], Oas3Rule> {
  return {
    "schema-keyword": () => ({ Schema: { enter: checkSchemaKeywords } }),
    "schema-format": () => ({ Schema: { enter: checkSchemaFormat } }),
    "schema-pattern": () => ({ Schema: { enter: checkSchemaPattern } }),
    "schema-annotation": () => ({ Schema: { enter: checkSchemaAnnotations } }),
    "operation-id-invalid": () => ({ Operation: { enter: checkOperationId } }),
    "operation-name-collision": operationNameCollisions,
  };
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
 * unknown formats and keys, needless escapes in patterns, an empty `enum`.
 */
function checkSchemaAnnotations(schema: object, ctx: RuleContext): void {
  if (typeof schema !== "object" || schema === null) return;
  const { pattern, enum: values } = schema as { pattern?: unknown; enum?: unknown };
  if (typeof pattern === "string" && unicodePattern(pattern) !== pattern) {
    ctx.report({
      message: `\`pattern\` escapes characters that need no escape; read as /${unicodePattern(pattern)}/u`,
      location: ctx.location.child(["pattern"]),
    });
  }
  if (Array.isArray(values) && values.length === 0) {
    ctx.report({
      message: "`enum: []` would allow no value at all; it is ignored",
      location: ctx.location.child(["enum"]),
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
