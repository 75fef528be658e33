// The docs' Markdown layout against prettier's: on the shapes our templates render (tables,
// headings, lists after a paragraph, code blocks, runs of blank lines and spaces), the layout
// must be byte for byte what prettier prints, since the docs are no longer sent through it.
import fc from "fast-check";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import {
  alignTable,
  codeBlocks,
  formatCodeBlocks,
  formatMarkdownPages,
  layoutMarkdown,
  stringWidth,
} from "../../generator/markdown-layout.mjs";

const OPTIONS = { printWidth: 100, trailingComma: "all" as const };

const prettierMarkdown = (text: string): Promise<string> =>
  prettier.format(text, { ...OPTIONS, parser: "markdown", embeddedLanguageFormatting: "off" });

const prettierCode = (code: string, parser: string): Promise<string> =>
  prettier.format(code, { ...OPTIONS, parser });

const unformatted = (): undefined => undefined;

describe("layoutMarkdown", () => {
  it("aligns a table as prettier does, escaped pipes and code spans kept in their cells", async () => {
    const table = [
      "| name | type | description |",
      "| --- | :-: | --: |",
      "| `zone_id` | string | The zone \\| its id |",
      "| `a` | `x \\| y` |  |",
    ].join("\n");
    const laid = layoutMarkdown(`${table}\n`, unformatted);
    expect(laid).toBe(await prettierMarkdown(table));
    expect(laid.split("\n")[1]).toBe("| --------- | :------: | -----------------: |");
  });

  it("separates blocks by one blank line and drops trailing spaces (in code too), as prettier does", async () => {
    const text = [
      "# Title",
      "Text right under the heading.  Two  spaces inside, `kept  in  code`.   ",
      "",
      "",
      "",
      "This API is used to update:",
      "- one",
      "- two",
      "  continued",
      "",
      "Paragraph.",
      "## Next",
      "```sh",
      "echo 'kept   as is'   ",
      "",
      "",
      "```",
      "After the code.",
    ].join("\n");
    const laid = layoutMarkdown(text, unformatted);
    expect(laid).toBe(await prettierMarkdown(text));
    expect(laid).toContain("echo 'kept   as is'\n\n\n```"); // blank lines in code are kept
  });

  it("agrees with prettier on random pages of the shapes the templates render", async () => {
    const word = fc.oneof(
      { weight: 8, arbitrary: fc.stringMatching(/^[a-z0-9.,:]{1,10}$/) },
      { weight: 1, arbitrary: fc.constantFrom("日本語", "état", "🙂", "naïve", "≥ 1000", "\\|") },
      { weight: 1, arbitrary: fc.stringMatching(/^`[a-z_]([a-z_ ]{0,6}[a-z_])?`$/) },
    );
    const spaces = fc.constantFrom(" ", " ", " ", "  ", "   ");
    const text = fc
      .array(fc.tuple(word, spaces), { minLength: 1, maxLength: 6 })
      .map((parts) =>
        parts
          .map(([w, s]) => w + s)
          .join("")
          .trim(),
      )
      .filter((t) => /^\p{L}/u.test(t) && !t.endsWith("\\|")); // "1." would start a list
    const cellText = fc.oneof(text, fc.constant(""));
    const table = fc.integer({ min: 1, max: 5 }).chain((columns) =>
      fc
        .tuple(
          fc.array(text, { minLength: columns, maxLength: columns }),
          fc.array(fc.constantFrom("---", ":--", "--:", ":-:"), {
            minLength: columns,
            maxLength: columns,
          }),
          fc.array(fc.array(cellText, { minLength: columns, maxLength: columns }), {
            maxLength: 4,
          }),
        )
        .map(([header, delimiters, rows]) =>
          [header, delimiters, ...rows].map((row) => `| ${row.join(" | ")} |`).join("\n"),
        ),
    );
    // As the templates render them: a table has a blank line before and after it, a list after
    // it (else the next line would be one more row, or a lazy continuation of the last item).
    const block = fc.oneof(
      text,
      table.map((t) => `\n${t}\n`),
      text.map((t) => `## ${t}`),
      fc
        .array(text, { minLength: 1, maxLength: 3 })
        .map((items) => `${items.map((item) => `- ${item}`).join("\n")}\n`),
      text.map((t) => `\`\`\`sh\n${t}  \n\n\n${t}\n\`\`\``),
    );
    const page = fc
      .array(fc.tuple(block, fc.constantFrom("\n", "\n\n", "\n\n\n", "  \n\n")), {
        minLength: 1,
        maxLength: 8,
      })
      .map((blocks) => blocks.map(([b, gap]) => b + gap).join(""));
    await fc.assert(
      fc.asyncProperty(page, async (markdown) => {
        expect(layoutMarkdown(markdown, unformatted)).toBe(await prettierMarkdown(markdown));
      }),
      { numRuns: 200, seed: 20261128 },
    );
  });

  it("replaces ts and json blocks by their formatted text, and keeps a block it could not format", () => {
    const text = "```ts\nconst a={b:1}\n```\n\n```json\n[1,\n2]\n```\n\n```ts\nbroken(\n```\n";
    expect(codeBlocks(text)).toEqual([
      { code: "const a={b:1}", parser: "babel-ts" },
      { code: "[1,\n2]", parser: "json" },
      { code: "broken(", parser: "babel-ts" },
    ]);
    const formatted = new Map([
      ["const a={b:1}", "const a = { b: 1 };\n"],
      ["[1,\n2]", "[1, 2]\n"],
    ]);
    expect(layoutMarkdown(text, (code) => formatted.get(code))).toBe(
      "```ts\nconst a = { b: 1 };\n```\n\n```json\n[1, 2]\n```\n\n```ts\nbroken(\n```\n",
    );
  });

  it("reads an unclosed fence to the end of the page, as CommonMark does, and closes it", async () => {
    const text = "text\n```sh\na   \n\n\nb";
    expect(layoutMarkdown(text, unformatted)).toBe(await prettierMarkdown(text));
    expect(layoutMarkdown("```\na", unformatted)).toBe("```\na\n```\n");
  });
});

