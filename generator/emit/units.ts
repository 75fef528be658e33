/**
 * Finer reuse inside an emitter: a file assembled from units (a docs page, the `paths` entry of
 * one path in `types.ts`) asks for each unit's text, and only units whose inputs changed are made
 * again. The pipeline provides it with a cache (generate.ts); without one every unit is made.
 *
 * A unit's key holds the templates and the model without operation prose (emit/index.ts,
 * `withoutOperationProse`), plus what `reads` gives: the prose the unit shows and whatever names
 * it among its siblings. So a unit may read the whole model except other operations' prose.
 */

/** Texts of units, through the cache when there is one. Pure: the texts are what `make` gives. */
export interface Units {
  /** Whether texts are kept (else making a text only to keep it is wasted). */
  readonly caching: boolean;
  /**
   * The text of each input, in order: taken from the cache when a unit of this `kind` with the
   * same `reads(input)` (and the same model without prose and templates) was made before, else
   * made by `make` (called once, with the inputs that were missing, in order).
   */
  texts<I>(
    kind: string,
    inputs: readonly I[],
    reads: (input: I) => string,
    make: (missing: readonly I[]) => readonly string[] | Promise<readonly string[]>,
  ): Promise<string[]>;
}

/** No cache: every unit is made. */
export const UNCACHED: Units = {
  caching: false,
  texts: async (_kind, inputs, _reads, make) => [...(await make(inputs))],
};

/**
 * Whether a value is plain JSON data that `JSON.parse(JSON.stringify(value))` gives back as it is:
 * no `undefined`, no numbers JSON cannot write, no class instances, no object reached twice.
 */
export function isPlainJson(value: unknown, seen = new Set<object>()): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== "object") return false;
  if (seen.has(value)) return false;
  seen.add(value);
  if (Array.isArray(value)) {
    // By index: `every` skips holes, which JSON writes as null.
    for (let index = 0; index < value.length; index++)
      if (!isPlainJson(value[index], seen)) return false;
    return true;
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return false;
  return Object.values(value).every((item) => isPlainJson(item, seen));
}
