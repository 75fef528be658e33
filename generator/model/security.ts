/**
 * Security schemes, servers and the request-id header as model data (CONTRACT §3): which client
 * option each scheme becomes, how its credential is sent, and its environment fallback. The runtime
 * receives all of it as generated configuration; nothing here knows any one API.
 *
 * `securityProblems` checks the same spec objects before the model is built, so that a clash of
 * option names or a malformed `x-env` is a located diagnostic rather than a broken package.
 */
import { diagnostic, type Diagnostic } from "../diagnostics.js";
import { SECURITY_EXTENSIONS } from "../keywords.js";
import { locate, type LoadedSpec } from "../load.js";
import type { SecuritySchemeModel, ServerModel } from "./ir.js";

type Node = Readonly<Record<string, unknown>>;

/** The response header `ApiError.requestId` is read from when the spec names none. */
export const DEFAULT_REQUEST_ID_HEADER = "x-request-id";

/**
 * Options every client has already; a scheme's option may not take one of these names.
 * Keep in step with `ClientOptions` in templates/runtime/options.ts.
 */
export const BUILT_IN_OPTIONS: readonly string[] = [
  "baseUrl",
  "fetch",
  "headers",
  "maxRetries",
  "timeoutMs",
  "validateRequests",
  "validateResponses",
  "responseValidators",
];

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * The client option of a scheme key, by CONTRACT §3's rule: split at `_`, `-`, `.` and spaces;
 * the first word's first letter lower-cased, the others' upper-cased, the rest kept as written
 * (`api_token` → `apiToken`, `OAuth2` → `oAuth2`, `accountSid_authToken` → `accountSidAuthToken`).
 */