describe("layoutMarkdown on a spec's own Markdown (descriptions)", () => {
  const prettierWithCode = (text: string): Promise<string> =>
    prettier.format(text, { ...OPTIONS, parser: "markdown" });
  /** The layout with its code blocks formatted by prettier, as the formatter thread does it. */
  const laidOut = async (text: string): Promise<string> => {
    const formatted = await formatCodeBlocks(codeBlocks(text), prettierCode);
    return layoutMarkdown(text, (code, parser) => formatted.get(`${parser}\0${code}`));
  };

  it.each([
    [
      "a fence in a list item keeps its indentation",
      '- item\n\n  ```json\n  {"a":1,\n  "b":2}\n  ```\n\nAfter.\n\n## Next\n',
    ],
    ["a hard line break stays, as two spaces", "line one   \nline two\n"],
    ["a list can interrupt a paragraph only from 1", "para\n2. a\n\nnext\n1. b\n"],
    ["a line right after a table is one more row", "| a |\n| - |\n| 1 |\ntext after\n"],
    [
      "indented code and HTML blocks stay as written",
      "para\n\n    code   with  spaces\n\n<div>\n  a   b\n</div>\n",
    ],
    [
      "combining marks take no column, an ideographic space is text",
      "| a | b |\n| - | - |\n| क्षि | \u3000x |\n| كَتَبَ | y |\n",
    ],
    [
      "aligned columns, tabs and escaped pipes in cells, runs of spaces outside code spans",
      "| a | b\\|c | d |\n|:-|:-:|--:|\n|\t1\t| 2 | 3 |\n| 日本 |  two  spaces | `a  b` |\n",
    ],
    [
      "the language is the info string's first word",
      "```ts title=x\nconst a={b:1}\n```\n\n```js\nlet x=[1,2]\n```\n",
    ],
    [
      "a directive is formatted alone (joined to a block before, it is no directive)",
      "```ts\nimport a from 'a';\nf()\n```\n\n```ts\n'use strict'\nconst b=1\n```\n",
    ],
    [
      "a block that does not parse stays as written (joined, `if (x)` would take the separator)",
      "```ts\nif (x)\n```\n\n```ts\nfoo()\n```\n",
    ],
  ])("%s", async (_name, text) => {
    expect(await laidOut(text)).toBe(await prettierWithCode(text));
  });
  it("reads a line of inline code in three backticks as text, not as a fence", () => {
    // Prettier also shortens the code span's backticks to one; we keep them as written.
    const text = "# T\n\n```inline``` code.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n";
    expect(layoutMarkdown(text, unformatted)).toBe(
      "# T\n\n```inline``` code.\n\n| a   | b   |\n| --- | --- |\n| 1   | 2   |\n",
    );
  });
});

