// Generated from the OpenAPI spec by cf-sdk-generate. Do not edit: edit the spec and regenerate.

export { createClient, type Client } from "./client.js";

export { createBaseClient, type BaseClient, type ClientOptions } from "./base-client.js";

export * from "./operations.js";

export {
  ApiError,
  ClientError,
  ConnectionError,
  TimeoutError,
  ValidationError,
  type ApiErrorMessage,
  type ValidationIssue,
  type ValidationTarget,
} from "./runtime/errors.js";

export { type DeepReadonly, type RequestOptions } from "./runtime/operation.js";

export { type StandardSchemaV1, type Validator } from "./runtime/validation.js";

export * as validators from "./validators.js";

export { type BasicCredential, type BasicCredentials, type Credential } from "./runtime/auth.js";

export { type components, type operations, type paths } from "./types.js";
