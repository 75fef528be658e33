/**
 * Ajv's standalone code for many exports, in linear time. Ajv's own `standaloneCode` appends each
 * export to one growing code object, copying everything before it every time: quadratic, 16 of
 * the 27 seconds of the Cloudflare spec's 5,000 validators. This is the same walk (each validate
 * function's code once, after the scope values it uses), collecting strings instead.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { UsedValueState } = require("ajv/dist/compile/codegen/scope") as {
  UsedValueState: { Started: number; Completed: number };
};
const { getEsmExportName, _Code: Code } = require("ajv/dist/compile/codegen/code") as {
  getEsmExportName: (name: string) => string;
  /** Ajv's code fragment; its scope writer takes these, and would quote a plain string. */
  _Code: new (code: string) => { toString(): string };
};

/** A node of Ajv's code tree, as far as counting its names goes. */
interface CodeNode {
  readonly nodes?: readonly CodeNode[];
  readonly names: NameCounts;
  readonly condition?: unknown;
  readonly else?: CodeNode;
  readonly iteration?: unknown;
  readonly iterable?: unknown;
  readonly from?: unknown;
  readonly to?: unknown;
  readonly catch?: CodeNode;
  readonly finally?: CodeNode;
  // A leaf's expressions (Ajv 8's Def, Assign, AssignOp, Throw, AnyCode).
  readonly lhs?: unknown;
  readonly rhs?: unknown;
  readonly error?: unknown;
  readonly code?: unknown;
  readonly label?: unknown;
}

type NameCounts = Record<string, number>;

const { CodeGen } = require("ajv/dist/compile/codegen") as {
  CodeGen: { prototype: { optimize(passes?: number): void } };
};
const { Name: AjvName, _Code: AjvCode } = require("ajv/dist/compile/codegen/code") as {
  Name: abstract new () => { readonly str: string };
  _Code: abstract new () => { readonly _items: readonly unknown[] };
};

/**
 * Ajv's code optimizer first counts the uses of each name in a function (to inline constants used
 * once and drop unused ones). It counts bottom-up: every block returns a fresh object merging its
 * children's, so each name is copied once per enclosing block, a fifth of the validators' time on
 * Cloudflare's deeply nested schemas. These are the same counts summed into one object in one
 * walk; the optimizer looks them up and changes them, never iterates them, so the code it makes
 * is the same (the goldens and the Cloudflare output are byte-identical with and without this).
 */
function countNames(node: CodeNode, counts: NameCounts): void {
  if (node.nodes === undefined) {
    countLeaf(node, counts);
    return;
  }
  for (const child of node.nodes) countNames(child, counts);
  // What If, ForLoop, ForRange, ForIter and Try add to their children's names (Ajv 8's codegen).
  if ("condition" in node) countExpression(counts, node.condition);
  if (node.else !== undefined) countNames(node.else, counts);
  if (node.iteration !== undefined) countExpression(counts, node.iteration);
  if (node.iterable !== undefined) countExpression(counts, node.iterable);
  if ("from" in node) countExpression(counts, node.from);
  if ("to" in node) countExpression(counts, node.to);
  if (node.catch !== undefined) countNames(node.catch, counts);
  if (node.finally !== undefined) countNames(node.finally, counts);
}

/**
 * A statement's names, as its `names` getter has them but without the object each call of it
 * makes (Ajv's Assign and Name make a new one every time): most of the counting's time and
 * garbage. Unknown statements fall back to their getter.
 */
function countLeaf(node: CodeNode, counts: NameCounts): void {
  if ("rhs" in node) {
    // Def, Assign, AssignOp: an assigned name is no use of it; an assigned expression is.
    if ("lhs" in node && !(node.lhs instanceof AjvName)) countExpression(counts, node.lhs);
    countExpression(counts, node.rhs);
  } else if ("error" in node)
    countExpression(counts, node.error); // Throw
  else if ("code" in node)
    countExpression(counts, node.code); // AnyCode
  else if (!("label" in node)) addCounts(counts, node.names); // Label and Break have none
}

