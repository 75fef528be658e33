/**
 * The intermediate model: plain readonly data about the API that every emitter reads. Schemas stay
 * JSON Schema (as the spec wrote them, `$ref`s pointing into the bundled document) with pointers.
 * Order is the author's: paths and methods as written, components as written.
 */

/** A JSON Schema as found in the bundled spec. */
export type JsonSchema = boolean | Readonly<Record<string, unknown>>;

/** The whole API. */
export interface ApiModel {
  readonly title: string;
  readonly version: string;
  readonly description: string | undefined;
  /** The npm name of the generated package (`info.x-package-name`, else derived from the title). */
  readonly packageName: string;
  /** Server URLs in spec order; the first is the client's default base URL. */
  readonly servers: readonly string[];
  /** The same servers with their `x-env` (the variable that overrides the default base URL). */
  readonly serverDetails: readonly ServerModel[];
  readonly securitySchemes: readonly SecuritySchemeModel[];
  /** The response header `ApiError.requestId` comes from: the root's `x-request-id-header`, else `x-request-id`. */
  readonly requestIdHeader: string;
  readonly tags: readonly TagModel[];
  readonly operations: readonly OperationModel[];
  /** `components.schemas`, in the author's order. */
  readonly schemas: readonly NamedSchema[];
  /** The bundled spec itself, for emitters that hand it to a library (openapi-typescript). */
  readonly document: Readonly<Record<string, unknown>>;
}

export interface TagModel {
  readonly name: string;
  readonly description: string | undefined;
}

/**
 * One entry of `components.securitySchemes`: the client option it becomes and how its credential
 * is sent. `bearer` covers http bearer, oauth2 and openIdConnect (`Authorization: Bearer <token>`);
 * `apiKey` is sent in the header, query parameter or cookie `paramName`; `basic` takes
 * `{ username, password }`. Other kinds (http digest, mutualTLS...) are `unsupported`: no option,
 * the client sends nothing for them (give their header with the `headers` option).
 */
export interface SecuritySchemeModel {
  /** The scheme's key in `components.securitySchemes`. */
  readonly name: string;
  /** The client option: `x-client-option`, else the key in lowerCamelCase. */
  readonly option: string;
  readonly kind: "bearer" | "apiKey" | "basic" | "unsupported";
  /** Where the credential goes. */
  readonly in: "header" | "query" | "cookie";
  /** The header, query parameter or cookie name (`Authorization` for bearer and basic). */
  readonly paramName: string;
  /** The header it is sent in, or undefined for a query parameter or cookie. */
  readonly header: string | undefined;
  /** `x-env`: the environment variable the option falls back to (bearer, apiKey). */
  readonly env: string | undefined;
  /** `x-env` of a basic scheme: the variables of the username and the password. */
  readonly basicEnv: { readonly username: string; readonly password: string } | undefined;
  readonly description: string | undefined;
  readonly pointer: string;
}

/** One entry of `servers`. */
export interface ServerModel {
  readonly url: string;
  readonly description: string | undefined;
  /** `x-env`: the environment variable that overrides this URL as the base URL. */
  readonly env: string | undefined;
}

export type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

/** The keys of a path item that are operations, in OpenAPI's order. */
export const HTTP_METHODS: readonly HttpMethod[] = [
  "get",
  "put",
  "post",
  "delete",
  "options",
  "head",
  "patch",
  "trace",
];

export interface OperationModel {
  /** As written in the spec; the key of openapi-typescript's `operations`. */
  readonly operationId: string;
  /** The generated function and method name. */
  readonly functionName: string;
  /** The stem of the generated type names (`<typeName>Args`, `<typeName>Result`). */
  readonly typeName: string;
  readonly method: HttpMethod;
  readonly path: string;
  /** JSON pointer of the operation object in the bundled spec. */
  readonly pointer: string;
  readonly summary: string | undefined;
  readonly description: string | undefined;
  readonly deprecated: boolean;
  readonly tags: readonly string[];
  /** Whether a failed attempt may be repeated (method semantics or `x-idempotent: true`). */
  readonly idempotent: boolean;
  /** Path-level and operation-level parameters merged, operation-level winning, in spec order. */
  readonly parameters: readonly ParameterModel[];
  readonly requestBody: RequestBodyModel | undefined;
  readonly responses: readonly ResponseModel[];
  /**
   * Alternatives of scheme-name sets, in spec order (the operation's `security`, else the root's):
   * any one set, all of its schemes together; `[]` when the operation needs no credentials.
   */
  readonly security: readonly (readonly string[])[];
  /** `x-accepted-permissions`: any one of these is enough. */
  readonly permissions: readonly string[];
}

export type ParameterLocation = "path" | "query" | "header" | "cookie";

export interface ParameterModel {
  readonly name: string;
  readonly in: ParameterLocation;
  readonly required: boolean;
  readonly description: string | undefined;
  readonly schema: JsonSchema;
  readonly pointer: string;
}

export interface RequestBodyModel {
  readonly required: boolean;
  readonly description: string | undefined;
  /** The JSON media type's schema; undefined when the body is not JSON. */
  readonly schema: JsonSchema | undefined;
  readonly mediaType: string;
  readonly examples: readonly ExampleModel[];
  readonly pointer: string;
}

export interface ResponseModel {
  /** `200`, `201`, `4XX`, `default`... */
  readonly status: string;
  readonly description: string | undefined;
  /** The JSON media type's schema; undefined when the response has no JSON body. */
  readonly schema: JsonSchema | undefined;
  /** The JSON media type's key in `content` (`application/json`…); `""` when there is none. */
  readonly mediaType: string;
  readonly examples: readonly ExampleModel[];
  readonly pointer: string;
}

export interface ExampleModel {
  readonly name: string;
  readonly summary: string | undefined;
  readonly value: unknown;
}

export interface NamedSchema {
  readonly name: string;
  readonly schema: JsonSchema;
  readonly pointer: string;
}

/** Whether a response status is a success (2xx, `2XX`). */
export function isSuccessStatus(status: string): boolean {
  return /^2(\d\d|XX)$/i.test(status);
}
