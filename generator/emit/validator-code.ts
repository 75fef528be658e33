/**
 * Emits `src/validators/ajv.js`: Ajv's standalone code for every component schema, request body,
 * query and 2xx JSON response. It needs no TypeScript, so it runs first, and the formatter thread
 * formats this, the largest generated file, while the TypeScript compiler is still loading.
 *
 * The schemas are compiled in the model's compilation (ajv-compilation.ts), which the mocks'
 * checks then use in this thread. Only small references are inlined, so a shared schema stays one function; errors are `verbose`
 * where the runtime needs the schema, so it can say which condition made a field required.
 */
import { GENERATED_HEADER, type OutputFile } from "../files.js";
import { FORMAT_EXPORTS } from "./ajv-dialect.js";
import { compilationOf, schemaId } from "./ajv-compilation.js";
import { standaloneExports } from "./ajv-standalone.js";
import type { ApiModel } from "../model/ir.js";
import { validatorEntries, type Entry } from "./validator-names.js";

/** The emitted file: Ajv's standalone validators. */
export function emitValidatorCode(model: ApiModel): OutputFile[] {
  return [
    { path: "src/validators/ajv.js", contents: standaloneModule(model, validatorEntries(model)) },
  ];
}

/** Ajv's standalone ESM for all entries, with its `require()`s of helpers turned into imports. */
function standaloneModule(model: ApiModel, entries: readonly Entry[]): string {
  // Always a fresh one: the code Ajv writes names its values in the order they were compiled.
  const compilation = compilationOf(model);
  const { ajv } = compilation;
  const refs: Record<string, string> = {};
  // A bare reference exports the component's own function, and a schema Ajv already has is not
  // compiled again: its export is an alias of the first.
  for (const entry of entries) {
    refs[entry.exportName] = schemaId(compilation, entry.schema, entry.exportName);
  }
  // Ajv repeats a function's code for every export name pointing at it: export each schema once,
  // and the other names as aliases of the first.
  const first = new Map<string, string>();
  const aliases: string[] = [];
  for (const [exportName, id] of Object.entries(refs)) {
    const primary = first.get(id);
    if (primary === undefined) first.set(id, exportName);
    else aliases.push(`export const ${identifierOf(exportName)} = ${identifierOf(primary)};`);
  }
  const unique = Object.fromEntries([...first].map(([id, exportName]) => [exportName, id]));
  for (const id of first.keys()) ajv.getSchema(id);
  return `${withImports(standaloneExports(ajv, unique))}\n${aliases.join("\n")}\n`;
}

function identifierOf(name: string): string {
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`Not an identifier: ${name}`);
  return name;
}

/**
 * `verbose` puts the schema, parent schema and data on every error. The runtime reads only the
 * `if` keyword's schema and data (to say which condition made a field required) and the
 * `propertyNames` schema (to say what keys must look like); the others lose all three, a third
 * less code. Those two keep their `schema` (the condition, the key rule) and lose the parent
 * schema, so no bundle holds a whole parent schema for them.
 * Ajv writes each error object on one line, ending in `,schema:…,parentSchema:…,data}`; prettier
 * then parses the result, so a rewrite that broke the code would fail generation.
 */
const VERBOSE_FIELDS =
  /keyword:"([^"]+)",(params:\{[^{}]*\}),schema:((?:[^,{}[\]]|\[[^\]]*\])*),parentSchema:[\w$.[\]"]*,(data\d*(?::data\d*)?)\}/g;

/** Ajv's `const schemaN = {…};` scope values (JSON), by name, to resolve `schemaN.allOf[0].if`. */
function schemaConstants(code: string): Map<string, unknown> {
  const constants = new Map<string, unknown>();
  for (const match of code.matchAll(/^const (schema\d+) = (.*);$/gm)) {
    constants.set(match[1]!, JSON.parse(match[2]!) as unknown);
  }
  return constants;
}

/** The value of `schema15.allOf[0].if` (or `schema3.properties["a-b"]`) among the constants. */
function schemaAt(constants: ReadonlyMap<string, unknown>, expression: string): unknown {
  const name = /^schema\d+/.exec(expression)?.[0] ?? "";
  let value = constants.get(name);
  for (const [, property, index, quoted] of expression
    .slice(name.length)
    .matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
    const step = property ?? index ?? (JSON.parse(quoted!) as string);
    value = (value as Record<string, unknown> | undefined)?.[step];
  }
  if (value === undefined) throw new Error(`Cannot resolve ${expression} in Ajv's code`);
  return value;
}