function addCounts(counts: NameCounts, from: NameCounts): void {
  for (const name in from) counts[name] = (counts[name] || 0) + (from[name] || 0);
}

/**
 * Ajv's `addExprNames`: an expression that is a name counts once, code counts the names among
 * its items (flat: Ajv splices nested code's items in), and a literal has none.
 */
function countExpression(counts: NameCounts, expression: unknown): void {
  if (expression instanceof AjvName) {
    counts[expression.str] = (counts[expression.str] || 0) + 1;
  } else if (expression instanceof AjvCode) {
    for (const item of expression._items) {
      if (item instanceof AjvName) counts[item.str] = (counts[item.str] || 0) + 1;
    }
  }
}

CodeGen.prototype.optimize = function optimize(passes = 1): void {
  const self = this as unknown as {
    _root: CodeNode & {
      optimizeNodes(): void;
      optimizeNames(names: NameCounts, constants: unknown): void;
    };
    _constants: unknown;
  };
  while (passes-- > 0) {
    self._root.optimizeNodes();
    const counts: NameCounts = {};
    countNames(self._root, counts);
    self._root.optimizeNames(counts, self._constants);
  }
};

/** What Ajv keeps of a compiled function for standalone code (`validate.source`). */
interface Source {
  readonly validateName: Name;
  readonly validateCode: string;
  readonly scopeValues: unknown;
  readonly evaluated?: unknown;
}

interface Name {
  readonly prefix: string;
  readonly value?: { readonly ref?: unknown };
  toString(): string;
}

type UsedValues = Record<string, Map<Name, number>>;

interface AjvScope {
  scopeCode(
    values: unknown,
    used: UsedValues,
    getCode: (name: Name) => { toString(): string } | undefined,
  ): { toString(): string };
}

/** An ESM module exporting, under each key of `exports`, the validator of the schema with that id. */
export function standaloneExports(
  ajv: { getSchema(id: string): unknown },
  exports: Readonly<Record<string, string>>,
): string {
  const scope = (ajv as unknown as { scope: AjvScope }).scope;
  const used: UsedValues = {};
  const parts: string[] = ['"use strict";'];

  const state = (name: Name): number | undefined => used[name.prefix]?.get(name);
  const setState = (name: Name, value: number): void => {
    (used[name.prefix] ??= new Map()).set(name, value);
  };

  /** A function's code (and first that of the functions and values it uses), or "" if written. */
  function validateCode(source: Source | undefined): string {
    if (source === undefined) throw new Error("Ajv compiled a function without its source");
    if (state(source.validateName) === UsedValueState.Completed) return "";
    setState(source.validateName, UsedValueState.Started);
    const scopeCode = scope.scopeCode(source.scopeValues, used, referencedCode);
    const evaluated =
      source.evaluated === undefined
        ? ""
        : `${String(source.validateName)}.evaluated = ${String(source.evaluated)};\n`;
    return `${String(scopeCode)}\n${source.validateCode}${evaluated}`;
  }

  function referencedCode(name: Name): { toString(): string } | undefined {
    const ref = name.value?.ref;
    if (name.prefix === "validate" && typeof ref === "function") {
      return new Code(validateCode((ref as { source?: Source }).source));
    }
    if ((name.prefix === "root" || name.prefix === "wrapper") && typeof ref === "object") {
      const { validate, validateName } = ref as {
        validate?: { source?: Source };
        validateName?: Name;
      };
      if (validateName === undefined) throw new Error("ajv internal error");
      const wrapper = `const ${String(name)} = {validate: ${String(validateName)}};`;
      if (state(validateName) === UsedValueState.Started) return new Code(wrapper);
      return new Code(`${wrapper}\n${validateCode(validate?.source)}`);
    }
    return undefined;
  }

  for (const [exportName, id] of Object.entries(exports)) {
    const validate = ajv.getSchema(id) as { source?: Source } | undefined;
    if (validate === undefined) throw new Error(`No schema with id ${id}`);
    const code = validateCode(validate.source);
    parts.push(
      `export const ${getEsmExportName(exportName)} = ${String(validate.source!.validateName)};\n${code}`,
    );
  }
  return parts.join("\n");
}
