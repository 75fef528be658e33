/**
 * String and number formats for the generated validators: the definitions of ajv-formats
 * (https://github.com/ajv-validator/ajv-formats, MIT), ported to typed ESM with one export per
 * format, with the corrections the JSON Schema Test Suite asks for (date-time, duration, email,
 * hostname, uri, uri-reference, uuid). The generator compiles with these same definitions
 * (emit/validator-code.ts), in the shapes Ajv's generated code calls (`.validate(x)` or `(x)`;
 * a RegExp Ajv copies into the code), so a bundle holds only the formats its validators use.
 */
/** A format checked by a function, as Ajv calls it: `format.validate(value)`. */
export interface FormatDefinition<T> {
  readonly type?: "number";
  readonly validate: (value: T) => boolean;
  readonly compare?: (a: T, b: T) => number | undefined;
}
/**
 * `date-time` (RFC 3339 section 5.6): ajv-formats' full check (real calendar days, a time zone,
 * `t` or whitespace between date and time, leap seconds only at 23:59:60 UTC) with two of its
 * slips corrected, as the JSON Schema Test Suite checks: a numeric offset has its minutes
 * (`+01:00`, not `+01`), and an hour of 24 is never valid. Read character by character: it runs
 * on every timestamp of every payload, and a scan is several times faster than a regexp.
 */
export declare const dateTime: FormatDefinition<string>;
/** `date` (RFC 3339 full-date). */
export declare const date: FormatDefinition<string>;
/** `time` (RFC 3339 full-time). */
export declare const time: FormatDefinition<string>;
/**
 * `duration` (RFC 3339 appendix A): units from largest to smallest with none skipped in between
 * (`P1Y2M`, `PT1M30S`; not `P1Y1D` or `PT1H1S`), or weeks alone.
 */
export declare const duration: RegExp;
/**
 * `uri`: an absolute URI, by RFC 3986's grammar (stricter than ajv-formats' expression on ports,
 * brackets, `@`s and leading zeros in addresses, as the JSON Schema Test Suite checks).
 */
export declare function uri(text: string): boolean;
/** `uri-reference`: a URI or a relative reference (RFC 3986 section 4.1). */
export declare const uriReference: RegExp;
/**
 * `email` (RFC 5321 mailbox): a local part of atoms or a quoted string, `@`, and a domain name
 * or an address literal (`[192.0.2.1]`, `[IPv6:2001:db8::1]`).
 */
export declare function email(text: string): boolean;
/** `hostname` (RFC 1123 labels; a fully qualified name's trailing dot is not part of it). */
export declare const hostname: RegExp;
/** `ipv4`. */
export declare const ipv4: RegExp;
/** `ipv6`. */
export declare const ipv6: RegExp;
/** `uuid` (RFC 4122's string form; the `urn:uuid:` URN is a URI, not a uuid). */
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
