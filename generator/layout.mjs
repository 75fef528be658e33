// Layout of generated files too large for prettier (see format.ts): each line indented two spaces
// per open bracket, the way prettier indents, in one linear pass. The files it gets are already one
// statement or member per line (Ajv's standalone code, the compilers' and printers' output), so
// indentation is all they lack. Plain JS so that the formatter thread can load it as it is.
//
// The pass reads the text by index, never splitting it into lines: files of megabytes (Ajv's code
// is 10 MB in 360,000 lines) would otherwise make a string per line, a trimmed copy of each and a
// line array, most of it garbage at once. The output is the input's own runs between the places
// where an indentation goes in or spaces come out, joined once.

/** Indentation by depth, built once: most lines of a large file reuse one of a few dozen. */
const INDENTS = [""];

/** @param {number} depth */
function indent(depth) {
  while (INDENTS.length <= depth) INDENTS.push(`${INDENTS[INDENTS.length - 1]}  `);
  return INDENTS[depth];
}

const NEWLINE = 10;
const STAR = 42; // *
const SLASH = 47; // /
const BACKSLASH = 92; // \
const BACKTICK = 96; // `

/**
 * Re-indents `text` by bracket depth. Strings, template literals and comments are skipped when
 * counting; a block comment's inner lines are aligned one space past its opening line. Each line
 * is trimmed as `String.prototype.trim` would (`trimEnd` inside a multi-line template literal).
 * @param {string} text
 * @returns {string}
 */
export function indentByBrackets(text) {
  /** @type {string[]} */
  const out = [];
  /** @type {LineState} */
  const state = { depth: 0, inComment: false, openQuote: undefined };
  let copied = 0; // the text before this index is in `out`
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const inTemplate = state.openQuote !== undefined;
    const start = inTemplate ? lineStart : trimmedStart(text, lineStart, lineEnd);
    const end = trimmedEnd(text, start, lineEnd);
    let prefix = ""; // a blank line stays empty, a template literal's line as it is (its value)
    if (start === end || inTemplate) {
      // nothing goes in
    } else if (state.inComment) {
      prefix = indent(state.depth) + (text.charCodeAt(start) === STAR ? " " : "");
    } else {
      let leading = start;
      while (leading < end && isCloser(text.charCodeAt(leading))) leading++;
      prefix = indent(Math.max(0, state.depth - (leading - start)));
    }
    if (prefix !== "" || start !== lineStart) {
      if (copied < lineStart) out.push(text.slice(copied, lineStart));
      if (prefix !== "") out.push(prefix);
      copied = start;
    }
    if (end !== lineEnd) {
      if (copied < end) out.push(text.slice(copied, end));
      copied = lineEnd;
    }
    if (start !== end) scanLine(text, start, end, state);
    lineStart = lineEnd + 1;
  }
  if (copied < text.length) out.push(text.slice(copied));
  return out.join("");
}

/**
 * @typedef {{ depth: number; inComment: boolean; openQuote: number | undefined }} LineState
 * the bracket depth after a line, and what it left open: a block comment, or the quote (a
 * character code) of a template literal
 */

/**
 * Whether `c` is white space to `String.prototype.trim` (WhiteSpace or LineTerminator; the
 * line's own `\n` never reaches here).
 * @param {number} c
 */
function isTrimmed(c) {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The index of the first character of `text[start, end)` that is not white space (or `end`). */
function trimmedStart(text, start, end) {
  while (start < end && isTrimmed(text.charCodeAt(start))) start++;
  return start;
}

/** The index after the last character of `text[start, end)` that is not white space (or `start`). */
function trimmedEnd(text, start, end) {
  while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
  return end;
}

/** @param {number} c */
function isCloser(c) {
  return c === 125 || c === 93 || c === 41; // } ] )
}

/**
 * Moves `state` past one line, `text[start, end)`: its change of bracket depth (never below zero),
 * and what is left open at its end. Character codes rather than one-character strings: this runs
 * over every character of files of megabytes.
 * @param {string} text
 * @param {number} start
 * @param {number} end
 * @param {LineState} state
 */
function scanLine(text, start, end, state) {
  let delta = 0;
  let quote = state.openQuote;
  let comment = state.inComment;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (comment) {
      if (c === STAR && i + 1 < end && text.charCodeAt(i + 1) === SLASH) {
        comment = false;
        i++;
      }
    } else if (quote !== undefined) {
      if (c === BACKSLASH) i++;
      else if (c === quote) quote = undefined;
    } else if (c === 34 || c === 39 || c === BACKTICK) {
      quote = c; // " ' `
    } else if (c === SLASH) {
      const next = i + 1 < end ? text.charCodeAt(i + 1) : NaN;
      if (next === SLASH) break;
      if (next === STAR) {
        comment = true;
        i++;
      } else if (startsRegExp(text, start, i)) {
        i = regExpEnd(text, i, end);
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
  state.openQuote = quote === BACKTICK ? quote : undefined;
}

/** The characters after which a `/` starts an operand: operators and opening brackets. */
const BEFORE_OPERAND = new Set([..."(,=:[!&|?{};+-*%<>~^"].map((char) => char.charCodeAt(0)));

/**
 * Whether the `/` at `i` opens a regular expression literal (Ajv writes `.replace(/~/g, "~0")`):
 * so it is where an operand may start, after an operator or an opening bracket, not a division.
 * @param {string} text
 * @param {number} lineStart
 * @param {number} i
 */
function startsRegExp(text, lineStart, i) {
  let j = i - 1;
  while (j >= lineStart && text.charCodeAt(j) === 32) j--;
  return j < lineStart || BEFORE_OPERAND.has(text.charCodeAt(j));
}

/**
 * The index of the `/` that closes the regular expression literal opened at `start` (escapes and
 * character classes skipped), or the line's last index when it does not close.
 * @param {string} text
 * @param {number} start
 * @param {number} end the line's end
 */
function regExpEnd(text, start, end) {
  let inClass = false;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === 91)
      inClass = true; // [
    else if (c === 93)
      inClass = false; // ]
    else if (c === SLASH && !inClass) return i;
  }
  return end - 1;
}
