/**
 * The compile stage (oxc, see generator/transpile.mjs): the same program and declarations as
 * TypeScript's own `transpileModule` and `transpileDeclaration`, up to layout, with the same
 * JSDoc; and a refusal of what they refuse.
 */
import { readdirSync, readFileSync } from "node:fs";
import { transformSync } from "esbuild";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { compileFiles, copiedToDist } from "../../generator/compile.js";
import { compileFilesAsync, startCompiler } from "../../generator/compile-thread.js";

const RUNTIME = new URL("../../templates/runtime/", import.meta.url);

const runtimeFiles = readdirSync(RUNTIME)
  .filter((name) => name.endsWith(".ts"))
  .sort()
  .map((name) => ({
    path: `src/runtime/${name}`,
    contents: readFileSync(new URL(name, RUNTIME), "utf8"),
  }));

/** The options the package was compiled with by TypeScript, before oxc. */
const TYPESCRIPT_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  verbatimModuleSyntax: true,
  isolatedDeclarations: true,
  declaration: true,
  removeComments: false,
  newLine: ts.NewLineKind.LineFeed,
};

/**
 * JavaScript without layout or comments. TypeScript keeps what `verbatimModuleSyntax` leaves of an
 * import or re-export of types only (`import a, {} from`, `export {} from`), which loads nothing
 * new: oxc drops it.
 */
function program(js: string): string {
  return transformSync(js, { minifyWhitespace: true, legalComments: "none", format: "esm" })
    .code.replace(/,\{\}from/g, " from")
    .replace(/export\{\}from"[^"]*";/g, "");
}

/** Declarations without layout or comments; `override` is a check TypeScript drops and oxc keeps. */
function declarations(dts: string): string {
  const file = ts.createSourceFile("x.d.ts", dts, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  return ts
    .createPrinter({ removeComments: true })
    .printFile(file)
    .replace(/\boverride /g, "");
}

/** The JSDoc comments of a text, each without its indentation. */
function jsdoc(text: string): string[] {
  return (text.match(/\/\*\*[\s\S]*?\*\//g) ?? []).map((c) => c.replace(/\n\s*\*/g, "\n *"));
}

describe("compileFiles", () => {
  it.each(runtimeFiles.map((file) => [file.path, file] as const))(
    "%s: the program and declarations of transpileModule and transpileDeclaration, with their JSDoc",
    (_path, file) => {
      const [js, dts] = compileFiles([file]);
      const options = { compilerOptions: TYPESCRIPT_OPTIONS, fileName: file.path };
      const typescriptJs = ts.transpileModule(file.contents, options).outputText;
      const typescriptDts = ts.transpileDeclaration(file.contents, options).outputText;
      expect(js!.path).toBe(file.path.replace(/^src\//, "dist/").replace(/\.ts$/, ".js"));
      expect(program(js!.contents)).toBe(program(typescriptJs));
      expect(dts!.path).toBe(file.path.replace(/^src\//, "dist/").replace(/\.ts$/, ".d.ts"));
      expect(declarations(dts!.contents)).toBe(declarations(typescriptDts));
      expect(jsdoc(dts!.contents)).toEqual(jsdoc(typescriptDts));
      expect(dts!.contents).toMatch(/export declare|export (interface|type|\{)/);
    },
  );

  it("keeps a file's header above an import of types, as TypeScript does", () => {
    const contents =
      '// Generated. Do not edit.\n\nimport type { A } from "./a.js";\n\n/** Doc. */\nexport const a: A = 1;\n';
    const [js, dts] = compileFiles([{ path: "src/a.ts", contents }]);
    expect(js!.contents).toBe("// Generated. Do not edit.\n/** Doc. */\nexport const a = 1;\n");
    expect(dts!.contents).toBe(
      'import type { A } from "./a.js";\n/** Doc. */\nexport declare const a: A;\n',
    );
  });

  it("refuses a file whose declarations need the type checker, naming file and position", () => {
    const file = {
      path: "src/bad.ts",
      contents: "export const a = 1;\nexport const b = Math.max(a, 2);\n",
    };
    expect(() => compileFiles([file])).toThrow(/^Generated src\/bad\.ts does not compile: 2:14 /);
  });

  it("refuses a syntax error", () => {
    const file = { path: "src/broken.ts", contents: "export const = ;\n" };
    expect(() => compileFiles([file])).toThrow(
      /^Generated src\/broken\.ts does not compile: 1:14 /,
    );
  });

  it("writes a types-only file's declarations as they are, and an empty module", () => {
    const contents = "// header\nexport interface A {\n  a: string;\n}\n";
    const out = compileFiles([{ path: "src/types.ts", contents, typesOnly: true }]);
    expect(out).toEqual([
      { path: "dist/types.js", contents: "// header\n\nexport {};\n" },
      { path: "dist/types.d.ts", contents },
    ]);
  });

  it("leaves JavaScript, declarations and precompiled files to be copied", () => {
    const files = [
      { path: "src/validators/ajv.js", contents: "export const v = 1;\n" },
      { path: "src/validators/ajv.d.ts", contents: "export declare const v: number;\n" },
      { path: "src/runtime/done.ts", contents: "export const d = 1;\n", precompiled: true },
      { path: "README.md", contents: "# x\n" },
    ];
    expect(compileFiles(files)).toEqual([]);
    expect(copiedToDist(files).map((file) => file.path)).toEqual([
      "dist/validators/ajv.js",
      "dist/validators/ajv.d.ts",
    ]);
  });
});

describe("compileFilesAsync (the pipeline's compile stage)", () => {
  it("gives what compileFiles gives, in this thread and on the compiler thread", async () => {
    const files = [
      ...runtimeFiles,
      { path: "src/types.ts", contents: "export type A = 1;\n", typesOnly: true },
      { path: "src/runtime/done.ts", contents: "export const d = 1;\n", precompiled: true },
    ];
    const inProcess = compileFiles(files);
    expect(await compileFilesAsync(files)).toEqual(inProcess);
    startCompiler();
    expect(await compileFilesAsync(files)).toEqual(inProcess);
  });

  it("fails with the file's message on the compiler thread too", async () => {
    startCompiler();
    const file = { path: "src/broken.ts", contents: "export const = ;\n" };
    await expect(compileFilesAsync([file])).rejects.toThrow(
      /^Generated src\/broken\.ts does not compile: 1:14 /,
    );
  });
});
