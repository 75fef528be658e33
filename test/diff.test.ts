/**
 * The change report on specs built in memory: the main spec with the edits of the issue's
 * acceptance, components reached by several operations, `$ref` reshuffles, recursive schemas,
 * the version rule and the changelog. Pure functions: no generation, no files.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { latestVersionProblem, nextChangelog } from "../generator/diff/changelog.js";
import { compareSpecs, KINDS, type ChangeReport } from "../generator/diff/index.js";
import { formatReport, reportJson } from "../generator/diff/report.js";
import { versionProblem } from "../generator/diff/semver.js";
import { GENERATED, ROOT } from "./helpers/paths.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const MAIN: Json = JSON.parse(readFileSync(`${GENERATED}/openapi.json`, "utf8"));
const copy = (): Json => structuredClone(MAIN);
const VERSION: string = MAIN.info.version;
const [MAJOR, MINOR] = VERSION.split(".").map(Number) as [number, number];

/** Every operation of a document, with its operationId and object. */
function operations(doc: Json): { id: string; op: Json }[] {
  return Object.values(doc.paths as Json).flatMap((item: Json) =>
    Object.values(item)
      .filter((op: Json) => typeof op?.operationId === "string")
      .map((op: Json) => ({ id: op.operationId, op })),
  );
}

describe("the main spec, edited as in the issue's acceptance", () => {
  it("dropping an appeal reason is breaking for requestMitigationReview, at the enum, and needs a major", () => {
    const next = copy();
    const reason = next.components.schemas.MitigationAppeal.properties.reason;
    reason.enum = reason.enum.filter((value: string) => value !== "misclassified");
    const report = compareSpecs(MAIN, next);
    expect(report.changes).toEqual([
      {
        operationId: "requestMitigationReview",
        pointer: "#/components/schemas/MitigationAppeal/properties/reason/enum",
        kind: "enum-value-removed",
        level: "breaking",
        message:
          'request value "misclassified" removed: payloads and comparisons using the value no longer pass',
      },
    ]);
    expect(report.bump).toBe("major");
    expect(versionProblem(report)).toContain(`new major version (${MAJOR + 1}.0.0 or later)`);
    next.info.version = `${MAJOR + 1}.0.0`;
    expect(versionProblem(compareSpecs(MAIN, next))).toBeUndefined();
  });

  it("an optional field in the miscategorization body is one non-breaking change, a minor", () => {
    const next = copy();
    next.components.schemas.Miscategorization.properties.note = { type: "string" };
    const report = compareSpecs(MAIN, next);
    expect(report.changes.map((c) => [c.operationId, c.kind, c.level])).toEqual([
      ["createMiscategorization", "property-added", "non-breaking"],
    ]);
    expect(report.bump).toBe("minor");
    expect(versionProblem(report)).toContain(
      `new minor version (${MAJOR}.${MINOR + 1}.0 or later)`,
    );
  });

  it("a description-only edit is info and a patch", () => {
    const next = copy();
    next.components.schemas.Miscategorization.description = "Ask to re-categorise an indicator.";
    const report = compareSpecs(MAIN, next);
    expect(report.changes.length).toBeGreaterThan(0);
    expect(new Set(report.changes.map((c) => c.level))).toEqual(new Set(["info"]));
    expect(report.bump).toBe("patch");
    expect(versionProblem(report)).toBeUndefined();
  });

  it("a shared component's change is reported once for each operation that reaches it", () => {
    const next = copy();
    next.components.schemas.ErrorEnvelope.properties.errors.description = "What went wrong.";
    const reaching = operations(MAIN)
      .filter(({ op }) => JSON.stringify(op.responses).includes("#/components/responses/Failure"))
      .map(({ id }) => id);
    expect(reaching.length).toBeGreaterThan(1);
    const report = compareSpecs(MAIN, next);
    expect(report.changes.map((c) => c.operationId).sort()).toEqual(reaching.sort());
    expect(new Set(report.changes.map((c) => c.pointer))).toEqual(
      new Set(["#/components/schemas/ErrorEnvelope/properties/errors/description"]),
    );
  });

  it("a limit tightened in a shared parameter is breaking for each operation using it", () => {
    const next = copy();
    const [name, parameter] = Object.entries(next.components.parameters as Json).find(
      ([, p]) => p.in === "path",
    )!;
    parameter.schema = { ...parameter.schema, maxLength: 8 };
    const ref = JSON.stringify(`#/components/parameters/${name}`);
    const users = Object.values(MAIN.paths as Json)
      .filter((item) => JSON.stringify(item).includes(ref))
      .flatMap((item) => operations({ paths: { item } }).map(({ id }) => id));
    expect(users.length).toBeGreaterThan(1);
    const report = compareSpecs(MAIN, next);
    expect(new Set(report.changes.map((c) => [c.level, c.kind].join(" ")))).toEqual(
      new Set([`breaking max-length-decreased`]),
    );
    expect(report.changes.map((c) => c.operationId).sort()).toEqual(users.sort());
  });

  it("an unchanged spec reports nothing; no earlier spec reports nothing, bump none", () => {
    expect(compareSpecs(MAIN, copy())).toEqual({
      from: VERSION,
      to: VERSION,
      bump: "none",
      changes: [],
    });
    expect(compareSpecs(undefined, MAIN)).toEqual({
      from: "",
      to: VERSION,
      bump: "none",
      changes: [],
    });
  });

  it("renaming every component schema (same shapes) reports nothing", () => {
    const text = JSON.stringify(MAIN).replace(
      /#\/components\/schemas\/([A-Za-z]+)/g,
      "#/components/schemas/Renamed$1",
    );
    const next = JSON.parse(text) as Json;
    next.components.schemas = Object.fromEntries(
      Object.entries(next.components.schemas as Json).map(([name, schema]) => [
        `Renamed${name}`,
        schema,
      ]),
    );
    expect(compareSpecs(MAIN, next).changes).toEqual([]);
  });
});

