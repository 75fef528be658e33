/**
 * The command line: `cf-sdk-generate [--spec file] [--out dir] [--check] [--watch]
 * [--cache-dir dir | --no-cache]`. The only module that touches `process`, stdout and stderr.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { DiagnosticsError, formatDiagnostic, formatWarnings } from "./diagnostics.js";
import { GENERATED_MARKER } from "./files.js";
import type { GenerateResult } from "./generate.js";
import { startFormatter } from "./format.js";
import { watch } from "./watch.js";
import {
  checkOutput,
  ForeignOutputError,
  isClean,
  writeOutput,
  type OutputStatus,
} from "./write.js";

const HELP = `Usage: cf-sdk-generate [options]

Generates a typed TypeScript client package (types, client, docs) from an OpenAPI 3.1 spec.

Options:
  --spec <file>  the root OpenAPI document (default: spec/openapi.yaml)
  --out <dir>    the output folder (default: generated)
  --check        write nothing; exit 1 and list the stale files when the output folder
                 is not exactly what the spec and templates produce
  --watch        regenerate whenever the spec or the templates change
  --cache-dir <dir>
                 reuse earlier work kept in this folder (default:
                 node_modules/.cache/cf-sdk-generate); the output is the same without it
  --no-cache     keep and use no cache (the default when CI is set and no --cache-dir is given)
  -h, --help     show this help

Exit codes: 0 done (or up to date), 1 a problem in the spec or a stale output folder,
2 a usage error or an internal error.`;

/** Parsed command-line options. */
export interface CliOptions {
  readonly spec: string;
  readonly out: string;
  readonly check: boolean;
  readonly watch: boolean;
  readonly help: boolean;
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
  if (options.watch) return watch(options, runOnce);
  return runOnce(options);
}

/** One generation (or check); prints its result; returns the exit code. */
export async function runOnce(options: CliOptions): Promise<number> {
  const started = performance.now();
  const outDir = resolve(options.out);
  try {
    const { files, warnings, timings } = await generateCached(options);
    if (warnings.length > 0) process.stderr.write(formatWarnings(warnings, process.cwd()));
    if (process.env["CF_SDK_TIMINGS"]) process.stderr.write(`${formatTimings(timings)}\n`);
    if (options.check) return reportCheck(options.out, await checkOutput(outDir, files));
    const report = await writeOutput(outDir, files, isGeneratedFolder);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    process.stdout.write(
      `Generated ${files.length} files in ${options.out} from ${options.spec}: ` +
        `${report.written.length} written, ${report.removed.length} removed, ${report.unchanged} unchanged (${seconds} s)\n`,
    );
    return 0;
  } catch (error) {
    return reportError(error);
  }
}

/**
 * A whole run from the cache when its inputs are unchanged (the pipeline is then never loaded),
 * else the pipeline, its stages reusing what they can, and the run filed for next time.
 */
async function generateCached(options: CliOptions): Promise<GenerateResult> {
  const started = performance.now();
  const { openCache, runKey, cachedRun, storeRun } = await import("./run-cache.js");
  const cache = options.cacheDir === undefined ? undefined : await openCache(options.cacheDir);
  const key = cache === undefined ? undefined : await runKey(cache, { specPath: options.spec });
  const hit = key === undefined ? undefined : await cachedRun(cache!, key);
  if (hit !== undefined) {
    await cache!.settle();
    return { ...hit, timings: { cache: performance.now() - started } };
  }
  // The formatter thread starts first, to load prettier while this one loads the pipeline.
  startFormatter();
  // Loaded on first use, so --help, usage errors and cached runs never load it.
  const { generate } = await import("./generate.js");
  const result = await generate({ specPath: options.spec, ...(cache ? { cache } : {}) });
  if (cache !== undefined) {
    await storeRun(cache, key!, result);
    await cache.settle();
  }
  return result;
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
function isGeneratedFolder(existing: ReadonlyMap<string, string>): boolean {
  try {
    const manifest = JSON.parse(existing.get("package.json") ?? "{}") as { generatedBy?: unknown };
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
