/**
 * The API change report at the edge: reads the spec and changelog the output folder was generated
 * from, compares (generator/diff, pure), and adds the next `CHANGELOG.md` to the files. The CLI
 * prints the result; `write` sees only files.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { CHANGELOG_PATH, latestVersionProblem, nextChangelog } from "./diff/changelog.js";
import { compareSpecs, type ChangeReport } from "./diff/index.js";
import { SPEC_JSON_PATH } from "./emit/spec-json.js";
import { sortFiles, type OutputFile } from "./files.js";
import { formatFiles } from "./format.js";

/** What a generation changed for consumers, and the files with the changelog added. */
export interface ChangeOutcome {
  readonly report: ChangeReport;
  /** The version error of the changelog's latest entry (this generation's, or a pending one). */
  readonly versionError: string | undefined;
  readonly files: readonly OutputFile[];
}

/** The earlier output's files as the report needs them (absent when unreadable). */
export interface EarlierOutput {
  /** The text of its openapi.json. */
  readonly spec: string | undefined;
  readonly changelog: string | undefined;
}

/** Reads the bundled spec and changelog an output folder holds. */
export async function readEarlierOutput(outDir: string): Promise<EarlierOutput> {
  const [specText, changelog] = await Promise.all([
    readOptional(join(outDir, SPEC_JSON_PATH)),
    readOptional(join(outDir, CHANGELOG_PATH)),
  ]);
  return { spec: specText, changelog };
}

/** Compares the earlier output's spec with the generated one and adds the changelog. */
export async function withChangeReport(
  files: readonly OutputFile[],
  earlier: EarlierOutput,
): Promise<ChangeOutcome> {
  const generated = files.find((file) => file.path === SPEC_JSON_PATH);
  if (generated === undefined) throw new Error(`${SPEC_JSON_PATH} was not generated`);
  const next = JSON.parse(generated.contents) as Record<string, unknown>;
  // An unchanged spec (every rerun) is parsed once, and compared with itself at no cost.
  const old = earlier.spec === generated.contents ? next : parseObject(earlier.spec);
  const report = compareSpecs(old, next);
  const text = nextChangelog(earlier.changelog, report);
  // An unchanged changelog keeps its bytes; a new one is laid out as every other Markdown file.
  const [changelog] =
    text === earlier.changelog
      ? [{ path: CHANGELOG_PATH, contents: text }]
      : await formatFiles([{ path: CHANGELOG_PATH, contents: text }]);
  const all = sortFiles([...files.filter((file) => file.path !== CHANGELOG_PATH), changelog!]);
  return { report, versionError: latestVersionProblem(changelog!.contents), files: all };
}

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch {
    return undefined;
  }
}

/** A JSON object, or undefined for anything else (a damaged file is no earlier spec). */
function parseObject(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