/** A spec with one schema component used by two operations' bodies. */
function twoOperations(tree: Json): Json {
  const op = (id: string) => ({
    operationId: id,
    requestBody: {
      content: { "application/json": { schema: { $ref: "#/components/schemas/Tree" } } },
    },
    responses: { "204": { description: "Done." } },
  });
  return {
    openapi: "3.1.0",
    info: { title: "T", version: "1.0.0" },
    paths: { "/a": { post: op("first") }, "/b": { put: op("second") } },
    components: { schemas: { Tree: tree } },
  };
}

const tree = (values: string[]): Json => ({
  type: "object",
  properties: {
    kind: { enum: values },
    children: { type: "array", items: { $ref: "#/components/schemas/Tree" } },
  },
});

describe("recursive schemas and removals", () => {
  it("a recursive schema compares in finite time, each change once per operation", () => {
    const report = compareSpecs(twoOperations(tree(["x", "y"])), twoOperations(tree(["x"])));
    expect(report.changes.map((c) => [c.operationId, c.kind, c.pointer])).toEqual([
      ["first", "enum-value-removed", "#/components/schemas/Tree/properties/kind/enum"],
      ["second", "enum-value-removed", "#/components/schemas/Tree/properties/kind/enum"],
    ]);
  });

  it("keywords beside a $ref belong to their site: two sites of one target are judged apart", () => {
    const spec = (limit: number): Json =>
      twoOperations({
        type: "object",
        properties: {
          short: { $ref: "#/components/schemas/Name", maxLength: limit },
          plain: { $ref: "#/components/schemas/Name" },
        },
      });
    const old = spec(8);
    old.components.schemas.Name = { type: "string" };
    const next = spec(4);
    next.components.schemas.Name = { type: "string" };
    const report = compareSpecs(old, next);
    expect(new Set(report.changes.map((c) => `${c.kind} ${c.pointer}`))).toEqual(
      new Set(["max-length-decreased #/components/schemas/Tree/properties/short/maxLength"]),
    );
  });

  it("a removed field points into the old spec", () => {
    const old = twoOperations({ type: "object", properties: { gone: { type: "string" } } });
    const next = twoOperations({ type: "object", properties: {} });
    next.components.schemas.Moved = next.components.schemas.Tree;
    delete next.components.schemas.Tree;
    const text = JSON.stringify(next).replaceAll(
      "#/components/schemas/Tree",
      "#/components/schemas/Moved",
    );
    const report = compareSpecs(old, JSON.parse(text));
    expect(report.changes[0]).toMatchObject({
      kind: "property-removed",
      pointer: "#/components/schemas/Tree/properties/gone",
    });
  });

  it("a removed operation points into the old spec; an added one into the new", () => {
    const old = twoOperations(tree(["x"]));
    const next = structuredClone(old);
    next.paths["/c"] = {
      get: { operationId: "third", responses: { "204": { description: "Done." } } },
    };
    delete next.paths["/a"];
    const report = compareSpecs(old, next);
    expect(report.changes.map((c) => [c.operationId, c.kind, c.level, c.pointer])).toEqual([
      ["first", "operation-removed", "breaking", "#/paths/~1a/post"],
      ["third", "operation-added", "non-breaking", "#/paths/~1c/get"],
    ]);
  });
});

