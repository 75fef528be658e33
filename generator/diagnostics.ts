/**
 * Diagnostics: every problem the generator finds in a spec, with a stable code, a location and a
 * hint. Stages collect them all and throw once (`DiagnosticsError`); the CLI prints them.
 */
import { relative } from "node:path";

/** The catalog: each code's short title and the hint shown when the message has none of its own. */
export const DIAGNOSTIC_CODES = {
  "spec-unreadable": "Check the path given to --spec; the file must exist and be readable.",
  "spec-syntax": "Fix the YAML/JSON syntax at this position (indentation, quotes, brackets).",
  "spec-version": "Set `openapi: 3.1.0` (3.0.x is also read) at the top of the root document.",
  "spec-structure":
    "Make this object match the OpenAPI 3.1 specification: see the allowed fields and types of this object.",
  "ref-unresolved":
    "Point the $ref at an existing file and JSON pointer, or add the missing definition.",
  "operation-id-missing": "Add an operationId: it names the generated method, function and types.",
  "operation-id-duplicate":
    "Give each operation a unique operationId: it names the generated method.",
  "operation-id-invalid":
    "Use a name made of letters, digits, '_' or '-' that starts with a letter, e.g. createThing.",
  "operation-name-collision":
    "Rename one of the operations: their operationIds give the same generated function name.",
  "path-parameter":
    "Declare each {name} of the path as a parameter with `in: path`, and only those.",
  "schema-keyword":
    "Remove the keyword or express the rule with a supported one (see README, 'Schema keywords').",
  "schema-format": "Use a supported format (see README, 'Schema keywords') or remove `format`.",
  "schema-annotation":
    "Nothing to do if this is meant: the generator reads it as an annotation and validates nothing for it.",
  "spec-openapi-30":
    'Nothing to do for an OpenAPI 3.0 document; in 3.1 write `type: [<type>, "null"]` instead of `nullable`.',
  "schema-pattern": "Write `pattern` as a valid ECMAScript regular expression (unicode mode).",
  "schema-extension":
    "Give `x-sum-equals` the name of a sibling number property, e.g. `x-sum-equals: requests`.",
  "schema-bounds": "Make the lower bound at most the upper one: as written, no value is valid.",
  "schema-enum-empty":
    "List the values this schema allows: as written, the validators accept no value here.",
  "ref-cycle": "Point one of these $refs at a schema: as written they only point at each other.",
  "operation-responses":
    "Add `responses` with at least the success status: it types the result and the errors.",
  "path-parameter-required": "Add `required: true`: a path parameter is always required.",
  "body-media-type":
    "Call this operation through `client.raw` (openapi-fetch) with your own body serializer, or give it an `application/json` media type.",
  // Security schemes, servers and the request-id header (generator/model/security.ts).
  "security-option":
    "Give the scheme a client option that is an identifier and unique with `x-client-option: <name>`.",
  "security-scheme":
    "Nothing to do if users add this credential themselves, with the `headers` option or a custom `fetch`.",
  "security-extension":
    "Fix the extension's value (see README, '`x-` extensions the generator understands').",
  "spec-unicode":
    "Write the name in well-formed Unicode: a lone surrogate (half of a UTF-16 pair, e.g. \\ud800) is no character and cannot be sent as UTF-8.",
  "example-invalid":
    "Make the example match its schema (or the schema match the data): it is published in the docs and the mocks as a valid value.",
  "security-undeclared":
    "Declare the scheme under components.securitySchemes, or name one that is declared: a requirement names schemes by their key there.",
  "parameter-duplicate":
    "Declare each parameter (name and location) once per operation; to change a path-level one, redeclare it only at the operation.",
  "parameter-schema-content":
    "Give the parameter either `schema` (simple values) or `content` (one media type), not both.",
  "mock-default":
    "Give the response an example that passes its schema, or make the schema satisfiable; until then its mock answers 501.",
  "output-not-generated":
    "Pass --out a folder that is empty, missing, or was written by this generator.",
} as const;

/** A diagnostic code from the catalog. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/**
 * `error` stops generation; `warning` is printed and generation goes on (something the spec says
 * that the output cannot honour but can safely ignore, as real-world specs often do).
 */
export type Severity = "error" | "warning";

/** One problem in the spec (or the output folder), located as precisely as we can. */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly hint: string;
  /** JSON pointer inside `file`, e.g. `#/paths/~1zones/get/operationId`. */
  readonly pointer: string;
  /** Absolute path of the file the problem is in. */
  readonly file: string;
  /** 1-based; 0 when unknown. */
  readonly line: number;
  /** 1-based; 0 when unknown. */
  readonly column: number;
}

/** Builds a diagnostic, taking the catalog's hint when none is given. */
export function diagnostic(
  init: Omit<Diagnostic, "hint" | "line" | "column" | "severity"> & Partial<Diagnostic>,
): Diagnostic {
  return { line: 0, column: 0, severity: "error", hint: DIAGNOSTIC_CODES[init.code], ...init };
}

/** Thrown by a stage with every diagnostic it found. */
export class DiagnosticsError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    super(`${diagnostics.length} problem(s) in the spec`);
    this.name = "DiagnosticsError";
    this.diagnostics = diagnostics;
  }
}

/**
 * Formats one diagnostic for a terminal, paths relative to `cwd`:
 * `file:line:column error[code]: message` (or `warning[code]`), then the pointer and the hint, indented.
 */
export function formatDiagnostic(d: Diagnostic, cwd: string): string {
  const file = relative(cwd, d.file) || d.file;
  const where = d.line > 0 ? `${file}:${d.line}:${d.column}` : file;
  const text = `${where} ${d.severity}[${d.code}]: ${d.message}\n  at ${d.pointer}\n  hint: ${d.hint}`;
  return escapeLoneSurrogates(text);
}

/**
 * A lone surrogate (from a spec name) shown as its `\uXXXX` escape: written to a terminal as
 * UTF-8 it would turn into U+FFFD and hide what is wrong.
 */
function escapeLoneSurrogates(text: string): string {
  return text.replace(/\p{Cs}/gu, (unit) => `\\u${unit.charCodeAt(0).toString(16)}`);
}

/** Orders diagnostics by file, line and column so reports read top to bottom. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}

/** How many warnings are printed in full; the rest are counted by code. */
const WARNINGS_SHOWN = 20;

/**
 * The warnings of a generation for a terminal: the first ones in full, then a count of the others
 * by code, so a large real-world spec does not bury the result under thousands of lines.
 */
export function formatWarnings(warnings: readonly Diagnostic[], cwd: string): string {
  const shown = warnings.slice(0, WARNINGS_SHOWN).map((d) => formatDiagnostic(d, cwd));
  const rest = new Map<string, number>();
  for (const d of warnings.slice(WARNINGS_SHOWN)) rest.set(d.code, (rest.get(d.code) ?? 0) + 1);
  const more = [...rest].map(([code, count]) => `${count} × warning[${code}]`).join(", ");
  const total = `${warnings.length} warning${warnings.length === 1 ? "" : "s"} about the spec`;
  return `${shown.join("\n\n")}\n\n${total}${more ? ` (not shown: ${more})` : ""}; generated anyway.\n`;
}
