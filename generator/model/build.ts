/**
 * Model stage: turns the bundled spec into the `ApiModel`. It only reads what validation has
 * already checked, so it reports nothing; it follows the spec's local `$ref`s where an emitter
 * needs the object itself (parameters, bodies, responses, examples) and keeps schemas as written.
 */
import type { BundledSpec } from "../load.js";
import { OPERATION_EXTENSIONS } from "../keywords.js";
import type {
  ApiModel,
  ExampleModel,
  HttpMethod,
  JsonSchema,
  NamedSchema,
  OperationModel,
  ParameterModel,
  RequestBodyModel,
  ResponseModel,
  TagModel,
} from "./ir.js";
import { HTTP_METHODS } from "./ir.js";
import { operationFunctionName, operationTypeName } from "./names.js";
import { requestIdHeaderOf, securityOf, securitySchemesOf, serversOf } from "./security.js";

type Node = Readonly<Record<string, unknown>>;

const IDEMPOTENT_METHODS: ReadonlySet<HttpMethod> = new Set([
  "get",
  "head",
  "put",
  "delete",
  "options",
  "trace",
]);

/** Builds the model of a bundled spec. */
export function buildModel(spec: BundledSpec): ApiModel {
  const doc = spec.api;
  const info = objectAt(doc, "info");
  const title = stringAt(info, "title") ?? "API";
  return {
    title,
    version: stringAt(info, "version") ?? "0.0.0",
    description: stringAt(info, "description"),
    packageName: stringAt(info, "x-package-name") ?? packageNameFrom(title),
    servers: serversOf(doc).map((server) => server.url),
    serverDetails: serversOf(doc),
    securitySchemes: securitySchemesOf(doc),
    requestIdHeader: requestIdHeaderOf(doc),
    tags: arrayAt(doc, "tags").map((tag) => tagOf(asNode(tag))),
    operations: operationsOf(doc),
    schemas: namedSchemasOf(doc),
    document: doc,
  };
}

/** `My API Client` → `my-api-client`. */
export function packageNameFrom(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "api-client"
  );
}

function operationsOf(doc: Node): OperationModel[] {
  const paths = objectAt(doc, "paths");
  const operations: OperationModel[] = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = deref(doc, rawItem);
    for (const method of Object.keys(item).filter(isHttpMethod)) {
      const pointer = `#/paths/${escapePointer(path)}/${method}`;
      operations.push(
        operationOf({ doc, path, method, item, operation: asNode(item[method]), pointer }),
      );
    }
  }
  return operations;
}

function operationOf(at: {
  doc: Node;
  path: string;
  method: HttpMethod;
  item: Node;
  operation: Node;
  pointer: string;
}): OperationModel {
  const { doc, operation, pointer } = at;
  const operationId = stringAt(operation, "operationId") ?? "";
  return {
    operationId,
    functionName: operationFunctionName(operationId),
    typeName: operationTypeName(operationId),
    method: at.method,
    path: at.path,
    pointer,
    summary: stringAt(operation, "summary"),
    description: stringAt(operation, "description"),
    deprecated: operation["deprecated"] === true,
    tags: arrayAt(operation, "tags").filter((tag): tag is string => typeof tag === "string"),
    idempotent:
      IDEMPOTENT_METHODS.has(at.method) || operation[OPERATION_EXTENSIONS.idempotent] === true,
    parameters: parametersOf(doc, at.item, operation, pointer),
    requestBody: requestBodyOf(doc, operation["requestBody"], `${pointer}/requestBody`),
    responses: responsesOf(doc, objectAt(operation, "responses"), `${pointer}/responses`),
    security: securityOf(operation["security"] ?? doc["security"]),
    permissions: arrayAt(operation, OPERATION_EXTENSIONS.permissions).filter(
      (permission): permission is string => typeof permission === "string",
    ),
  };
}

/** Path-item parameters first, then the operation's; an operation parameter replaces its twin. */
function parametersOf(doc: Node, item: Node, operation: Node, pointer: string): ParameterModel[] {
  const byKey = new Map<string, ParameterModel>();
  const sources: [unknown[], string][] = [
    [arrayAt(item, "parameters"), pointer.replace(/\/[^/]+$/, "/parameters")],
    [arrayAt(operation, "parameters"), `${pointer}/parameters`],
  ];
  for (const [list, base] of sources) {
    list.forEach((raw, index) => {
      const parameter = parameterOf(doc, raw, `${base}/${index}`);
      byKey.set(`${parameter.in} ${parameter.name}`, parameter);
    });
  }
  return [...byKey.values()];
}

