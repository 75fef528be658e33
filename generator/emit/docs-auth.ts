/**
 * The credential parts of the docs, from the spec's security schemes alone: the auth section of
 * the index and of each operation page, the credential lines of curl examples, and how the
 * TypeScript examples and the package README create a client.
 */
import type { ApiModel, OperationModel, SecuritySchemeModel } from "../model/ir.js";
import { alternativesOf, envOf, sendableSchemes, whereSent } from "./security.js";

/** One scheme as the index lists it. */
export interface SchemeView {
  readonly name: string;
  readonly option: string;
  /** "sent as `Authorization: Bearer <token>`"… */
  readonly where: string;
  /** "environment variable `X`" (or "variables `U` and `P`" for basic), or "". */
  readonly env: string;
  /** What the option takes, in words. */
  readonly value: string;
  readonly description: string;
}

/** What the index and package README say about credentials and the base URL. */
export interface AuthIndexView {
  readonly schemes: readonly SchemeView[];
  /** Schemes the client cannot send (digest, mutualTLS...), in inline code, or "". */
  readonly unsupported: string;
  /** Whether some operation needs no credentials while others do. */
  readonly somePublic: boolean;
  /** The base URL's environment variable, or "". */
  readonly baseUrlEnv: string;
  /** The response header `requestId` comes from. */
  readonly requestIdHeader: string;
  /** The comment and `createClient(...)` line of the package README and the examples. */
  readonly create: string;
}

/** The index's and package README's view of credentials. */
export function authIndexView(model: ApiModel): AuthIndexView {
  const secured = model.operations.filter((operation) => operation.security.length > 0);
  return {
    schemes: sendableSchemes(model).map((scheme) => ({
      name: scheme.name,
      option: scheme.option,
      where: whereSent(scheme),
      env: envPhrase(scheme),
      value:
        scheme.kind === "basic"
          ? "`{ username, password }`, or a function returning it (or a Promise of it)"
          : "a string, or a function returning it (or a Promise of it)",
      description: scheme.description ?? "",
    })),
    unsupported: model.securitySchemes
      .filter((scheme) => scheme.kind === "unsupported")
      .map((scheme) => `\`${scheme.name}\``)
      .join(", "),
    somePublic: secured.length > 0 && secured.length < model.operations.length,
    baseUrlEnv: model.serverDetails[0]?.env ?? "",
    requestIdHeader: model.requestIdHeader,
    create: clientCreation(model, secured[0]),
  };
}

function envPhrase(scheme: SecuritySchemeModel): string {
  const env = envOf(scheme);
  if (env === undefined) return "";
  return `environment variable${scheme.basicEnv === undefined ? "" : "s"} ${env}`;
}

/** An operation page's auth lines: one per alternative, or none for a public operation. */
export function operationAuthLines(model: ApiModel, operation: OperationModel): string[] {
  return alternativesOf(model, operation).map((schemes) => {
    const sendable = schemes.filter((scheme) => scheme.kind !== "unsupported");
    if (sendable.length === 0) return "no credentials";
    const options = `\`createClient({ ${sendable.map((s) => s.option).join(", ")} })\``;
    const where = sendable.map((scheme) => `\`${scheme.option}\` ${whereSent(scheme)}`);
    const envs = sendable.map(envOf);
    const env = envs.every((e) => e !== undefined)
      ? `; or ${envs.join(" and ")} in the environment`
      : "";
    return `${options}: ${where.join(", ")}${env}`;
  });
}

/** The credential parts of a curl command: extra lines (`-H`, `-u`, `-b`) and query pairs. */
export interface CurlCredentials {
  readonly lines: readonly string[];
  /** `name=$VAR` pairs to add to the URL's query string. */
  readonly query: readonly string[];
}

/** The curl credentials of an operation's first alternative, from the environment variables. */
export function curlCredentials(model: ApiModel, operation: OperationModel): CurlCredentials {
  const first = alternativesOf(model, operation)[0] ?? [];
  const lines: string[] = [];
  const query: string[] = [];
  for (const scheme of first) {
    if (scheme.kind === "bearer") lines.push(`  -H "Authorization: Bearer ${shellVar(scheme)}"`);
    if (scheme.kind === "basic") lines.push(`  -u "${basicVars(scheme)}"`);
    if (scheme.kind !== "apiKey") continue;
    if (scheme.in === "header") lines.push(`  -H "${scheme.paramName}: ${shellVar(scheme)}"`);
    if (scheme.in === "cookie") lines.push(`  -b "${scheme.paramName}=${shellVar(scheme)}"`);
    if (scheme.in === "query")
      query.push(`${encodeURIComponent(scheme.paramName)}=${shellVar(scheme)}`);
  }
  return { lines, query };
}

/**
 * The comment and `createClient(...)` line of a TypeScript example: no options when the
 * operation needs none or the first alternative's schemes all have an `x-env` (then the comment
 * names the variables read), else the first alternative's options with placeholders.
 */
export function clientCreation(model: ApiModel, operation: OperationModel | undefined): string {
  const alternatives = operation === undefined ? [] : alternativesOf(model, operation);
  const sendable = alternatives.map((schemes) =>
    schemes.filter((scheme) => scheme.kind !== "unsupported"),
  );
  const first = sendable[0] ?? [];
  if (first.length === 0) return "const client = createClient();";
  if (first.every((scheme) => envOf(scheme) !== undefined)) {
    const covered = sendable.filter((schemes) => schemes.every((s) => envOf(s) !== undefined));
    const names = covered.map((schemes) => schemes.map(envNames).join(" + "));
    const others = names.length > 1 ? ` (or ${names.slice(1).join(", or ")})` : "";
    return `// Reads ${names[0]}${others} from the environment.\nconst client = createClient();`;
  }
  const options = first.map((scheme) => `${scheme.option}: ${placeholder(scheme)}`).join(", ");
  return `const client = createClient({ ${options} });`;
}

function envNames(scheme: SecuritySchemeModel): string {
  if (scheme.basicEnv !== undefined)
    return `${scheme.basicEnv.username} + ${scheme.basicEnv.password}`;
  return scheme.env ?? scheme.option;
}

function placeholder(scheme: SecuritySchemeModel): string {
  if (scheme.kind === "basic") return `{ username: "your-username", password: "your-password" }`;
  return JSON.stringify(`your-${kebab(scheme.option)}`);
}

/** `$CLOUDFLARE_API_TOKEN`, or, without `x-env`, the option in upper snake case (`$API_TOKEN`). */
function shellVar(scheme: SecuritySchemeModel): string {
  return `$${scheme.env ?? upperSnake(scheme.option)}`;
}

function basicVars(scheme: SecuritySchemeModel): string {
  const env = scheme.basicEnv;
  const stem = upperSnake(scheme.option);
  return `$${env?.username ?? `${stem}_USERNAME`}:$${env?.password ?? `${stem}_PASSWORD`}`;
}

function upperSnake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .toUpperCase();
}

function kebab(name: string): string {
  return upperSnake(name).toLowerCase().replace(/_/g, "-");
}
