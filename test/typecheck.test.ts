/**
 * The generated code compiles under strict settings: each golden tree's TypeScript sources, and a
 * consumer file that imports the main package by name (through its `exports` map and `.d.ts`),
 * calls every operation, and proves with `@ts-expect-error` that wrong enum values, missing
 * required fields and wrong path parameters do not compile.
 */
import { copyFile, writeFile } from "node:fs/promises";
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { goldenCases } from "./helpers/goldens.js";
import { linkPackage } from "./helpers/link.js";
import { GENERATED, ROOT } from "./helpers/paths.js";
import { typeErrors } from "./helpers/typecheck.js";

describe.each(goldenCases())("type-check: $name", ({ expected }) => {
  it("its src/**/*.ts has no type errors under strict settings", () => {
    const sources = readdirSync(`${expected}/src`, { recursive: true, encoding: "utf8" })
      .filter((path) => path.endsWith(".ts"))
      .map((path) => `${expected}/src/${path}`);
    expect(sources.length).toBeGreaterThan(5);
    expect(typeErrors(sources)).toEqual([]);
  });
});

describe("the type-check helper itself", () => {
  it("reports a real error (so an empty list above means something)", async () => {
    const project = await linkPackage(GENERATED, "typecheck-sanity");
    const file = `${project.root}/wrong.ts`;
    await writeFile(file, 'const n: number = "text";\nexport { n };\n');
    expect(typeErrors([file])).toEqual([
      `${file}:1 Type 'string' is not assignable to type 'number'.`,
    ]);
  });
});

describe("consumer of the main package", () => {
  it("compiles, and each @ts-expect-error line is a real error", async () => {
    const project = await linkPackage(GENERATED, "consumer");
    const consumer = `${project.root}/consumer.ts`;
    await copyFile(`${ROOT}/test/consumer/consumer.ts`, consumer);
    expect(typeErrors([consumer])).toEqual([]);
  });
});
