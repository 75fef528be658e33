/**
 * The base client: an openapi-fetch client plus the resolved options the operation functions need.
 * Resolved options live in a WeakMap keyed by the openapi-fetch client, so they never show up when
 * a client object is logged, inspected or serialised.
 */
import createFetchClient, { type Client as FetchClient } from "openapi-fetch";
import { ClientError } from "./errors.js";
import {
  resolveOptions,
  type ClientDefaults,
  type BaseClientOptions,
  type ResolvedOptions,
} from "./options.js";

/** What every operation function takes first: the output of `createBaseClient` or `createClient`. */
export interface BaseClient<Paths extends {}> {
  /** The underlying openapi-fetch client, typed by the spec's `paths`. */
  readonly raw: FetchClient<Paths>;
}

const resolvedByRaw = new WeakMap<object, ResolvedOptions>();

/** Creates a base client for a spec's `paths`; the generated `createBaseClient` calls this. */
export function createRuntimeClient<Paths extends {}>(
  options: BaseClientOptions,
  defaults: ClientDefaults,
): BaseClient<Paths> {
  const resolved = resolveOptions(options, defaults);
  const raw = createFetchClient<Paths>({
    baseUrl: resolved.baseUrl,
    fetch: resolved.fetch,
    headers: resolved.headers,
  });
  resolvedByRaw.set(raw, resolved);
  return { raw };
}

/** The resolved options behind a client; throws when the client was not made by this runtime. */
export function resolvedOptionsOf(client: BaseClient<{}>): ResolvedOptions {
  const resolved = resolvedByRaw.get(client.raw);
  if (resolved === undefined) {
    throw new ClientError("Not a client of this package: create it with createBaseClient().");
  }
  return resolved;
}
