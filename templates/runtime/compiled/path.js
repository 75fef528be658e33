/**
 * Path parameters: checked against their schema's simple limits and substituted into the path
 * template, each as exactly one percent-encoded segment.
 */
import { ValidationError } from "./errors.js";
/** Values that URL normalisation would turn into another endpoint, so never sent. */
const DOT_SEGMENTS = new Set(["", ".", ".."]);
/** Throws `ValidationError` (target `path`) listing every bad path parameter. */
export function checkPathParams(rules, values) {
  const issues = [];
  for (const [name, rule] of Object.entries(rules)) {
    const message = pathParamProblem(rule, values?.[name]);
    if (message !== undefined) issues.push({ path: `/${name}`, message });
  }
  if (issues.length > 0) throw new ValidationError("path", issues);
}
function pathParamProblem(rule, value) {
  if (typeof value !== "string" && typeof value !== "number") {
    return value === undefined ? "is required" : "must be a string";
  }
  const text = String(value);
  if (DOT_SEGMENTS.has(text)) return "must not be empty, '.' or '..'";
  if (rule.enum !== undefined && !rule.enum.includes(text)) {
    return `must be one of: ${rule.enum.join(", ")}`;
  }
  if (rule.maxLength !== undefined && text.length > rule.maxLength) {
    return `must be at most ${rule.maxLength} characters long`;
  }
  if (rule.minLength !== undefined && text.length < rule.minLength) {
    return `must be at least ${rule.minLength} characters long`;
  }
  return undefined;
}
/**
 * Replaces each `{name}` of the template with its value, percent-encoded as one segment.
 * (openapi-fetch's default serializer passes the value to `String.replace` as a replacement
 * pattern, so `$&` in a value would expand; a function replacement cannot.)
 */
export function fillPath(template, values) {
  return template.replace(/\{([^{}]+)\}/g, (_match, name) =>
    encodeURIComponent(String(values[name])),
  );
}
