/**
 * The version rule: `info.version` is the package version, and it must carry the bump the change
 * report needs (CONTRACT section 2). Only the two rules consumers rely on are enforced: a breaking
 * change needs a new major (a new minor while the major is 0, as npm's caret ranges read 0.x), an
 * addition a new minor. Versions that are not semver are not judged.
 */
import type { ChangeReport } from "./index.js";

interface Semver {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
}

/** `1.2.3` (with any pre-release or build suffix) → its numbers; undefined when not semver. */
export function parseSemver(version: string): Semver | undefined {
  const match = /^v?(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(version.trim());
  if (match === null) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}

/** Why the report's `to` version does not satisfy its bump; undefined when it does. */
export function versionProblem(
  report: Pick<ChangeReport, "from" | "to" | "bump">,
): string | undefined {
  const from = parseSemver(report.from);
  const to = parseSemver(report.to);
  if (from === undefined || to === undefined) return undefined;
  const newMajor = to.major > from.major;
  const newMinor = newMajor || (to.major === from.major && to.minor > from.minor);
  if (report.bump === "major" && !(newMajor || (from.major === 0 && newMinor))) {
    const needed = from.major === 0 ? `0.${from.minor + 1}.0` : `${from.major + 1}.0.0`;
    return `breaking changes need a new major version (${needed} or later), but info.version went from ${report.from} to ${report.to}`;
  }
  if (report.bump === "minor" && !newMinor) {
    return `additions need a new minor version (${from.major}.${from.minor + 1}.0 or later), but info.version went from ${report.from} to ${report.to}`;
  }
  return undefined;
}
