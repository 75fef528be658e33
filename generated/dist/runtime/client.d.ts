/**
 * The base client: an openapi-fetch client plus the resolved options the operation functions need.
 * Resolved options live in a WeakMap keyed by the openapi-fetch client, so they never show up when
 * a client object is logged, inspected or serialised.
 */
import { type Client as FetchClient } from "openapi-fetch";
import { type ClientDefaults, type BaseClientOptions, type ResolvedOptions } from "./options.js";
/** What every operation function takes first: the output of `createBaseClient` or `createClient`. */
export interface BaseClient<Paths extends {}> {
  /** The underlying openapi-fetch client, typed by the spec's `paths`. */
  readonly raw: FetchClient<Paths>;
}
/** Creates a base client for a spec's `paths`; the generated `createBaseClient` calls this. */
export declare function createRuntimeClient<Paths extends {}>(
  options: BaseClientOptions,
  defaults: ClientDefaults,
): BaseClient<Paths>;
/** The resolved options behind a client; throws when the client was not made by this runtime. */
export declare function resolvedOptionsOf(client: BaseClient<{}>): ResolvedOptions;
