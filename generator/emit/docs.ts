/**
 * Emits the Markdown reference: `docs/README.md` (the index), `docs/<operationId>.md` (one page
 * per operation) and the package's own `README.md`. One view model per page, built here from the
 * model; the templates (`templates/docs/*.hbs`) only place its fields. The only Handlebars user.
 */
import type { OutputFile } from "../files.js";
import type { ApiModel, ExampleModel, OperationModel, ParameterModel } from "../model/ir.js";
import { isSuccessStatus } from "../model/ir.js";
import type { Templates } from "../templates.js";
import { UNCACHED, type Units } from "./units.js";
import { parameterExample, sampleOf } from "./docs-examples.js";
import { DOCS_HELPERS, registerDocsHelpers } from "./docs-helpers.js";
import { describeSchema, describeValue, type FieldRow } from "./docs-schema.js";
import {
  authIndexView,
  clientCreation,
  curlCredentials,
  operationAuthLines,
  type AuthIndexView,
} from "./docs-auth.js";

/**
 * The emitted pages. Each operation's page is a unit (emit/units.ts): it reads its operation's
 * prose and the model without prose, so an edited description renders one page again.
 */
export async function emitDocs(
  model: ApiModel,
  templates: Templates,
  units: Units = UNCACHED,
): Promise<OutputFile[]> {
  const render = await renderer(templates);
  const pages = await units.texts(
    "page",
    model.operations,
    (operation) => JSON.stringify([operation.pointer, operation.summary, operation.description]),
    (missing) =>
      missing.map((operation) => render("operation.md.hbs", operationView(model, operation))),
  );
  const index = indexView(model);
  return [
    { path: "README.md", contents: render("package-readme.md.hbs", index) },
    { path: "docs/README.md", contents: render("index.md.hbs", index) },
    ...model.operations.map((operation, i) => ({
      path: `docs/${pageOf(operation)}`,
      contents: pages[i]!,
    })),
  ];
}

/**
 * How the pages' templates compile. With every helper known, a mustache compiles to a field
 * lookup or a direct helper call instead of a check at each render whether a helper of that name
 * exists (1,533 pages of tables on Cloudflare), and an unknown helper is a compile error.
 */
const COMPILE_OPTIONS = {
  strict: true,
  noEscape: true,
  knownHelpers: Object.fromEntries(Object.keys(DOCS_HELPERS).map((name) => [name, true])),
  knownHelpersOnly: true,
} as const;

/** Renders a template by name (compiled once) with one isolated, strict Handlebars instance. */
async function renderer(templates: Templates): Promise<(name: string, view: unknown) => string> {
  const { default: Handlebars } = await import("handlebars");
  const handlebars = Handlebars.create();
  registerDocsHelpers(handlebars);
  const compiled = new Map<string, (view: unknown) => string>();
  return (name, view) => {
    let template = compiled.get(name);
    if (template === undefined) {
      const source = templates.docs[name];
      if (source === undefined) throw new Error(`Missing template templates/docs/${name}`);
      template = handlebars.compile(source, COMPILE_OPTIONS);
      compiled.set(name, template);
    }
    return template(view);
  };
}

/** An operation's page's file name in `docs/`. */
function pageOf(operation: OperationModel): string {
  return `${operation.operationId}.md`;
}

/** What one operation's page shows. */
export interface OperationView {
  readonly operationId: string;
  /** The page's file name in `docs/`. */
  readonly page: string;
  readonly functionName: string;
  readonly title: string;
  readonly description: string;
  readonly method: string;
  readonly path: string;
  readonly tags: string;
  readonly deprecated: boolean;
  /** One line per alternative of the operation's security; empty when it needs none. */
  readonly auth: readonly string[];
  /** The response header `ApiError.requestId` comes from. */
  readonly requestIdHeader: string;
  readonly permissions: readonly string[];
  readonly parameters: readonly ParameterRow[];
  /** Whether a parameter is in the path (the page then says how path parameters are sent). */
  readonly hasPathParameters: boolean;
  readonly body: BodyView | undefined;
  readonly responses: readonly ResponseView[];
  readonly errors: readonly ResponseView[];
  readonly retries: string;
  readonly examples: readonly ExampleView[];
}

