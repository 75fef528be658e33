/**
 * The spec's reading (load, Redocly's lint, bundle, model: most of a warm edit's time) through the
 * cache, for the commonest edit: an operation's `summary` or `description`. The validated,
 * bundled document and its warnings are filed under the root document's text with the operations'
 * prose cut out (generator/prose-spans.ts); a later run whose text is equal outside the prose takes
 * them, puts its own prose in, and builds the model from that.
 *
 * Only where this is provably what a full read gives; everywhere else the full read runs:
 * - the root is a JSON file (each prose token is then one JSON string: cutting it out leaves every
 *   other value, key and position in place; YAML's block scalars, anchors and plain scalars do not);
 * - the operations are inline in the root (a `$ref`ed path item keeps its prose in the key), and
 *   every other spec file read is unchanged (their hashes are checked);
 * - each new prose token reads the same with `JSON.parse` and with Redocly's YAML parser (which
 *   reads `.json` files too), so the full read would see the same string;
 * - no rule reads operation prose except for its type (a string stays a string: a token is only
 *   cut out when it is a string), and no warning points into the prose: a run that has such a
 *   warning is not filed;
 * - the document survives JSON (plain data, no shared objects), checked before filing.
 *
 * Warnings in the root document move with the text: their offsets are kept relative to the text
 * without prose, and placed in the new text, whose line starts are counted again.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { contentHash } from "./cache.js";
import type { Diagnostic } from "./diagnostics.js";
import { isPlainJson } from "./emit/units.js";
import type { ApiModel } from "./model/ir.js";
import { proseSpans, type ProseSpan } from "./prose-spans.js";
import type { GenerationCache } from "./run-cache.js";
import { lineAndColumn, lineStarts } from "./text-lines.js";

/** What reading the spec gives the pipeline. */
export interface SpecRead {
  readonly model: ApiModel;
  readonly warnings: readonly Diagnostic[];
  readonly specFiles: readonly string[];
}

/** How to read the spec in full, and how to build the model from a bundled document. */
export interface SpecReaders {
  readonly specPath: string;
  readonly cache: GenerationCache;
  /** Times a stage of the run (the cache's own work is `spec-cache`). */
  readonly time: <T>(stage: string, run: () => T | Promise<T>) => Promise<T>;
  readonly read: () => Promise<SpecRead>;
  readonly build: (document: Record<string, unknown>, specFiles: readonly string[]) => ApiModel;
  /** Redocly's reader of a document's text (YAML, and JSON as YAML). */
  readonly parseYaml: (text: string) => unknown;
}

/** A warning as filed: in the root document, its offset in the text without prose. */
type FiledWarning = Diagnostic & { readonly offset?: number };

interface Entry {
  readonly document: Record<string, unknown>;
  readonly warnings: readonly FiledWarning[];
  readonly specFiles: readonly string[];
  /** The spec files other than the root, with their content hashes. */
  readonly others: readonly (readonly [path: string, hash: string])[];
}

/** The root's text and where its prose is. */
interface Scanned {
  readonly rootFile: string;
  readonly text: string;
  readonly spans: readonly ProseSpan[];
  readonly key: string;
}

/** An emitter's finding about the spec: where (a pointer into the bundled spec) and what. */
export interface Finding {
  readonly pointer: string;
  readonly message: string;
}

/**
 * Locates emitters' findings in the root document through the cache, as the spec's own warnings
 * are: filed by the text without prose and the findings, placed in the current text.
 */
export type FindingLocator = (
  found: readonly Finding[],
  locate: () => Promise<Diagnostic[]>,
) => Promise<Diagnostic[]>;

/**
 * The spec read through the cache where that is sound (see above), else in full; with a locator
 * of emitters' findings when the root could be scanned.
 */
export async function cachedSpecRead(
  readers: SpecReaders,
): Promise<SpecRead & { readonly locator?: FindingLocator }> {
  const { time } = readers;
  const scanned = await time("spec-cache", () => scan(readers));
  if (scanned === undefined) return readers.read();
  const locator = findingLocator(readers.cache, scanned);
  const hit = await time("spec-cache", () => fromEntry(readers, scanned));
  if (hit !== undefined) return { ...hit, locator };
  const read = await readers.read();
  await time("spec-cache", () => file(readers.cache, scanned, read));
  return { ...read, locator };
}

function findingLocator(cache: GenerationCache, scanned: Scanned): FindingLocator {
  return async (found, locate) => {
    if (found.length === 0) return [];
    const key = cache.key("located", scanned.key, JSON.stringify(found));
    const body = await cache.get(key);
    if (body !== undefined) return placed(JSON.parse(body) as FiledWarning[], scanned);
    const located = await locate();
    const warnings = filed(located, scanned);
    if (warnings !== undefined && (await sameText(scanned)))
      cache.put(key, JSON.stringify(warnings));
    return located;
  };
}

/** Whether the root still holds the text scanned (an editor may have saved since). */
async function sameText(scanned: Scanned): Promise<boolean> {
  return (await readFile(scanned.rootFile, "utf8").catch(() => "")) === scanned.text;
}

