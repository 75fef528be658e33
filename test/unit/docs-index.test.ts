import { describe, expect, it } from "vitest";
import { entriesByTag, type IndexEntry } from "../../generator/emit/docs.js";

/** An index entry with only what grouping reads. */
function entry(operationId: string, tags: string): IndexEntry {
  return { operationId, page: "", functionName: "", title: "", method: "GET", path: "/", tags };
}

describe("entriesByTag: the index's groups in one pass", () => {
  const cases: [string, { given: IndexEntry[]; want: Record<string, string[]> }][] = [
    ["no entries", { given: [], want: {} }],
    [
      "entries in order under each of their tags",
      {
        given: [entry("a", "Zones, DNS"), entry("b", "DNS"), entry("c", "Zones")],
        want: { Zones: ["a", "c"], DNS: ["a", "b"] },
      },
    ],
    ["a tag given twice lists the entry once", { given: [entry("a", "X, X")], want: { X: ["a"] } }],
    ["untagged entries under the empty tag", { given: [entry("a", "")], want: { "": ["a"] } }],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    const got = Object.fromEntries(
      [...entriesByTag(given)].map(([tag, list]) => [tag, list.map((e) => e.operationId)]),
    );
    expect(got).toEqual(want);
  });

  it("gives what filtering the entries for each tag gave", () => {
    const given = [entry("a", "T1, T2"), entry("b", "T2"), entry("c", ""), entry("d", "T1")];
    const byTag = entriesByTag(given);
    for (const tag of ["T1", "T2", ""]) {
      expect(byTag.get(tag)).toEqual(given.filter((e) => e.tags.split(", ").includes(tag)));
    }
  });
});
