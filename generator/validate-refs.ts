/**
 * One misspelt `$ref` makes Redocly report every `$ref` that leads through it, some twice, before
 * the one at fault. This keeps the cause: a `$ref` whose target exists (it only fails further on)
 * is a cascade and is dropped; identical reports are kept once; the `$ref` whose target does not
 * exist says which existing names are close to the one it gives.
 */
import { dirname, resolve } from "node:path";
import { DiagnosticsError, type Diagnostic } from "./diagnostics.js";
import { safeDecode, type LoadedSpec } from "./load.js";

/** Each spec file the resolver read, parsed, by absolute path; and what stopped it reading others. */
export interface ParsedFiles {
  readonly parsed: ReadonlyMap<string, unknown>;
  /** The located problems of `$ref`ed files that could not be parsed (not JSON, alias bombs). */
  readonly failures: readonly Diagnostic[];
}

/** The parsed content of every file the resolver has read, and the problems of those it could not. */
export async function parsedFiles(loaded: LoadedSpec): Promise<ParsedFiles> {
  const cache = (loaded.resolver as unknown as { cache: Map<string, Promise<{ parsed: unknown }>> })
    .cache;
  const parsed = new Map<string, unknown>();
  const failures: Diagnostic[] = [];
  await Promise.all(
    [...cache].map(async ([file, document]) => {
      try {
        parsed.set(file, (await document).parsed);
      } catch (error) {
        if (error instanceof DiagnosticsError) failures.push(...error.diagnostics);
      }
    }),
  );
  parsed.set(loaded.rootFile, loaded.document.parsed);
  return { parsed, failures };
}

/**
 * The diagnostics without repeats and without unresolved `$ref`s that are only the consequence
 * of another; the remaining unresolved `$ref`s name close existing targets.
 */
export function withoutCascades(list: readonly Diagnostic[], files: ParsedFiles): Diagnostic[] {
  const unique = withoutRepeats([...files.failures, ...list]);
  const causes = unique.filter((d) => d.code !== "ref-unresolved" || !isCascade(d, files));
  // Should every one look like a consequence (a target we could not read), keep them all.
  if (!causes.some((d) => d.code === "ref-unresolved") && files.failures.length === 0) {
    return unique;
  }
  return causes.map((d) => (d.code === "ref-unresolved" ? withSuggestion(d, files) : d));
}

/**
 * Each problem once: identical ones (the same `$ref` reached twice), and at one place where a
 * rule of ours finds an error and says more than Redocly's generic structure check ("Property
 * `maxmum` is not expected here" beside our "did you mean `maximum`?"), only ours.
 */
function withoutRepeats(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const specific = new Set(
    list
      .filter((d) => d.code !== "spec-structure" && d.severity === "error")
      .map((d) => `${d.file}\0${d.pointer}`),
  );
  return list.filter((d) => {
    const key = JSON.stringify([d.code, d.file, d.line, d.column, d.pointer, d.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return !(d.code === "spec-structure" && specific.has(`${d.file}\0${d.pointer}`));
  });
}

interface RefTarget {
  readonly file: string;
  readonly fragment: string;
  readonly ref: string;
}

/** Where the `$ref` at a diagnostic points, or undefined when there is no `$ref` string there. */
function targetOf(d: Diagnostic, files: ParsedFiles): RefTarget | undefined {
  const node = valueAt(files.parsed.get(d.file), d.pointer);
  const ref = typeof node === "string" ? node : (node as { $ref?: unknown } | undefined)?.$ref;
  if (typeof ref !== "string") return undefined;
  const cut = ref.indexOf("#");
  const path = cut === -1 ? ref : ref.slice(0, cut);
  const fragment = cut === -1 ? "" : ref.slice(cut + 1);
  const file = path === "" ? d.file : resolve(dirname(d.file), safeDecode(path));
  return { file, fragment, ref };
}

/** A `$ref` whose target exists: it fails only because something it leads to does. */
function isCascade(d: Diagnostic, files: ParsedFiles): boolean {
  const target = targetOf(d, files);
  if (target === undefined) return false;
  if (files.failures.some((failure) => failure.file === target.file)) return true;
  if (!files.parsed.has(target.file)) return false;
  return valueAt(files.parsed.get(target.file), target.fragment) !== undefined;
}

/** The diagnostic with the existing names closest to its missing one, if any are close. */
function withSuggestion(d: Diagnostic, files: ParsedFiles): Diagnostic {
  const target = targetOf(d, files);
  if (target === undefined || !files.parsed.has(target.file)) return d;
  const segments = target.fragment.split("/");
  const missing = unescape(segments.pop() ?? "");
  const parent = valueAt(files.parsed.get(target.file), segments.join("/"));
  if (typeof parent !== "object" || parent === null || Array.isArray(parent)) return d;
  const close = closestNames(missing, Object.keys(parent));
  if (close.length === 0) return d;
  const base = target.ref.slice(
    0,
    target.ref.length - (target.fragment.split("/").pop() ?? "").length,
  );
  const options = close.map((name) => `"${base}${name.replace(/~/g, "~0").replace(/\//g, "~1")}"`);
  return { ...d, message: `${d.message}; did you mean ${options.join(" or ")}?` };
}

/** Up to three names within a few edits of `word`, closest first (ties by code unit). */
function closestNames(word: string, names: readonly string[]): string[] {
  const most = Math.max(2, Math.floor(word.length / 3));
  return names
    .map((name) => ({ name, distance: editDistance(word.toLowerCase(), name.toLowerCase()) }))
    .filter(({ distance }) => distance <= most)
    .sort((a, b) => a.distance - b.distance || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, 3)
    .map(({ name }) => name);
}

/** Levenshtein distance, with one row kept. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const change = row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      next.push(Math.min(change, row[j]! + 1, next[j - 1]! + 1));
    }
    row = next;
  }
  return row[b.length]!;
}

function unescape(segment: string): string {
  return safeDecode(segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/**
 * The value at a JSON pointer (`#/a/0/b~1c`, `/a`, or `a`), through objects and arrays, or
 * undefined; own keys only, so `constructor` is a name and not `Object.prototype`'s.
 */
export function valueAt(document: unknown, pointer: string): unknown {
  let node = document;
  for (const raw of pointer.replace(/^#?\/?/, "").split("/")) {
    if (raw === "") continue;
    if (typeof node !== "object" || node === null) return undefined;
    const plain = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const key = Object.hasOwn(node, plain) ? plain : unescape(raw);
    if (!Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
