/**
 * Deep equality of JSON values, for the generated validators' `uniqueItems`, `enum` and `const`
 * checks on objects and arrays (Ajv's standalone code calls it where it would `require` the
 * `fast-deep-equal` package, which the generated package does not depend on).
 */
export declare function equal(a: unknown, b: unknown): boolean;