/**
 * Ajv reads parts of a schema from its scope constant (`schema11.enum` for an error's allowed
 * values, `schema6.properties` for an own-property check): a bundle then holds the whole schema
 * for a list of names. Each part read becomes a constant of its own, declared after the schema's
 * (`schema11_enum`), so the schema constants go unused and bundlers drop them. An own-property
 * check needs only the names: that constant maps each name to 0.
 */
const SCHEMA_REFERENCE =
  /(?<![\w$"/.-])(schema\d+)((?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])+)/g;

/** `base`, or `base_2`, `base_3`… when that name is taken; then takes it. */
function uniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
  taken.add(name);
  return name;
}

function withSchemaParts(code: string): string {
  const constants = schemaConstants(code);
  const parts = new Map<string, { name: string; owner: string; value: unknown }>();
  const taken = new Set<string>();
  const body = code.replace(SCHEMA_REFERENCE, (match, owner: string) => {
    let part = parts.get(match);
    if (part === undefined) {
      const value = schemaAt(constants, match);
      const names = match.endsWith(".properties") && typeof value === "object" && value !== null;
      part = {
        name: uniqueName(match.replace(/[^\w$]+/g, "_").replace(/_$/, ""), taken),
        owner,
        value: names ? Object.fromEntries(Object.keys(value).map((key) => [key, 0])) : value,
      };
      parts.set(match, part);
    }
    return part.name;
  });
  const byOwner = new Map<string, string[]>();
  for (const part of parts.values()) {
    const declarations = byOwner.get(part.owner) ?? [];
    declarations.push(`const ${part.name} = ${JSON.stringify(part.value)};`);
    byOwner.set(part.owner, declarations);
  }
  return body.replace(/^const (schema\d+) = .*;$/gm, (line, owner: string) =>
    [line, ...(byOwner.get(owner) ?? [])].join("\n"),
  );
}

/**
 * Keeps an `if` error's schema (its condition) and data, and a `propertyNames` error's schema (the
 * key pattern): references to parts of a schema constant, which `withSchemaParts` then turns into
 * constants of their own, so no error allocates them.
 */
function verboseFields(_match: string, ...[keyword, params, schema, data]: string[]): string {
  if (keyword === "if") return `keyword:"if",${params},schema:${schema},${data}}`;
  if (keyword === "propertyNames") return `keyword:"propertyNames",${params},schema:${schema}}`;
  return `keyword:"${keyword}",${params}}`;
}

/**
 * The runtime reads an error's `schemaPath` only to tie an error inside a `then` to its `if`; the
 * others lose it (long strings, one per error site).
 */
const UNREAD_SCHEMA_PATH = /,schemaPath:"([^"]*)"/g;

function withImports(code: string): string {
  const formats = new Set<string>();
  const body = withSchemaParts(
    code
      .replace(
        /__formats(?:\["([^"]+)"\]|\.([A-Za-z0-9_$]+))/g,
        (_m, quoted?: string, bare?: string) => {
          const name = FORMAT_EXPORTS[(quoted ?? bare)!];
          if (name === undefined)
            throw new Error(`No runtime definition for format ${quoted ?? bare}`);
          formats.add(name);
          return name;
        },
      )
      .replace(/require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g, "ucs2length")
      .replace(/require\("ajv\/dist\/runtime\/equal"\)\.default/g, "equal")
      .replace(VERBOSE_FIELDS, verboseFields)
      .replace(UNREAD_SCHEMA_PATH, (match, path: string) =>
        /\/then\/|\/if$/.test(path) ? match : "",
      ),
  );
  if (/require\(/.test(body))
    throw new Error(
      `Ajv's standalone code needs a helper we do not ship: ${/require\([^)]*\)/.exec(body)?.[0]}`,
    );
  const imports = [
    formats.size > 0
      ? `import { ${[...formats].sort().join(", ")} } from "../runtime/formats.js";`
      : "",
    body.includes("ucs2length") ? `import { ucs2length } from "../runtime/validation.js";` : "",
    code.includes('require("ajv/dist/runtime/equal")')
      ? `import { equal } from "../runtime/equal.js";`
      : "",
  ].filter(Boolean);
  return `${GENERATED_HEADER}\n// Ajv standalone validators (https://ajv.js.org/standalone.html).\n${imports.join("\n")}\n${body.replace(/^"use strict";/, "")}`;
}
