/** A token or key: the value itself, or a function returning it, called for every request. */
export type Credential = string | (() => string | Promise<string>);
/** The username and password of an http basic scheme. */
export interface BasicCredentials {
  readonly username: string;
  readonly password: string;
}
/** Basic credentials, or a function returning them, called for every request. */
export type BasicCredential =
  BasicCredentials | (() => BasicCredentials | Promise<BasicCredentials>);
/** How one security scheme's credential is given and sent; generated from the spec. */
export type SecuritySchemeDescriptor =
  | {
      /** http bearer, oauth2, openIdConnect: `Authorization: Bearer <token>`. */
      readonly kind: "bearer";
      readonly option: string;
      readonly env?: string;
    }
  | {
      /** An API key, sent in the header, query parameter or cookie `name`. */
      readonly kind: "apiKey";
      readonly option: string;
      readonly in: "header" | "query" | "cookie";
      readonly name: string;
      readonly env?: string;
    }
  | {
      /** http basic: `Authorization: Basic base64(username:password)`. */
      readonly kind: "basic";
      readonly option: string;
      readonly env?: {
        readonly username: string;
        readonly password: string;
      };
    };
/** The security requirement of an operation: alternatives of scheme names, in spec order. */
export type SecurityRequirement = readonly (readonly string[])[];
/** What a client holds: the schemes, and each one's value from the options and from the environment. */
export interface CredentialStore {
  readonly schemes: Readonly<Record<string, SecuritySchemeDescriptor>>;
  /** Scheme name → the client option's value, for options given. */
  readonly explicit: ReadonlyMap<string, unknown>;
  /** Scheme name → the value of its `x-env` variable(s), for variables set. */
  readonly fromEnv: ReadonlyMap<string, unknown>;
}
/** What one attempt adds to the request. */
export interface AuthParts {
  readonly headers: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  /** `name=value` pairs for the `Cookie` header. */
  readonly cookies: readonly string[];
  /** The secrets sent, so that messages can be kept free of them. */
  readonly secrets: readonly string[];
}
type Env = Readonly<Record<string, string | undefined>>;
/** Reads the schemes' options and environment variables; refuses a malformed value at once. */
export declare function credentialStore(
  options: Readonly<Record<string, unknown>>,
  schemes: Readonly<Record<string, SecuritySchemeDescriptor>>,
  env: Env,
): CredentialStore;
/**
 * The scheme values to send for an operation: the first alternative whose options are all given
 * (options first, then the environment); none for an operation without security, or when an
 * alternative needs nothing. Throws a `ClientError` naming the options that would do.
 */
export declare function chooseCredentials(
  store: CredentialStore,
  security: SecurityRequirement,
  operation: string,
): ReadonlyMap<string, unknown>;
/** Calls the chosen credential functions and places each value where its scheme says. */
export declare function credentialParts(
  store: CredentialStore,
  chosen: ReadonlyMap<string, unknown>,
): Promise<AuthParts>;
/** Replaces every secret in a message (as sent, and percent-encoded) with `***`. */
export declare function redact(message: string, secrets: readonly string[]): string;
export {};
