/**
 * String and number formats for the generated validators: the definitions of ajv-formats
 * (https://github.com/ajv-validator/ajv-formats, MIT), ported to typed ESM with one export per
 * format, with the corrections the JSON Schema Test Suite asks for (date-time, duration, email,
 * hostname, uri, uri-reference, uuid). The generator compiles with these same definitions
 * (emit/validator-code.ts), in the shapes Ajv's generated code calls (`.validate(x)` or `(x)`;
 * a RegExp Ajv copies into the code), so a bundle holds only the formats its validators use.
 */
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
const Z_ANCHOR = /[^\\]\\Z/;
function isLeapYear(year) {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
function isDate(text) {
  const matches = DATE.exec(text);
  if (!matches) return false;
  const year = Number(matches[1]);
  const month = Number(matches[2]);
  const day = Number(matches[3]);
  const last = month === 2 && isLeapYear(year) ? 29 : (DAYS[month] ?? 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= last;
}
function isTime(text) {
  const matches = TIME.exec(text);
  if (!matches) return false;
  const hr = Number(matches[1]);
  const min = Number(matches[2]);
  const sec = Number(matches[3]);
  const tzSign = matches[5] === "-" ? -1 : 1;
  const tzH = Number(matches[6] ?? 0);
  const tzM = Number(matches[7] ?? 0);
  if (tzH > 23 || tzM > 59 || !matches[4]) return false;
  if (hr <= 23 && min <= 59 && sec < 60) return true;
  const utcMin = min - tzM * tzSign;
  const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
  return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
}
function compareStrings(a, b) {
  if (!(a && b)) return undefined;
  return a > b ? 1 : a < b ? -1 : 0;
}
function compareInstants(a, b) {
  const t1 = new Date(a).valueOf();
  const t2 = new Date(b).valueOf();
  return t1 && t2 ? t1 - t2 : undefined;
}
/**
 * `date-time` (RFC 3339 section 5.6): ajv-formats' full check (real calendar days, a time zone,
 * `t` or whitespace between date and time, leap seconds only at 23:59:60 UTC) with two of its
 * slips corrected, as the JSON Schema Test Suite checks: a numeric offset has its minutes
 * (`+01:00`, not `+01`), and an hour of 24 is never valid. Read character by character: it runs
 * on every timestamp of every payload, and a scan is several times faster than a regexp.
 */
export const dateTime = {
  validate: (text) => {
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 2);
    const day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0 || text[4] !== "-" || text[7] !== "-") return false;
    if (!isSeparator(text[10] ?? "")) return false;
    const hr = digits(text, 11, 2);
    const min = digits(text, 14, 2);
    const sec = digits(text, 17, 2);
    if (hr < 0 || min < 0 || sec < 0 || text[13] !== ":" || text[16] !== ":") return false;
    let at = 19;
    if (text[at] === ".") {
      const start = ++at;
      while (isDigit(text.charCodeAt(at))) at++;
      if (at === start) return false;
    }
    const zone = timeZone(text, at);
    if (zone === undefined) return false;
    const last = month === 2 && isLeapYear(year) ? 29 : (DAYS[month] ?? 0);
    if (month < 1 || month > 12 || day < 1 || day > last) return false;
    if (hr > 23 || min > 59) return false;
    if (sec < 60) return true;
    const utcMin = min - zone.minutes;
    const utcHr = hr - zone.hours - (utcMin < 0 ? 1 : 0);
    return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
  },
  compare: compareInstants,
};
/** `count` decimal digits at `at` as a number, or -1. */
function digits(text, at, count) {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const code = text.charCodeAt(i);
    if (!isDigit(code)) return -1;
    value = value * 10 + code - 48;
  }
  return value;
}
function isDigit(code) {
  return code >= 48 && code <= 57;
}
function isSeparator(char) {
  return char === "T" || char === "t" || char === " " || (char !== "" && /\s/.test(char));
}
/**
 * `z`, or `+hh:mm` (and `-`) ending the text at `at`; the signed offset, or undefined. RFC 3339's
 * `time-numoffset` always has the colon and the minutes (ajv-formats also took `+hh`, `+hhmm`).
 */
function timeZone(text, at) {
  const char = text[at];
  if (char === "z" || char === "Z")
    return at + 1 === text.length ? { hours: 0, minutes: 0 } : undefined;
  if (char !== "+" && char !== "-") return undefined;
  const sign = char === "-" ? -1 : 1;
  const hours = digits(text, at + 1, 2);
  const minutes = digits(text, at + 4, 2);
  if (hours < 0 || minutes < 0 || text[at + 3] !== ":" || at + 6 !== text.length) return undefined;
  if (hours > 23 || minutes > 59) return undefined;
  return { hours: sign * hours, minutes: sign * minutes };
}
/** `date` (RFC 3339 full-date). */
export const date = { validate: isDate, compare: compareStrings };
/** `time` (RFC 3339 full-time). */
export const time = {
  validate: isTime,
  compare: (a, b) => compareInstants(`2020-01-01T${a}`, `2020-01-01T${b}`),
};
/**
 * `duration` (RFC 3339 appendix A): units from largest to smallest with none skipped in between
 * (`P1Y2M`, `PT1M30S`; not `P1Y1D` or `PT1H1S`), or weeks alone.
 */
export const duration =
  /^P(?:(?:\d+Y(?:\d+M(?:\d+D)?)?|\d+M(?:\d+D)?|\d+D)(?:T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S))?|T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S)|\d+W)$/;
