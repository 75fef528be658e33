// Generated from the OpenAPI spec by cf-sdk-generate. Do not edit: edit the spec and regenerate.
export { createClient } from "./client.js";
export { createBaseClient } from "./base-client.js";
export * from "./operations.js";
export {
  ApiError,
  ClientError,
  ConnectionError,
  TimeoutError,
  ValidationError,
} from "./runtime/errors.js";
export * as validators from "./validators.js";