describe("the version rule", () => {
  it.each([
    ["1.0.0", "2.0.0", "major", undefined],
    ["1.0.0", "1.1.0", "major", "major"],
    ["0.3.1", "0.4.0", "major", undefined],
    ["1.2.3", "1.3.0", "minor", undefined],
    ["1.2.3", "1.2.4", "minor", "minor"],
    ["1.2.3", "1.2.3", "patch", undefined],
    ["2024-08-01", "2024-09-01", "major", undefined],
  ] as const)("%s → %s with bump %s: error %s", (from, to, bump, error) => {
    const problem = versionProblem({ from, to, bump });
    if (error === undefined) expect(problem).toBeUndefined();
    else expect(problem).toMatch(error);
  });
});

const change = {
  operationId: "op",
  pointer: "#/paths/~1a/post",
  kind: "operation-removed",
  level: "breaking" as const,
  message: "POST /a removed",
};
const report = (from: string, to: string, changes: ChangeReport["changes"]): ChangeReport => ({
  from,
  to,
  bump: changes.length > 0 ? "major" : "none",
  changes,
});

describe("CHANGELOG.md", () => {
  it("starts with the first version, and does not grow when nothing changed", () => {
    const first = nextChangelog(undefined, report("", "1.0.0", []));
    expect(first).toMatch(/\n## 1\.0\.0\n\nFirst generated version: no earlier spec\.\n$/);
    expect(nextChangelog(first, report("1.0.0", "1.0.0", []))).toBe(first);
  });

  it("appends an entry with the version, the bump and the report's lines", () => {
    const first = nextChangelog(undefined, report("", "1.0.0", []));
    const second = nextChangelog(first, report("1.0.0", "2.0.0", [change]));
    expect(second.startsWith(first)).toBe(true);
    expect(second.slice(first.length)).toBe(
      "\n## 2.0.0\n\nFrom 1.0.0, bump major.\n\n- **breaking** `operation-removed` `op` `#/paths/~1a/post`: POST /a removed\n",
    );
    expect(latestVersionProblem(second)).toBeUndefined();
  });

  it("keeps a version error pending until info.version is raised, then merges into one entry", () => {
    const first = nextChangelog(undefined, report("", "1.0.0", []));
    const wrong = nextChangelog(first, report("1.0.0", "1.0.0", [change]));
    expect(latestVersionProblem(wrong)).toMatch(/2\.0\.0 or later/);
    expect(wrong).toContain("Version error: ");
    // A rerun changes nothing and keeps failing.
    expect(nextChangelog(wrong, report("1.0.0", "1.0.0", []))).toBe(wrong);
    const fixed = nextChangelog(wrong, report("1.0.0", "2.0.0", []));
    expect(latestVersionProblem(fixed)).toBeUndefined();
    expect(fixed.match(/^## /gm)).toHaveLength(2);
    expect(fixed).toContain(
      "## 2.0.0\n\nFrom 1.0.0, bump major.\n\n- **breaking** `operation-removed`",
    );
  });
});

describe("the report's forms", () => {
  it("JSON has the contract's fields in order; text names level, kind, operationId and pointer", () => {
    const json = JSON.parse(reportJson(report("1.0.0", "2.0.0", [change]))) as Json;
    expect(Object.keys(json)).toEqual(["from", "to", "bump", "changes"]);
    expect(Object.keys(json.changes[0])).toEqual([
      "operationId",
      "pointer",
      "kind",
      "level",
      "message",
    ]);
    expect(formatReport(report("1.0.0", "2.0.0", [change]))).toBe(
      "API changes from 1.0.0 to 2.0.0 (bump: major; 1 breaking, 0 non-breaking, 0 info):\n" +
        "  breaking operation-removed op #/paths/~1a/post: POST /a removed\n",
    );
    expect(formatReport(report("", "1.0.0", []))).toMatch(/no earlier spec/);
  });

  it("every kind has a documented reason, and the README lists every kind", () => {
    const readme = readFileSync(`${ROOT}/README.md`, "utf8");
    for (const [kind, info] of Object.entries(KINDS)) {
      expect(info.why.length, kind).toBeGreaterThan(0);
      expect(readme, `README.md does not list ${kind}`).toContain(`\`${kind}\``);
    }
  });
});

/** Every JSON pointer of a document's objects and arrays (where a mutation can land). */
function pointersOf(value: unknown, at = "#"): string[] {
  if (typeof value !== "object" || value === null) return [];
  const keys = Object.keys(value);
  return [
    at,
    ...keys.flatMap((key) =>
      pointersOf((value as Json)[key], `${at}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`),
    ),
  ];
}

function at(doc: Json, pointer: string): Json {
  return pointer
    .split("/")
    .slice(1)
    .reduce((node, token) => node[token.replace(/~1/g, "/").replace(/~0/g, "~")], doc);
}

describe("random edits of the main spec", () => {
  const pointers = pointersOf(MAIN);
  const values = [
    null,
    0,
    -1,
    "x",
    true,
    [],
    {},
    { type: "integer" },
    { $ref: "#/components/schemas/Identifier" },
  ];

  it("never throw, give known kinds and levels, pointers into a spec, the same report twice, and the full walk's report", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(pointers.length - 1), fc.nat(values.length), fc.nat(20)), {
          minLength: 1,
          maxLength: 4,
        }),
        (edits) => {
          const next = copy();
          for (const [where, what, which] of edits) {
            const node = at(next, pointers[where]!);
            if (typeof node !== "object" || node === null) continue;
            const keys = Object.keys(node);
            const key = keys[which % Math.max(1, keys.length)] ?? "added";
            if (what === values.length) delete node[key];
            else node[key] = structuredClone(values[what]);
          }
          const report = compareSpecs(MAIN, next);
          for (const change of report.changes) {
            expect(KINDS[change.kind], change.kind).toBeDefined();
            expect(["breaking", "non-breaking", "info"]).toContain(change.level);
            expect(change.pointer).toMatch(/^#(\/|$)/);
          }
          expect(compareSpecs(MAIN, next)).toEqual(report);
          // The shortcut past unchanged operations finds exactly what the full walk finds.
          expect(compareSpecs(MAIN, next, { everyOperation: true })).toEqual(report);
          const again = structuredClone(next);
          expect(compareSpecs(next, again, { everyOperation: true }).changes).toEqual([]);
        },
      ),
      { numRuns: 200, seed: 15 },
    );
  });
});

