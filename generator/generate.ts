/**
 * The pipeline, top to bottom: load → validate → bundle → model → emit → compile and format
 * (in parallel) → format the compiled files. Returns the files; never writes. Throws `DiagnosticsError` with every problem found.
 */
import { DiagnosticsError, sortDiagnostics } from "./diagnostics.js";
import { sortFiles, type OutputFile } from "./files.js";
import { formatFiles, startFormatter } from "./format.js";
import { bundleSpec, loadSpec } from "./load.js";
import { buildModel } from "./model/build.js";
import { loadTemplates } from "./templates.js";
import { validateSpec, validationConfig } from "./validate.js";

/** What to generate from. */
export interface GenerateOptions {
  readonly specPath: string;
  /** Defaults to the generator's own `templates/`. */
  readonly templatesDir?: string;
}

/** The generated files (sorted by path), the spec files read, and how long each stage took (ms). */
export interface GenerateResult {
  readonly files: readonly OutputFile[];
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
  const [loaded, templates] = await time("load", () =>
    Promise.all([loadSpec(options.specPath), loadTemplates(options.templatesDir)]),
  );
  const problems = await time("validate", () => validateSpec(loaded));
  if (problems.length > 0) throw new DiagnosticsError(sortDiagnostics(problems));
  const bundled = await time("bundle", async () => bundleSpec(loaded, await validationConfig()));
  const model = await time("model", () => buildModel(bundled));
  // Loaded only now: the TypeScript compiler is most of start-up, and a broken spec never needs it.
  const [{ EMITTERS }, { compileFiles, copiedToDist }] = await time("load", () =>
    Promise.all([import("./emit/index.js"), import("./compile.js")]),
  );
  const emitted: OutputFile[] = [];
  for (const emitter of EMITTERS)
    emitted.push(...(await time(`emit:${emitter.name}`, () => emitter.emit(model, templates))));
  // The worker formats the sources while this thread compiles them (dist is formatted afterwards,
  // so compiling the unformatted text changes nothing but the order of work).
  const formatting = formatFiles(emitted);
  const compiled = await time("compile", () => compileFiles(emitted));
  const sources = await time("format", () => formatting);
  const outputs = await time("format", () => formatFiles(compiled));
  const files = [...sources, ...outputs, ...copiedToDist(sources)].map(({ path, contents }) => ({
    path,
    contents,
  }));
  return { files: sortFiles(files), specFiles: bundled.files, timings };
}
