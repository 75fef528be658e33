/**
 * The compile stage: one program per file must give exactly what TypeScript's own
 * `transpileModule` and `transpileDeclaration` give, and refuse what they refuse.
 */
import { readdirSync, readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { COMPILER_OPTIONS, compileFiles, copiedToDist } from "../../generator/compile.js";
import { compileFilesAsync, startCompiler } from "../../generator/compile-thread.js";

const RUNTIME = new URL("../../templates/runtime/", import.meta.url);

const runtimeFiles = readdirSync(RUNTIME)
  .filter((name) => name.endsWith(".ts"))
  .sort()
  .map((name) => ({
    path: `src/runtime/${name}`,
    contents: readFileSync(new URL(name, RUNTIME), "utf8"),
  }));

describe("compileFiles", () => {
  it.each(runtimeFiles.map((file) => [file.path, file] as const))(
    "%s: the same .js and .d.ts as transpileModule and transpileDeclaration",
    (_path, file) => {
      const [js, dts] = compileFiles([file]);
      const options = { compilerOptions: COMPILER_OPTIONS, fileName: file.path };
      expect(js!.path).toBe(file.path.replace(/^src\//, "dist/").replace(/\.ts$/, ".js"));
      expect(js!.contents).toBe(ts.transpileModule(file.contents, options).outputText);
      expect(dts!.path).toBe(file.path.replace(/^src\//, "dist/").replace(/\.ts$/, ".d.ts"));
      expect(dts!.contents).toBe(ts.transpileDeclaration(file.contents, options).outputText);
      expect(dts!.contents).toMatch(/export declare|export (interface|type|\{)/);
    },
  );

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
