/**
 * The catalog of change kinds: each kind's level on the request side (what a consumer sends) and
 * on the response side (what it reads), and why. Kind names are stable (a consumer's tooling may
 * match on them) and follow oasdiff's vocabulary where one exists (`enum-value-added`,
 * `property-removed`, `max-length-decreased`, ...), without its `request-`/`response-` prefixes:
 * the side is in the message and decides the level.
 */

/** How a change affects a consumer of the generated package. */
export type Level = "breaking" | "non-breaking" | "info";

/** Which way the data flows: sent by the consumer, or read by it. */
export type Side = "request" | "response";

/** One kind: its level per side, and the clause that says why. */
export interface KindInfo {
  readonly request: Level;
  readonly response: Level;
  readonly why: string;
}

const B: Level = "breaking";
const N: Level = "non-breaking";
const I: Level = "info";

function kind(request: Level, response: Level, why: string): KindInfo {
  return { request, response, why };
}

/** Upper bounds: a smaller (or new) one accepts less. */
const UPPER_BOUNDS = ["maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties"];
/** Lower bounds: a larger (or new) one accepts less. */
const LOWER_BOUNDS = ["minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties"];

/** The JSON Schema bound keywords compared as limits, with whether each is an upper bound. */
export const BOUND_KEYWORDS: readonly (readonly [string, boolean])[] = [
  ...UPPER_BOUNDS.map((keyword) => [keyword, true] as const),
  ...LOWER_BOUNDS.map((keyword) => [keyword, false] as const),
];

