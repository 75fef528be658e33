// Layout of generated files too large for prettier (see format.ts): each line indented two spaces
// per open bracket, the way prettier indents, in one linear pass. The files it gets are already one
// statement or member per line (Ajv's standalone code, the TypeScript printer's output), so
// indentation is all they lack. Plain JS so that the formatter thread can load it as it is.

/** Characters that open and close a nesting level. */
const OPENERS = "{[(";
const CLOSERS = "}])";

/**
 * Re-indents `text` by bracket depth. Strings, template literals and comments are skipped when
 * counting; a block comment's inner lines are aligned one space past its opening line.
 * @param {string} text
 * @returns {string}
 */
export function indentByBrackets(text) {
  const out = [];
  let depth = 0;
  let inComment = false;
  /** @type {string | undefined} the quote of a string or template literal left open at line end */
  let openQuote;
  for (const raw of text.split("\n")) {
    const line = openQuote === undefined ? raw.trim() : raw.trimEnd();
    if (openQuote !== undefined) {
      out.push(line); // inside a multi-line template literal: the text is the value, keep it
    } else if (line === "") {
      out.push("");
      continue;
    } else if (inComment) {
      out.push(`${"  ".repeat(depth)}${line.startsWith("*") ? " " : ""}${line}`);
    } else {
      let leading = 0;
      while (leading < line.length && CLOSERS.includes(line[leading])) leading++;
      out.push(`${"  ".repeat(Math.max(0, depth - leading))}${line}`);
    }
    const scan = scanLine(line, inComment, openQuote);
    depth = Math.max(0, depth + scan.delta);
    inComment = scan.inComment;
    openQuote = scan.openQuote;
  }
  return out.join("\n");
}

/**
 * The change of bracket depth over one line, and what is left open at its end.
 * @param {string} line
 * @param {boolean} inComment
 * @param {string | undefined} openQuote
 */
function scanLine(line, inComment, openQuote) {
  let delta = 0;
  let quote = openQuote;
  let comment = inComment;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (comment) {
      if (c === "*" && line[i + 1] === "/") {
        comment = false;
        i++;
      }
    } else if (quote !== undefined) {
      if (c === "\\") i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'" || c === "`") {
      quote = c;
    } else if (c === "/" && line[i + 1] === "/") {
      break;
    } else if (c === "/" && line[i + 1] === "*") {
      comment = true;
      i++;
    } else if (c === "/" && startsRegExp(line, i)) {
      i = regExpEnd(line, i);
    } else if (OPENERS.includes(c)) {
      delta++;
    } else if (CLOSERS.includes(c)) {
      delta--;
    }
  }
  // A quote other than a template literal's cannot span lines: the line ended it.
  return { delta, inComment: comment, openQuote: quote === "`" ? quote : undefined };
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
