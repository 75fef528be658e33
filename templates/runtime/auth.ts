/**
 * Credentials, driven by the spec's security schemes (CONTRACT §3). The generated package passes
 * its schemes as plain data (`SecuritySchemeDescriptor`s keyed by scheme name) and each operation
 * its requirement (alternatives of scheme names, in spec order); nothing here knows any one API.
 *
 * The client sends exactly one alternative: the first whose options are all given, looking first
 * at the options passed to the client, then at the schemes' environment variables. Token
 * functions are called for every request. No message built here ever holds a credential.
 */
import { ClientError } from "./errors.js";

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
      readonly env?: { readonly username: string; readonly password: string };
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
export function credentialStore(
  options: Readonly<Record<string, unknown>>,
  schemes: Readonly<Record<string, SecuritySchemeDescriptor>>,
  env: Env,
): CredentialStore {
  const explicit = new Map<string, unknown>();
  const fromEnv = new Map<string, unknown>();
  for (const [name, scheme] of Object.entries(schemes)) {
    const given = options[scheme.option];
    if (isGiven(given)) explicit.set(name, checkedValue(scheme, given, `\`${scheme.option}\``));
    const variable = envValue(scheme, env);
    if (variable !== undefined) fromEnv.set(name, checkedValue(scheme, variable, envName(scheme)));
  }
  return { schemes, explicit, fromEnv };
}

/**
 * The scheme values to send for an operation: the first alternative whose options are all given
 * (options first, then the environment); none for an operation without security, or when an
 * alternative needs nothing. Throws a `ClientError` naming the options that would do.
 */
export function chooseCredentials(
  store: CredentialStore,
  security: SecurityRequirement,
  operation: string,
): ReadonlyMap<string, unknown> {
  const alternatives = security.map((names) => names.filter((name) => name in store.schemes));
  if (alternatives.length === 0) return new Map();
  const merged = new Map([...store.fromEnv, ...store.explicit]);
  for (const source of [store.explicit, merged]) {
    const found = alternatives.find(
      (names) => names.length > 0 && names.every((name) => source.has(name)),
    );
    if (found !== undefined) return new Map(found.map((name) => [name, source.get(name)]));
  }
  // An empty alternative (`{}`, or only schemes the client cannot send) means "none is enough".
  if (alternatives.some((names) => names.length === 0)) return new Map();
  throw new ClientError(missingMessage(store, alternatives, operation));
}

/** Calls the chosen credential functions and places each value where its scheme says. */
export async function credentialParts(
  store: CredentialStore,
  chosen: ReadonlyMap<string, unknown>,
): Promise<AuthParts> {
  const headers: Record<string, string> = {};
  const query: Record<string, string> = {};
  const cookies: string[] = [];
  const secrets: string[] = [];
  for (const [name, given] of chosen) {
    const scheme = store.schemes[name]!;
    const value = await valueOf(scheme, given);
    if (scheme.kind === "basic") {
      const { username, password } = value as BasicCredentials;
      const encoded = base64(`${username}:${password}`);
      headers["Authorization"] = `Basic ${encoded}`;
      secrets.push(password, encoded);
    } else {
      const secret = value as string;
      secrets.push(secret);
      if (scheme.kind === "bearer") headers["Authorization"] = `Bearer ${secret}`;
      else if (scheme.in === "header") headers[scheme.name] = secret;
      else if (scheme.in === "query") query[scheme.name] = secret;
      else cookies.push(`${scheme.name}=${cookieValue(secret)}`);
    }
  }
  return { headers, query, cookies, secrets };
}

/** Replaces every secret in a message (as sent, and percent-encoded) with `***`. */
export function redact(message: string, secrets: readonly string[]): string {
  let text = message;
  for (const secret of secrets) {
    if (secret === "") continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) {
      text = text.split(form).join("***");
    }
  }
  return text;
}

/** Calls a credential function and checks what it gave; a plain value was checked already. */
async function valueOf(scheme: SecuritySchemeDescriptor, given: unknown): Promise<unknown> {
  if (typeof given !== "function") return given;
  let value: unknown;
  try {
    value = await (given as () => unknown)();
  } catch (cause) {
    throw new ClientError(`The \`${scheme.option}\` function failed`, { cause });
  }
  if (!isGiven(value)) {
    throw new ClientError(`The \`${scheme.option}\` function returned no credential`);
  }
  return checkedValue(scheme, value, `What the \`${scheme.option}\` function returned`);
}

/** A given value of the right shape for its scheme, with no line break where it goes into a header. */
function checkedValue(scheme: SecuritySchemeDescriptor, value: unknown, what: string): unknown {
  if (typeof value === "function") return value;
  if (scheme.kind === "basic") {
    const pair = value as Partial<BasicCredentials> | null;
    if (typeof pair?.username !== "string" || typeof pair.password !== "string") {
      throw new ClientError(
        `${what} must be { username, password } (strings) or a function returning it`,
      );
    }
    return value;
  }
  if (typeof value !== "string") {
    throw new ClientError(`${what} must be a string or a function returning one`);
  }
  const where = scheme.kind === "bearer" ? "Authorization" : scheme.name;
  if (scheme.kind !== "apiKey" || scheme.in !== "query") {
    if (/[\r\n]/.test(value)) {
      throw new ClientError(
        `${scheme.kind === "apiKey" && scheme.in === "cookie" ? "Cookie" : "Header"} "${where}" ` +
          "contains a line break; refusing to send it.",
      );
    }
  }
  return value;
}

/** Whether an option counts as given: a non-empty string, a function, or an object. */
function isGiven(value: unknown): boolean {
  if (typeof value === "string") return value !== "";
  return typeof value === "function" || (typeof value === "object" && value !== null);
}

function envValue(scheme: SecuritySchemeDescriptor, env: Env): unknown {
  if (scheme.env === undefined) return undefined;
  if (typeof scheme.env === "string") {
    const value = env[scheme.env];
    return value === undefined || value === "" ? undefined : value;
  }
  const username = env[scheme.env.username];
  const password = env[scheme.env.password];
  return username && password ? { username, password } : undefined;
}

function envName(scheme: SecuritySchemeDescriptor): string {
  if (scheme.env === undefined) return "";
  return typeof scheme.env === "string"
    ? scheme.env
    : `${scheme.env.username} + ${scheme.env.password}`;
}

/** `No credentials for GET /x: pass `a` (or set A), or `b` + `c` (or set B + C).` */
function missingMessage(
  store: CredentialStore,
  alternatives: readonly (readonly string[])[],
  operation: string,
): string {
  const ways = alternatives.map((names) => {
    const schemes = names.map((name) => store.schemes[name]!);
    const options = schemes.map((scheme) => `\`${scheme.option}\``).join(" + ");
    const envs = schemes.every((scheme) => scheme.env !== undefined)
      ? ` (or set ${schemes.map(envName).join(" + ")})`
      : "";
    return `${options}${envs}`;
  });
  return `No credentials for ${operation}: pass ${ways.join(", or ")}.`;
}

/**
 * A cookie value as sent: as it is when it holds only RFC 6265 cookie-octets (so base64 `=` and
 * the like arrive unchanged), else percent-encoded (a space, `;` or `,` would end the cookie).
 */
function cookieValue(value: string): string {
  return /^[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]*$/.test(value)
    ? value
    : encodeURIComponent(value);
}

/** Base64 of the UTF-8 bytes of `text`, with `btoa` (Node 16+, browsers, edge runtimes). */
function base64(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