describe("formatCodeBlocks: the TypeScript blocks of many pages in one prettier call", () => {
  it("gives each block what prettier gives it alone, even when one block could continue another", async () => {
    const blocks = [
      { code: "import a from 'a';\nconst b = 1;\nfoo();", parser: "babel-ts" },
      { code: "import c from 'c';\n(bar);\nconst x = {a:1};", parser: "babel-ts" },
      { code: "import {x} from 'y';\nawait z()\n\nlet q=2;", parser: "babel-ts" },
      { code: "const a = 1\nfoo()", parser: "babel-ts" },
      { code: "(bar)\nconst x = {a:1}", parser: "babel-ts" },
      { code: '{"a":[1,2]}', parser: "json" },
    ];
    const formatted = await formatCodeBlocks(blocks, prettierCode);
    for (const { code, parser } of blocks) {
      const alone = (await prettierCode(code, parser)).replace(/\n+$/, "");
      expect(formatted.get(`${parser}\0${code}`)?.replace(/\n+$/, "")).toBe(alone);
    }
  });

  it.each([
    [
      "the docs' examples, sharing their opening statements",
      [
        'import { createClient } from "x";\n\nconst client = createClient({ a: "b" });\nconst r = await client.f({\n  path: { "id": "1" },\n});\nconsole.log(r);',
        'import { createClient } from "x";\n\nconst client = createClient({ a: "b" });\nconst r = await client.g();\nconsole.log(r);',
      ],
    ],
    [
      "comments, blank lines and an empty statement by the cuts",
      [
        "import a from 'a';\n// about b\nconst b = 1; // one\nconst c = 2;\n/* c */\nconst d = 3;",
        "import a from 'a';\n;\n\nconst b = 1;\n\n\nconst c = [1,\n2];;\n\nconst d = 3;",
        "import a from 'a';\nfunction f() {\n  g();\nconst x = 1;\n}\nconst y = 2;",
      ],
    ],
    [
      "cuts inside a template literal or a comment, which only parse together",
      [
        "import a from 'a';\nconst s = `x;\nconst t = 1;\n`;",
        "import a from 'a';\n/* x;\nconst t = 1; */\nconst u = 2;",
      ],
    ],
    [
      "a block holding the separator itself",
      [
        "import a from 'a';\nconst s = `\n;\n// ---- cf-sdk-generate: next code block ----\nconst v = 1;`;",
        "import a from 'a';\nconst w = 1;",
      ],
    ],
    [
      "a block that does not parse, and one that continues another's statement",
      [
        "import a from 'a';\nconst b = (1;\nconst c = 2;",
        "import a from 'a';\nconst x = a\nconst y = 2;",
      ],
    ],
  ])(
    "cuts the examples into statements and gives each block what prettier gives it alone: %s",
    async (_name, codes) => {
      const blocks = codes.map((code) => ({ code, parser: "babel-ts" }));
      const formatted = await formatCodeBlocks(blocks, prettierCode);
      for (const { code, parser } of blocks) {
        const alone = await prettierCode(code, parser).then(
          (text) => text.replace(/\n+$/, ""),
          () => undefined,
        );
        expect(formatted.get(`${parser}\0${code}`)?.replace(/\n+$/, "")).toBe(alone);
      }
    },
  );

  it("formats each block alone when one of them does not parse, leaving that one out", async () => {
    const blocks = [
      { code: "let a=1", parser: "babel-ts" },
      { code: "broken(", parser: "babel-ts" },
    ];
    const formatted = await formatCodeBlocks(blocks, prettierCode);
    expect(formatted.get("babel-ts\0let a=1")).toBe("let a = 1;\n");
    expect(formatted.has("babel-ts\0broken(")).toBe(false);
  });
});

describe("formatMarkdownPages: pages laid out once, their code blocks formatted together", () => {
  it("gives each page what layoutMarkdown gives it with prettier's code, the blocks of all pages in one batch", async () => {
    const pages = [
      "# A\n\n```ts\nimport a from 'a';\n// a comment\nconst b={c:1}\n\n\nfoo();\n```\n\n| x | y |\n| - | - |\n| 1 | 2 |\n",
      "```ts\nimport c from 'c';\n/* open\n```\n\n```ts\nimport d from 'd';\nbar( ;\n```\n",
      "```ts\nimport a from 'a';\n// a comment\nconst b={c:1}\n\n\nfoo();\n```\n\n```json\n{\"a\":[1,2]}\n```\n",
      "- item\n\n  ```ts\n  import e from 'e';\n  `x\n  ```\n\nNo code.\n",
    ];
    const alone = await Promise.all(
      pages.map(async (text) => {
        const code = new Map<string, string>();
        for (const { code: block, parser } of codeBlocks(text)) {
          const result = await prettierCode(block, parser).catch(() => undefined);
          if (result !== undefined) code.set(`${parser}\0${block}`, result);
        }
        return layoutMarkdown(text, (block, parser) => code.get(`${parser}\0${block}`));
      }),
    );
    expect(await formatMarkdownPages(pages, prettierCode)).toEqual(alone);
  });
});

describe("alignTable and stringWidth", () => {
  it("pads a short row (and a lazy one) with empty cells and cuts a long one, as GFM reads them", () => {
    // Prettier prints the short rows' cells and the long row's extra one as written instead; the
    // docs' tables are never ragged.
    expect(
      alignTable(["| a | b |", "|:-:|--:|", "|\t1\t|", "| x | y | z |", "lazy \\| row"]),
    ).toEqual([
      "|      a      |   b |",
      "| :---------: | --: |",
      "|      1      |     |",
      "|      x      |   y |",
      "| lazy \\| row |     |",
    ]);
  });

  it("pads cells by the columns they take, wide characters two", () => {
    expect(stringWidth("abc")).toBe(3);
    expect(stringWidth("日本")).toBe(4);
    expect(stringWidth("🙂")).toBe(2);
    expect(stringWidth("e\u0301")).toBe(1);
    expect(alignTable(["| a | b |", "| - | - |", "| 日本 | x |"])).toEqual([
      "| a    | b   |",
      "| ---- | --- |",
      "| 日本 | x   |",
    ]);
  });
});
