/**
 * The names of the generated validate functions (exports of `src/validators/ajv.js`) and the
 * schema each one checks: decided once, shared by the Ajv emitter and the TypeScript emitters
 * (which therefore do not load Ajv).
 */
import type { ApiModel, JsonSchema, OperationModel } from "../model/ir.js";
import { isSuccessStatus } from "../model/ir.js";

/** One validate function to generate. */
export interface Entry {
  readonly exportName: string;
  readonly schema: JsonSchema;
}

/**
 * The validate functions of each operation, by kind; names of exports of `validators/ajv.js`.
 * The operation's descriptor references `body` and `query`; `response` is reached through the
 * `responses` table (see `emitClient`), so a bundle that never checks responses never holds them.
 */
export interface OperationValidators {
  readonly body?: string;
  readonly query?: string;
  readonly response?: string;
}

/** Export names, decided once and shared by this emitter and the operations emitter. */
export function operationValidators(operation: OperationModel): OperationValidators {
  const response = successSchema(operation);
  return {
    ...(operation.requestBody?.schema !== undefined
      ? { body: `validate${operation.typeName}Body` }
      : {}),
    ...(operation.parameters.some((p) => p.in === "query")
      ? { query: `validate${operation.typeName}Query` }
      : {}),
    ...(response !== undefined ? { response: `validate${operation.typeName}Response` } : {}),
  };
}

export function schemaExportName(name: string, index: number): string {
  const safe = name.replace(/[^A-Za-z0-9_$]/g, "_");
  return `validateSchema${index}_${safe}`;
}

export function validatorEntries(model: ApiModel): Entry[] {
  const entries: Entry[] = model.schemas.map((s, index) => ({
    exportName: schemaExportName(s.name, index),
    schema: { $ref: s.pointer },
  }));
  for (const operation of model.operations) {
    const names = operationValidators(operation);
    if (names.body !== undefined)
      entries.push({ exportName: names.body, schema: operation.requestBody!.schema! });
    if (names.query !== undefined)
      entries.push({ exportName: names.query, schema: querySchema(operation) });
    if (names.response !== undefined)
      entries.push({ exportName: names.response, schema: successSchema(operation)! });
  }
  return entries;
}

/** An object schema of an operation's query parameters. */
function querySchema(operation: OperationModel): JsonSchema {
  const params = operation.parameters.filter((p) => p.in === "query");
  return {
    type: "object",
    properties: Object.fromEntries(params.map((p) => [p.name, p.schema])),
    required: params.filter((p) => p.required).map((p) => p.name),
  };
}

function successSchema(operation: OperationModel): JsonSchema | undefined {
  return operation.responses.find((r) => isSuccessStatus(r.status) && r.schema !== undefined)
    ?.schema;
}
