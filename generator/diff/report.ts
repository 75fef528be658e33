/**
 * The report's two forms: the short text the CLI prints, and the JSON of CONTRACT section 2.
 */
import type { Change, ChangeReport } from "./index.js";

/** At most this many changes are printed; the rest are counted (the JSON report has them all). */
export const PRINTED_CHANGES = 100;

/** One line per change: level, kind, operationId, pointer, message. */
export function changeLine(change: Change): string {
  const operation = change.operationId === undefined ? "" : ` ${change.operationId}`;
  return `${change.level} ${change.kind}${operation} ${change.pointer}: ${change.message}`;
}

/** The printed report: a heading line, then the changes. */
export function formatReport(report: ChangeReport): string {
  if (report.from === "") {
    return `API changes: no earlier spec in the output folder (bump: none).\n`;
  }
  const heading = `API changes from ${report.from} to ${report.to}`;
  if (report.changes.length === 0) return `${heading}: none.\n`;
  const counts = countLevels(report.changes);
  const lines = report.changes.slice(0, PRINTED_CHANGES).map((c) => `  ${changeLine(c)}`);
  const rest = report.changes.length - lines.length;
  if (rest > 0) lines.push(`  ... and ${rest} more (--report <file> lists them all)`);
  return `${heading} (bump: ${report.bump}; ${counts}):\n${lines.join("\n")}\n`;
}

function countLevels(changes: readonly Change[]): string {
  const levels = ["breaking", "non-breaking", "info"] as const;
  return levels
    .map((level) => `${changes.filter((c) => c.level === level).length} ${level}`)
    .join(", ");
}

/** The JSON form (CONTRACT section 2), keys in the contract's order. */
export function reportJson(report: ChangeReport): string {
  const changes = report.changes.map((c) => ({
    ...(c.operationId === undefined ? {} : { operationId: c.operationId }),
    pointer: c.pointer,
    kind: c.kind,
    level: c.level,
    message: c.message,
  }));
  const json = { from: report.from, to: report.to, bump: report.bump, changes };
  return `${JSON.stringify(json, null, 2)}\n`;
}
