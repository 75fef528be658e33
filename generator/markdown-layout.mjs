// Layout of the generated Markdown (the docs emitter's pages): what prettier's Markdown printer
// would change in them, done in one linear pass. Prettier parses a whole page into a Markdown
// syntax tree first, 10 to 20 ms a page, which made docs formatting the slowest stage for specs of
// a few hundred operations, and was switched off above a size, so that pages changed layout when a
// spec grew past it. Code blocks are still prettier's: `codeBlocks` lists a page's,
// `formatCodeBlocks` formats those of many pages in one batch, and `layoutMarkdown` puts the
// results in. Plain JS so that the formatter thread can load it as it is.

/**
 * A fence line: up to three spaces, then three or more backticks (an info string without one) or
 * tildes, then the info string. A line like ```` ```code``` ```` is inline code, not a fence.
 */
const FENCE = /^( {0,3})(?:(`{3,})([^`]*)|(~{3,})(.*))$/;

/** A table's delimiter row: `| --- | :-: |`. */
const DELIMITER_ROW = /^\|(?:\s*:?-+:?\s*\|)+\s*$/;

/** An ATX heading: `## Title`. */
const HEADING = /^ {0,3}#{1,6}(?:\s|$)/;

/** The first line of a list item: `- text`, `* text`, `1. text` (group 1: an ordered one's number). */
const LIST_ITEM = /^ {0,3}(?:[-*+]|(\d{1,9})[.)])(?:\s|$)/;

