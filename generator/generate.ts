/**
 * The pipeline, top to bottom: load → validate → bundle → upgrade (OpenAPI 3.0 schemas read as 3.1) → model → emit → compile and format
 * (in parallel) → format the compiled files. Returns the files; never writes. Throws `DiagnosticsError` with every problem found.
 */
import { diagnostic, DiagnosticsError, sortDiagnostics, type Diagnostic } from "./diagnostics.js";
import { EMITTERS, type EmitOutput } from "./emit/index.js";
import { sortFiles, type OutputFile } from "./files.js";
import { formatFiles, startFormatter } from "./format.js";
import { bundleSpec, loadSpec, locate } from "./load.js";
import { buildModel } from "./model/build.js";
import { securityProblems } from "./model/security.js";
import { upgradeSchemas } from "./model/upgrade.js";
import { loadTemplates } from "./templates.js";
import { validateSpec, validationConfig } from "./validate.js";

/** What to generate from. */
export interface GenerateOptions {
  readonly specPath: string;
  /** Defaults to the generator's own `templates/`. */
  readonly templatesDir?: string;
  /** Compile the runtime even when the committed compiled copy is current (tests compare both). */
  readonly freshRuntime?: boolean;
}

/**
 * The generated files (sorted by path), the warnings about the spec, the spec files read, and how
 * long each stage took (ms).
 */
export interface GenerateResult {
  readonly files: readonly OutputFile[];
  readonly warnings: readonly Diagnostic[];
  readonly specFiles: readonly string[];
  readonly timings: Readonly<Record<string, number>>;
}

/** Runs the whole pipeline in memory. */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  startFormatter();
  const timings: Record<string, number> = {};
  const time = async <T>(stage: string, run: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await run();
    timings[stage] = (timings[stage] ?? 0) + performance.now() - start;
    return result;
  };
  // The spec is read in a function of its own, so that the loaded and bundled documents (and
  // Redocly's syntax trees) can be collected once the model is built.
  const [{ model, warnings, specFiles }, templates] = await Promise.all([
    specModel(options.specPath, time),
    loadTemplates(options.templatesDir, options.freshRuntime),
  ]);
  const emitted: OutputFile[] = [];
  const emitWarnings: { pointer: string; message: string }[] = [];
  const formatting: Promise<OutputFile[]>[] = [];
  for (const emitter of EMITTERS) {
    // Modules load in turn (see emit/index.ts); each one's files go to the formatter thread at
    // once, so it formats while this thread emits and compiles. Dist files are formatted after
    // compiling, so compiling the unformatted text changes nothing but the order of work.
    const emit = await time("load", () => emitter.load());
    const output: EmitOutput = await time(`emit:${emitter.name}`, () => emit(model, templates));
    const files = Array.isArray(output) ? output : output.files;
    if (!Array.isArray(output)) emitWarnings.push(...output.warnings);
    emitted.push(...files);
    formatting.push(formatFiles(files));
  }
  const { compileFiles, copiedToDist } = await import("./compile.js");
  const compiled = await time("compile", () => compileFiles(emitted));
  const sources = (await time("format", () => Promise.all(formatting))).flat();
  const outputs = await time("format", () => formatFiles(compiled));
  const files = [...sources, ...outputs, ...copiedToDist(sources)].map(({ path, contents }) => ({
    path,
    contents,
  }));
  const located = await locateWarnings(options.specPath, emitWarnings);
  return {
    files: uniquePaths(sortFiles(files)),
    warnings: [...warnings, ...located],
    specFiles,
    timings,
  };
}

/**
 * Emitters' warnings (rare: a mock default no value satisfies), located in the root document,
 * which is read again only then, so the common run keeps no parsed source alive.
 */
async function locateWarnings(
  specPath: string,
  found: readonly { pointer: string; message: string }[],
): Promise<Diagnostic[]> {
  if (found.length === 0) return [];
  const { source } = (await loadSpec(specPath)).document;
  return sortDiagnostics(
    found.map(({ pointer, message }) =>
      diagnostic({
        code: "mock-default",
        severity: "warning",
        message,
        ...locate({ source, pointer }),
      }),
    ),
  );
}

type Timer = <T>(stage: string, run: () => T | Promise<T>) => Promise<T>;

/** Load → validate → bundle → model: the model, the warnings, and the spec files read. */
async function specModel(specPath: string, time: Timer) {
  const loaded = await time("load", () => loadSpec(specPath));
  const problems = sortDiagnostics([
    ...(await time("validate", () => validateSpec(loaded))),
    ...securityProblems(loaded), // option names and security extensions (model/security.ts)
  ]);
  const errors = problems.filter((problem) => problem.severity === "error");
  if (errors.length > 0) throw new DiagnosticsError(errors);
  const warnings = problems.filter((problem) => problem.severity === "warning");
  const bundled = await time("bundle", async () => bundleSpec(loaded, await validationConfig()));
  const model = await time("model", () => buildModel(upgradeSchemas(bundled)));
  return { model, warnings, specFiles: bundled.files };
}

/** Two emitters writing one path is a generator bug: stop before anything is written. */
function uniquePaths(files: OutputFile[]): OutputFile[] {
  const twice = files.find((file, index) => index > 0 && files[index - 1]!.path === file.path);
  if (twice !== undefined) throw new Error(`${twice.path} was emitted twice`);
  return files;
}
