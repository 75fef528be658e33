/**
 * A string matching a regular expression, for the mocks' default data: a small deterministic
 * generator for the subset real specs use (literals, escapes, classes, groups, alternation,
 * quantifiers, anchors). Every candidate is tested with the pattern itself (unicode mode, as the
 * validators run it); `undefined` when no candidate of this subset matches.
 */

type Node =
  | { readonly kind: "text"; readonly chars: string }
  | { readonly kind: "class"; readonly chars: readonly string[] }
  | { readonly kind: "alt"; readonly options: readonly Node[][] }
  | { readonly kind: "repeat"; readonly node: Node; readonly min: number; readonly max: number };

/** Length limits and which variant to prefer (the item's index, so array items differ). */
export interface PatternLimits {
  readonly min: number;
  readonly max: number;
  readonly index: number;
}

/** A string matching every pattern within the limits, or undefined. */
export function patternSample(
  patterns: readonly string[],
  limits: PatternLimits,
): string | undefined {
  const tests = patterns.map(compile);
  if (tests.some((t) => t === undefined)) return undefined;
  for (const source of patterns) {
    let tree: Node[];
    try {
      tree = new Parser(source).parse();
    } catch {
      continue; // outside the subset: try the next pattern as the source
    }
    for (const extra of [0, 1, 2, 3, 5, 8, 16, 32, 64]) {
      for (const variant of [limits.index, 0, 1, 2, 3]) {
        const made = pad(render(tree, { extra, variant }), limits);
        const length = [...made].length;
        if (length < limits.min || length > limits.max) continue;
        if (tests.every((test) => test!(made))) return made;
      }
    }
  }
  return undefined;
}

function compile(pattern: string): ((text: string) => boolean) | undefined {
  for (const flags of ["u", ""]) {
    try {
      const regex = new RegExp(pattern, flags);
      return (text) => regex.test(text);
    } catch {
      // try without the unicode flag
    }
  }
  return undefined;
}

/** Unanchored patterns match inside a longer string: pad a short one. */
function pad(text: string, limits: PatternLimits): string {
  const length = [...text].length;
  return length < limits.min ? text + "x".repeat(limits.min - length) : text;
}

interface Choice {
  readonly extra: number;
  readonly variant: number;
}

function render(nodes: readonly Node[], choice: Choice): string {
  return nodes.map((node) => renderNode(node, choice)).join("");
}

function renderNode(node: Node, choice: Choice): string {
  switch (node.kind) {
    case "text":
      return node.chars;
    case "class":
      return node.chars[choice.variant % node.chars.length]!;
    case "alt":
      return render(node.options[choice.variant % node.options.length]!, choice);
    case "repeat": {
      const count = Math.min(node.max, node.min + choice.extra);
      return renderNode(node.node, choice).repeat(count);
    }
  }
}

/** Characters tried, in order, for a class or `.`: the first one the class accepts is taken. */
const CANDIDATES = "a0bcdefghijklmnopqrstuvwxyz123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_-. @:/";

const CLASS_ESCAPES: Readonly<Record<string, string>> = {
  d: "0",
  D: "a",
  w: "a",
  W: "-",
  s: " ",
  S: "a",
};

class Parser {
  private position = 0;

  constructor(private readonly source: string) {}

  parse(): Node[] {
    const options = this.alternatives();
    if (this.position < this.source.length) throw new Error("unbalanced )");
    return options.length === 1 ? options[0]! : [{ kind: "alt", options }];
  }

  private alternatives(): Node[][] {
    const options: Node[][] = [this.sequence()];
    while (this.peek() === "|") {
      this.position++;
      options.push(this.sequence());
    }
    return options;
  }

  private sequence(): Node[] {
    const nodes: Node[] = [];
    while (this.position < this.source.length && this.peek() !== "|" && this.peek() !== ")") {
      const atom = this.atom();
      if (atom !== undefined) nodes.push(this.quantified(atom));
    }
    return nodes;
  }