/** Lines that start a block of their own, and so end a table or a paragraph before them. */
const BLOCK_START =
  /^ {0,3}(?:>|#{1,6}(?:\s|$)|[-*+](?:\s|$)|\d{1,9}[.)](?:\s|$)|```|~~~|(?:[-*_] *){3,}$)/;

/** An HTML block's first line (kept as written up to the next blank line, as prettier keeps it). */
const HTML_START = /^ {0,3}<(?:[A-Za-z][\w-]*(?:\s|\/?>|$)|\/[A-Za-z]|!--|!\[CDATA\[|\?)/;

/** The languages of code blocks that prettier formats inside Markdown, and its parser for each. */
const CODE_PARSERS = new Map([
  ["ts", "babel-ts"],
  ["typescript", "babel-ts"],
  ["js", "babel"],
  ["javascript", "babel"],
  ["jsx", "babel"],
  ["json", "json"],
]);

/**
 * Lays out a Markdown page as prettier would: trailing spaces dropped (a hard line break kept as
 * two), runs of spaces in text made one, blocks one blank line apart, tables aligned, and one
 * final newline; `ts`, `js` and `json` code blocks replaced by `formatted(code, parser)` (kept as
 * written when it gives `undefined`, as prettier keeps code it cannot parse). Indented code and
 * HTML blocks are kept as written, but for trailing spaces.
 * @param {string} text
 * @param {(code: string, parser: string) => string | undefined} formatted
 * @returns {string}
 */
export function layoutMarkdown(text, formatted) {
  return joinLayout(layoutOf(text), formatted);
}

/**
 * Markdown pages laid out, their code blocks formatted by `format` (prettier) together, as
 * `formatCodeBlocks` does: what `layoutMarkdown` gives for each with those blocks, but each page
 * is laid out once, not once to find its blocks and again to put them in.
 * @param {readonly string[]} texts
 * @param {(code: string, parser: string) => Promise<string>} format prettier, with the options
 * @returns {Promise<string[]>}
 */
export async function formatMarkdownPages(texts, format) {
  const layouts = texts.map(layoutOf);
  const code = await formatCodeBlocks(layouts.flatMap(blocksOf), format);
  return layouts.map((layout) =>
    joinLayout(layout, (text, parser) => code.get(`${parser}\0${text}`)),
  );
}

/**
 * A code block that `layoutMarkdown` formats, in a page's layout: its code, prettier's parser for
 * it, and what stands there if prettier cannot parse it (its lines as written) or can (the
 * formatted code at the fence's indentation).
 * @typedef {{ code: string, parser: string, lines: string[], indent: number }} LaidBlock
 */

/** @param {(string | LaidBlock)[]} layout */
function blocksOf(layout) {
  const blocks = [];
  for (const line of layout) {
    if (typeof line !== "string") blocks.push({ code: line.code, parser: line.parser });
  }
  return blocks;
}

/**
 * A layout's lines as one text, each code block formatted by `formatted`.
 * @param {(string | LaidBlock)[]} layout
 * @param {(code: string, parser: string) => string | undefined} formatted
 */
function joinLayout(layout, formatted) {
  const out = [];
  for (const line of layout) {
    if (typeof line === "string") {
      out.push(line);
    } else {
      const code = formatted(line.code, line.parser);
      out.push(...(code === undefined ? line.lines : indented(code, line.indent)));
    }
  }
  return `${out.join("\n")}\n`;
}

/**
 * A page's lines laid out (see `layoutMarkdown`), each code block to format standing as one
 * `LaidBlock` between its fences: a block is the same lines whatever prettier makes of it, so
 * the layout does not wait for it.
 * @param {string} text
 * @returns {(string | LaidBlock)[]}
 */
function layoutOf(text) {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  /** @type {(string | LaidBlock)[]} */
  const out = [];
  let blankNext = false; // the block just ended (heading, code block, table) wants a blank after it
  let inList = false;
  const afterBlank = () => out.length === 0 || out[out.length - 1] === "";
  /** Starts a block: one blank line after the text before it, as prettier separates blocks. */
  const startBlock = () => {
    if (!afterBlank()) out.push("");
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i].trimEnd();
    if (line === "") {
      if (!afterBlank()) out.push("");
      i++;
      continue;
    }
    if (blankNext) startBlock();
    blankNext = false;
    const fence = FENCE.exec(line);
    const table = line.startsWith("|") && DELIMITER_ROW.test(lines[i + 1] ?? "");
    // A line at the margin ends a list when it starts a block, or follows a blank line; else it
    // is a list item or continues the last one.
    if (!/^\s/.test(line) && !LIST_ITEM.test(line)) {
      if (fence !== null || table || HEADING.test(line) || afterBlank()) inList = false;
    }
    if (fence !== null) {
      if (!inList) startBlock();
      const block = fencedBlock(lines, i, fence);
      out.push(line);
      if (block.parser === undefined) out.push(...block.lines);
      else out.push(block);
      out.push(block.closing);
      i = block.end;
      blankNext = !inList;
      continue;
    }
    if (table) {
      startBlock();
      let end = i + 2; // GFM: a table runs to a blank line or the start of another block
      while (end < lines.length && lines[end].trim() !== "" && !BLOCK_START.test(lines[end])) end++;
      out.push(...alignTable(lines.slice(i, end)));
      i = end;
      blankNext = true;
      continue;
    }
    if (HEADING.test(line)) {
      startBlock();
      out.push(collapseSpaces(line));
      i++;
      blankNext = true;
      continue;
    }
    if (afterBlank() && !inList && (/^(?: {4}|\t)/.test(line) || HTML_START.test(line))) {
      // Indented code, or an HTML block: as written, to the next blank line.
      while (i < lines.length && lines[i].trim() !== "") out.push(lines[i++].trimEnd());
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item !== null && !inList && !afterBlank() && item[1] !== undefined && item[1] !== "1") {
      // Only a list starting at 1 can interrupt a paragraph: this line goes on with the text, and
      // prettier joins it to the line before, where it cannot be read as a list.
      out[out.length - 1] += ` ${collapseSpaces(line.trim())}`;
      i++;
      continue;
    }
    if (item !== null) {
      if (!inList) startBlock();
      inList = true;
    }
    const next = lines[i + 1] ?? "";
    const hardBreak = / {2,}$/.test(lines[i]) && next.trim() !== "" && !BLOCK_START.test(next);
    out.push(collapseSpaces(line) + (hardBreak ? "  " : ""));
    i++;
  }
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out;
}

/**
 * The code blocks of a Markdown text that `layoutMarkdown` would format, with prettier's parser
 * for each: so that a caller can format the blocks of many pages together. The same scan as the
 * layout's, so that the code found here is the code looked up there.
 * @param {string} text
 * @returns {{ code: string, parser: string }[]}
 */
export function codeBlocks(text) {
  return blocksOf(layoutOf(text));
}

/**
 * The fenced code block opening at `lines[start]`: its lines as written (trailing spaces
 * dropped), its code with the fence's indentation taken off each line (as CommonMark reads it;
 * a fence in a list item is indented), the parser for its language, its closing fence (prettier
 * closes one left open), and the index of the line after it.
 */
function fencedBlock(lines, start, fence) {
  const [, indent, backticks, backtickInfo, tildes, tildeInfo] = fence;
  const marker = backticks ?? tildes;
  const end = closingFence(lines, start + 1, marker);
  const body = lines.slice(start + 1, end).map((line) => line.trimEnd());
  if (end === lines.length) while (body.at(-1) === "") body.pop();
  const language = (backtickInfo ?? tildeInfo).trim().split(/\s+/)[0].toLowerCase();
  return {
    lines: body,
    code: body.map((line) => line.replace(new RegExp(`^ {0,${indent.length}}`), "")).join("\n"),
    indent: indent.length,
    parser: body.length > 0 ? CODE_PARSERS.get(language) : undefined,
    closing: end < lines.length ? lines[end].trimEnd() : `${indent}${marker}`,
    end: end + 1,
  };
}

/** Formatted code put back at a fence's indentation. */
function indented(code, indent) {
  const pad = " ".repeat(indent);
  return code
    .replace(/\n+$/, "")
    .split("\n")
    .map((line) => (line === "" ? "" : pad + line));
}

/** The index of the line closing a fence opened by `marker` (or the end: fences close there). */
function closingFence(lines, from, marker) {
  const closing = new RegExp(`^ {0,3}${marker[0] === "`" ? "`" : "~"}{${marker.length},}\\s*$`);
  let end = from;
  while (end < lines.length && !closing.test(lines[end])) end++;
  return end;
}

/**
 * A table's rows, each cell padded to its column's width (at least 3, the delimiter's `---`), the
 * delimiter row drawn to the same widths with its alignment colons kept: prettier's layout when
 * `proseWrap` is "preserve", however wide the table.
 * @param {readonly string[]} rows
 * @returns {string[]}
 */
export function alignTable(rows) {
  const header = splitRow(rows[0]);
  const columns = header.length;
  const alignments = splitRow(rows[1]).map(alignmentOf);
  const body = [header];
  for (let index = 2; index < rows.length; index++) body.push(splitRow(rows[index]));
  // Each cell's width is measured once, for its column's width and again for its padding.
  const cellWidths = body.map((row) => row.map(stringWidth));
  const widths = [];
  for (let column = 0; column < columns; column++) {
    let width = 3;
    for (const row of cellWidths) width = Math.max(width, row[column] ?? 0);
    widths.push(width);
  }
  const line = (row, rowWidths) => {
    const padded = [];
    for (let column = 0; column < columns; column++) {
      const cell = row[column] ?? ""; // a short row has empty cells, a long one is cut (GFM)
      padded.push(pad(cell, widths[column] - (rowWidths[column] ?? 0), alignments[column]));
    }
    return `| ${padded.join(" | ")} |`;
  };
  const delimiter = `| ${widths.map((width, column) => dashes(width, alignments[column])).join(" | ")} |`;
  const out = [line(body[0], cellWidths[0]), delimiter];
  for (let index = 1; index < body.length; index++) out.push(line(body[index], cellWidths[index]));
  return out;
}

/** Code spans: their spaces are kept. */
const CODE_SPAN = /(`+)[\s\S]*?(?<!`)\1(?!`)/g;

/**
 * Runs of spaces in prose made one, as prettier prints text; a line's indentation and the inside
 * of code spans are kept.
 */
function collapseSpaces(line) {
  if (!line.includes("  ")) return line;
  const indent = /^\s*/.exec(line)[0];
  let out = indent;
  let last = indent.length;
  for (const match of line.matchAll(CODE_SPAN)) {
    if (match.index < last) continue;
    out += line.slice(last, match.index).replace(/ {2,}/g, " ") + match[0];
    last = match.index + match[0].length;
  }
  return out + line.slice(last).replace(/ {2,}/g, " ");
}

/** A row's cells, trimmed: split at every pipe that is not escaped (a lazy row may have none). */
function splitRow(row) {
  const cells = [];
  let start = 0;
  for (let i = 0; i < row.length; i++) {
    const c = row.charCodeAt(i);
    if (c === BACKSLASH && i + 1 < row.length) i++;
    else if (c === PIPE) {
      cells.push(row.slice(start, i));
      start = i + 1;
    }
  }
  const last = row.slice(start);
  if (trimSpaces(last) !== "") cells.push(last); // no closing pipe
  if (trimSpaces(row).charCodeAt(0) === PIPE) cells.shift(); // the nothing before the leading pipe
  for (let index = 0; index < cells.length; index++) {
    cells[index] = collapseSpaces(trimSpaces(cells[index]));
  }
  return cells;
}

const BACKSLASH = 92;
const PIPE = 124;

/** Spaces and tabs trimmed (not `trim()`: an ideographic space is text to prettier). */
function trimSpaces(text) {
  let start = 0;
  let end = text.length;
  while (start < end && isSpaceOrTab(text.charCodeAt(start))) start++;
  while (end > start && isSpaceOrTab(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** @param {number} c */
function isSpaceOrTab(c) {
  return c === 32 || c === 9;
}

/** @returns {"left" | "right" | "center" | "none"} */
function alignmentOf(delimiterCell) {
  const left = delimiterCell.startsWith(":");
  const right = delimiterCell.endsWith(":");
  return left && right ? "center" : left ? "left" : right ? "right" : "none";
}

/** A cell with `space` columns of spaces added where its column's alignment puts them. */
function pad(cell, space, alignment) {
  if (space === 0) return cell;
  if (alignment === "right") return spaces(space) + cell;
  if (alignment === "center") {
    const before = Math.floor(space / 2);
    return spaces(before) + cell + spaces(space - before);
  }
  return cell + spaces(space);
}

/** Runs of spaces by length, made once: a docs table pads hundreds of thousands of cells. */
const SPACES = [""];

/** @param {number} count */
function spaces(count) {
  while (SPACES.length <= count) SPACES.push(`${SPACES[SPACES.length - 1]} `);
  return SPACES[count];
}

function dashes(width, alignment) {
  if (alignment === "center") return `:${"-".repeat(width - 2)}:`;
  if (alignment === "left") return `:${"-".repeat(width - 1)}`;
  if (alignment === "right") return `${"-".repeat(width - 1)}:`;
  return "-".repeat(width);
}

/** Combining marks: no column of their own. */
const COMBINING = /[\p{Mn}\p{Me}]/u;

/** Emoji: two columns each, however many code points they are made of. */
const EMOJI = /\p{RGI_Emoji}/gv;

/** Code points a terminal draws two columns wide: East Asian wide and fullwidth characters. */
const WIDE =
  /[\u1100-\u115F\u231A\u231B\u2329\u232A\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE10-\uFE19\uFE30-\uFE6F\uFF00-\uFF60\uFFE0-\uFFE6\u{16FE0}-\u{16FE4}\u{17000}-\u{18CFF}\u{1B000}-\u{1B2FF}\u{1F200}-\u{1F2FF}\u{20000}-\u{3FFFD}]/u;

/**
 * The columns `text` takes in a monospace font, as prettier counts them to align tables: control
 * characters and combining marks none, emoji and East Asian wide characters two, the rest one.
 * @param {string} text
 * @returns {number}
 */
export function stringWidth(text) {
  if (!/[^\x20-\x7E]/.test(text)) return text.length;
  let width = 0;
  // Every emoji holds a code unit from U+203C on (U+FE0F, U+20E3, a surrogate...): text without
  // one (accents, dashes) skips the costly emoji pattern.
  const chars = /[\u203C-\uFFFF]/.test(text) ? text.replace(EMOJI, "  ") : text;
  for (const char of chars) {
    const code = char.codePointAt(0);
    if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) continue;
    if (COMBINING.test(char)) continue;
    width += WIDE.test(char) ? 2 : 1;
  }
  return width;
}

/**
 * Separates the TypeScript code blocks formatted as one file. The empty statement before the
 * comment (prettier drops it) ends the block before, so that the next cannot continue it: a block
 * ending `f()` followed by one starting `(x)` would otherwise read as `f()(x)`.
 */
const BLOCK_SEPARATOR = "// ---- cf-sdk-generate: next code block ----";

/**
 * The blocks formatted together: the docs' own examples, a module that starts with an import and
 * ends with a statement. Any other block (a spec's own) is formatted alone, since joined to others
 * it could read differently: a leading `"use strict"` is no directive there, and two halves of a
 * template literal or comment that parse only together would.
 */
const JOINABLE = /^import [^\n]*;\n[\s\S]*;$/;

/** Blocks per joined file: the per-call saving is all there by then. */
const JOINED_BLOCKS = 100;

/**
 * The docs' code blocks formatted by prettier, by `parser\0code`; a block it cannot parse is left
 * out (and so kept as written, as prettier does inside Markdown). The docs' TypeScript examples,
 * one or two a page, are cut into statements (see `cutStatements`) and the distinct pieces
 * formatted as one file: a call per block costs twice as much, prettier's fixed cost per call
 * being as large as its work on a small block, and the examples' opening statements (the import,
 * the client) are the same on every page. If that file does not parse, each block is formatted
 * alone.
 * @param {{ code: string, parser: string }[]} blocks
 * @param {(code: string, parser: string) => Promise<string>} format prettier, with the options
 * @returns {Promise<Map<string, string>>}
 */
export async function formatCodeBlocks(blocks, format) {
  const formatted = new Map();
  const joinable = [
    ...new Set(
      blocks.filter((b) => b.parser === "babel-ts" && JOINABLE.test(b.code)).map((b) => b.code),
    ),
  ];
  const cuts = joinable.map(cutStatements);
  const pieces = await formatJoined([...new Set(cuts.flatMap((cut) => cut.pieces))], format);
  joinable.forEach((code, index) => {
    const text = joinPieces(cuts[index], pieces);
    if (text !== undefined) formatted.set(`babel-ts\0${code}`, text);
  });
  for (const { code, parser } of blocks) {
    const key = `${parser}\0${code}`;
    if (formatted.has(key)) continue;
    const result = await formattedOrUndefined(format, code, parser);
    if (result !== undefined) formatted.set(key, result);
  }
  return formatted;
}

/**
 * TypeScript texts formatted as few files (see `formatCodeBlocks`), by text; the texts of a file
 * that does not parse, or that does not come apart again at its separators, are left out.
 * @param {string[]} texts
 * @param {(code: string, parser: string) => Promise<string>} format
 * @returns {Promise<Map<string, string>>}
 */
async function formatJoined(texts, format) {
  const formatted = new Map();
  // In files of at most JOINED_BLOCKS texts, so that one that does not parse costs little.
  for (let start = 0; start < texts.length; start += JOINED_BLOCKS) {
    const group = texts.slice(start, start + JOINED_BLOCKS);
    const together = await formattedOrUndefined(
      format,
      group.join(`\n;\n${BLOCK_SEPARATOR}\n`),
      "babel-ts",
    );
    // A separator prettier printed as written (a `;` line before it: the empty statement it
    // drops everywhere else) is inside a template literal or a comment that two texts opened and
    // closed only together: not a file of separate statements.
    if (together === undefined || together.includes(`\n;\n${BLOCK_SEPARATOR}`)) continue;
    const parts = together.split(`\n${BLOCK_SEPARATOR}\n`);
    if (parts.length === group.length) {
      group.forEach((text, index) => formatted.set(text, parts[index].replace(/^\n+/, "")));
    }
  }
  return formatted;
}

/** Lines that may start a piece of a block: a declaration no statement before can continue. */
const PIECE_START = /^const /;

/**
 * A docs example cut into pieces that prettier prints as it prints the whole: before each line
 * starting `const ` that follows, directly or after one blank line, a line ending a statement
 * with `;` (and holding no comment, which could attach across the cut, and not only `;`, an empty
 * statement prettier drops). Prettier prints a program's statements one after the other, a blank
 * line between two where the text had one, so the whole is the pieces printed, each `gap` apart.
 * A cut that falls inside a template literal or comment leaves a piece that does not parse, or
 * a joined file `formatJoined` rejects.
 * @param {string} code
 * @returns {{ pieces: string[], gaps: string[] }}
 */
function cutStatements(code) {
  const lines = code.split("\n");
  const pieces = [];
  const gaps = [];
  let start = 0;
  for (let next = 1; next < lines.length; next++) {
    if (!PIECE_START.test(lines[next])) continue;
    const blank = lines[next - 1] === "" ? 1 : 0;
    const last = next - 1 - blank;
    if (last < start || !endsStatement(lines[last])) continue;
    pieces.push(lines.slice(start, last + 1).join("\n"));
    gaps.push(blank === 1 ? "\n\n" : "\n");
    start = next;
  }
  pieces.push(lines.slice(start).join("\n"));
  return { pieces, gaps };
}

/** Whether a line ends a statement with `;`, holding no comment and not only semicolons. */
function endsStatement(line) {
  return line.endsWith(";") && /[^;\s]/.test(line) && !line.includes("//") && !line.includes("/*");
}

/**
 * A block's formatted pieces joined back, or `undefined` when one of them was not formatted.
 * @param {{ pieces: string[], gaps: string[] }} cut
 * @param {Map<string, string>} formatted
 */
function joinPieces({ pieces, gaps }, formatted) {
  let text = "";
  for (let index = 0; index < pieces.length; index++) {
    const piece = formatted.get(pieces[index]);
    if (piece === undefined) return undefined;
    text += (index === 0 ? "" : gaps[index - 1]) + piece.replace(/\n+$/, "");
  }
  return `${text}\n`;
}

/** One text formatted, or `undefined` when it does not parse. */
async function formattedOrUndefined(format, code, parser) {
  try {
    return await format(code, parser);
  } catch {
    return undefined;
  }
}
