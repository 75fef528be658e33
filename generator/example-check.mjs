// The example check's validation (see validate-examples.ts): Ajv 2020 with formats, one compiled
// validator per distinct schema. Plain JS, shared by the main thread and example-worker.mjs,
// which runs it on the second core when a spec has many examples.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;

/**
 * Checks examples against schemas, each schema compiled once. A check names its schema by `key`
 * (the number of its distinct self-contained copy) and gives the copy itself the first time only.
 */
export class ExampleValidator {
  #ajv = createAjv();
  /** @type {Map<number, ((data: unknown) => boolean) & { errors?: unknown[] | null } | undefined>} */
  #compiled = new Map();

  /**
   * Why `example` breaks the schema (the message, and the path of the failing value inside
   * the example), or undefined when it is valid or the schema cannot be compiled (a schema
   * Ajv refuses is left to the other rules).
   * @param {{ key: number, schema?: unknown, example: unknown }} check
   * @returns {{ message: string, path: string[] } | undefined}
   */
  failure({ key, schema, example }) {
    if (!this.#compiled.has(key)) this.#compiled.set(key, this.#compile(schema));
    const validate = this.#compiled.get(key);
    if (validate === undefined || validate(example)) return undefined;
    // A wrong format is only warned about (see validate.ts), so it must not hide another error.
    const errors = validate.errors ?? [];
    const error = errors.find((e) => e.keyword !== "format") ?? errors[0];
    if (error === undefined) return undefined;
    return {
      message: `Example value must conform to the schema: ${describe(error)}`,
      path: error.instancePath.split("/").slice(1).map(unescapePointer),
    };
  }

  #compile(schema) {
    try {
      return this.#ajv.compile(schema);
    } catch {
      return undefined;
    }
  }
}

function createAjv() {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    validateSchema: false,
    allowUnionTypes: true,
    discriminator: true,
    logger: false,
    // Each validator checks a few examples once: Ajv's pass that tidies the generated code costs
    // a third of compiling and saves nothing here (what is valid, and the errors, are the same).
    code: { optimize: false },
  });
  addFormats(ajv);
  return ajv;
}

/** Ajv's message, with the property and allowed values it concerns. */
function describe(error) {
  const property = error.instancePath.split("/").pop();
  const where = property ? `\`${unescapePointer(property)}\` property ` : "";
  const allowed = error.params.allowedValues;
  const values = allowed ? ` ${allowed.map((value) => JSON.stringify(value)).join(", ")}` : "";
  return `${where}${error.message ?? "is not valid"}${values}`;
}

function unescapePointer(segment) {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}
