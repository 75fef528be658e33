/**
 * The change report's judges are real: every edit of test/helpers/diff-edits.ts is made to one
 * spec, both specs are generated into packages, and what the report says of each edit is held to
 * what happens to a consumer of the old package: its TypeScript type-checked against the new one,
 * the request bodies the old validators accepted run through the new ones, and the response bodies
 * the new validators accept run through the old ones. Breaking exactly when the consumer breaks.
 * Two generations and two type-checks for the whole table.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareSpecs, type Change, type ChangeReport } from "../generator/diff/index.js";
import { generate } from "../generator/generate.js";
import { EDITS, specOf, type Edit } from "./helpers/diff-edits.js";
import { linkPackage } from "./helpers/link.js";
import { TMP } from "./helpers/paths.js";
import { typeErrors } from "./helpers/typecheck.js";

interface Validator {
  is(value: unknown): boolean;
}
interface Validators {
  requestBodies: Record<string, Validator | undefined>;
  responses: Record<string, Validator | undefined>;
}
interface Side {
  readonly dir: string;
  readonly doc: Record<string, unknown>;
  readonly validators: Validators;
  /** Type errors per edit name, of each consumer file against this package. */
  readonly errors: Map<string, string[]>;
}

const WORK = `${TMP}/diff-judged-${process.pid}`;
const LEVELS = ["none", "info", "non-breaking", "breaking"] as const;
let before: Side;
let after: Side;
let report: ChangeReport;

/** Generates one spec into a package folder and loads its validators. */
async function build(when: "before" | "after"): Promise<Omit<Side, "errors">> {
  const specPath = `${WORK}/${when}.json`;
  await writeFile(specPath, JSON.stringify(specOf(EDITS, when), null, 2));
  const { files } = await generate({ specPath });
  const dir = `${WORK}/${when}`;
  for (const file of files) {
    await mkdir(dirname(`${dir}/${file.path}`), { recursive: true });
    await writeFile(`${dir}/${file.path}`, file.contents);
  }
  const spec = files.find((file) => file.path === "openapi.json")!;
  const validators = (await import(`${dir}/dist/validators.js`)) as Validators;
  return { dir, doc: JSON.parse(spec.contents) as Record<string, unknown>, validators };
}

/** The consumer file of an edit: its statements, calling the operation as it was named before. */
function consumerFile(edit: Edit, packageName: string): string {
  const op =
    edit.before === undefined ? "" : `import { ${edit.name} as op } from "${packageName}";\n`;
  return (
    `import type { BaseClient } from "${packageName}";\n${op}` +
    `declare const base: BaseClient;\n\nexport async function run(): Promise<void> {\n${edit.consumer}\n}\n`
  );
}

/** Type-checks every consumer file against one package, grouping errors by edit. */
async function typeCheck(
  side: Omit<Side, "errors">,
  label: string,
): Promise<Map<string, string[]>> {
  const project = await linkPackage(side.dir, label);
  const files = new Map<string, string>();
  for (const edit of EDITS) {
    const path = `${project.root}/${edit.name}.ts`;
    await writeFile(path, consumerFile(edit, project.packageName));
    files.set(path, edit.name);
  }
  const errors = new Map<string, string[]>(EDITS.map((edit) => [edit.name, []]));
  for (const error of typeErrors([...files.keys()])) {
    const path = error.slice(0, error.indexOf(":"));
    const name = files.get(path);
    if (name === undefined) throw new Error(`a type error outside the consumer files: ${error}`);
    errors.get(name)!.push(error);
  }
  return errors;
}

beforeAll(async () => {
  await rm(WORK, { recursive: true, force: true });
  await mkdir(WORK, { recursive: true });
  // One after the other: each generation already keeps both cores busy.
  const old = await build("before");
  const next = await build("after");
  before = { ...old, errors: await typeCheck(old, "diff-judged-before") };
  after = { ...next, errors: await typeCheck(next, "diff-judged-after") };
  report = compareSpecs(before.doc, after.doc);
}, 300_000);

afterAll(async () => {
  await rm(WORK, { recursive: true, force: true });
});

/** The changes the report ties to an edit's operation (under its old or new operationId). */
function changesOf(edit: Edit): Change[] {
  const ids = new Set([
    edit.before?.operation["operationId"],
    edit.after?.operation["operationId"],
  ]);
  return report.changes.filter((change) => ids.has(change.operationId));
}

function levelOf(changes: readonly Change[]): (typeof LEVELS)[number] {
  return LEVELS[Math.max(0, ...changes.map((change) => LEVELS.indexOf(change.level)))]!;
}

/** What happens to the consumer: each way it broke. */
function breakage(edit: Edit): string[] {
  const broken = [...after.errors.get(edit.name)!];
  for (const body of edit.requests ?? []) {
    if (after.validators.requestBodies[edit.name]?.is(body) !== true)
      broken.push(`the new request validator rejects ${JSON.stringify(body)}`);
  }
  for (const body of edit.responses ?? []) {
    const old = before.validators.responses[edit.name];
    if (old !== undefined && !old.is(body))
      broken.push(`the old response validator rejects ${JSON.stringify(body)}`);
  }
  return broken;
}

describe("the judged edits", () => {
  it("cover at least 40 kinds of edit", () => {
    const kinds = new Set(EDITS.map((edit) => edit.kind).filter(Boolean));
    expect(kinds.size).toBeGreaterThanOrEqual(40);
  });

  describe.each(EDITS.map((edit) => [edit.name, edit] as const))("%s", (_name, edit) => {
    it("is what the consumer used before: its file compiles and its payloads pass", () => {
      expect(before.errors.get(edit.name)).toEqual([]);
      for (const body of edit.requests ?? [])
        expect(before.validators.requestBodies[edit.name]?.is(body), JSON.stringify(body)).toBe(
          true,
        );
      for (const body of edit.responses ?? [])
        expect(after.validators.responses[edit.name]?.is(body), JSON.stringify(body)).toBe(true);
    });

    it(`is reported ${edit.expected}${edit.kind === undefined ? "" : ` (${edit.kind})`}`, () => {
      const changes = changesOf(edit);
      expect(levelOf(changes), JSON.stringify(changes, null, 2)).toBe(edit.expected);
      if (edit.kind !== undefined)
        expect(changes.map((change) => change.kind)).toContain(edit.kind);
    });

    it.skipIf(edit.unobservable !== undefined)(
      "breaks the consumer exactly when the report says breaking",
      () => {
        const broken = breakage(edit);
        if (edit.expected === "breaking")
          expect(broken.length, "the consumer still works").toBeGreaterThan(0);
        else expect(broken).toEqual([]);
      },
    );
  });

  it("prints how many kinds the compiler and the validators confirmed", () => {
    const kinds = new Set(EDITS.map((edit) => edit.kind).filter(Boolean));
    const judged = EDITS.filter((edit) => edit.unobservable === undefined);
    const confirmed = judged.filter(
      (edit) => breakage(edit).length > 0 === (edit.expected === "breaking"),
    );
    const confirmedKinds = new Set(confirmed.map((edit) => edit.kind).filter(Boolean));
    console.log(
      `judged edits: ${EDITS.length} edits of ${kinds.size} kinds; the compiler and validators confirmed ` +
        `${confirmed.length} edits (${confirmedKinds.size} kinds); ${EDITS.length - judged.length} not observable by them`,
    );
    expect(confirmed.length).toBe(judged.length);
  });
});
