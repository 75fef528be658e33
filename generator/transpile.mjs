// `.ts` → `.js` + `.d.ts` for one file, without type-checking, by oxc-transform (a native
// compiler): one parse gives both, in about a twentieth of the CPU TypeScript's emitter took (the
// Cloudflare spec's seven compiled files, 12 MB: 2.7 s → 0.14 s). Declarations need no checker
// because every emitted and runtime file follows the `isolatedDeclarations` rules (explicit export
// types), which is what oxc's declaration emitter implements. Its printer does not keep the
// source's spelling: tabs, unaligned JSDoc, objects over several lines, numbers in their shortest
// form (`2000` → `2e3`), no comment at the end of a line; the formatter thread lays out every
// compiled file afterwards, as it did TypeScript's, so what stays is only spelling, never meaning
// (test/unit/compile.test.ts compares the programs and declarations with TypeScript's). Plain JS,
// so that both the pipeline (compile.ts) and the compiler thread (compile-worker.mjs, beside the
// emitters on the second core) use it.
import { transformSync } from "oxc-transform";

/**
 * The package's compiler options, as TypeScript's were: ES2022, ES modules, imports kept unless
 * written `import type` (TypeScript's `verbatimModuleSyntax`), declarations emitted.
 * @type {import("oxc-transform").TransformOptions}
 */
export const TRANSFORM_OPTIONS = {
  lang: "ts",
  sourceType: "module",
  target: "es2022",
  typescript: { onlyRemoveTypeImports: true, declaration: { stripInternal: false } },
};

/**
 * @typedef {{ readonly path: string; readonly contents: string; readonly typesOnly?: boolean }} SourceText
 * @typedef {{ path: string; contents: string }} CompiledFile
 */

/**
 * A `src/**.ts` file's `dist/` twins: `.js` and `.d.ts`.
 * @param {SourceText} file
 * @returns {CompiledFile[]}
 */
export function compileFile(file) {
  const stem = file.path.replace(/^src\//, "dist/").replace(/\.ts$/, "");
  if (file.typesOnly === true) {
    // Only interfaces and type aliases: nothing to emit as JS, and declarations are the source.
    return [
      { path: `${stem}.js`, contents: `${leadingComments(file.contents)}export {};\n` },
      { path: `${stem}.d.ts`, contents: file.contents },
    ];
  }
  const { js, dts } = transpile(file);
  return [
    { path: `${stem}.js`, contents: js },
    { path: `${stem}.d.ts`, contents: dts },
  ];
}

/**
 * The file's JavaScript and declarations, from one parse; throws if it does not compile: oxc's
 * parser recovers from syntax errors and still prints code, so any error it reports (a syntax
 * error, a declaration that would need the type checker) fails the file.
 * @param {SourceText} file
 * @returns {{ js: string; dts: string }}
 */
export function transpile(file) {
  const header = detachedHeader(file.contents);
  // oxc attaches every comment to the statement after it, and drops it with that statement (the
  // generated-file header above an `import type`); TypeScript keeps a file's detached header. So
  // the header is blanked out (same lengths: error positions stay right) and put back in front.
  const text = header === "" ? file.contents : blank(header) + file.contents.slice(header.length);
  const result = transformSync(file.path, text, TRANSFORM_OPTIONS);
  const problem = result.errors.find((error) => error.severity === "Error");
  if (problem !== undefined || result.declaration === undefined)
    throw new Error(`Generated ${file.path} does not compile: ${describe(text, problem)}`);
  // Declarations keep only JSDoc, as TypeScript's did (a `//` header is the JavaScript's).
  const jsdoc = header.match(/\/\*\*[\s\S]*?\*\//g) ?? [];
  return {
    js: header === "" ? result.code : `${header.trimEnd()}\n${result.code}`,
    dts: jsdoc.map((comment) => `${comment}\n`).join("") + result.declaration,
  };
}

/**
 * The comments a file starts with, up to the last one a blank line separates from what follows
 * (what TypeScript calls detached comments: a file's header, not a declaration's JSDoc), with the
 * whitespace after it; "" when there are none.
 * @param {string} text
 */
function detachedHeader(text) {
  const comment = /\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/)/y;
  const blankLine = /[^\S\n]*\n(?:[^\S\n]*\n)+/y;
  let header = "";
  while (comment.exec(text) !== null) {
    blankLine.lastIndex = comment.lastIndex;
    if (blankLine.exec(text) !== null) header = text.slice(0, blankLine.lastIndex);
  }
  return header;
}

/**
 * The text with every character but line breaks replaced by a space.
 * @param {string} text
 */
function blank(text) {
  return text.replace(/[^\n]/g, " ");
}

/**
 * The `//` comment lines a file starts with (its generated-file header), and a blank line.
 * @param {string} text
 */
function leadingComments(text) {
  const comments = /^(?:\/\/[^\n]*\n)+/.exec(text)?.[0];
  return comments === undefined ? "" : `${comments}\n`;
}

/**
 * An error as `line:column message`, at its first label.
 * @param {string} text
 * @param {import("oxc-transform").OxcError | undefined} error
 */
function describe(text, error) {
  if (error === undefined) return "no output";
  const start = error.labels[0]?.start;
  if (start === undefined) return error.message;
  const { line, column } = position(text, start);
  return `${line}:${column} ${error.message}`;
}

/**
 * The 1-based line and column (in UTF-16 units, as editors count) of a UTF-8 byte offset, which is
 * what oxc's labels hold.
 * @param {string} text
 * @param {number} byteOffset
 */
function position(text, byteOffset) {
  const before = Buffer.from(text).subarray(0, byteOffset).toString("utf8");
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: before.length - lineStart + 1 };
}
