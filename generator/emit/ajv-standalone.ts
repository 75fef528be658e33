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
