/**
 * Where a JSON pointer's node starts in a JSON text, without a syntax tree of the whole text.
 *
 * A diagnostic's `line:column` used to come from yaml-ast-parser's tree of the file, which for a
 * 4 MB JSON spec is a whole second to build and hundreds of megabytes to keep. In strict JSON (the
 * load stage has checked the text with `JSON.parse`) a node's position is found by scanning only
 * the objects and arrays the pointer passes through, each scanned once and its members' offsets
 * kept. The positions are the ones yaml-ast-parser gives: an object or array at its bracket, a
 * string (value or key) at its opening quote, any other value at its first character.
 */

/** One member of an object (its key and offsets) or an item of an array (no key). */
interface Member {
  readonly key: string | undefined;
  readonly keyStart: number;
  readonly valueStart: number;
}

/**
 * An object's or array's members in order, and an object's by key (the first of a repeated key,
 * as a search in order finds it): a diagnostic in a large map (`components.schemas`, thousands of
 * members) finds its member without a search through them all.
 */
interface Members {
  readonly list: readonly Member[];
  readonly byKey: ReadonlyMap<string, Member>;
}

/** The members of the objects and arrays scanned so far, by the offset of their bracket. */
type Index = Map<number, Members>;

const INDEXES = new WeakMap<object, Index>();

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

/**
 * The offset of the node at `pointer` in the JSON `text`, as deep as the pointer leads (a segment
 * that names nothing stops the walk where it is), or of its key when `onKey` and the node is an
 * object member. `owner` keys the index of scanned members kept for the text (its source).
 * Segments are matched as written first, then percent-decoded, as `locate` does with YAML.
 */
export function jsonOffsetAt(owner: object, text: string, pointer: string, onKey: boolean): number {
  let index = INDEXES.get(owner);
  if (index === undefined) {
    index = new Map();
    INDEXES.set(owner, index);
  }
  let at = skipSpace(text, 0);
  let member: Member | undefined;
  for (const segment of pointer.replace(/^#\/?/, "").split("/")) {
    if (segment === "") continue;
    const next = childOf(index, text, at, segment.replace(/~1/g, "/").replace(/~0/g, "~"));
    if (next === undefined) break;
    member = next;
    at = next.valueStart;
  }
  return onKey && member?.key !== undefined ? member.keyStart : at;
}

/** The member of the object (by key) or the item of the array (by index) at `at`, if any. */
function childOf(index: Index, text: string, at: number, key: string): Member | undefined {
  const bracket = text.charCodeAt(at);
  if (bracket !== OPEN_BRACE && bracket !== OPEN_BRACKET) return undefined;
  let members = index.get(at);
  if (members === undefined) {
    members = withKeys(membersOf(text, at));
    index.set(at, members);
  }
  if (bracket === OPEN_BRACKET) return members.list[Number.parseInt(key, 10)];
  return members.byKey.get(key) ?? members.byKey.get(safeDecode(key));
}

function withKeys(list: readonly Member[]): Members {
  const byKey = new Map<string, Member>();
  for (const member of list) {
    if (member.key !== undefined && !byKey.has(member.key)) byKey.set(member.key, member);
  }
  return { list, byKey };
}

/** The members of the object or array whose bracket is at `start`. */
function membersOf(text: string, start: number): Member[] {
  const object = text.charCodeAt(start) === OPEN_BRACE;
  const close = object ? CLOSE_BRACE : CLOSE_BRACKET;
  const members: Member[] = [];
  let at = skipSpace(text, start + 1);
  while (at < text.length && text.charCodeAt(at) !== close) {
    let key: string | undefined;
    const keyStart = at;
    if (object) {
      const end = stringEnd(text, at);
      key = keyText(text, at, end);
      at = skipSpace(text, end);
      if (text.charCodeAt(at) === COLON) at = skipSpace(text, at + 1);
    }
    members.push({ key, keyStart, valueStart: at });
    at = skipSpace(text, valueEnd(text, at));
    if (text.charCodeAt(at) === COMMA) at = skipSpace(text, at + 1);
  }
  return members;
}

/** The text of a key (a JSON string from `start` to `end`), unescaped only when it must be. */
function keyText(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1);
  return raw.includes("\\") ? (JSON.parse(text.slice(start, end)) as string) : raw;
}

/**
 * How many members the objects of a JSON text have, counted as written: a key written twice
 * counts twice (`JSON.parse` keeps one). The text is strict JSON.
 */
export function memberCount(text: string): number {
  let count = 0;
  const inObject: boolean[] = [];
  let keyNext = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      if (keyNext) count++;
      keyNext = false;
      i = stringEnd(text, i) - 1;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      inObject.push(code === OPEN_BRACE);
      keyNext = code === OPEN_BRACE;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      inObject.pop();
      keyNext = false;
    } else if (code === COMMA) {
      keyNext = inObject[inObject.length - 1] === true;
    }
  }
  return count;
}

/** The offset just past the value starting at `at`. */
function valueEnd(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (first === QUOTE) return stringEnd(text, at);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) return scalarEnd(text, at);
  let depth = 0;
  let i = at;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      i = stringEnd(text, i);
      continue;
    }
    if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
    else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return i;
}

/** The offset just past the string whose opening quote is at `at`. */
function stringEnd(text: string, at: number): number {
  let i = at + 1;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote === -1) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    i = quote + 1;
  }
}

/** The offset just past a number, `true`, `false` or `null` starting at `at`. */
function scalarEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || isSpace(code)) break;
    i++;
  }
  return i;
}

function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** JSON's whitespace: space, tab, line feed, carriage return. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** `decodeURIComponent`, or the text itself when it is not valid percent-encoding. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