  private peek(): string | undefined {
    return this.source[this.position];
  }

  private atom(): Node | undefined {
    const char = this.source[this.position++]!;
    if (char === "^" || char === "$") return undefined;
    if (char === "(") return this.group();
    if (char === "[") return { kind: "class", chars: this.charClass() };
    if (char === ".") return { kind: "text", chars: "a" };
    if (char === "\\") return this.escape();
    if ("*+?{".includes(char) && char !== "{") throw new Error("nothing to repeat");
    return { kind: "text", chars: char };
  }

  private group(): Node {
    if (this.source.startsWith("?:", this.position)) this.position += 2;
    else if (
      this.source.startsWith("?<", this.position) &&
      !/^\?<[=!]/.test(this.source.slice(this.position))
    ) {
      this.position = this.source.indexOf(">", this.position) + 1;
    } else if (this.peek() === "?") throw new Error("lookaround is outside the subset");
    const options = this.alternatives();
    if (this.source[this.position++] !== ")") throw new Error("unclosed group");
    return { kind: "alt", options };
  }

  private escape(): Node | undefined {
    const char = this.source[this.position++];
    if (char === undefined) throw new Error("trailing backslash");
    if (char === "b" || char === "B") return undefined;
    if (char in CLASS_ESCAPES) return { kind: "text", chars: CLASS_ESCAPES[char]! };
    return { kind: "text", chars: this.escapedChar(char) };
  }

  private escapedChar(char: string): string {
    if (char === "u" && this.peek() === "{") {
      const end = this.source.indexOf("}", this.position);
      const code = parseInt(this.source.slice(this.position + 1, end), 16);
      this.position = end + 1;
      return String.fromCodePoint(code);
    }
    if (char === "u" || char === "x") {
      const width = char === "u" ? 4 : 2;
      const code = parseInt(this.source.slice(this.position, this.position + width), 16);
      this.position += width;
      return String.fromCharCode(code);
    }
    const controls: Record<string, string> = {
      n: "\n",
      r: "\r",
      t: "\t",
      f: "\f",
      v: "\v",
      "0": "\0",
    };
    if (/[1-9]/.test(char)) throw new Error("back references are outside the subset");
    if (/[pPkc]/.test(char)) throw new Error(`\\${char} is outside the subset`);
    return controls[char] ?? char;
  }

  /** The candidates the class accepts (tested with the class itself), at least one. */
  private charClass(): string[] {
    const start = this.position - 1;
    while (this.position < this.source.length && this.source[this.position] !== "]") {
      if (this.source[this.position] === "\\") this.position++;
      this.position++;
    }
    if (this.position >= this.source.length) throw new Error("unclosed class");
    this.position++;
    const cls = this.source.slice(start, this.position);
    const regex = new RegExp(`^${cls}$`, "u");
    const accepted = [...CANDIDATES].filter((c) => regex.test(c));
    if (accepted.length > 0) return accepted;
    for (let code = 0x21; code < 0x3000; code++) {
      if (regex.test(String.fromCharCode(code))) return [String.fromCharCode(code)];
    }
    throw new Error("no character in the class");
  }

  private quantified(atom: Node): Node {
    const char = this.peek();
    let min = 1;
    let max = 1;
    if (char === "*" || char === "+" || char === "?") {
      this.position++;
      [min, max] = char === "*" ? [0, Infinity] : char === "+" ? [1, Infinity] : [0, 1];
    } else if (char === "{" && /^\{\d+(,\d*)?\}/.test(this.source.slice(this.position))) {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.position))!;
      this.position += match[0].length;
      min = Number(match[1]);
      max = match[2] === undefined ? min : match[3] === "" ? Infinity : Number(match[3]);
    } else return atom;
    if (this.peek() === "?" || this.peek() === "+") this.position++; // lazy / possessive
    return { kind: "repeat", node: atom, min, max };
  }
}