function parameterOf(doc: Node, raw: unknown, pointer: string): ParameterModel {
  const parameter = deref(doc, raw);
  const location = stringAt(parameter, "in") as ParameterModel["in"];
  return {
    name: stringAt(parameter, "name") ?? "",
    in: location,
    required: location === "path" || parameter["required"] === true,
    description: stringAt(parameter, "description"),
    schema: schemaAt(parameter, "schema"),
    pointer: refPointer(raw) ?? pointer,
  };
}

function requestBodyOf(doc: Node, raw: unknown, pointer: string): RequestBodyModel | undefined {
  if (raw === undefined) return undefined;
  const body = deref(doc, raw);
  const [mediaType, media] = jsonMedia(objectAt(body, "content"));
  return {
    required: body["required"] === true,
    description: stringAt(body, "description"),
    schema: media === undefined ? undefined : schemaAt(media, "schema"),
    mediaType: mediaType ?? "",
    examples: media === undefined ? [] : examplesOf(doc, media),
    pointer: refPointer(raw) ?? pointer,
  };
}

function responsesOf(doc: Node, responses: Node, pointer: string): ResponseModel[] {
  return Object.entries(responses).map(([status, raw]) => {
    const response = deref(doc, raw);
    const [mediaType, media] = jsonMedia(objectAt(response, "content"));
    return {
      status,
      description: stringAt(response, "description"),
      schema: media === undefined ? undefined : schemaAt(media, "schema"),
      mediaType: mediaType ?? "",
      examples: media === undefined ? [] : examplesOf(doc, media),
      pointer: refPointer(raw) ?? `${pointer}/${escapePointer(status)}`,
    };
  });
}

/** The first JSON media type of a `content` map (`application/json`, `…+json`). */
function jsonMedia(content: Node): [string | undefined, Node | undefined] {
  const entry = Object.entries(content).find(([type]) =>
    /^application\/(?:[\w.+-]+\+)?json\b/i.test(type),
  );
  return entry === undefined ? [undefined, undefined] : [entry[0], asNode(entry[1])];
}

function examplesOf(doc: Node, media: Node): ExampleModel[] {
  const named = Object.entries(objectAt(media, "examples")).map(([name, raw]) => {
    const example = deref(doc, raw);
    return { name, summary: stringAt(example, "summary"), value: example["value"] };
  });
  if (named.length > 0 || media["example"] === undefined) return named;
  return [{ name: "example", summary: undefined, value: media["example"] }];
}

function tagOf(tag: Node): TagModel {
  return { name: stringAt(tag, "name") ?? "", description: stringAt(tag, "description") };
}

function namedSchemasOf(doc: Node): NamedSchema[] {
  const schemas = objectAt(objectAt(doc, "components"), "schemas");
  return Object.entries(schemas).map(([name, schema]) => ({
    name,
    schema: schema as JsonSchema,
    pointer: `#/components/schemas/${escapePointer(name)}`,
  }));
}

/** Follows local `$ref`s (`#/…`) to the object they name; the bundle has no other kind. */
function deref(doc: Node, raw: unknown, depth = 0): Node {
  const node = asNode(raw);
  const ref = node["$ref"];
  if (typeof ref !== "string" || depth > 32) return node;
  return deref(doc, resolvePointer(doc, ref), depth + 1);
}

function refPointer(raw: unknown): string | undefined {
  const ref = asNode(raw)["$ref"];
  return typeof ref === "string" ? ref : undefined;
}

/** The value at a local JSON pointer (`#/a/b~1c`), or undefined. */
export function resolvePointer(doc: unknown, ref: string): unknown {
  const segments = ref
    .replace(/^#\/?/, "")
    .split("/")
    .filter((s) => s !== "");
  return segments.reduce<unknown>(
    (node, segment) => asNode(node)[segment.replace(/~1/g, "/").replace(/~0/g, "~")],
    doc,
  );
}

/** Escapes one JSON pointer segment. */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

function isHttpMethod(key: string): key is HttpMethod {
  return (HTTP_METHODS as readonly string[]).includes(key);
}

function asNode(value: unknown): Node {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Node)
    : {};
}

function objectAt(node: Node, key: string): Node {
  return asNode(node[key]);
}

function arrayAt(node: Node, key: string): unknown[] {
  const value = node[key];
  return Array.isArray(value) ? value : [];
}

function stringAt(node: Node, key: string): string | undefined {
  const value = node[key];
  return typeof value === "string" ? value : undefined;
}

function schemaAt(node: Node, key: string): JsonSchema {
  const value = node[key];
  return typeof value === "boolean" || (typeof value === "object" && value !== null)
    ? (value as JsonSchema)
    : {};
}
