import ts from "typescript";
import { describe, expect, it } from "vitest";
import { jsDoc, literal, printModule, propertyName } from "../../generator/emit/ts.js";

const f = ts.factory;

function printExpression(expression: ts.Expression): string {
  const statement = f.createVariableStatement(
    undefined,
    f.createVariableDeclarationList(
      [f.createVariableDeclaration("x", undefined, undefined, expression)],
      ts.NodeFlags.Const,
    ),
  );
  return printModule([statement]).trim();
}

describe("literal", () => {
  it.each([
    [
      "string with quotes, backticks and ${}",
      { given: 'a "b" `c` ${d}', want: 'const x = "a \\"b\\" `c` ${d}";' },
    ],
    ["negative number", { given: -3, want: "const x = -3;" }],
    [
      "null and booleans in an array",
      { given: [null, true, false], want: "const x = [null, true, false];" },
    ],
    [
      "object keys that are not identifiers are quoted",
      { given: { "a-b": 1, ok: 2 }, want: 'const x = {\n    "a-b": 1,\n    ok: 2\n};' },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(printExpression(literal(given))).toBe(want);
  });

  it("refuses values JSON cannot hold", () => {
    expect(() => literal(Number.NaN)).toThrow(TypeError);
    expect(() => literal(() => 1)).toThrow(TypeError);
  });

  it("evaluates back to the same value", () => {
    const value = { a: [1, "two", { "three-3": null }], b: -0.5, "c d": "e\nf" };
    const js = printExpression(literal(value))
      .replace(/^const x = /, "(")
      .replace(/;$/, ")");
    expect(eval(js)).toEqual(value);
  });
});

describe("jsDoc", () => {
  it("a description holding */ cannot close the comment early", () => {
    const node = jsDoc(
      f.createTypeAliasDeclaration(
        undefined,
        "T",
        undefined,
        f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
      ),
      ["Ends here */ not really; `code` and ${x}"],
    );
    const text = printModule([node]);
    expect(text).toBe(
      "/**\n * Ends here *\\/ not really; `code` and ${x}\n */\ntype T = string;\n",
    );
    const parsed = ts.createSourceFile("t.ts", text, ts.ScriptTarget.Latest);
    expect(parsed.statements).toHaveLength(1);
  });

  it("drops empty paragraphs and keeps blank lines between the others", () => {
    const node = jsDoc(f.createEmptyStatement(), ["First.", undefined, "  ", "Second\nline."]);
    expect(printModule([node])).toBe("/**\n * First.\n *\n * Second\n * line.\n */\n;\n");
  });
});

describe("propertyName", () => {
  it("quotes only what is not an identifier", () => {
    expect(ts.isIdentifier(propertyName("zone_id"))).toBe(true);
    expect(ts.isStringLiteral(propertyName("application/json"))).toBe(true);
  });
});