export function clientOptionName(key: string): string {
  return key
    .split(/[_\-. ]+/)
    .filter((word) => word !== "")
    .map((word, index) =>
      index === 0
        ? word.charAt(0).toLowerCase() + word.slice(1)
        : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join("");
}

/** Every `components.securitySchemes` entry, in the author's order. */
export function securitySchemesOf(doc: Node): SecuritySchemeModel[] {
  const schemes = asNode(asNode(doc["components"])["securitySchemes"]);
  return Object.entries(schemes).map(([name, raw]) => schemeOf(name, deref(doc, raw)));
}

/** One scheme: how its credential is sent, and from which option and variables. */
export function schemeOf(name: string, scheme: Node): SecuritySchemeModel {
  const option = stringAt(scheme, SECURITY_EXTENSIONS.clientOption) ?? clientOptionName(name);
  const common = {
    name,
    option,
    description: stringAt(scheme, "description"),
    pointer: `#/components/securitySchemes/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`,
  };
  const type = scheme["type"];
  const httpScheme = String(scheme["scheme"] ?? "").toLowerCase();
  if (type === "apiKey") {
    const where = scheme["in"];
    const sentIn = where === "query" || where === "cookie" ? where : "header";
    const paramName = stringAt(scheme, "name") ?? name;
    return {
      ...common,
      kind: "apiKey",
      in: sentIn,
      paramName,
      header: sentIn === "header" ? paramName : undefined,
      env: stringAt(scheme, SECURITY_EXTENSIONS.env),
      basicEnv: undefined,
    };
  }
  if (type === "http" && httpScheme === "basic") {
    return { ...common, ...authorization("basic"), env: undefined, basicEnv: basicEnvOf(scheme) };
  }
  const bearer =
    (type === "http" && httpScheme === "bearer") || type === "oauth2" || type === "openIdConnect";
  return {
    ...common,
    ...authorization(bearer ? "bearer" : "unsupported"),
    env: bearer ? stringAt(scheme, SECURITY_EXTENSIONS.env) : undefined,
    basicEnv: undefined,
  };
}

function authorization(kind: "bearer" | "basic" | "unsupported") {
  return { kind, in: "header", paramName: "Authorization", header: "Authorization" } as const;
}

/** `x-env: { username: VAR, password: VAR }` of a basic scheme, when both are named. */
function basicEnvOf(scheme: Node): SecuritySchemeModel["basicEnv"] {
  const env = asNode(scheme[SECURITY_EXTENSIONS.env]);
  const username = stringAt(env, "username");
  const password = stringAt(env, "password");
  return username !== undefined && password !== undefined ? { username, password } : undefined;
}

/** Servers in spec order, each with its `x-env` (the variable that overrides its URL). */
export function serversOf(doc: Node): ServerModel[] {
  const servers = Array.isArray(doc["servers"]) ? (doc["servers"] as unknown[]) : [];
  return servers
    .map((raw) => asNode(raw))
    .filter((server) => typeof server["url"] === "string" && server["url"] !== "")
    .map((server) => ({
      url: server["url"] as string,
      description: stringAt(server, "description"),
      env: stringAt(server, SECURITY_EXTENSIONS.env),
    }));
}

/** The root's `x-request-id-header`, else `x-request-id`. */
export function requestIdHeaderOf(doc: Node): string {
  return stringAt(doc, SECURITY_EXTENSIONS.requestIdHeader) ?? DEFAULT_REQUEST_ID_HEADER;
}

/**
 * The security requirement of an operation as alternatives of scheme keys, in spec order: its own
 * `security`, else the root's; `security: []` (or none anywhere) is no alternative at all.
 */
export function securityOf(raw: unknown): string[][] {
  if (!Array.isArray(raw)) return [];
  return raw.map((requirement) => Object.keys(asNode(requirement)));
}

/**
 * Located problems with the security schemes, servers and request-id header of the root
 * document: an option name that is not an identifier, two schemes (or a scheme and a built-in
 * option) with one option name, and `x-env` / `x-client-option` / `x-request-id-header` values
 * of the wrong shape.
 */
export function securityProblems(loaded: LoadedSpec): Diagnostic[] {
  const doc = asNode(loaded.document.parsed);
  const at: Report = (pointer, message, hint, code = "security-extension") =>
    diagnostic({
      code,
      ...locate({ source: loaded.document.source, pointer }),
      message,
      hint,
    });
  return [...schemeProblems(doc, at), ...serverProblems(doc, at), ...requestIdProblems(doc, at)];
}

type Report = (
  pointer: string,
  message: string,
  hint: string,
  code?: "security-option" | "security-extension" | "security-scheme",
) => Diagnostic;

function schemeProblems(doc: Node, at: Report): Diagnostic[] {
  const found: Diagnostic[] = [];
  const owners = new Map(BUILT_IN_OPTIONS.map((option) => [option, "a built-in option"]));
  const schemes = asNode(asNode(doc["components"])["securitySchemes"]);
  for (const [name, raw] of Object.entries(schemes)) {
    const pointer = `#/components/securitySchemes/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    const scheme = deref(doc, raw);
    found.push(...extensionShapeProblems(scheme, pointer, at));
    // A scheme in another file is checked where it is read (bundled, then built into the model).
    if (typeof scheme["$ref"] === "string") continue;
    const model = schemeOf(name, scheme);
    if (model.kind === "unsupported") {
      found.push(unsupportedScheme(name, scheme, pointer, at));
      continue;
    }
    const where =
      SECURITY_EXTENSIONS.clientOption in scheme ? `${pointer}/x-client-option` : pointer;
    if (!IDENTIFIER.test(model.option)) {
      found.push(
        at(
          where,
          `Security scheme "${name}" gives the client option "${model.option}", which is not an identifier`,
          "Name the option with `x-client-option: <identifier>` on the scheme, e.g. `x-client-option: apiToken`.",
          "security-option",
        ),
      );
      continue;
    }
    const owner = owners.get(model.option);
    if (owner !== undefined) {
      found.push(
        at(
          where,
          `Security scheme "${name}" gives the client option "${model.option}", already taken by ${owner}`,
          "Give one of them another name with `x-client-option: <identifier>` on the scheme.",
          "security-option",
        ),
      );
    }
    owners.set(model.option, `security scheme "${name}"`);
  }
  return found;
}

/** A warning: the client cannot send this kind of scheme, so it gets no option. */
function unsupportedScheme(name: string, scheme: Node, pointer: string, at: Report): Diagnostic {
  const kind = [scheme["type"], scheme["scheme"]].filter((part) => typeof part === "string");
  return {
    ...at(
      pointer,
      `Security scheme "${name}" (${kind.join(" ")}) is not one the client can send; it gets no client option`,
      "Nothing to do if your users add it themselves: with the `headers` option, or a custom `fetch`. The client sends http bearer and basic, oauth2, openIdConnect and apiKey schemes.",
      "security-scheme",
    ),
    severity: "warning",
  };
}

function extensionShapeProblems(scheme: Node, pointer: string, at: Report): Diagnostic[] {
  const found: Diagnostic[] = [];
  const option = scheme[SECURITY_EXTENSIONS.clientOption];
  if (option !== undefined && typeof option !== "string") {
    found.push(
      at(
        `${pointer}/x-client-option`,
        "`x-client-option` must be a string",
        "Write the client option's name, e.g. `x-client-option: apiToken`.",
      ),
    );
  }
  const env = scheme[SECURITY_EXTENSIONS.env];
  if (env === undefined) return found;
  const basic = scheme["type"] === "http" && String(scheme["scheme"]).toLowerCase() === "basic";
  const envNode = asNode(env);
  const good = basic
    ? typeof envNode["username"] === "string" && typeof envNode["password"] === "string"
    : typeof env === "string" && env !== "";
  if (!good) {
    found.push(
      at(
        `${pointer}/x-env`,
        basic
          ? "`x-env` of an http basic scheme must name two variables: `{ username: VAR, password: VAR }`"
          : "`x-env` of a security scheme must name one environment variable",
        basic
          ? "Write e.g. `x-env: { username: API_USER, password: API_PASSWORD }`."
          : "Write e.g. `x-env: API_TOKEN`.",
      ),
    );
  }
  return found;
}

function serverProblems(doc: Node, at: Report): Diagnostic[] {
  const servers = Array.isArray(doc["servers"]) ? (doc["servers"] as unknown[]) : [];
  return servers.flatMap((raw, index) => {
    const env = asNode(raw)[SECURITY_EXTENSIONS.env];
    if (env === undefined || (typeof env === "string" && env !== "")) return [];
    return [
      at(
        `#/servers/${index}/x-env`,
        "`x-env` of a server must name one environment variable",
        "Write e.g. `x-env: API_BASE_URL`: the client reads the base URL from it when `baseUrl` is not given.",
      ),
    ];
  });
}