interface ParameterRow {
  readonly name: string;
  readonly in: string;
  readonly type: string;
  readonly required: boolean;
  readonly format: string;
  readonly values: string;
  readonly limits: string;
  readonly default: string;
  readonly description: string;
}

interface BodyView {
  readonly required: boolean;
  readonly mediaType: string;
  readonly description: string;
  readonly fields: readonly FieldRow[];
  readonly rules: readonly string[];
}

interface ResponseView {
  readonly status: string;
  readonly description: string;
  readonly fields: readonly FieldRow[];
  readonly examples: readonly { readonly title: string; readonly json: string }[];
}

interface ExampleView {
  readonly title: string;
  readonly curl: string;
  readonly typescript: string;
  /** The call's argument object as TypeScript (`{ path: …, body: … }`), or "" when none. */
  readonly args: string;
  readonly json: string;
}

function operationView(model: ApiModel, operation: OperationModel): OperationView {
  const body = operation.requestBody;
  const bodyDoc = describeSchema(body?.schema, model.document, "request");
  const responses = operation.responses.map((response) => ({
    status: response.status,
    description: response.description ?? "",
    fields: describeSchema(response.schema, model.document, "response").fields,
    examples: response.examples.map((example) => ({
      title: exampleTitle(example),
      json: json(example.value),
    })),
  }));
  return {
    operationId: operation.operationId,
    page: pageOf(operation),
    functionName: operation.functionName,
    title: operation.summary ?? operation.operationId,
    description: operation.description ?? "",
    method: operation.method.toUpperCase(),
    path: operation.path,
    tags: operation.tags.join(", "),
    deprecated: operation.deprecated,
    auth: operationAuthLines(model, operation),
    requestIdHeader: model.requestIdHeader,
    permissions: operation.permissions,
    parameters: operation.parameters.map((parameter) => parameterRow(parameter, model.document)),
    hasPathParameters: operation.parameters.some((parameter) => parameter.in === "path"),
    body:
      body === undefined
        ? undefined
        : {
            required: body.required,
            mediaType: body.mediaType,
            description: body.description ?? "",
            fields: bodyDoc.fields,
            rules: bodyDoc.rules,
          },
    responses: responses.filter((r) => isSuccessStatus(r.status)),
    errors: responses.filter((r) => !isSuccessStatus(r.status)),
    retries: operation.idempotent
      ? "Retried on 408, 429, 5xx and connection failures (an idempotent call)."
      : "Retried only on 429 and 503 (the server did not act); never on other 5xx, 408 or connection failures, so it is never done twice.",
    examples: examplesOf(model, operation),
  };
}

/** A parameter's row: its schema (`$ref`s followed) as type, format, enum values, limits, default. */
function parameterRow(parameter: ParameterModel, document: unknown): ParameterRow {
  return {
    name: parameter.name,
    in: parameter.in,
    required: parameter.required,
    ...describeValue(parameter.schema, document),
    description: parameter.description ?? "",
  };
}

function examplesOf(model: ApiModel, operation: OperationModel): ExampleView[] {
  return bodyExamples(model, operation).map((example) => {
    // The body's JSON, written once for the three places that show it.
    const body = example === undefined ? undefined : json(example.value);
    const args = callArguments(model, operation, body);
    return {
      title:
        example === undefined
          ? (operation.summary ?? operation.operationId)
          : exampleTitle(example),
      curl: curl(model, operation, body),
      typescript: typescriptCall(model, operation, args),
      args,
      json: body ?? "",
    };
  });
}

/**
 * The request bodies of the examples: the spec's examples, else one made from the JSON body's
 * schema (a copied example must pass validation, and a required body cannot be left out).
 */
