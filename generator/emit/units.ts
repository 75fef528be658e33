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
  texts: async (_kind, inputs, _reads, make) => [...(await make(inputs))],
};