function requestIdProblems(doc: Node, at: Report): Diagnostic[] {
  const header = doc[SECURITY_EXTENSIONS.requestIdHeader];
  if (header === undefined || (typeof header === "string" && /^[!#$%&'*+.^_`|~\w-]+$/.test(header)))
    return [];
  return [
    at(
      `#/${SECURITY_EXTENSIONS.requestIdHeader}`,
      "`x-request-id-header` must be an HTTP header name",
      "Write e.g. `x-request-id-header: x-request-id`.",
    ),
  ];
}

/** Follows local `$ref`s to the object they name. */
function deref(doc: Node, raw: unknown, depth = 0): Node {
  const node = asNode(raw);
  const ref = node["$ref"];
  if (typeof ref !== "string" || !ref.startsWith("#") || depth > 32) return node;
  const target = ref
    .replace(/^#\/?/, "")
    .split("/")
    .filter((s) => s !== "")
    .reduce<unknown>(
      (node, segment) => asNode(node)[segment.replace(/~1/g, "/").replace(/~0/g, "~")],
      doc,
    );
  return deref(doc, target, depth + 1);
}

function asNode(value: unknown): Node {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Node)
    : {};
}

function stringAt(node: Node, key: string): string | undefined {
  const value = node[key];
  return typeof value === "string" ? value : undefined;
}
