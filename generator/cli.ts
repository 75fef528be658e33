/**
 * The command line: `cf-sdk-generate [--spec file] [--out dir] [--check] [--watch]
 * [--report file] [--fail-on-breaking] [--cache-dir dir | --no-cache]`. The only module that
 * touches `process`, stdout and stderr.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { ChangeOutcome } from "./changes.js";
import { DiagnosticsError, formatDiagnostic, formatWarnings } from "./diagnostics.js";
import { GENERATED_MARKER, type OutputFile } from "./files.js";
import type { GenerateResult } from "./generate.js";
import { startFormatter } from "./format.js";
import { watch } from "./watch.js";
import {
  checkOutput,
  ForeignOutputError,
  isClean,
  writeOutput,
  type CompareOptions,
  type OutputRecord,
  type OutputStatus,
  type ReadExisting,
  type WriteReport,
} from "./write.js";
import type { Cache } from "./cache.js";

// The validators' thread loads this bundle and calls it (see validator-thread.ts).
export { emitValidatorCodeInWorker } from "./validator-thread.js";
// And so does the types' thread (see types-thread.ts).
export { emitTypesInWorker, loadTypesEmitter } from "./types-thread.js";

const HELP = `Usage: cf-sdk-generate [options]

Generates a typed TypeScript client package (types, client, docs) from an OpenAPI 3.1 spec.

Options:
  --spec <file>  the root OpenAPI document (default: spec/openapi.yaml)
  --out <dir>    the output folder (default: generated)
  --check        write nothing; exit 1 and list the stale files when the output folder
                 is not exactly what the spec and templates produce
  --watch        regenerate whenever the spec or the templates change
  --report <file>
                 also write the API change report (what changed since the output
                 folder's openapi.json) as JSON, whatever the exit code
  --fail-on-breaking
                 exit 2 when the report has a breaking change (after writing,
                 unless --check)
  --cache-dir <dir>
                 reuse earlier work kept in this folder (default:
                 node_modules/.cache/cf-sdk-generate); the output is the same without it
  --no-cache     keep and use no cache (the default when CI is set and no --cache-dir is given)
  -h, --help     show this help

A run that changes the API prints the API change report against the output folder's
openapi.json: each change with its level (breaking, non-breaking, info), kind, operationId and
JSON pointer. info.version is the package version: a breaking change without a new major, or
an addition without a new minor, is a version error (exit 1, and --check fails until
info.version is raised and the output regenerated).

Exit codes: 0 done (or up to date), 1 a problem in the spec, a version error or a stale output
folder, 2 a breaking change with --fail-on-breaking, a usage error or an internal error.`;

/** Parsed command-line options. */
export interface CliOptions {
  readonly spec: string;
  readonly out: string;
  readonly check: boolean;
  readonly watch: boolean;
  readonly help: boolean;
  /** Where to write the JSON change report, if anywhere. */
  readonly report?: string | undefined;
  readonly failOnBreaking?: boolean;
  /** The cache folder, or undefined for no cache. */
  readonly cacheDir?: string | undefined;
}

/** Where the cache lives unless `--cache-dir` says otherwise (the convention of build tools). */
export const DEFAULT_CACHE_DIR = "node_modules/.cache/cf-sdk-generate";

/** Parses argv; throws a TypeError with a readable message on unknown or malformed options. */
export function parseCli(argv: readonly string[]): CliOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      spec: { type: "string", default: "spec/openapi.yaml" },
      out: { type: "string", default: "generated" },
      check: { type: "boolean", default: false },
      watch: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
      report: { type: "string" },
      "fail-on-breaking": { type: "boolean", default: false },
      "cache-dir": { type: "string" },
      "no-cache": { type: "boolean", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  return {
    spec: values.spec,
    out: values.out,
    check: values.check,
    watch: values.watch,
    help: values.help,
    report: values.report,
    failOnBreaking: values["fail-on-breaking"],
    cacheDir: cacheDirOf(values["cache-dir"], values["no-cache"]),
  };
}

/** `--no-cache` wins; CI (the `CI` variable) runs without a cache unless given a folder. */
function cacheDirOf(given: string | undefined, disabled: boolean): string | undefined {
  if (disabled) return undefined;
  const ci =
    process.env["CI"] !== undefined && process.env["CI"] !== "" && process.env["CI"] !== "false";
  return given ?? (ci ? undefined : DEFAULT_CACHE_DIR);
}