describe("security schemes, as the client sees them", () => {
  const schemeKinds = (report: ChangeReport) =>
    report.changes.filter((c) => c.kind.startsWith("security")).map((c) => [c.kind, c.level]);
  const schemeNames = (doc: Json): string[] => Object.keys(doc.components.securitySchemes);

  it("adding x-env, or any x- key but x-client-option, changes nothing a consumer relies on", () => {
    const old = copy();
    for (const name of schemeNames(old)) {
      delete old.components.securitySchemes[name]["x-env"];
      old.components.securitySchemes[name]["x-note"] = "internal";
    }
    expect(schemeKinds(compareSpecs(old, MAIN))).toEqual([]);
  });

  it("a changed x-env, x-client-option or header name is breaking", () => {
    const [name] = schemeNames(MAIN).filter((n) => MAIN.components.securitySchemes[n]["x-env"]);
    expect(name).toBeDefined();
    for (const edit of [
      (scheme: Json) => (scheme["x-env"] = "SOME_OTHER_VARIABLE"),
      (scheme: Json) => (scheme["x-client-option"] = "someOtherOption"),
      (scheme: Json) =>
        scheme.type === "apiKey" ? (scheme.name = "X-Other") : (scheme.type = "apiKey"),
    ]) {
      const next = copy();
      edit(next.components.securitySchemes[name!]);
      const kinds = schemeKinds(compareSpecs(MAIN, next));
      expect(kinds.length).toBeGreaterThan(0);
      expect(new Set(kinds.map(([, level]) => level))).toEqual(new Set(["breaking"]));
    }
  });
});
