/**
 * The base client: an openapi-fetch client plus the resolved options the operation functions need.
 * Resolved options live in a WeakMap keyed by the openapi-fetch client, so they never show up when
 * a client object is logged, inspected or serialised.
 */
import createFetchClient from "openapi-fetch";
import { ClientError } from "./errors.js";
import { resolveOptions } from "./options.js";
const resolvedByRaw = new WeakMap();
/** Creates a base client for a spec's `paths`; the generated `createBaseClient` calls this. */
export function createRuntimeClient(options, defaults) {
  const resolved = resolveOptions(options, defaults);
  const raw = createFetchClient({
    baseUrl: resolved.baseUrl,
    fetch: resolved.fetch,
    headers: resolved.headers,
  });
  resolvedByRaw.set(raw, resolved);
  return { raw };
}
/** The resolved options behind a client; throws when the client was not made by this runtime. */
export function resolvedOptionsOf(client) {
  const resolved = resolvedByRaw.get(client.raw);
  if (resolved === undefined) {
    throw new ClientError("Not a client of this package: create it with createBaseClient().");
  }
  return resolved;
}
