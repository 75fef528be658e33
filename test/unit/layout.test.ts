import { describe, expect, it } from "vitest";
import { indentByBrackets } from "../../generator/layout.mjs";

describe("indentByBrackets (layout of files too large for prettier)", () => {
  it("indents Ajv's one-statement-per-line code by braces", () => {
    const code = 'function v(data){\nif(x){\nconst e = {a:"}"};\n}\nelse {\nreturn;\n}\n}';
    expect(indentByBrackets(code)).toBe(
      'function v(data){\n  if(x){\n    const e = {a:"}"};\n  }\n  else {\n    return;\n  }\n}',
    );
  });

  it("re-indents the TypeScript printer's four spaces as two, and aligns doc comments", () => {
    const code =
      "export type A = {\n    /**\n     * Doc { not a brace }\n     */\n    a: (string | number)[];\n};";
    expect(indentByBrackets(code)).toBe(
      "export type A = {\n  /**\n   * Doc { not a brace }\n   */\n  a: (string | number)[];\n};",
    );
  });

  it("skips brackets in strings, escapes and line comments", () => {
    const code = "const s = 'a\\'{';\n// {\nconst t = \"[\";\nx;";
    expect(indentByBrackets(code)).toBe(code);
  });

  it("keeps the lines of a multi-line template literal as they are", () => {
    const code = "f(`a\n  {b\n`);\ny;";
    expect(indentByBrackets(code)).toBe(code);
  });
});

describe("indentByBrackets and regular expression literals", () => {
  it("skips brackets and slashes inside a regular expression literal", () => {
    const code =
      'if(x){\nconst e = {p:k.replace(/~/g, "~0").replace(/\\//g, "~1"),q:/[{(]/u.test(s)};\n}\ny;';
    expect(indentByBrackets(code)).toBe(
      'if(x){\n  const e = {p:k.replace(/~/g, "~0").replace(/\\//g, "~1"),q:/[{(]/u.test(s)};\n}\ny;',
    );
  });
});

describe("indentByBrackets and white space", () => {
  it("trims each line as String.prototype.trim does, and keeps blank lines empty", () => {
    const code = "\tf({\r\n \u00a0a: 1,\u3000\n   \n\ufeff}); \u2028";
    expect(indentByBrackets(code)).toBe("f({\n    a: 1,\n\n});");
  });

  it("trims only the end of a template literal's inner lines, and copies untouched lines", () => {
    const code = "const s = `a   \n   b {  \n`;\nif (x) {\ny;\n}\n";
    expect(indentByBrackets(code)).toBe("const s = `a\n   b {\n`;\nif (x) {\n  y;\n}\n");
  });
});
