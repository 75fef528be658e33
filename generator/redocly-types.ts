/**
 * Corrections to Redocly's OpenAPI 3.1 type tree, applied through our lint plugin's
 * `typeExtension`, for two things its structural check gets wrong:
 *
 * - Boolean schemas. JSON Schema 2020-12 (and so OpenAPI 3.1) allows `true` and `false` wherever a
 *   schema goes (`not: true`, `propertyNames: false`, `if: true`); Redocly's tree allows them only
 *   under a few keywords and calls the rest "Expected type `Schema` (object) but got `boolean`".
 * - Names of `Object.prototype` members. Redocly looks a key's type up as `type.properties[key]`,
 *   so a property named `constructor` or `toString` finds `Object` or `Object.prototype.toString`,
 *   which it then calls as a type resolver ("Expected type `number` but got `object`", or a crash).
 *   Every type gets these names as own entries (see `withoutInheritedNames`).
 */

/** Redocly's (unnormalised) type tree: type name → type definition. */
type Types = Record<string, TypeDefinition>;

interface TypeDefinition {
  properties?: Record<string, unknown>;
  additionalProperties?: unknown;
  [key: string]: unknown;
}

/** What a boolean schema is checked as: a plain boolean, with no visitors of a schema. */
const BOOLEAN = { type: "boolean" } as const;

/** `Object.prototype`'s member names that a plain object lookup would find (not `__proto__`). */
const PROTOTYPE_NAMES: readonly string[] = Object.getOwnPropertyNames(Object.prototype).filter(
  (name) => name !== "__proto__",
);

/** A type reference (a type name, a list or map type, or a resolver) that also admits booleans. */
function orBoolean(type: unknown): (value: unknown, key: string) => unknown {
  return (value, key) => {
    if (typeof value === "boolean") return BOOLEAN;
    return typeof type === "function"
      ? (type as (v: unknown, k: string) => unknown)(value, key)
      : type;
  };
}

/** Whether a type reference names a schema, a list or a map of schemas. */
function isSchemaReference(type: unknown): boolean {
  if (type === "Schema") return true;
  if (typeof type !== "object" || type === null) return false;
  const { items, additionalProperties } = type as TypeDefinition & { items?: unknown };
  return items === "Schema" || resolvesToSchema(additionalProperties);
}

/** Whether a map's member resolver (Redocly's `mapOf` gives `() => name`) answers `Schema`. */
function resolvesToSchema(resolver: unknown): boolean {
  if (typeof resolver !== "function" || resolver.length > 0) return resolver === "Schema";
  return (resolver as () => unknown)() === "Schema";
}

/** A list or map type of schemas whose members may also be booleans. */
function withBooleanMembers(type: unknown): unknown {
  if (type === "Schema") return orBoolean("Schema");
  const definition = type as TypeDefinition & { items?: unknown };
  if (definition.items === "Schema") return { ...definition, items: orBoolean("Schema") };
  return { ...definition, additionalProperties: orBoolean("Schema") };
}

/** A type with every schema position (a property, a list's or a map's member) admitting booleans. */
function booleanSubschemas(type: TypeDefinition): TypeDefinition {
  const properties = Object.fromEntries(
    Object.entries(type.properties ?? {}).map(([key, member]) => [
      key,
      isSchemaReference(member) ? withBooleanMembers(member) : member,
    ]),
  );
  const corrected: TypeDefinition = { ...type, properties };
  if (isSchemaReference({ additionalProperties: type.additionalProperties })) {
    corrected.additionalProperties = orBoolean("Schema");
  }
  if (type["items"] === "Schema") corrected["items"] = orBoolean("Schema");
  return corrected;
}

/**
 * A type whose `properties` own every `Object.prototype` name. Redocly's walker also reads each
 * listed name from the node (`node.constructor`), where a plain object inherits it: such an
 * inherited value resolves to no type, so the walker passes over it; an own key of that name
 * gets the type's map type (for a map), else none (a key the object does not define).
 */
function withoutInheritedNames(type: TypeDefinition): TypeDefinition {
  if (type.properties === undefined) return type;
  const properties: Record<string, unknown> = { ...type.properties };
  for (const name of PROTOTYPE_NAMES) {
    if (Object.prototype.hasOwnProperty.call(properties, name)) continue;
    const inherited = (Object.prototype as Record<string, unknown>)[name];
    const member = type.additionalProperties;
    properties[name] = (value: unknown, key: string): unknown => {
      if (value === inherited) return undefined;
      return typeof member === "function"
        ? (member as (v: unknown, k: string) => unknown)(value, key)
        : member;
    };
  }
  return { ...type, properties };
}

/** Redocly's OpenAPI 3.x types, corrected (see the module comment). */
export function correctedTypes<T extends object>(types: T): T {
  return corrected(types as unknown as Types) as unknown as T;
}

function corrected(types: Types): Types {
  const result: Types = {};
  for (const [name, type] of Object.entries(types)) {
    result[name] = withoutAbsentWalks(withoutInheritedNames(booleanSubschemas(type)));
  }
  return result;
}

/**
 * A type whose named members resolve to no type when the node lacks them. Redocly's walker visits
 * every member its type lists, present or not: for each of the some 50 a schema may have, it made
 * a location and walked `undefined`, which does nothing. With no type it passes on at once; a
 * present member resolves as before. Inline member types (objects) are kept as they are: Redocly
 * reads flags on them (`isExample`) and compares them by identity.
 */
function withoutAbsentWalks(type: TypeDefinition): TypeDefinition {
  if (type.properties === undefined) return type;
  const properties: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(type.properties))
    properties[key] = whenPresent(member);
  return { ...type, properties };
}

/** A member type (a type name or a resolver) that gives no type for an absent value. */
function whenPresent(member: unknown): unknown {
  if (typeof member === "string") {
    return (value: unknown): unknown => (value === undefined ? undefined : member);
  }
  if (typeof member !== "function") return member;
  const resolver = member as (value: unknown, key: string) => unknown;
  return (value: unknown, key: string): unknown =>
    value === undefined ? undefined : resolver(value, key);
}
