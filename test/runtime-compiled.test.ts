/**
 * The committed compiled runtime (templates/runtime/compiled) is current, and exactly what
 * compiling the runtime afresh produces, so using it changes nothing but generation time.
 */
import { describe, expect, it } from "vitest";
import { generate } from "../generator/generate.js";
import { loadTemplates } from "../generator/templates.js";
import { FIXTURES } from "./helpers/paths.js";

describe("templates/runtime/compiled", () => {
  it("matches the runtime sources and toolchain (else run `npm run golden:update`)", async () => {
    const templates = await loadTemplates();
    expect(templates.runtimeCompiled?.map((f) => f.path)).toEqual(
      templates.runtime
        .flatMap((f) => [f.path.replace(/\.ts$/, ".d.ts"), f.path.replace(/\.ts$/, ".js")])
        .sort(),
    );
  });

  it("a generation that compiles the runtime afresh gives byte-identical files", async () => {
    const spec = `${FIXTURES}/minimal/spec/openapi.yaml`;
    const [reused, fresh] = await Promise.all([
      generate({ specPath: spec }),
      generate({ specPath: spec, freshRuntime: true }),
    ]);
    expect(fresh.files).toEqual(reused.files);
  });
});
