/**
 * fast-check arbitraries from the spec's JSON Schemas (the keyword subset the generator allows),
 * for property tests. What a schema says across fields (x-sum-equals, if/then, dependentRequired)
 * is met by repairing each generated object; `if`/`then` parts are judged by an independent Ajv2019.
 */
import fc from "fast-check";
import { createRequire } from "node:module";

type Schema = Record<string, unknown>;
const require = createRequire(import.meta.url);
const Ajv2019 = (require("ajv/dist/2019") as typeof import("ajv/dist/2019.js")).default;
const addFormats = (require("ajv-formats") as typeof import("ajv-formats")).default;
const oracle = new Ajv2019({ strict: false });
addFormats(oracle);

/** An arbitrary of values valid against `schema`, `$ref`s resolved in `doc`. */
export function arbitraryOf(schema: unknown, doc: unknown): fc.Arbitrary<unknown> {
  const node = resolve(schema, doc);
  if ("enum" in node) return fc.constantFrom(...(node["enum"] as unknown[]));
  if ("const" in node) return fc.constant(node["const"]);
  const type = node["type"];
  if (Array.isArray(type))
    return fc.oneof(...type.map((t) => arbitraryOf({ ...node, type: t }, doc)));
  switch (type) {
    case "string":
      return stringOf(node);
    case "integer":
      return fc.integer({
        min: (node["minimum"] as number | undefined) ?? -1_000_000,
        max: 1_000_000,
      });
    case "number":
      return fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return fc.array(arbitraryOf(node["items"], doc), {
        minLength: (node["minItems"] as number | undefined) ?? 0,
        maxLength: 4,
      });
    default:
      return objectOf(node, doc);
  }
}

