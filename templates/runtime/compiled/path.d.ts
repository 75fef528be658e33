/** The limits of one path parameter that the client checks before sending anything. */
export interface PathParamRule {
  readonly enum?: readonly string[];
  readonly minLength?: number;
  readonly maxLength?: number;
}
/** Throws `ValidationError` (target `path`) listing every bad path parameter. */
export declare function checkPathParams(
  rules: Readonly<Record<string, PathParamRule>>,
  values: Readonly<Record<string, unknown>> | undefined,
): void;
/**
 * Replaces each `{name}` of the template with its value, percent-encoded as one segment.
 * (openapi-fetch's default serializer passes the value to `String.replace` as a replacement
 * pattern, so `$&` in a value would expand; a function replacement cannot.)
 */
export declare function fillPath(
  template: string,
  values: Readonly<Record<string, unknown>>,
): string;
