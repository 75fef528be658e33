/** One file of the generated output, with its path relative to the output folder (`/` separated). */
export interface OutputFile {
  readonly path: string;
  readonly contents: string;
  /** Already prettier-clean (verbatim templates, checked by the repo's own format test). */
  readonly preformatted?: boolean;
  /** Its compiled `dist/` twins are emitted too, so the compile stage skips it. */
  readonly precompiled?: boolean;
  /** Holds only type declarations: its `.d.ts` is its own text and its `.js` is empty. */
  readonly typesOnly?: boolean;
}

/** Sorts files by path, by code unit, so every listing of the output is in one stable order. */
export function sortFiles(files: readonly OutputFile[]): OutputFile[] {
  return [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The `generatedBy` value in a generated package.json: marks a folder as ours to replace. */
export const GENERATED_MARKER = "cf-sdk-generate";

/** The first line of every generated code file. */
export const GENERATED_HEADER =
  "// Generated from the OpenAPI spec by cf-sdk-generate. Do not edit: edit the spec and regenerate.";
