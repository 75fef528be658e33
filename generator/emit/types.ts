/**
 * Emits `types.ts` with openapi-typescript: `paths`, `components` and `operations`, the types
 * openapi-fetch is keyed on.
 *
 * Its `transformSchema` is called directly, with the context its `openapiTS()` would build from
 * our options: `openapiTS()` would re-lint and re-bundle a spec we have already validated and
 * bundled, a tenth of a generation for nothing.
 */
import { createRequire } from "node:module";
import { isDeepStrictEqual } from "node:util";
import type { OutputFile } from "../files.js";
import type { ApiModel } from "../model/ir.js";
import ts from "typescript";
// openapi-typescript reads `$ref`s with Redocly's pointer functions: corrected and made cheap there,
// in whichever thread this emitter runs (the types' thread loads nothing else of the generator).
import "../redocly-pointer.js";
import { GENERATED_HEADER } from "./ts.js";
import { takeTypesMadeElsewhere } from "./types-elsewhere.js";
import { isPlainJson, UNCACHED, type Units } from "./units.js";

type OpenapiTypescript = typeof import("openapi-typescript");
type Context = Parameters<OpenapiTypescript["transformSchema"]>[1];
type Document = Parameters<OpenapiTypescript["transformSchema"]>[0];

/**
 * openapi-typescript's CommonJS build, through require(): imported as ESM it would import the
 * TypeScript compiler as ESM too, and Node scans a CommonJS file imported from ESM for its export
 * names (a third of a second for TypeScript's 9 MB).
 */
function loadOpenapiTypescript(): OpenapiTypescript {
  return createRequire(import.meta.url)("openapi-typescript") as OpenapiTypescript;
}

/**
 * The emitted file. The entry of each path in `paths` is a unit (emit/units.ts): it reads the
 * prose of the path's operations (their JSDoc) and the model without prose; everything else in the
 * file reads no operation prose (the `operations` entries carry none) and is one unit. An edited
 * description so makes one path's entry again, with openapi-typescript on that path item alone.
 */
export async function emitTypes(
  model: ApiModel,
  _templates?: unknown,
  units: Units = UNCACHED,
): Promise<OutputFile[]> {
  const elsewhere = takeTypesMadeElsewhere(model);
  // Without a cache the file is openapi-typescript's whole text (its split entries joined are
  // that text); one made on another thread is the same text, and if that thread failed, it is
  // made here as if there had been none.
  const text = units.caching ? undefined : await elsewhere?.catch(() => undefined);
  if (text !== undefined) return typesFile(text);
  const source = new TypesSource(model, units);
  const [rest] = await units.texts(
    "rest",
    [""],
    () => "",
    async () => [await source.rest()],
  );
  const { tail } = JSON.parse(rest!) as { tail: string | null };
  const paths = source.pathKeys();
  const contents =
    tail === null || paths.length === 0
      ? (await source.whole()).text
      : `${PATHS_OPEN}${(await pathEntries(source, paths, units)).join("")}${PATHS_CLOSE}${tail}`;
  return typesFile(contents);
}

function typesFile(contents: string): OutputFile[] {
  return [
    { path: "src/types.ts", contents: `${GENERATED_HEADER}\n\n${contents}`, typesOnly: true },
  ];
}

/**
 * openapi-typescript's whole text of a document this thread owns (a copy sent to a worker), as
 * `emitTypes` makes it without a cache: the document is prepared in place, not cloned.
 */
export function typesTextOfOwnDocument(document: Record<string, unknown>): string {
  const lib = loadTransform();
  const { document: prepared, context } = preparedInPlace(lib, document);
  return lib.astToString(lib.transformSchema(prepared, context));
}

/**
 * Loads what `typesTextOfOwnDocument` runs (TypeScript comes with this module): the types' thread
 * does so before it is sent a document (types-thread.ts).
 */
export function loadTypesLibraries(): void {
  loadTransform();
}