function stringOf(node: Schema): fc.Arbitrary<string> {
  switch (node["format"]) {
    case "date-time":
      return fc
        .date({
          min: new Date("2000-01-01T00:00:00Z"),
          max: new Date("2099-12-31T23:59:59Z"),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString());
    case "ipv4":
      return fc.ipV4();
    case "ipv6":
      return fc.ipV6();
  }
  if (typeof node["pattern"] === "string") return fc.stringMatching(new RegExp(node["pattern"]));
  return fc.string({ maxLength: Math.min((node["maxLength"] as number | undefined) ?? 24, 24) });
}

function objectOf(node: Schema, doc: unknown): fc.Arbitrary<unknown> {
  const properties = (node["properties"] ?? {}) as Record<string, unknown>;
  const required = (node["required"] ?? []) as string[];
  const known = fc.record(
    Object.fromEntries(Object.entries(properties).map(([k, s]) => [k, arbitraryOf(s, doc)])),
    { requiredKeys: required.filter((k) => k in properties) },
  );
  const extra = node["additionalProperties"];
  const keys = resolve(node["propertyNames"], doc);
  const more =
    extra !== undefined && extra !== false
      ? fc.dictionary(
          typeof keys["pattern"] === "string"
            ? fc.stringMatching(new RegExp(keys["pattern"]))
            : fc
                .string({ minLength: 1, maxLength: 8 })
                .filter((k) => !(k in properties) && k !== "__proto__"),
          arbitraryOf(extra === true ? {} : extra, doc),
          { maxKeys: 4 },
        )
      : fc.constant({});
  return fc.tuple(more, known).map(([a, b]) => repair(node, { ...a, ...b }, doc));
}

/** Makes a generated object meet its schema's cross-field rules, by the smallest changes. */
function repair(
  node: Schema,
  value: Record<string, unknown>,
  doc: unknown,
): Record<string, unknown> {
  repairSums(node, value, doc);
  for (let round = 0; round < 5; round++) {
    const before = JSON.stringify(value);
    repairDependencies(node, value);
    for (const branch of [node, ...((node["allOf"] ?? []) as Schema[])])
      repairCondition(branch, value);
    if (JSON.stringify(value) === before) break;
  }
  return value;
}

function repairSums(node: Schema, value: Record<string, unknown>, doc: unknown): void {
  const properties = (node["properties"] ?? {}) as Record<string, unknown>;
  const maps = Object.entries(properties).filter(
    ([key, s]) => key in value && typeof resolve(s, doc)["x-sum-equals"] === "string",
  );
  if (maps.length === 0) return;
  const total = resolve(maps[0]![1], doc)["x-sum-equals"] as string;
  value[total] = sum(value[maps[0]![0]] as Record<string, number>);
  for (const [key] of maps.slice(1)) {
    const map = value[key] as Record<string, number>;
    const first = Object.keys(map)[0] ?? "ml";
    for (const k of Object.keys(map)) map[k] = 0;
    map[first] = value[total] as number;
  }
}

function sum(map: Record<string, number>): number {
  return Object.values(map).reduce((a, b) => a + b, 0);
}

function repairDependencies(node: Schema, value: Record<string, unknown>): void {
  for (const [key, deps] of Object.entries(
    (node["dependentRequired"] ?? {}) as Record<string, string[]>,
  )) {
    if (key in value && deps.some((d) => !(d in value))) delete value[key];
  }
}

/**
 * When `if` holds and `then` fails: drops the properties `then` constrains; if `then` still fails
 * (it requires a field), drops the fields that made `if` hold.
 */
function repairCondition(branch: Schema, value: Record<string, unknown>): void {
  const [condition, consequence] = [
    branch["if"] as Schema | undefined,
    branch["then"] as Schema | undefined,
  ];
  if (condition === undefined || consequence === undefined) return;
  if (!oracle.validate(condition, value) || oracle.validate(consequence, value)) return;
  for (const key of Object.keys((consequence["properties"] ?? {}) as object)) delete value[key];
  if (oracle.validate(consequence, value)) return;
  for (const key of (condition["required"] ?? []) as string[]) delete value[key];
}

function resolve(schema: unknown, doc: unknown): Schema {
  let node = schema as Schema | undefined;
  for (let depth = 0; node && typeof node["$ref"] === "string" && depth < 16; depth++) {
    node = (node["$ref"] as string)
      .replace(/^#\//, "")
      .split("/")
      .reduce<unknown>((n, k) => (n as Schema)?.[k], doc) as Schema;
  }
  return node ?? {};
}

/**
 * Names and texts that have broken generators: JavaScript built-ins and reserved words, lone
 * surrogates, combining marks and stray `%`, comment and template terminators, HTML and Handlebars
 * delimiters, JSON-pointer and `$ref` syntax.
 */
export const HOSTILE_WORDS: readonly string[] = [
  "constructor",
  "__proto__",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "prototype",
  "__defineGetter__",
  "isPrototypeOf",
  "then",
  "class",
  "default",
  "delete",
  "enum",
  "await",
  "yield",
  "arguments",
  "undefined",
  "NaN",
  "raw",
  "createClient",
  "*/",
  "/*",
  "${x}",
  "`tick`",
  "</script>",
  "{{x}}",
  "{{{y}}}",
  "{{> partial}}",
  "a\u0301%",
  "100%",
  "%41",
  "e\u0301",
  "p\ud800age",
  "\udc00",
  "😀",
  "\u2028",
  "\\",
  '"',
  "'",
  "a-b",
  "with space",
  "0",
  "-1",
  "$ref",
  "x-ext",
  "~1",
  "a/b",
  "#",
  "",
];

/** A hostile word, a hostile word inside ordinary text, or any short string. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_WORDS) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...HOSTILE_WORDS), fc.constantFrom(...HOSTILE_WORDS))
      .map(([a, b]) => `word ${a} and ${b}`),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: "binary" }) },
);

/**
 * A small OpenAPI 3.1 document (as a JSON value) whose operationId, parameter names, property
 * names, enum values and descriptions are hostile; everything else is ordinary.
 */
export const hostileSpec: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    // Hostile half the time: a refused operationId would hide what the other names do.
    operationId: fc.oneof(fc.constantFrom("createThing", "get_thing", "thing-list"), hostileText),
    pathParameter: fc.oneof(fc.constant("thing_id"), hostileText),
    queryParameter: hostileText,
    properties: fc.uniqueArray(hostileText, { minLength: 1, maxLength: 5 }),
    required: fc.nat(),
    values: fc.uniqueArray(hostileText, { minLength: 1, maxLength: 4 }),
    description: hostileText,
  })
  .map((names) => {
    // Entries, not assignment: a property named `__proto__` must stay a property.
    const properties = Object.fromEntries(
      names.properties.map((name, index) => [
        name,
        index === 0
          ? { type: "string", enum: names.values, description: names.description }
          : { type: "string", description: names.description },
      ]),
    );
    return {
      openapi: "3.1.0",
      info: { title: "Hostile names", version: "1.0.0", description: names.description },
      paths: {
        [`/things/{${names.pathParameter}}`]: {
          post: {
            operationId: names.operationId,
            summary: names.description,
            description: names.description,
            parameters: [
              { name: names.pathParameter, in: "path", required: true, schema: { type: "string" } },
              {
                name: names.queryParameter,
                in: "query",
                description: names.description,
                schema: { type: "string", enum: names.values },
              },
            ],
            requestBody: {
              content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
            },
            responses: {
              "200": {
                description: names.description,
                content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
              },
            },
          },
        },
      },
      components: {
        schemas: {
          Thing: {
            type: "object",
            description: names.description,
            required: names.properties.slice(0, 1 + (names.required % names.properties.length)),
            properties,
          },
        },
      },
    };
  });