/** RFC 3986's grammar (section 3 and appendix A), piece by piece. */
const UNRESERVED = "a-z0-9\\-._~";
const SUB_DELIMS = "!$&'()*+,;=";
const PCT_ENCODED = "%[0-9a-f]{2}";
const PCHAR = `(?:[${UNRESERVED}${SUB_DELIMS}:@]|${PCT_ENCODED})`;
const SEGMENT = `${PCHAR}*`;
const SEGMENT_NZ = `${PCHAR}+`;
const SEGMENT_NZ_NC = `(?:[${UNRESERVED}${SUB_DELIMS}@]|${PCT_ENCODED})+`;
const DEC_OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const IPV4_ADDRESS = `${DEC_OCTET}(?:\\.${DEC_OCTET}){3}`;
const H16 = "[0-9a-f]{1,4}";
const LS32 = `(?:${H16}:${H16}|${IPV4_ADDRESS})`;
const IPV6_ADDRESS = [
  `(?:${H16}:){6}${LS32}`,
  `::(?:${H16}:){5}${LS32}`,
  `(?:${H16})?::(?:${H16}:){4}${LS32}`,
  `(?:(?:${H16}:){0,1}${H16})?::(?:${H16}:){3}${LS32}`,
  `(?:(?:${H16}:){0,2}${H16})?::(?:${H16}:){2}${LS32}`,
  `(?:(?:${H16}:){0,3}${H16})?::${H16}:${LS32}`,
  `(?:(?:${H16}:){0,4}${H16})?::${LS32}`,
  `(?:(?:${H16}:){0,5}${H16})?::${H16}`,
  `(?:(?:${H16}:){0,6}${H16})?::`,
].join("|");
const IP_LITERAL = `\\[(?:${IPV6_ADDRESS}|v[0-9a-f]+\\.[${UNRESERVED}${SUB_DELIMS}:]+)\\]`;
const REG_NAME = `(?:[${UNRESERVED}${SUB_DELIMS}]|${PCT_ENCODED})*`;
const USERINFO = `(?:[${UNRESERVED}${SUB_DELIMS}:]|${PCT_ENCODED})*`;
const AUTHORITY = `(?:${USERINFO}@)?(?:${IP_LITERAL}|${REG_NAME})(?::\\d*)?`;
const PATH_ABEMPTY = `(?:/${SEGMENT})*`;
const PATH_ABSOLUTE = `/(?:${SEGMENT_NZ}(?:/${SEGMENT})*)?`;
const QUERY = `(?:${PCHAR}|[/?])*`;
const TAIL = `(?:\\?${QUERY})?(?:#${QUERY})?$`;
const HIER_PART = `(?://${AUTHORITY}${PATH_ABEMPTY}|${PATH_ABSOLUTE}|${SEGMENT_NZ}(?:/${SEGMENT})*|)`;
const RELATIVE_PART = `(?://${AUTHORITY}${PATH_ABEMPTY}|${PATH_ABSOLUTE}|${SEGMENT_NZ_NC}(?:/${SEGMENT})*|)`;
const SCHEME = "[a-z][a-z0-9+\\-.]*";
const URI = new RegExp(`^${SCHEME}:${HIER_PART}${TAIL}`, "i");
/**
 * `uri`: an absolute URI, by RFC 3986's grammar (stricter than ajv-formats' expression on ports,
 * brackets, `@`s and leading zeros in addresses, as the JSON Schema Test Suite checks).
 */
export function uri(text) {
  return URI.test(text);
}
/** `uri-reference`: a URI or a relative reference (RFC 3986 section 4.1). */
export const uriReference = new RegExp(`^(?:${SCHEME}:${HIER_PART}|${RELATIVE_PART})${TAIL}`, "i");
/** An RFC 5321 mailbox's local part: dot-separated atoms, or a quoted string. */
const EMAIL_LOCAL =
  /^(?:[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*|"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])*")$/i;
const EMAIL_DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
/**
 * `email` (RFC 5321 mailbox): a local part of atoms or a quoted string, `@`, and a domain name
 * or an address literal (`[192.0.2.1]`, `[IPv6:2001:db8::1]`).
 */
export function email(text) {
  const at = text.lastIndexOf("@");
  if (at < 1 || !EMAIL_LOCAL.test(text.slice(0, at))) return false;
  const domain = text.slice(at + 1);
  if (!domain.startsWith("[")) return EMAIL_DOMAIN.test(domain);
  if (!domain.endsWith("]")) return false;
  const literal = domain.slice(1, -1);
  return literal.startsWith("IPv6:") ? ipv6.test(literal.slice(5)) : ipv4.test(literal);
}
/** `hostname` (RFC 1123 labels; a fully qualified name's trailing dot is not part of it). */
export const hostname =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*$/i;
/** `ipv4`. */
export const ipv4 =
  /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
/** `ipv6`. */
export const ipv6 =
  /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i;
/** `uuid` (RFC 4122's string form; the `urn:uuid:` URN is a URI, not a uuid). */
export const uuid = /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
/** `regex`: an ECMAScript regular expression. */
export function regex(text) {
  if (Z_ANCHOR.test(text)) return false;
  try {
    new RegExp(text);
    return true;
  } catch {
    return false;
  }
}
/** `byte`: base64. */
export function byte(text) {
  BYTE.lastIndex = 0;
  return BYTE.test(text);
}
/** `int32`: an integer in the signed 32-bit range. */
export const int32 = {
  type: "number",
  validate: (value) => Number.isInteger(value) && value <= 2 ** 31 - 1 && value >= -(2 ** 31),
};
/** `int64`: an integer (JSON numbers cannot exceed JavaScript's safe range anyway). */
export const int64 = { type: "number", validate: Number.isInteger };
/** `float` and `double`: any number. */
export const float = { type: "number", validate: () => true };
/** `double`: any number. */
export const double = float;
