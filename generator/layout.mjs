// Layout of generated files too large for prettier (see format.ts): each line indented two spaces
// per open bracket, the way prettier indents, in one linear pass. The files it gets are already one
// statement or member per line (Ajv's standalone code, the compilers' and printers' output), so
// indentation is all they lack. Plain JS so that the formatter thread can load it as it is.

/** Indentation by depth, built once: most lines of a large file reuse one of a few dozen. */
const INDENTS = [""];

/** @param {number} depth */
function indent(depth) {
  while (INDENTS.length <= depth) INDENTS.push(`${INDENTS[INDENTS.length - 1]}  `);
  return INDENTS[depth];
}

/**
 * Re-indents `text` by bracket depth. Strings, template literals and comments are skipped when
 * counting; a block comment's inner lines are aligned one space past its opening line.
 * @param {string} text
 * @returns {string}
 */
export function indentByBrackets(text) {
  const out = [];
  /** @type {LineState} */
  const state = { depth: 0, inComment: false, openQuote: undefined };
  for (const raw of text.split("\n")) {
    const line = state.openQuote === undefined ? raw.trim() : raw.trimEnd();
    if (state.openQuote !== undefined) {
      out.push(line); // inside a multi-line template literal: the text is the value, keep it
    } else if (line === "") {
      out.push("");
      continue;
    } else if (state.inComment) {
      out.push(indent(state.depth) + (line.charCodeAt(0) === STAR ? ` ${line}` : line));
    } else {
      let leading = 0;
      while (leading < line.length && isCloser(line.charCodeAt(leading))) leading++;
      out.push(indent(Math.max(0, state.depth - leading)) + line);
    }
    scanLine(line, state);
  }
  return out.join("\n");
}

/**
 * @typedef {{ depth: number; inComment: boolean; openQuote: number | undefined }} LineState
 * the bracket depth after a line, and what it left open: a block comment, or the quote (a
 * character code) of a template literal
 */

const STAR = 42; // *
const SLASH = 47; // /
const BACKSLASH = 92; // \

/** @param {number} c */
function isCloser(c) {
  return c === 125 || c === 93 || c === 41; // } ] )
}

/**
 * Moves `state` past one line: its change of bracket depth (never below zero), and what is left
 * open at its end. Character codes rather than one-character strings: this runs over every
 * character of files of megabytes.
 * @param {string} line
 * @param {LineState} state
 */
function scanLine(line, state) {
  let delta = 0;
  let quote = state.openQuote;
  let comment = state.inComment;
  const length = line.length;
  for (let i = 0; i < length; i++) {
    const c = line.charCodeAt(i);
    if (comment) {
      if (c === STAR && line.charCodeAt(i + 1) === SLASH) {
        comment = false;
        i++;
      }
    } else if (quote !== undefined) {
      if (c === BACKSLASH) i++;
      else if (c === quote) quote = undefined;
    } else if (c === 34 || c === 39 || c === 96) {
      quote = c; // " ' `
    } else if (c === SLASH) {
      const next = line.charCodeAt(i + 1);
      if (next === SLASH) break;
      if (next === STAR) {
        comment = true;
        i++;
      } else if (startsRegExp(line, i)) {
        i = regExpEnd(line, i);
      }
    } else if (c === 123 || c === 91 || c === 40) {
      delta++; // { [ (
    } else if (isCloser(c)) {
      delta--;
    }
  }
  state.depth = Math.max(0, state.depth + delta);
  state.inComment = comment;
  // A quote other than a template literal's cannot span lines: the line ended it.
  state.openQuote = quote === 96 ? quote : undefined;
}

/**
 * Whether the `/` at `i` opens a regular expression literal (Ajv writes `.replace(/~/g, "~0")`):
 * so it is where an operand may start, after an operator or an opening bracket, not a division.
 * @param {string} line
 * @param {number} i
 */
function startsRegExp(line, i) {
  let j = i - 1;
  while (j >= 0 && line[j] === " ") j--;
  return j < 0 || "(,=:[!&|?{};+-*%<>~^".includes(line[j]);
}

/**
 * The index of the `/` that closes the regular expression literal opened at `start` (escapes and
 * character classes skipped), or the line's last index when it does not close.
 * @param {string} line
 * @param {number} start
 */
function regExpEnd(line, start) {
  let inClass = false;
  for (let i = start + 1; i < line.length; i++) {
    const c = line[i];
    if (c === "\\") i++;
    else if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    else if (c === "/" && !inClass) return i;
  }
  return line.length - 1;
}
