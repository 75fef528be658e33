// Generated from the OpenAPI spec by cf-sdk-generate. Do not edit: edit the spec and regenerate.

export {};
