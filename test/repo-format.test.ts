/**
 * The runtime templates are copied into every package without re-formatting (it saves a third of
 * generation time), so they must already be prettier-clean with the repository's config.
 */
import { readdirSync, readFileSync } from "node:fs";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/paths.js";

const config = JSON.parse(readFileSync(`${ROOT}/.prettierrc.json`, "utf8")) as prettier.Options;
const runtime = readdirSync(`${ROOT}/templates/runtime`).filter((name) => name.endsWith(".ts"));

describe("templates/runtime is prettier-clean", () => {
  it.each(runtime)("%s", async (name) => {
    const text = readFileSync(`${ROOT}/templates/runtime/${name}`, "utf8");
    expect(await prettier.check(text, { ...config, parser: "typescript" })).toBe(true);
  });
});