/** Runs the CLI and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCli(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (options.watch) return watch(options, argv);
  return runOnce(options);
}

/** One generation (or check); prints its result; returns the exit code. */
export async function runOnce(options: CliOptions): Promise<number> {
  const started = performance.now();
  const outDir = resolve(options.out);
  try {
    const { generated, filed, cache } = await generateCached(options);
    const { warnings, timings } = generated;
    if (warnings.length > 0) process.stderr.write(formatWarnings(warnings, process.cwd()));
    if (process.env["CF_SDK_TIMINGS"]) process.stderr.write(`${formatTimings(timings)}\n`);
    const after = performance.now();
    const [changes, compare] = await Promise.all([
      reportChanges(options, outDir, generated.files),
      comparison(cache, outDir),
    ]);
    const reported = performance.now();
    const { files } = changes;
    if (options.check) {
      const code = reportCheck(options.out, await checkOutput(outDir, files, compare));
      await filed;
      return changesExitCode(options, changes, code);
    }
    const report = await writeOutput(outDir, files, isGeneratedFolder, compare);
    const wrote = performance.now();
    await fileRecord({ cache, outDir, earlier: compare.record, report, filed });
    if (process.env["CF_SDK_TIMINGS"]) {
      const ms = (from: number, to: number): string => `${(to - from).toFixed(0)} ms`;
      process.stderr.write(
        `report ${ms(after, reported)}, write ${ms(reported, wrote)}, filing (waited for) ${ms(wrote, performance.now())}\n`,
      );
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    process.stdout.write(
      `Generated ${files.length} files in ${options.out} from ${options.spec}: ` +
        `${report.written.length} written, ${report.removed.length} removed, ${report.unchanged} unchanged (${seconds} s)\n`,
    );
    return changesExitCode(options, changes, 0);
  } catch (error) {
    return reportError(error);
  }
}

/**
 * How to compare with the output folder: with a cache, through the record of the last write
 * there (an empty one when none verifies, so that this write is recorded); without, by reading
 * every file, as always.
 */
async function comparison(cache: Cache | undefined, outDir: string): Promise<CompareOptions> {
  if (cache === undefined) return {};
  const { readOutputRecord, fileHash } = await import("./run-cache.js");
  const record = await readOutputRecord(cache, outDir).catch(() => undefined);
  return { record: record ?? { files: {} }, hashOf: fileHash };
}

/**
 * Waits for the run's filing, and files the record of the write beside it when it differs from
 * the earlier one (a rerun that changes nothing then adds no entry, and prunes nothing).
 */
async function fileRecord(run: {
  readonly cache: Cache | undefined;
  readonly outDir: string;
  readonly earlier: OutputRecord | undefined;
  readonly report: WriteReport;
  readonly filed: Promise<unknown>;
}): Promise<void> {
  const { cache, report } = run;
  const unchanged = JSON.stringify(report.record) === JSON.stringify(run.earlier);
  if (cache === undefined || report.record === undefined || unchanged)
    return void (await run.filed);
  const { storeOutputRecord } = await import("./run-cache.js");
  storeOutputRecord(cache, run.outDir, report.record);
  await run.filed;
  await cache.settle().catch(() => undefined);
}

/**
 * Compares the output folder's earlier spec with the new one, prints the report (and any version
 * error), writes `--report`, and returns the files with the next CHANGELOG.md.
 */
async function reportChanges(
  options: CliOptions,
  outDir: string,
  files: readonly OutputFile[],
): Promise<ChangeOutcome> {
  const { readEarlierOutput, withChangeReport } = await import("./changes.js");
  const { formatReport, reportJson } = await import("./diff/report.js");
  const changes = await withChangeReport(files, await readEarlierOutput(outDir));
  // An unchanged API is not news: the summary line (or "up to date") says enough.
  const { from, changes: found } = changes.report;
  if (from === "" || found.length > 0) process.stdout.write(formatReport(changes.report));
  if (changes.versionError !== undefined) {
    process.stderr.write(
      `version error: ${changes.versionError}.\n  hint: raise info.version in the spec and regenerate.\n`,
    );
  }
  if (options.report !== undefined) {
    await mkdir(dirname(resolve(options.report)), { recursive: true });
    await writeFile(options.report, reportJson(changes.report));
  }
  return changes;
}

/** 2 for a breaking change under --fail-on-breaking; else 1 for a version error; else `code`. */
function changesExitCode(options: CliOptions, changes: ChangeOutcome, code: number): number {
  const breaking = changes.report.changes.some((change) => change.level === "breaking");
  if (options.failOnBreaking === true && breaking) return 2;
  return changes.versionError !== undefined ? Math.max(code, 1) : code;
}

/**
 * A whole run from the cache when its inputs are unchanged (the pipeline is then never loaded),
 * else the pipeline, its stages reusing what they can, and the run filed for next time. `filed`
 * ends when the cache's writes have: the caller reports and writes the output meanwhile (the
 * cache's errors are never the run's).
 */
async function generateCached(
  options: CliOptions,
): Promise<{ generated: GenerateResult; filed: Promise<unknown>; cache: Cache | undefined }> {
  const started = performance.now();
  const { openCache, runKey, cachedRun, storeRun } = await import("./run-cache.js");
  const cache = options.cacheDir === undefined ? undefined : await openCache(options.cacheDir);
  const key = cache === undefined ? undefined : await runKey(cache, { specPath: options.spec });
  const hit = key === undefined ? undefined : await cachedRun(cache!, key);
  if (hit !== undefined) {
    const generated = { ...hit, timings: { cache: performance.now() - started } };
    return { generated, filed: cache!.settle(), cache };
  }
  // The formatter thread starts first, to load prettier while this one loads the pipeline.
  startFormatter();
  // Loaded on first use, so --help, usage errors and cached runs never load it.
  const { generate } = await import("./generate.js");
  const result = await generate({
    specPath: options.spec,
    ...(cache ? { cache } : {}),
    ...threadOptions(),
  });
  const filed =
    cache === undefined
      ? Promise.resolve()
      : storeRun(cache, key!, result)
          .then(() => cache.settle())
          .catch(() => undefined);
  return { generated: result, filed, cache };
}

/**
 * `CF_SDK_VALIDATOR_THREAD_MIN_OPERATIONS` and `CF_SDK_TYPES_THREAD_MIN_OPERATIONS`: from how many
 * operations on the validators' code and the types are emitted on threads of their own (tests set
 * them low to take that path with a small spec, or high to keep a large spec on one thread).
 */
function threadOptions(): {
  validatorThreadMinOperations?: number;
  typesThreadMinOperations?: number;
} {
  const validators = Number(process.env["CF_SDK_VALIDATOR_THREAD_MIN_OPERATIONS"] || Number.NaN);
  const types = Number(process.env["CF_SDK_TYPES_THREAD_MIN_OPERATIONS"] || Number.NaN);
  return {
    ...(Number.isInteger(validators) ? { validatorThreadMinOperations: validators } : {}),
    ...(Number.isInteger(types) ? { typesThreadMinOperations: types } : {}),
  };
}

function reportCheck(out: string, status: OutputStatus): number {
  if (isClean(status)) {
    process.stdout.write(`${out} is up to date.\n`);
    return 0;
  }
  const lines = [
    ...status.stale.map((path) => `  stale    ${out}/${path}`),
    ...status.missing.map((path) => `  missing  ${out}/${path}`),
    ...status.extra.map((path) => `  extra    ${out}/${path}`),
  ];
  process.stderr.write(`${out} is out of date; run \`npm run generate\`:\n${lines.join("\n")}\n`);
  return 1;
}

function reportError(error: unknown): number {
  if (error instanceof DiagnosticsError) {
    const text = error.diagnostics.map((d) => formatDiagnostic(d, process.cwd())).join("\n\n");
    const count = error.diagnostics.length;
    process.stderr.write(
      `${text}\n\n${count} problem${count === 1 ? "" : "s"} in the spec; nothing was written.\n`,
    );
    return 1;
  }
  if (error instanceof ForeignOutputError) {
    process.stderr.write(
      `error: ${error.message}\n  hint: pass --out a folder that is empty, missing, or was written by this generator.\n`,
    );
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `internal error: ${message}\nThis is a bug in the generator, not in your spec.\n`,
  );
  return 2;
}

/** A folder is ours when its package.json carries our marker. */
async function isGeneratedFolder(read: ReadExisting): Promise<boolean> {
  try {
    const manifest = JSON.parse((await read("package.json")) ?? "{}") as { generatedBy?: unknown };
    return manifest.generatedBy === GENERATED_MARKER;
  } catch {
    return false;
  }
}

function formatTimings(timings: Readonly<Record<string, number>>): string {
  const stages = Object.entries(timings).map(([stage, ms]) => `${stage} ${ms.toFixed(0)} ms`);
  // maxRSS is in kilobytes and covers the formatter thread too.
  const peak = Math.round(process.resourceUsage().maxRSS / 1024);
  return `${stages.join(", ")}; peak memory ${peak} MB`;
}
