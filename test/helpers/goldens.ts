/**
 * The golden cases: each fixture spec with the folder holding its expected output. The main spec's
 * golden copy is `generated/` itself.
 */
import { existsSync, readdirSync } from "node:fs";
import { FIXTURES, GENERATED, MAIN_SPEC } from "./paths.js";

export interface GoldenCase {
  readonly name: string;
  readonly spec: string;
  readonly expected: string;
}

/** Every golden case, main spec first, then fixtures by name. */
export function goldenCases(): GoldenCase[] {
  const fixtures = readdirSync(FIXTURES, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(`${FIXTURES}/${e.name}/spec/openapi.yaml`))
    .map((e) => e.name)
    .sort();
  return [
    { name: "main", spec: MAIN_SPEC, expected: GENERATED },
    ...fixtures.map((name) => ({
      name,
      spec: `${FIXTURES}/${name}/spec/openapi.yaml`,
      expected: `${FIXTURES}/${name}/expected`,
    })),
  ];
}
