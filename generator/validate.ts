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
import { isSupportedSchemaKey, SCHEMA_FORMATS } from "./keywords.js";
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

let configPromise: Promise<StyleguideConfig> | undefined;

/** The Redocly configuration of our rule set, built once per process. */
export function validationConfig(): Promise<StyleguideConfig> {
  configPromise ??= createConfig({
    extends: [],
    plugins: [{ id: "cfgen", rules: { oas3: ourRules() } }],
    rules: Object.fromEntries([
      ...Object.keys(BUILTIN_RULES).map((id) => [id, "error"]),
      ...OUR_RULES.map((id) => [`cfgen/${id}`, "error"]),
    ]),
  }).then((config) => config.styleguide);
  return configPromise;
}

/** Runs every rule over the loaded spec and returns all problems as diagnostics. */
export async function validateSpec(loaded: LoadedSpec): Promise<Diagnostic[]> {
  const problems = await lintDocument({
    document: loaded.document,
    config: await validationConfig(),
    externalRefResolver: loaded.resolver,
  });
  return problems.filter((p) => p.severity === "error").map(toDiagnostic);
}

function toDiagnostic(problem: NormalizedProblem): Diagnostic {
  const location = problem.location[0];
  const code = codeOf(problem.ruleId);
  const position = location ? locate(location) : { file: "", line: 0, column: 0, pointer: "#" };
  const hint =
    problem.suggest.length > 0 ? `Did you mean: ${problem.suggest.join(", ")}?` : undefined;
  const refined = refine(code, {
    message: problem.message,
    pointer: position.pointer,
    sourceLine: location ? sourceLine(location, position.line) : "",
  });
  return diagnostic({ code, ...position, ...refined, ...(hint ? { hint } : {}) });
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

function ourRules(): Record<(typeof OUR_RULES)[number], Oas3Rule> {
  return {
    "schema-keyword": () => ({ Schema: { enter: checkSchemaKeywords } }),
    "schema-format": () => ({ Schema: { enter: checkSchemaFormat } }),
    "schema-pattern": () => ({ Schema: { enter: checkSchemaPattern } }),
    "operation-id-invalid": () => ({ Operation: { enter: checkOperationId } }),
    "operation-name-collision": operationNameCollisions,
  };
}

function checkSchemaKeywords(schema: object, ctx: RuleContext): void {
  if (typeof schema !== "object" || schema === null) return;
  for (const key of Object.keys(schema)) {
    if (isSupportedSchemaKey(key)) continue;
    ctx.report({
      message: `Schema keyword \`${key}\` is not supported by the generator`,
      location: ctx.location.child([key]).key(),
    });
  }
}

function checkSchemaFormat(schema: { readonly format?: unknown }, ctx: RuleContext): void {
  if (typeof schema !== "object" || schema === null || schema.format === undefined) return;
  if (typeof schema.format === "string" && SCHEMA_FORMATS.has(schema.format)) return;
  ctx.report({
    message: `Format \`${String(schema.format)}\` is not supported`,
    location: ctx.location.child(["format"]),
  });
}

function checkSchemaPattern(schema: { pattern?: unknown }, ctx: RuleContext): void {
  if (typeof schema !== "object" || schema === null || typeof schema.pattern !== "string") return;
  try {
    new RegExp(schema.pattern, "u");
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
