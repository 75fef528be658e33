/**
 * String and number formats for the generated validators: the definitions of ajv-formats
 * (https://github.com/ajv-validator/ajv-formats, MIT), ported to typed ESM with one export per
 * format, in the shapes Ajv's generated code calls (`.validate(x)`, `.test(x)` or `(x)`), so a
 * bundle holds only the formats its validators use. Each export is named by `formatExportName`.
 */
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
const NOT_URI_FRAGMENT = /\/|:/;
const URI =
  /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
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
  if (tzH > 23 || tzM > 59 || !matches[4]) return false; // RFC 3339 requires a time zone
  if (hr <= 23 && min <= 59 && sec < 60) return true;
  const utcMin = min - tzM * tzSign; // a leap second is 23:59:60 UTC
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
 * `date-time` (RFC 3339 section 5.6): the same rules as ajv-formats' full check (real calendar
 * days, a time zone, `t` or whitespace between date and time, leap seconds only at 23:59:60 UTC),
 * read character by character: it runs on every timestamp of every payload, and a scan is several
 * times faster than the regular expressions.
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
    if (hr <= 23 && min <= 59 && sec < 60) return true;
    const utcMin = min - zone.minutes; // a leap second is 23:59:60 UTC
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
/** `z`, or `+hh`, `+hhmm`, `+hh:mm` (and `-`) ending the text at `at`; signed offset, or undefined. */
function timeZone(text, at) {
  const char = text[at];
  if (char === "z" || char === "Z")
    return at + 1 === text.length ? { hours: 0, minutes: 0 } : undefined;
  if (char !== "+" && char !== "-") return undefined;
  const sign = char === "-" ? -1 : 1;
  const hours = digits(text, at + 1, 2);
  if (hours < 0) return undefined;
  let rest = at + 3;
  if (rest === text.length) return hours > 23 ? undefined : { hours: sign * hours, minutes: 0 };
  if (text[rest] === ":") rest++;
  const minutes = digits(text, rest, 2);
  if (minutes < 0 || rest + 2 !== text.length || hours > 23 || minutes > 59) return undefined;
  return { hours: sign * hours, minutes: sign * minutes };
}
/** `date` (RFC 3339 full-date). */
export const date = { validate: isDate, compare: compareStrings };
/** `time` (RFC 3339 full-time). */
export const time = {
  validate: isTime,
  compare: (a, b) => compareInstants(`2020-01-01T${a}`, `2020-01-01T${b}`),
};
/** `duration` (RFC 3339 appendix A). */
export const duration = /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/;
/** `uri`: an absolute URI. */
export function uri(text) {
  return NOT_URI_FRAGMENT.test(text) && URI.test(text);
}
/** `uri-reference`. */
export const uriReference =
  /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
/** `email`. */
export const email =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
/** `hostname`. */
export const hostname =
  /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i;
/** `ipv4`. */
export const ipv4 =
  /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
/** `ipv6`. */
export const ipv6 =
  /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i;
/** `uuid` (RFC 4122). */
export const uuid = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
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
