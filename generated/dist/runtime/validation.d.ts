/**
 * The validators' runtime: wraps each generated Ajv validate function as a Standard Schema v1
 * validator with `is` and `assert`, and turns Ajv's errors into issues in plain words, each with a
 * JSON Pointer into the checked value.
 */
import { type ValidationIssue, type ValidationTarget } from "./errors.js";
/**
 * An error as the generated validators report it. `schema` and `data` are on `if` errors only (the
 * condition's required names and `enum`/`const` rules, and the data it was checked against), and
 * `schema` on `propertyNames` errors (`{ pattern }`); see emit/validator-code.ts.
 */
export interface AjvError {
  readonly instancePath: string;
  /** Present on `if` errors and errors inside a `then` (the generator drops the others). */
  readonly schemaPath?: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
  readonly propertyName?: string;
  readonly schema?: unknown;
  readonly data?: unknown;
}
/** A generated Ajv validate function. */
export interface AjvValidate {
  (data: unknown): boolean;
  errors?: readonly AjvError[] | null;
}
/** The Standard Schema v1 interface (https://standardschema.dev), declared here to need no package. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly "~standard": {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => StandardResult<Output>;
    readonly types?: {
      readonly input: Input;
      readonly output: Output;
    };
  };
}
/** A Standard Schema result: the value, or the issues. */
export type StandardResult<Output> =
  | {
      readonly value: Output;
      readonly issues?: undefined;
    }
  | {
      readonly issues: readonly StandardIssue[];
    };
/** A Standard Schema issue. */
export interface StandardIssue {
  readonly message: string;
  readonly path?: readonly PropertyKey[];
}
/** A validator of one schema of the spec, typed by the spec's type for it. */
export interface Validator<T> extends StandardSchemaV1<unknown, T> {
  /** Every problem of `value`; empty when it is valid. */
  issues(value: unknown): readonly ValidationIssue[];
  /** Whether `value` is valid; narrows it to the spec's type. */
  is(value: unknown): value is T;
  /** Throws `ValidationError` listing every problem unless `value` is valid. */
  assert(value: unknown): asserts value is T;
}
/** Wraps a generated validate function. */
export declare function createValidator<T>(
  validate: AjvValidate,
  target: ValidationTarget,
): Validator<T>;
/** Checks `value` and throws `ValidationError` (for `target`) with every issue. */
export declare function check(
  validate: AjvValidate,
  target: ValidationTarget,
  value: unknown,
): void;
/** Ajv's errors as issues in plain words; the `if` errors only lend their condition. */
export declare function issuesOf(errors: readonly AjvError[]): ValidationIssue[];
/** Length in Unicode code points, as JSON Schema counts `minLength` / `maxLength` (from Ajv). */
export declare function ucs2length(text: string): number;
