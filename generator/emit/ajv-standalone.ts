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
  readonly iteration?: { readonly names: NameCounts };
  readonly iterable?: { readonly names: NameCounts };
  readonly from?: unknown;
  readonly to?: unknown;
  readonly catch?: CodeNode;
  readonly finally?: CodeNode;
}

type NameCounts = Record<string, number>;

const { CodeGen } = require("ajv/dist/compile/codegen") as {
  CodeGen: { prototype: { optimize(passes?: number): void } };
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
    addCounts(counts, node.names); // a leaf's own getter: one statement's names, cached by Ajv
    return;
  }
  for (const child of node.nodes) countNames(child, counts);
  // What If, ForLoop, ForRange, ForIter and Try add to their children's names (Ajv 8's codegen).
  if ("condition" in node) addExpressionCounts(counts, node.condition);
  if (node.else !== undefined) countNames(node.else, counts);
  if (node.iteration !== undefined) addCounts(counts, node.iteration.names);
  if (node.iterable !== undefined) addCounts(counts, node.iterable.names);
  if ("from" in node) addExpressionCounts(counts, node.from);
  if ("to" in node) addExpressionCounts(counts, node.to);
  if (node.catch !== undefined) countNames(node.catch, counts);
  if (node.finally !== undefined) countNames(node.finally, counts);
}

function addCounts(counts: NameCounts, from: NameCounts): void {
  for (const name in from) counts[name] = (counts[name] || 0) + (from[name] || 0);
}

/** Ajv's `addExprNames`: an expression that is code or a name has names; a literal has none. */
function addExpressionCounts(counts: NameCounts, expression: unknown): void {
  if (expression instanceof CodeOrName) addCounts(counts, (expression as CodeNode).names);
}

const { _CodeOrName: CodeOrName } = require("ajv/dist/compile/codegen/code") as {
  _CodeOrName: abstract new () => unknown;
};

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