async function scan(readers: SpecReaders): Promise<Scanned | undefined> {
  const rootFile = resolve(readers.specPath);
  if (!/\.json$/i.test(rootFile)) return undefined;
  const text = await readFile(rootFile, "utf8").catch(() => undefined);
  const spans = text === undefined ? undefined : proseSpans(text);
  if (text === undefined || spans === undefined) return undefined;
  const key = readers.cache.key("spec-model", rootFile, ...withoutProse(text, spans));
  return { rootFile, text, spans, key };
}

/** The text between the prose tokens. */
function withoutProse(text: string, spans: readonly ProseSpan[]): string[] {
  const parts: string[] = [];
  let at = 0;
  for (const span of spans) {
    parts.push(text.slice(at, span.start));
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts;
}

/** The filed read with this text's prose put in, or undefined when there is none or it is void. */
async function fromEntry(readers: SpecReaders, scanned: Scanned): Promise<SpecRead | undefined> {
  const body = await readers.cache.get(scanned.key);
  if (body === undefined) return undefined;
  const entry = JSON.parse(body) as Entry;
  if (!(await unchanged(entry.others))) return undefined;
  const prose = scanned.spans.map((span) => proseValue(readers, scanned.text, span));
  if (prose.some((value) => value === undefined)) return undefined;
  scanned.spans.forEach((span, index) => {
    operationAt(entry.document, span)![span.field] = prose[index];
  });
  return {
    model: readers.build(entry.document, entry.specFiles),
    warnings: placed(entry.warnings, scanned),
    specFiles: entry.specFiles,
  };
}

/** A prose token's string, when JSON and Redocly's reader agree on it. */
function proseValue(readers: SpecReaders, text: string, span: ProseSpan): string | undefined {
  const token = text.slice(span.start, span.end);
  try {
    const value: unknown = JSON.parse(token);
    return typeof value === "string" && readers.parseYaml(token) === value ? value : undefined;
  } catch {
    return undefined;
  }
}

async function unchanged(files: Entry["others"]): Promise<boolean> {
  const texts = await Promise.all(files.map(([path]) => readFile(path, "utf8").catch(() => "")));
  return files.every(([, hash], index) => contentHash(texts[index]!) === hash);
}

/** The operation object a span's prose belongs to, in a bundled document. */
function operationAt(
  document: Record<string, unknown>,
  span: ProseSpan,
): Record<string, unknown> | undefined {
  const paths = asObject(document["paths"]);
  const operation = asObject(asObject(paths?.[span.path])?.[span.method]);
  return operation;
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** Files a full read, when it meets the conditions above. */
async function file(cache: GenerationCache, scanned: Scanned, read: SpecRead): Promise<void> {
  // The file Redocly read must be the text scanned.
  if (!(await sameText(scanned))) return;
  const { document } = read.model as { document: Record<string, unknown> };
  const agrees = scanned.spans.every(
    (span) =>
      operationAt(document, span)?.[span.field] ===
      JSON.parse(scanned.text.slice(span.start, span.end)),
  );
  if (!agrees || !isPlainJson(document)) return;
  const warnings = filed(read.warnings, scanned);
  if (warnings === undefined) return;
  const others = read.specFiles.filter((path) => path !== scanned.rootFile);
  const texts = await Promise.all(others.map((path) => readFile(path, "utf8").catch(() => "")));
  const entry: Entry = {
    document,
    warnings,
    specFiles: read.specFiles,
    others: others.map((path, index) => [path, contentHash(texts[index]!)] as const),
  };
  cache.put(scanned.key, JSON.stringify(entry));
}

/**
 * The warnings with the root document's ones given their offset in the text without prose; undefined
 * when one points into the prose (its message might depend on it).
 */
function filed(warnings: readonly Diagnostic[], scanned: Scanned): FiledWarning[] | undefined {
  const starts = lineStarts(scanned.text);
  const result: FiledWarning[] = [];
  for (const warning of warnings) {
    if (warning.file !== scanned.rootFile || warning.line === 0) {
      result.push(warning);
      continue;
    }
    const offset = starts[warning.line - 1]! + warning.column - 1;
    let removed = 0;
    for (const span of scanned.spans) {
      if (span.start > offset) break;
      if (offset < span.end) return undefined;
      removed += span.end - span.start;
    }
    result.push({ ...warning, offset: offset - removed });
  }
  return result;
}

/** The filed warnings placed in the new text. */
function placed(warnings: readonly FiledWarning[], scanned: Scanned): Diagnostic[] {
  const starts = lineStarts(scanned.text);
  // Where each prose token starts in the text without prose, and its length in this text.
  let removed = 0;
  const cuts = scanned.spans.map((span) => {
    const cut = { at: span.start - removed, length: span.end - span.start };
    removed += cut.length;
    return cut;
  });
  return warnings.map(({ offset, ...warning }) => {
    if (offset === undefined) return warning;
    let position = offset;
    for (const cut of cuts) {
      if (cut.at > offset) break;
      position += cut.length;
    }
    return { ...warning, ...lineAndColumn(starts, position) };
  });
}
