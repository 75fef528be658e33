/**
 * Shared helper of the emitters (client, operations, docs): the spec's security schemes, servers
 * and request-id header as the runtime's configuration, and the same facts in words.
 */
import type { ApiModel, OperationModel, SecuritySchemeModel } from "../model/ir.js";

/** The schemes the client can send (every kind but `unsupported`). */
export function sendableSchemes(model: ApiModel): SecuritySchemeModel[] {
  return model.securitySchemes.filter((scheme) => scheme.kind !== "unsupported");
}

/** The runtime's `ClientDefaults.security`: scheme name → `SecuritySchemeDescriptor`, as data. */
export function schemeDescriptors(model: ApiModel): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    sendableSchemes(model).map((scheme) => [scheme.name, schemeDescriptor(scheme)]),
  );
}

function schemeDescriptor(scheme: SecuritySchemeModel): Record<string, unknown> {
  if (scheme.kind === "apiKey") {
    return {
      kind: "apiKey",
      option: scheme.option,
      in: scheme.in,
      name: scheme.paramName,
      env: scheme.env,
    };
  }
  if (scheme.kind === "basic")
    return { kind: "basic", option: scheme.option, env: scheme.basicEnv };
  return { kind: "bearer", option: scheme.option, env: scheme.env };
}

/**
 * An operation's requirement as the runtime reads it: alternatives of the names of schemes the
 * client can send, in spec order (an alternative of only unsupported schemes becomes `[]`).
 */
export function runtimeSecurity(model: ApiModel, operation: OperationModel): string[][] {
  const sendable = new Set(sendableSchemes(model).map((scheme) => scheme.name));
  return operation.security.map((names) => names.filter((name) => sendable.has(name)));
}

/** The schemes of each alternative of an operation, in spec order. */
export function alternativesOf(
  model: ApiModel,
  operation: OperationModel,
): SecuritySchemeModel[][] {
  const byName = schemesByName(model.securitySchemes);
  return operation.security.map((names) =>
    names
      .map((name) => byName.get(name))
      .filter((scheme): scheme is SecuritySchemeModel => scheme !== undefined),
  );
}

/**
 * The schemes by name, made once per model's list: every operation's JSDoc, method and page asks
 * (Cloudflare: some 15,000 times a run).
 */
function schemesByName(
  schemes: readonly SecuritySchemeModel[],
): ReadonlyMap<string, SecuritySchemeModel> {
  let byName = byNameOf.get(schemes);
  if (byName === undefined) {
    byName = new Map(schemes.map((scheme) => [scheme.name, scheme]));
    byNameOf.set(schemes, byName);
  }
  return byName;
}

const byNameOf = new WeakMap<readonly SecuritySchemeModel[], Map<string, SecuritySchemeModel>>();

/** Where a scheme's credential goes, in words: "sent as `Authorization: Bearer <token>`". */
export function whereSent(scheme: SecuritySchemeModel): string {
  switch (scheme.kind) {
    case "bearer":
      return "sent as `Authorization: Bearer <token>`";
    case "basic":
      return "sent as `Authorization: Basic <base64 of username:password>`";
    case "apiKey":
      return scheme.in === "header"
        ? `sent in the \`${scheme.paramName}\` header`
        : scheme.in === "query"
          ? `sent as the query parameter \`${scheme.paramName}\``
          : `sent as the cookie \`${scheme.paramName}\``;
    default:
      return "not sent by the client: give it yourself with the `headers` option";
  }
}

/** The environment variable(s) of a scheme, in words (`CLOUDFLARE_API_TOKEN`), or undefined. */
export function envOf(scheme: SecuritySchemeModel): string | undefined {
  if (scheme.basicEnv !== undefined) {
    return `\`${scheme.basicEnv.username}\` and \`${scheme.basicEnv.password}\``;
  }
  return scheme.env === undefined ? undefined : `\`${scheme.env}\``;
}

/** One alternative in words: "`apiEmail` + `apiKey` (or `CLOUDFLARE_EMAIL` and `CLOUDFLARE_API_KEY`)". */
export function alternativeText(schemes: readonly SecuritySchemeModel[]): string {
  const sendable = schemes.filter((scheme) => scheme.kind !== "unsupported");
  if (sendable.length === 0) return "no credentials";
  const options = sendable.map((scheme) => `\`${scheme.option}\``).join(" + ");
  const envs = sendable.map(envOf);
  const fallback = envs.every((env) => env !== undefined)
    ? ` (or ${envs.join(" and ")} in the environment)`
    : "";
  return `${options}${fallback}`;
}

/** An operation's credentials in one sentence, for its JSDoc. */
export function credentialsSentence(model: ApiModel, operation: OperationModel): string {
  const alternatives = alternativesOf(model, operation);
  if (alternatives.length === 0) return "Credentials: none needed.";
  return `Credentials: ${alternatives.map(alternativeText).join(", or ")}.`;
}

/** The options a scheme's option is used together with, over all operations (sorted). */
export function partnersOf(model: ApiModel, scheme: SecuritySchemeModel): string[] {
  const partners = new Set<string>();
  for (const operation of model.operations) {
    for (const schemes of alternativesOf(model, operation)) {
      if (!schemes.includes(scheme)) continue;
      for (const other of schemes) if (other !== scheme) partners.add(other.option);
    }
  }
  return [...partners].sort();
}
