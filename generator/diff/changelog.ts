/**
 * `CHANGELOG.md` of the generated package: one entry per generation that changed the API, oldest
 * first, each with the version, the version it came from, the bump its changes need, and the
 * report's lines; no dates, so the output stays deterministic. An entry whose version does not
 * carry its bump says so (a version error) and stays pending: the next generation merges into it
 * rather than adding another, so bumping `info.version` and regenerating fixes it.
 */
import type { Bump, Change, ChangeReport } from "./index.js";
import { versionProblem } from "./semver.js";

/** The path of the changelog inside the package. */
export const CHANGELOG_PATH = "CHANGELOG.md";

const TITLE =
  "# Changelog\n\nWhat changed for consumers at each generation that changed the API, oldest first " +
  "(from the API change report; levels: breaking, non-breaking, info).\n";
const FIRST = "First generated version: no earlier spec.";
const BUMPS: readonly Bump[] = ["none", "patch", "minor", "major"];

/** One parsed entry. */
interface Entry {
  readonly version: string;
  readonly from: string;
  readonly bump: Bump;
  readonly lines: readonly string[];
}

/**
 * The changelog after a generation: the previous text (undefined when there is none) with the
 * report's entry appended, or merged into a pending entry. Unchanged when nothing changed.
 */
export function nextChangelog(previous: string | undefined, report: ChangeReport): string {
  const text = previous ?? TITLE;
  if (report.from === "") return previous ?? `${TITLE}\n## ${report.to}\n\n${FIRST}\n`;
  const { head, last } = splitLast(text);
  const pending =
    last !== undefined && last.version === report.from && problemOf(last) !== undefined;
  if (pending) return `${head}${entryText(merge(last, report))}`;
  if (report.changes.length === 0) return text;
  const entry: Entry = {
    version: report.to,
    from: report.from,
    bump: report.bump,
    lines: report.changes.map(markdownLine),
  };
  return `${text.trimEnd()}\n\n${entryText(entry)}`;
}

/** The version error of the changelog's latest entry, if any (what `--check` fails on). */
export function latestVersionProblem(text: string | undefined): string | undefined {
  const last = text === undefined ? undefined : splitLast(text).last;
  return last === undefined ? undefined : problemOf(last);
}

function problemOf(entry: Entry): string | undefined {
  if (entry.from === "") return undefined;
  return versionProblem({ from: entry.from, to: entry.version, bump: entry.bump });
}

function merge(pending: Entry, report: ChangeReport): Entry {
  const bump = BUMPS[Math.max(BUMPS.indexOf(pending.bump), BUMPS.indexOf(report.bump))]!;
  return {
    version: report.to,
    from: pending.from,
    bump,
    lines: [...pending.lines, ...report.changes.map(markdownLine)],
  };
}

/** A change as a list item: level in bold, kind, operationId and pointer as code. */
function markdownLine(change: Change): string {
  const operation = change.operationId === undefined ? "" : ` \`${change.operationId}\``;
  return `**${change.level}** \`${change.kind}\`${operation} \`${change.pointer}\`: ${change.message}`;
}

function entryText(entry: Entry): string {
  const problem = problemOf(entry);
  const items = entry.lines.map((line) => `- ${line}`).join("\n");
  const parts = [`## ${entry.version}`, `From ${entry.from}, bump ${entry.bump}.`, items];
  if (problem !== undefined) parts.push(`Version error: ${problem}.`);
  return `${parts.filter(Boolean).join("\n\n")}\n`;
}

/** The text before the last entry, and the last entry parsed. */
function splitLast(text: string): { head: string; last: Entry | undefined } {
  const at = text.lastIndexOf("\n## ");
  if (at === -1) return { head: text, last: undefined };
  const head = text.slice(0, at + 1);
  const body = text.slice(at + 1).split("\n");
  const version = body[0]!.slice(3).trim();
  const from = /^From (.*), bump (none|patch|minor|major)\.$/.exec(
    body.find((line) => line.startsWith("From ")) ?? "",
  );
  if (from === null) return { head, last: { version, from: "", bump: "none", lines: [] } };
  const lines = body.filter((line) => line.startsWith("- ")).map((line) => line.slice(2));
  return { head, last: { version, from: from[1]!, bump: from[2] as Bump, lines } };
}