/** `maxLength` → `max-length`. */
export function kebab(keyword: string): string {
  return keyword.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

const TIGHTER = "accepts fewer values: payloads valid before may be rejected";
const LOOSER = "accepts more values: code reading it may meet values it never saw";

/** The bound kinds: `<keyword>-added|removed|increased|decreased`. */
function boundKinds(): Record<string, KindInfo> {
  const kinds: Record<string, KindInfo> = {};
  for (const [keyword, upper] of BOUND_KEYWORDS) {
    const name = kebab(keyword);
    kinds[`${name}-added`] = kind(B, N, TIGHTER);
    kinds[`${name}-removed`] = kind(N, B, LOOSER);
    kinds[`${name}-${upper ? "decreased" : "increased"}`] = kind(B, N, TIGHTER);
    kinds[`${name}-${upper ? "increased" : "decreased"}`] = kind(N, B, LOOSER);
  }
  return kinds;
}

/** Every kind the report uses. */
export const KINDS: Readonly<Record<string, KindInfo>> = {
  "operation-added": kind(N, N, "a new method; existing code is unaffected"),
  "operation-removed": kind(B, B, "its method and types are gone"),
  "operation-id-changed": kind(B, B, "its method and type names follow the operationId"),
  "path-changed": kind(B, B, "requests go to another URL; `client.raw` calls name the path"),
  "method-changed": kind(B, B, "requests use another HTTP method; `client.raw` calls name it"),
  "operation-deprecated": kind(I, I, "still works; plan to move off it"),
  "operation-undeprecated": kind(I, I, "no longer deprecated"),
  "description-changed": kind(I, I, "documentation only"),
  "example-changed": kind(I, I, "documentation only"),
  "default-changed": kind(I, I, "documentation of the server's default"),
  "deprecated-changed": kind(I, I, "documentation only"),
  "security-added": kind(B, B, "calls now need credentials they did not need"),
  "security-changed": kind(B, B, "the credentials that worked may no longer be accepted"),
  "security-alternative-added": kind(N, N, "more credentials are accepted; the old ones still are"),
  "security-removed": kind(N, N, "credentials are no longer needed"),
  "security-scheme-changed": kind(B, B, "credentials are sent differently"),
  "required-parameter-added": kind(B, B, "calls without it no longer type-check"),
  "optional-parameter-added": kind(N, N, "calls without it still work"),
  "parameter-removed": kind(B, B, "calls that pass it no longer type-check"),
  "parameter-became-required": kind(B, B, "calls without it no longer type-check"),
  "parameter-became-optional": kind(N, N, "calls that pass it still work"),
  "request-body-added": kind(N, N, "an optional body; calls without it still work"),
  "required-request-body-added": kind(B, B, "calls without a body no longer type-check"),
  "request-body-removed": kind(B, B, "calls that send a body no longer type-check"),
  "request-body-became-required": kind(B, B, "calls without a body no longer type-check"),
  "request-body-became-optional": kind(N, N, "calls with a body still work"),
  "response-status-added": kind(N, N, "a new status; existing handling still applies"),
  "response-status-removed": kind(B, B, "code handling that status's body no longer type-checks"),
  "response-body-added": kind(N, N, "a body where there was none"),
  "response-body-removed": kind(B, B, "code reading the body no longer type-checks"),
  "required-property-added": kind(B, N, "bodies without it are rejected and no longer type-check"),
  "property-added": kind(N, N, "a new optional field; existing payloads still pass"),
  "closed-object-property-added": kind(
    N,
    B,
    "the object was closed: responses with the field fail the old validators",
  ),
  "property-removed": kind(B, B, "code that sets or reads it no longer type-checks"),
  "property-became-required": kind(B, N, "bodies without it are rejected"),
  "property-became-optional": kind(N, B, "code reading it must now handle its absence"),
  "additional-properties-allowed": kind(N, B, "objects may hold fields the old types never saw"),
  "additional-properties-forbidden": kind(B, N, "objects with other fields are rejected"),
  "type-widened": kind(N, B, "more types are accepted; readers may meet a type they never saw"),
  "type-narrowed": kind(B, N, "fewer types are accepted; payloads valid before may be rejected"),
  "type-changed": kind(B, B, "values of the old type are no longer valid"),
  "nullable-added": kind(N, B, "readers must now handle null"),
  "nullable-removed": kind(B, N, "null is no longer accepted"),
  "enum-value-added": kind(
    N,
    B,
    "an exhaustive `switch` over the old values no longer type-checks, and old validators reject it",
  ),
  "enum-value-removed": kind(B, B, "payloads and comparisons using the value no longer pass"),
  "enum-added": kind(B, N, "only the listed values are accepted now"),
  "enum-removed": kind(N, B, "any value may come back now"),
  "pattern-added": kind(B, N, TIGHTER),
  "pattern-removed": kind(N, B, LOOSER),
  "pattern-changed": kind(B, B, "values valid before may not match the new pattern"),
  "format-added": kind(B, N, TIGHTER),
  "format-removed": kind(N, B, LOOSER),
  "format-changed": kind(B, B, "values valid before may not have the new format"),
  "multiple-of-added": kind(B, N, TIGHTER),
  "multiple-of-removed": kind(N, B, LOOSER),
  "multiple-of-changed": kind(B, B, "values valid before may not be multiples of the new step"),
  "unique-items-added": kind(B, N, TIGHTER),
  "unique-items-removed": kind(N, B, LOOSER),
  "rule-added": kind(B, N, "a new cross-field rule: payloads valid before may be rejected"),
  "rule-removed": kind(N, B, "a cross-field rule is gone: readers may meet what it excluded"),
  "rule-changed": kind(B, B, "a cross-field rule changed: payloads valid before may be rejected"),
  "schema-changed": kind(B, B, "the schema changed in a way not judged finer"),
  "servers-changed": kind(I, I, "the default base URL; clients given `baseUrl` are unaffected"),
  ...boundKinds(),
};

/** Why, when a kind's own clause is about the other side (it names what breaks there). */
const GENERIC_WHY: Readonly<Record<Side, Readonly<Record<Level, string>>>> = {
  request: {
    breaking: "calls or payloads valid before may be refused",
    "non-breaking": "calls and payloads valid before still pass",
    info: "documentation only",
  },
  response: {
    breaking: "code reading it may meet what it never saw",
    "non-breaking": "code reading it still works",
    info: "documentation only",
  },
};

/**
 * The clause of why for a kind on a side: the kind's own where it is breaking there (or where both
 * sides agree), else the side's generic clause for its level.
 */
export function whyOf(kindName: string, side: Side): string {
  const info = KINDS[kindName];
  if (info === undefined) throw new Error(`unknown change kind ${kindName}`);
  const own = info[side] === "breaking" || info.request === info.response;
  return own ? info.why : GENERIC_WHY[side][info[side]];
}

/** The level of a kind on a side. */
export function levelOf(kindName: string, side: Side): Level {
  const info = KINDS[kindName];
  if (info === undefined) throw new Error(`unknown change kind ${kindName}`);
  return info[side];
}
