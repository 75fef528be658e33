/**
 * The validators' runtime: wraps each generated Ajv validate function as a Standard Schema v1
 * validator with `is` and `assert`, and turns Ajv's errors into issues in plain words, each with a
 * JSON Pointer into the checked value.
 */
import { ValidationError } from "./errors.js";
/** Wraps a generated validate function. */
export function createValidator(validate, target) {
  const issues = (value) => (validate(value) ? [] : issuesOf(validate.errors ?? []));
  return {
    "~standard": {
      version: 1,
      vendor: "cf-sdk-generate",
      validate: (value) => {
        const found = issues(value);
        if (found.length === 0) return { value };
        return { issues: found.map((i) => ({ message: i.message, path: pointerKeys(i.path) })) };
      },
    },
    issues,
    is: (value) => validate(value),
    assert(value) {
      const found = issues(value);
      if (found.length > 0) throw new ValidationError(target, found);
    },
  };
}
/** Checks `value` and throws `ValidationError` (for `target`) with every issue. */
export function check(validate, target, value) {
  if (!validate(value)) throw new ValidationError(target, issuesOf(validate.errors ?? []));
}
/** Ajv's errors as issues in plain words; the `if` errors only lend their condition. */
export function issuesOf(errors) {
  const conditions = errors.filter((e) => e.keyword === "if");
  // A value of the wrong type also fails its format (int64 of 1.5): the type says it all.
  const wrongType = new Set(errors.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  const issues = [];
  for (const error of errors) {
    if (error.keyword === "if" || error.propertyName !== undefined) continue;
    if (error.keyword === "format" && wrongType.has(error.instancePath)) continue;
    const issue = describe(error);
    const condition = conditionOf(error, conditions);
    const message = condition === undefined ? issue.message : `${issue.message} when ${condition}`;
    if (!issues.some((i) => i.path === issue.path && i.message === message)) {
      issues.push({ path: issue.path, message });
    }
  }
  return issues;
}
function describe(error) {
  const path = error.instancePath;
  const p = error.params;
  switch (error.keyword) {
    case "required":
      return {
        path: child(path, String(p["missingProperty"])),
        message: `${String(p["missingProperty"])} is required`,
      };
    case "dependentRequired":
      return {
        path: child(path, String(p["missingProperty"])),
        message: `${String(p["missingProperty"])} is required when ${String(p["property"])} is given`,
      };
    case "additionalProperties":
      return {
        path: child(path, String(p["additionalProperty"])),
        message: `${String(p["additionalProperty"])} is not allowed here`,
      };
    case "propertyNames":
      return {
        path: child(path, String(p["propertyName"])),
        message: `key "${String(p["propertyName"])}" is not allowed${keyRule(error)}`,
      };
    case "x-sum-equals":
      return {
        path,
        message: `values sum to ${String(p["sum"])} but ${String(p["property"])} is ${String(p["expected"])}`,
      };
    default:
      return { path, message: valueMessage(error) };
  }
}
function valueMessage(error) {
  const p = error.params;
  switch (error.keyword) {
    case "enum":
      return `must be one of: ${p["allowedValues"].map(show).join(", ")}`;
    case "const":
      return `must be ${show(p["allowedValue"])}`;
    case "type":
      return `must be ${String(p["type"]).split(",").join(" or ")}`;
    case "format":
      return `must be a valid ${String(p["format"])}${FORMAT_HINTS[String(p["format"])] ?? ""}`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `must be ${String(p["comparison"])} ${String(p["limit"])}`;
    case "minLength":
      return `must be at least ${String(p["limit"])} characters long`;
    case "maxLength":
      return `must be at most ${String(p["limit"])} characters long`;
    case "minItems":
      return `must have at least ${String(p["limit"])} items`;
    case "maxItems":
      return `must have at most ${String(p["limit"])} items`;
    case "pattern":
      return `must match the pattern ${String(p["pattern"])}`;
    case "oneOf":
      return "must match exactly one of the allowed shapes";
    case "anyOf":
      return "must match one of the allowed shapes";
    case "not":
      return "must not match the excluded shape";
    case "false schema":
      return "no value is allowed here";
    default:
      return error.message ?? `breaks the rule \`${error.keyword}\``;
  }
}
const FORMAT_HINTS = {
  "date-time": " (RFC 3339, e.g. 2025-09-29T00:00:00Z)",
  ipv4: " address",
  ipv6: " address",
};
/** Why a key was refused, from the schema of `propertyNames` (the generator keeps its pattern). */
function keyRule(error) {
  const pattern = error.schema?.pattern;
  return pattern === undefined ? "" : ` (keys must match ${pattern})`;
}
/** The condition of the failing `if` whose `then` produced `error`, in words. */
function conditionOf(error, conditions) {
  const owner = conditions.find(
    (c) =>
      c.schemaPath !== undefined &&
      error.schemaPath?.startsWith(c.schemaPath.replace(/if$/, "then/")) === true &&
      error.instancePath.startsWith(c.instancePath),
  );
  if (owner === undefined) return undefined;
  return describeCondition(owner.schema, owner.data);
}
function describeCondition(schema, data) {
  if (typeof schema !== "object" || schema === null) return undefined;
  const { properties = {}, required = [] } = schema;
  const values = typeof data === "object" && data !== null ? data : {};
  const names = [...new Set([...required, ...Object.keys(properties)])];
  const parts = names.map((name) => {
    const rule = properties[name];
    const constrained = rule !== undefined && ("enum" in rule || "const" in rule);
    return constrained && name in values ? `${name} is ${show(values[name])}` : `${name} is given`;
  });
  return parts.length === 0 ? undefined : parts.join(" and ");
}
function show(value) {
  return typeof value === "string" ? value : JSON.stringify(value);
}
function child(path, key) {
  return `${path}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
}
function pointerKeys(pointer) {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}
/** Length in Unicode code points, as JSON Schema counts `minLength` / `maxLength` (from Ajv). */
export function ucs2length(text) {
  let length = 0;
  for (let position = 0; position < text.length; length++) {
    const code = text.charCodeAt(position++);
    if (code >= 55296 && code <= 56319 && position < text.length) {
      const next = text.charCodeAt(position);
      if ((next & 64512) === 56320) position++;
    }
  }
  return length;
}