const PATHS_OPEN = "export interface paths {\n";
const PATHS_CLOSE = "}\n";

/** The printed entry of each path: from the cache, else from the whole run or path by path. */
function pathEntries(source: TypesSource, paths: readonly string[], units: Units) {
  const item = (path: string): Record<string, unknown> =>
    asRecord(asRecord(source.model.document["paths"])[path]);
  return units.texts(
    "path",
    paths,
    (path) => JSON.stringify([path, METHODS.map((m) => operationProse(item(path)[m]))]),
    async (missing) => {
      // Many missing (a first run): one whole run gives them all; a few: each path alone.
      if (source.hasWhole() || missing.length * 4 > paths.length) {
        const { entries } = await source.whole();
        return missing.map((path) => entries.get(path) ?? unsplit(path));
      }
      return Promise.all(missing.map((path) => source.entryOf(path)));
    },
  );
}

/** The whole run did not split this time (it did when its tail was filed): a generator bug. */
function unsplit(path: string): never {
  throw new Error(
    `types.ts: the entry of ${path} could not be split from openapi-typescript's output`,
  );
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

function operationProse(operation: unknown): unknown[] {
  const { summary, description } = asRecord(operation);
  return [summary ?? null, description ?? null];
}

/** openapi-typescript's whole output, split into the entries of `paths` and the rest. */
interface Whole {
  readonly text: string;
  readonly entries: ReadonlyMap<string, string>;
  /** What follows `paths`; null when the output does not split into entries as expected. */
  readonly tail: string | null;
}

/** The options `openapiTS()` would scan discriminators with (ours: see `context`). */
const SCAN_OPTIONS = { silent: true, defaultNonNullable: false };

interface Prepared {
  readonly document: Document;
  readonly context: Context;
}

/**
 * openapi-typescript over the model's document, made lazily: the clone, its context and the whole
 * run only when a unit is missing.
 */
class TypesSource {
  readonly model: ApiModel;
  private readonly lib: OpenapiTypescript = loadOpenapiTypescript();
  private prepared: Promise<Prepared> | undefined;
  private wholeRun: Promise<Whole> | undefined;

  private readonly units: Units;

  constructor(model: ApiModel, units: Units) {
    this.model = model;
    this.units = units;
  }

  /** The keys of `paths` that openapi-typescript makes an entry of, in its order. */
  pathKeys(): string[] {
    const paths = asRecord(this.model.document["paths"]);
    return this.lib
      .getEntries(paths, { alphabetize: false, excludeDeprecated: false })
      .filter(([, item]) => typeof item === "object" && item !== null)
      .map(([key]) => key);
  }

  /** The cached form of everything but the entries of `paths`. */
  async rest(): Promise<string> {
    return JSON.stringify({ tail: (await this.whole()).tail });
  }

  hasWhole(): boolean {
    return this.wholeRun !== undefined;
  }

  whole(): Promise<Whole> {
    this.wholeRun ??= this.prepare().then((prepared) =>
      splitWhole(this.lib, prepared, this.pathKeys()),
    );
    return this.wholeRun;
  }

  /** One path's entry, printed as it is inside the whole `paths` interface. */
  async entryOf(path: string): Promise<string> {
    const { document, context } = await this.prepare();
    const item = asRecord(document["paths"])[path];
    // Its own footer: the operations it adds to `operations` are not wanted here.
    const literal = this.lib.transformPathsObject(
      { [path]: item } as NonNullable<Document["paths"]>,
      { ...context, injectFooter: [] },
    ) as ts.TypeLiteralNode;
    const member = literal.members[0];
    const text = member === undefined ? undefined : memberText(this.lib, member);
    return text ?? (await this.whole()).entries.get(path) ?? unsplit(path);
  }

  private prepare(): Promise<Prepared> {
    this.prepared ??= this.prepareNow();
    return this.prepared;
  }

  /**
   * The clone openapi-typescript reads: parameter defaults copied in, discriminators scanned (the
   * scan also patches the clone's schemas, the mapped values' enums, which the transform then
   * reads). It reads no operation prose: with a cache, one unit of its own, kept as JSON when it
   * survives JSON (no shared objects, nothing JSON drops), so an edit parses it instead of
   * cloning and scanning the whole document again.
   */
  private async prepareNow(): Promise<Prepared> {
    if (!this.units.caching) return this.fresh();
    let made: Prepared | undefined;
    const [kept] = await this.units.texts(
      "prepared",
      [""],
      () => "",
      () => {
        made = this.fresh();
        const { document, context } = made;
        const plain = isPlainJson(document) && readsAsJson(context.discriminators);
        return [plain ? JSON.stringify([document, context.discriminators]) : ""];
      },
    );
    if (made !== undefined) return made;
    if (kept === "") return this.fresh();
    const [document, discriminators] = JSON.parse(kept!) as [Document, Context["discriminators"]];
    withProseOf(this.model.document, document as unknown as Record<string, unknown>);
    return { document, context: context(document, discriminators, this.lib) };
  }

  private fresh(): Prepared {
    return preparedInPlace(
      this.lib,
      structuredClone(this.model.document) as Record<string, unknown>,
    );
  }
}

/** What of openapi-typescript makes the whole text. */
type Transform = Pick<
  OpenapiTypescript,
  "transformSchema" | "astToString" | "scanDiscriminators" | "resolveRef"
>;

/**
 * openapi-typescript's transform without its entry module, which loads all of Redocly for the
 * `openapiTS()` this emitter does not call (the main thread has Redocly loaded anyway; a worker
 * would spend a third of a second on it). Its package exports every file (`./*`); should the
 * layout differ, the whole package is loaded.
 */
function loadTransform(): Transform {
  const require = createRequire(import.meta.url);
  try {
    const lib = {
      transformSchema: require("openapi-typescript/dist/transform/index.cjs") as unknown,
      ...(require("openapi-typescript/dist/lib/ts.cjs") as Record<string, unknown>),
      ...(require("openapi-typescript/dist/lib/utils.cjs") as Record<string, unknown>),
    } as Partial<Record<keyof Transform, unknown>>;
    const names = ["transformSchema", "astToString", "scanDiscriminators", "resolveRef"] as const;
    if (names.every((name) => typeof lib[name] === "function")) return lib as Transform;
  } catch {
    // another layout: below
  }
  return loadOpenapiTypescript();
}

/**
 * Whether a value openapi-typescript only reads (the scanned discriminators) reads the same from
 * its JSON: as `isPlainJson`, but an object may be reached twice. The scan shares one `mapping`
 * between a discriminator and the copies it makes for the schemas that extend it (Cloudflare's
 * rulesets), which the transform reads (`propertyName`, `mapping`) and never changes.
 */
function readsAsJson(value: unknown): boolean {
  try {
    return isDeepStrictEqual(JSON.parse(JSON.stringify(value)), value);
  } catch {
    return false; // a cycle, or something JSON cannot write
  }
}

/** A copy of the model's document made ready for openapi-typescript (see `prepareNow`). */
function preparedInPlace(
  lib: Pick<OpenapiTypescript, "scanDiscriminators" | "resolveRef">,
  copy: Record<string, unknown>,
): Prepared {
  withParameterDefaults(copy);
  const document = copy as unknown as Document;
  const discriminators = lib.scanDiscriminators(document, SCAN_OPTIONS);
  return { document, context: context(document, discriminators, lib) };
}

/**
 * Puts the model's operation prose into a kept clone (made when the prose may have differed: the
 * unit's key holds the model without it). An operation whose prose differs is rebuilt with the
 * model's keys in the model's order, its other values the clone's (which the scan may have patched).
 */
function withProseOf(
  model: Readonly<Record<string, unknown>>,
  clone: Record<string, unknown>,
): void {
  const clonePaths = asRecord(clone["paths"]);
  for (const [path, item] of Object.entries(asRecord(model["paths"]))) {
    const cloneItem = asRecord(clonePaths[path]);
    for (const method of METHODS) {
      const operation = asRecord(asRecord(item)[method]);
      const kept = asRecord(cloneItem[method]);
      if (!(method in cloneItem) || sameProse(operation, kept)) continue;
      cloneItem[method] = Object.fromEntries(
        Object.keys(operation).map((key) => [
          key,
          key === "summary" || key === "description" ? operation[key] : kept[key],
        ]),
      );
    }
  }
}

function sameProse(model: Record<string, unknown>, kept: Record<string, unknown>): boolean {
  const keys = Object.keys(model);
  return (
    model["summary"] === kept["summary"] &&
    model["description"] === kept["description"] &&
    keys.length === Object.keys(kept).length &&
    Object.keys(kept).every((key, index) => key === keys[index])
  );
}

/**
 * The whole run, and its `paths` entries printed one by one: the printer prints each member of an
 * interface alone, so their texts joined are the interface's body. Checked here against the
 * whole text, whose rest is the tail (printed once: the tail is nine tenths of the file); when it
 * does not hold, `tail` is null and the file is always made whole.
 */
function splitWhole(lib: OpenapiTypescript, prepared: Prepared, paths: readonly string[]): Whole {
  const nodes = lib.transformSchema(prepared.document, prepared.context);
  const text = lib.astToString(nodes);
  const first = nodes[0];
  const members = first !== undefined && ts.isInterfaceDeclaration(first) ? first.members : [];
  const texts = members.map((member) => memberText(lib, member) ?? "");
  const head = `${PATHS_OPEN}${texts.join("")}${PATHS_CLOSE}`;
  const splits = members.length === paths.length && text.startsWith(head);
  return {
    text,
    entries: new Map(splits ? paths.map((path, index) => [path, texts[index]!]) : []),
    tail: splits ? text.slice(head.length) : null,
  };
}

/** A member of the `paths` interface as printed inside it (indented one level). */
function memberText(lib: OpenapiTypescript, member: ts.TypeElement): string | undefined {
  const alone = ts.factory.createInterfaceDeclaration(
    [ts.factory.createModifier(ts.SyntaxKind.ExportKeyword)],
    "paths",
    undefined,
    undefined,
    [member],
  );
  const printed = lib.astToString(alone);
  if (!printed.startsWith(PATHS_OPEN) || !printed.endsWith(PATHS_CLOSE)) return undefined;
  return printed.slice(PATHS_OPEN.length, -PATHS_CLOSE.length);
}

/**
 * openapi-typescript writes a parameter's JSDoc from the parameter object, where OpenAPI has no
 * `default`: its schema's `default` is copied up (in our clone only), so an editor shows
 * `@default` on the parameter as it does on a schema's property.
 */
function withParameterDefaults(document: Record<string, unknown>): void {
  const lists = [
    ...Object.values(asRecord(document["paths"])).flatMap((item) => [
      asRecord(item)["parameters"],
      ...Object.values(asRecord(item)).map((operation) => asRecord(operation)["parameters"]),
    ]),
    Object.values(asRecord(asRecord(document["components"])["parameters"])),
  ];
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const parameter of list.map(asRecord)) {
      const schema = asRecord(parameter["schema"]);
      if (schema["default"] !== undefined && parameter["default"] === undefined) {
        parameter["default"] = schema["default"];
      }
    }
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** openapi-typescript's defaults, except `defaultNonNullable: false`: a `default` must not make a request field required. */
function context(
  document: Document,
  discriminators: Context["discriminators"],
  lib: Pick<OpenapiTypescript, "resolveRef">,
): Context {
  return {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: false,
    discriminators,
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    redoc: undefined as unknown as Context["redoc"], // read only by openapiTS() itself
    silent: true,
    inject: undefined,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: ($ref) => lib.resolveRef(document, $ref, { silent: true }),
  };
}