function bodyExamples(model: ApiModel, operation: OperationModel): (ExampleModel | undefined)[] {
  const body = operation.requestBody;
  if (body === undefined || body.schema === undefined) return [undefined];
  if (body.examples.length > 0) return [...body.examples];
  const value = sampleOf(body.schema, model.document, "body");
  return [{ name: operation.operationId, summary: operation.summary, value }];
}

function exampleTitle(example: ExampleModel): string {
  return example.summary ?? example.name;
}

/** Path parameters as the shell variables of the curl examples (`zone_id` → `$ZONE_ID`). */
function shellVariable(name: string): string {
  return `$${name.toUpperCase().replace(/[^A-Z0-9]/g, "_")}`;
}

/** The curl command of an example; `body` is its JSON body as text, if it has one. */
function curl(model: ApiModel, operation: OperationModel, body: string | undefined): string {
  const base = model.servers[0] ?? "https://api.example.com";
  const path = operation.path.replace(/\{([^}]+)\}/g, (_m, name: string) => shellVariable(name));
  const credentials = curlCredentials(model, operation);
  const query = queryString(model, operation, credentials.query);
  const lines = [
    `curl -X ${operation.method.toUpperCase()} "${base}${path}${query}"`,
    ...credentials.lines,
  ];
  if (body === undefined) return lines.join(" \\\n");
  lines.push(`  -H "Content-Type: application/json"`, `  --data @- <<'JSON'\n${body}\nJSON`);
  return lines.join(" \\\n");
}

/** The parameters every example gives: all path parameters, and the required query ones. */
function exampleParameters(
  operation: OperationModel,
  location: "path" | "query",
): ParameterModel[] {
  return operation.parameters.filter(
    (p) => p.in === location && (p.required || location === "path"),
  );
}

/** The curl URL's query string: the required query parameters, as openapi-fetch sends them. */
/** The example's query string: its query parameters, then the credentials sent in the query. */
function queryString(
  model: ApiModel,
  operation: OperationModel,
  credentials: readonly string[],
): string {
  const pairs = exampleParameters(operation, "query").flatMap((parameter) =>
    queryPairs(parameter.name, parameterExample(parameter, model.document)),
  );
  pairs.push(...credentials);
  return pairs.length === 0 ? "" : `?${pairs.join("&")}`;
}

/** `name=value` pairs of one query value: arrays repeated (form, explode), objects as `name[key]`. */
function queryPairs(name: string, value: unknown): string[] {
  const pair = (key: string, item: unknown): string =>
    `${encodeURIComponent(key)}=${encodeURIComponent(String(item))}`;
  if (Array.isArray(value)) return value.map((item) => pair(name, item));
  if (typeof value === "object" && value !== null)
    return Object.entries(value).map(([key, item]) => pair(`${name}[${key}]`, item));
  return [pair(name, value)];
}

/**
 * The argument object of a call: path and required query parameters, and the example body
 * (`body`: its JSON, if it has one).
 */
function callArguments(
  model: ApiModel,
  operation: OperationModel,
  body: string | undefined,
): string {
  const args: string[] = [];
  for (const location of ["path", "query"] as const) {
    const parameters = exampleParameters(operation, location);
    if (parameters.length === 0) continue;
    const entries = parameters.map(
      (p) => `${JSON.stringify(p.name)}: ${JSON.stringify(parameterExample(p, model.document))}`,
    );
    args.push(`${location}: { ${entries.join(", ")} }`);
  }
  if (body !== undefined) args.push(`body: ${body}`);
  return args.length > 0 ? `{\n  ${args.join(",\n  ")},\n}` : "";
}

function typescriptCall(model: ApiModel, operation: OperationModel, call: string): string {
  return [
    `import { createClient } from "${model.packageName}";`,
    "",
    clientCreation(model, operation),
    `const result = await client.${operation.functionName}(${call});`,
    "console.log(result);",
  ].join("\n");
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2) ?? "null";
}

