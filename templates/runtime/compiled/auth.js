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
/** Reads the schemes' options and environment variables; refuses a malformed value at once. */
export function credentialStore(options, schemes, env) {
  const explicit = new Map();
  const fromEnv = new Map();
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
export function chooseCredentials(store, security, operation) {
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
export async function credentialParts(store, chosen) {
  const headers = {};
  const query = {};
  const cookies = [];
  const secrets = [];
  for (const [name, given] of chosen) {
    const scheme = store.schemes[name];
    const value = await valueOf(scheme, given);
    if (scheme.kind === "basic") {
      const { username, password } = value;
      const encoded = base64(`${username}:${password}`);
      headers["Authorization"] = `Basic ${encoded}`;
      secrets.push(password, encoded);
    } else {
      const secret = value;
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
export function redact(message, secrets) {
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
async function valueOf(scheme, given) {
  if (typeof given !== "function") return given;
  let value;
  try {
    value = await given();
  } catch (cause) {
    throw new ClientError(`The \`${scheme.option}\` function failed`, { cause });
  }
  if (!isGiven(value)) {
    throw new ClientError(`The \`${scheme.option}\` function returned no credential`);
  }
  return checkedValue(scheme, value, `What the \`${scheme.option}\` function returned`);
}
/** A given value of the right shape for its scheme, with no line break where it goes into a header. */
function checkedValue(scheme, value, what) {
  if (typeof value === "function") return value;
  if (scheme.kind === "basic") {
    const pair = value;
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
function isGiven(value) {
  if (typeof value === "string") return value !== "";
  return typeof value === "function" || (typeof value === "object" && value !== null);
}
function envValue(scheme, env) {
  if (scheme.env === undefined) return undefined;
  if (typeof scheme.env === "string") {
    const value = env[scheme.env];
    return value === undefined || value === "" ? undefined : value;
  }
  const username = env[scheme.env.username];
  const password = env[scheme.env.password];
  return username && password ? { username, password } : undefined;
}
function envName(scheme) {
  if (scheme.env === undefined) return "";
  return typeof scheme.env === "string"
    ? scheme.env
    : `${scheme.env.username} + ${scheme.env.password}`;
}
/** `No credentials for GET /x: pass `a` (or set A), or `b` + `c` (or set B + C).` */
function missingMessage(store, alternatives, operation) {
  const ways = alternatives.map((names) => {
    const schemes = names.map((name) => store.schemes[name]);
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
function cookieValue(value) {
  return /^[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]*$/.test(value)
    ? value
    : encodeURIComponent(value);
}
/** Base64 of the UTF-8 bytes of `text`, with `btoa` (Node 16+, browsers, edge runtimes). */
function base64(text) {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
