/**
 * Deep equality of JSON values, for the generated validators' `uniqueItems`, `enum` and `const`
 * checks on objects and arrays (Ajv's standalone code calls it where it would `require` the
 * `fast-deep-equal` package, which the generated package does not depend on).
 */
export function equal(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
    return a !== a && b !== b;
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!equal(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(b, key)) return false;
    if (!equal(a[key], b[key])) {
      return false;
    }
  }
  return true;
}