/** What the index and the package README show. */
export interface IndexView {
  readonly title: string;
  readonly version: string;
  readonly description: string;
  readonly packageName: string;
  readonly server: string;
  readonly groups: readonly {
    readonly tag: string;
    readonly description: string;
    readonly operations: readonly IndexEntry[];
  }[];
  readonly schemes: readonly {
    readonly name: string;
    readonly header: string;
    readonly description: string;
  }[];
  /** The operation the package README shows: the first with a JSON body example, else the first. */
  readonly first: OperationView | undefined;
  /** The first operation with a JSON request body (its validator is the README's example). */
  readonly withBody: OperationView | undefined;
  /** Credentials, base URL and request id, from the spec's security schemes and servers. */
  readonly auth: AuthIndexView;
}

/**
 * An operation's line in the index: what the index lists of it. Not its whole page's view, so the
 * index needs no page built (pages are taken from the cache when unchanged).
 */
export type IndexEntry = Pick<
  OperationView,
  "operationId" | "page" | "functionName" | "title" | "method" | "path" | "tags"
>;

function indexEntry(operation: OperationModel): IndexEntry {
  return {
    operationId: operation.operationId,
    page: pageOf(operation),
    functionName: operation.functionName,
    title: operation.summary ?? operation.operationId,
    method: operation.method.toUpperCase(),
    path: operation.path,
    tags: operation.tags.join(", "),
  };
}

function indexView(model: ApiModel): IndexView {
  const entries = model.operations.map(indexEntry);
  const tagNames = model.tags.map((tag) => tag.name);
  const named = new Set(tagNames);
  for (const entry of entries) {
    for (const tag of entry.tags.split(", ").filter(Boolean)) {
      if (!named.has(tag)) tagNames.push(tag);
      named.add(tag);
    }
  }
  const untagged = entries.filter((entry) => entry.tags === "");
  const byTag = entriesByTag(entries);
  const groups = tagNames
    .map((tag) => ({
      tag,
      description: model.tags.find((t) => t.name === tag)?.description ?? "",
      operations: byTag.get(tag) ?? [],
    }))
    .filter((group) => group.operations.length > 0);
  if (untagged.length > 0) groups.push({ tag: "Other", description: "", operations: untagged });
  return {
    title: model.title,
    version: model.version,
    description: model.description ?? "",
    packageName: model.packageName,
    server: model.servers[0] ?? "",
    groups,
    schemes: model.securitySchemes.map((scheme) => ({
      name: scheme.name,
      header: scheme.header ?? scheme.name,
      description: scheme.description ?? "",
    })),
    first: firstWithExample(model),
    withBody: viewOf(
      model,
      model.operations.find((operation) => operation.requestBody?.mediaType.includes("json")),
    ),
    auth: authIndexView(model),
  };
}

/**
 * The index entries of each tag, in order: one pass over the entries, where filtering them for
 * each tag was tags × operations (Cloudflare: 289 × 1,533 splits).
 */
export function entriesByTag(entries: readonly IndexEntry[]): Map<string, IndexEntry[]> {
  const byTag = new Map<string, IndexEntry[]>();
  for (const entry of entries) {
    for (const tag of new Set(entry.tags.split(", "))) {
      const list = byTag.get(tag);
      if (list === undefined) byTag.set(tag, [entry]);
      else list.push(entry);
    }
  }
  return byTag;
}

/**
 * The view of the first operation whose page has a body example, else of the first operation.
 * Only operations with a body can have one; their views are built in turn until one does.
 */
function firstWithExample(model: ApiModel): OperationView | undefined {
  for (const operation of model.operations) {
    if (operation.requestBody === undefined) continue;
    const view = operationView(model, operation);
    if (view.examples[0]?.json !== "") return view;
  }
  return viewOf(model, model.operations[0]);
}

function viewOf(model: ApiModel, operation: OperationModel | undefined): OperationView | undefined {
  return operation === undefined ? undefined : operationView(model, operation);
}
