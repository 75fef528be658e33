/**
 * Where the prose of each operation sits in a JSON document's text: the string tokens of the
 * `summary` and `description` of every Operation object written inline under `paths` (found by
 * walking the structure, never by a key's name alone: a schema property or example data may be
 * called "description"). The text with these tokens cut out is what the spec-model cache is keyed
 * by (generator/spec-cache.ts): two texts equal outside them differ only in those values.
 *
 * A scanner of its own, not a parser: it reads just enough JSON to walk root → `paths` → path
 * items → operations, skipping every other value by its brackets (a tenth of `JSON.parse`'s time
 * on Cloudflare's 4 MB document, and with offsets). It never judges validity: callers parse the
 * tokens it returns, and a document it cannot walk gives `undefined` (the full path then).
 */
import { HTTP_METHODS } from "./model/ir.js";

/** One prose token: `text.slice(start, end)` is the JSON string of `paths[path][method][field]`. */
export interface ProseSpan {
  readonly path: string;
  readonly method: string;
  readonly field: "summary" | "description";
  readonly start: number;
  readonly end: number;
}

const METHODS: ReadonlySet<string> = new Set(HTTP_METHODS);
const PROSE: ReadonlySet<string> = new Set(["summary", "description"]);

/** Thrown inside the scanner when the text is not what it can walk. */
class Unscannable extends Error {}

/**
 * The prose tokens of `text` in text order, or undefined when the text is not a JSON object the
 * scanner can walk (or a key it walks through is written twice, which JSON readers settle apart).
 */
export function proseSpans(text: string): ProseSpan[] | undefined {
  try {
    const scanner = new Scanner(text);
    const spans: ProseSpan[] = [];
    scanner.object((key) => {
      if (key !== "paths" || !scanner.at("{")) return false;
      scanner.object((path) => scanner.at("{") && pathItem(scanner, path, spans));
      return true;
    });
    scanner.end();
    return spans;
  } catch (error) {
    if (error instanceof Unscannable) return undefined;
    throw error;
  }
}

/**
 * The operations of one path item. A path item with a `$ref` is read from elsewhere by the model
 * (its siblings may be ignored), so none of its prose is cut out: it stays in the key.
 */
function pathItem(scanner: Scanner, path: string, spans: ProseSpan[]): boolean {
  const found: ProseSpan[] = [];
  let ref = false;
  scanner.object((method) => {
    if (method === "$ref") ref = true;
    if (!METHODS.has(method) || !scanner.at("{")) return false;
    scanner.object((field) => {
      if (!PROSE.has(field) || !scanner.at('"')) return false;
      const start = scanner.position;
      scanner.skipString();
      found.push({
        path,
        method,
        field: field as ProseSpan["field"],
        start,
        end: scanner.position,
      });
      return true;
    });
    return true;
  });
  if (!ref) spans.push(...found);
  return true;
}

/** A cursor over JSON text. */
class Scanner {
  position = 0;
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
    if (text.startsWith("\uFEFF")) this.position = 1; // a byte-order mark, as load.ts allows
  }

  /** Whether the next token starts with `char` (after white space). */
  at(char: string): boolean {
    this.space();
    return this.text[this.position] === char;
  }

  /**
   * Walks an object's members: `member(key)` reads the value itself and returns true, or returns
   * false to have it skipped. A key seen twice in one object stops the scan.
   */
  object(member: (key: string) => boolean): void {
    this.expect("{");
    const keys = new Set<string>();
    if (this.at("}")) return void this.position++;
    for (;;) {
      this.space();
      const key = this.key();
      if (keys.has(key)) throw new Unscannable();
      keys.add(key);
      this.expect(":");
      if (!member(key)) this.skipValue();
      this.space();
      const next = this.text[this.position++];
      if (next === "}") return;
      if (next !== ",") throw new Unscannable();
    }
  }

  /** Only white space is left. */
  end(): void {
    this.space();
    if (this.position !== this.text.length) throw new Unscannable();
  }

  /** Moves past a string token (the cursor on its opening quote). */
  skipString(): void {
    let at = this.position + 1;
    for (;;) {
      const quote = this.text.indexOf('"', at);
      if (quote < 0) throw new Unscannable();
      let backslashes = 0;
      while (this.text[quote - 1 - backslashes] === "\\") backslashes++;
      at = quote + 1;
      if (backslashes % 2 === 0) break;
    }
    this.position = at;
  }

  private key(): string {
    if (this.text[this.position] !== '"') throw new Unscannable();
    const start = this.position;
    this.skipString();
    const token = this.text.slice(start, this.position);
    if (!token.includes("\\")) return token.slice(1, -1);
    try {
      return JSON.parse(token) as string;
    } catch {
      throw new Unscannable();
    }
  }

  /** Moves past any value: strings by their quotes, objects and arrays by their brackets. */
  private skipValue(): void {
    this.space();
    const { text } = this;
    let depth = 0;
    for (;;) {
      const code = text.charCodeAt(this.position);
      if (Number.isNaN(code)) throw new Unscannable(); // past the end
      if (code === 0x22) {
        this.skipString();
        if (depth === 0) return;
        continue;
      }
      if (code === 0x7b || code === 0x5b) depth++;
      else if (code === 0x7d || code === 0x5d) {
        if (depth === 0) return; // the end of the enclosing object or array: not ours to take
        depth--;
        if (depth === 0) return void this.position++;
      } else if (depth === 0 && (code === 0x2c || code <= 0x20)) return;
      this.position++;
    }
  }

  private expect(char: string): void {
    this.space();
    if (this.text[this.position] !== char) throw new Unscannable();
    this.position++;
  }

  private space(): void {
    for (;;) {
      const code = this.text.charCodeAt(this.position);
      if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return;
      this.position++;
    }
  }
}
