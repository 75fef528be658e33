/**
 * One call of one operation: check the input, send it through openapi-fetch, turn the answer into
 * the parsed 2xx body or a typed error. Generated operation functions are one-line calls of
 * `callOperation` with their operation's descriptor.
 */
import type { BaseClient } from "./client.js";
import { type SecurityRequirement } from "./auth.js";
import { type PathParamRule } from "./path.js";
import { type AjvValidate } from "./validation.js";
/** An HTTP method as the descriptor names it. */
export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";
/** What the runtime needs to know about one operation; generated from the spec. */
export interface OperationDescriptor {
  /** The spec's operationId, used in error messages. */
  readonly id: string;
  readonly method: HttpMethod;
  /** The path template, e.g. `/zones/{zone_id}/bot_management`. */
  readonly path: string;
  /** Each path parameter's limits, checked before sending. */
  readonly pathParams: Readonly<Record<string, PathParamRule>>;
  /** Whether a failed attempt may be repeated (idempotent method or `x-idempotent: true`). */
  readonly idempotent?: boolean;
  /**
   * The credentials it needs: alternatives of security scheme names in spec order, any one
   * alternative with all of its schemes. Absent or `[]`: none.
   */
  readonly security?: SecurityRequirement;
  /** The generated validators of the JSON body and the query. */
  readonly validate?: {
    readonly body?: AjvValidate;
    readonly query?: AjvValidate;
  };
}
/**
 * The spec's type, read-only all the way down: what an operation accepts as its body, so that
 * `as const` and frozen payloads are accepted as well as ordinary ones (results stay mutable).
 */
export type DeepReadonly<T> = T extends (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
    : T;
/** Per-call options every operation accepts next to its parameters and body. */
export interface RequestOptions {
  /** Extra headers for this call. */
  headers?: Readonly<Record<string, string>>;
  /** Cancels the call. */
  signal?: AbortSignal;
}
/** The arguments of an operation call, as the runtime sees them. */
export interface OperationCall extends RequestOptions {
  readonly path?: Readonly<Record<string, unknown>>;
  readonly query?: Readonly<Record<string, unknown>>;
  readonly body?: unknown;
}
/** Sends one call and returns the parsed 2xx JSON body (`undefined` when the body is empty). */
export declare function callOperation(
  client: BaseClient<{}>,
  operation: OperationDescriptor,
  call: OperationCall,
): Promise<unknown>;
