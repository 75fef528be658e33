/**
 * String and number formats for the generated validators: the definitions of ajv-formats
 * (https://github.com/ajv-validator/ajv-formats, MIT), ported to typed ESM with one export per
 * format, in the shapes Ajv's generated code calls (`.validate(x)`, `.test(x)` or `(x)`), so a
 * bundle holds only the formats its validators use. Each export is named by `formatExportName`.
 */
/** A format checked by a function, as Ajv calls it: `format.validate(value)`. */
export interface FormatDefinition<T> {
  readonly type?: "number";
  readonly validate: (value: T) => boolean;
  readonly compare?: (a: T, b: T) => number | undefined;
}
/**
 * `date-time` (RFC 3339 section 5.6): the same rules as ajv-formats' full check (real calendar
 * days, a time zone, `t` or whitespace between date and time, leap seconds only at 23:59:60 UTC),
 * read character by character: it runs on every timestamp of every payload, and a scan is several
 * times faster than the regular expressions.
 */
export declare const dateTime: FormatDefinition<string>;
/** `date` (RFC 3339 full-date). */
export declare const date: FormatDefinition<string>;
/** `time` (RFC 3339 full-time). */
export declare const time: FormatDefinition<string>;
/** `duration` (RFC 3339 appendix A). */
export declare const duration: RegExp;
/** `uri`: an absolute URI. */
export declare function uri(text: string): boolean;
/** `uri-reference`. */
export declare const uriReference: RegExp;
/** `email`. */
export declare const email: RegExp;
/** `hostname`. */
export declare const hostname: RegExp;
/** `ipv4`. */
export declare const ipv4: RegExp;
/** `ipv6`. */
export declare const ipv6: RegExp;
/** `uuid` (RFC 4122). */
export declare const uuid: RegExp;
/** `regex`: an ECMAScript regular expression. */
export declare function regex(text: string): boolean;
/** `byte`: base64. */
export declare function byte(text: string): boolean;
/** `int32`: an integer in the signed 32-bit range. */
export declare const int32: FormatDefinition<number>;
/** `int64`: an integer (JSON numbers cannot exceed JavaScript's safe range anyway). */
export declare const int64: FormatDefinition<number>;
/** `float` and `double`: any number. */
export declare const float: FormatDefinition<number>;
/** `double`: any number. */
export declare const double: FormatDefinition<number>;
