/**
 * The validators' dialect of JSON Schema, as one Ajv setup: draft-07 plus the `next` vocabulary
 * (`dependentRequired`), the runtime's own format checks, and the generator's keywords
 * (`x-sum-equals`, own-property checks). The validators are emitted with it and the mocks' default
 * answers are checked with it, so both judge a value alike.
 */
import { _, type Code, type Format, type KeywordCxt } from "ajv";
import { createRequire } from "node:module";
import * as runtimeFormats from "../../templates/runtime/formats.js";

// Ajv and ajv-formats are CommonJS modules with a `default` export property; default-import
// interop differs between Node's ESM loader, vitest and the CLI's bundle, so require() them.
const require = createRequire(import.meta.url);
const Ajv = (require("ajv") as typeof import("ajv")).default;
export type Ajv = InstanceType<typeof Ajv>;
const addFormats = (require("ajv-formats") as typeof import("ajv-formats")).default;
const nextVocabulary = (
  require("ajv/dist/vocabularies/next") as typeof import("ajv/dist/vocabularies/next.js")
).default;
const unevaluatedVocabulary = (
  require("ajv/dist/vocabularies/unevaluated") as typeof import("ajv/dist/vocabularies/unevaluated/index.js")
).default;

/** ajv-formats' names → the exports of `runtime/formats.ts`. */
export const FORMAT_EXPORTS: Readonly<Record<string, string>> = {
  "date-time": "dateTime",
  date: "date",
  time: "time",
  duration: "duration",
  uri: "uri",
  "uri-reference": "uriReference",
  email: "email",
  hostname: "hostname",
  ipv4: "ipv4",
  ipv6: "ipv6",
  uuid: "uuid",
  regex: "regex",
  byte: "byte",
  int32: "int32",
  int64: "int64",
  float: "float",
  double: "double",
};

/** How an Ajv instance of the validators' dialect is used. */
export interface AjvOptions {
  /**
   * Adds the `unevaluated` vocabulary and its tracking of evaluated properties, whose code every
   * composed schema then carries: only for specs that use it.
   */
  readonly unevaluated?: boolean;
  /**
   * Checks values in the generator (the mocks' default answers) instead of emitting the package's
   * standalone code: the first problem only, no source kept, ten times faster to compile, and the
   * same verdict as the package's validators.
   */
  readonly checkOnly?: boolean;
}

/**
 * The Ajv instance the validators are generated with (exported for the bench and the differential
 * test), or, with `checkOnly`, one that judges values in the generator exactly as they will.
 */
export function createAjv(options: AjvOptions = {}): Ajv {
  const standalone = options.checkOnly !== true;
  const lazy = standalone ? madeOnFirstCall() : undefined;
  const ajv = new Ajv({
    unevaluated: options.unevaluated === true,
    ...(standalone
      ? {
          code: {
            source: true,
            esm: true,
            lines: true,
            formats: _`__formats`,
            process: lazy!.process,
          },
          allErrors: true,
          verbose: true,
        }
      : {
          logger: false as const,
          // Ajv's pass that tidies its code (drops unused names, inlines constants) changes no
          // verdict and is nearly half the compile time of a check, called only a few times.
          code: { optimize: false },
        }),
    messages: false, // the runtime words every message itself
    strict: false,
    validateSchema: false,
    // `required: [constructor]` is not met by an inherited `constructor`, and a property named
    // `constructor` or `toString` is checked only when the value has it (Ajv's default reads
    // `data.constructor`, found on every object's prototype).
    ownProperties: true,
    inlineRefs: standalone ? 8 : false, // small schemas (an enum, a map of counts) inline; bigger shared ones stay one function
  });
  ajv.addVocabulary(nextVocabulary); // dependentRequired: the draft-07 class ignores `next: true`
  if (options.unevaluated === true) ajv.addVocabulary(unevaluatedVocabulary);
  if (lazy !== undefined) Object.defineProperty(ajv, MAKE_ON_FIRST_CALL, { value: lazy.standIn });
  addFormats(ajv);
  // The runtime's definitions replace ajv-formats' (they correct some): Ajv copies a RegExp into
  // the code and calls the others from the runtime, so the generated code checks what they check.
  for (const [format, name] of Object.entries(FORMAT_EXPORTS)) {
    ajv.addFormat(format, (runtimeFormats as Record<string, Format>)[name]!);
  }
  ajv.addKeyword({
    keyword: OWN_PROPERTIES,
    type: "object",
    schemaType: "object",
    code: ownProperties,
  });
  ajv.addKeyword({
    keyword: "x-sum-equals",
    type: "object",
    schemaType: "string",
    code: sumEquals,
    // Without `error.params` Ajv reports a custom keyword's error with empty params.
    error: {
      message: ({ params }) =>
        _`"values sum to " + ${params["sum"]} + " but " + ${params["property"]} + " is " + ${params["expected"]}`,
      params: ({ params }) =>
        _`{property: ${params["property"]}, sum: ${params["sum"]}, expected: ${params["expected"]}}`,
    },
  });
  return ajv;
}

/** The name of the Ajv instance's method that makes the stand-ins (see `madeOnFirstCall`). */
const MAKE_ON_FIRST_CALL = "cfSdkMakeOnFirstCall";

/** A compiled validate function, as far as its stand-in goes. */
type Validate = ((this: unknown, ...args: unknown[]) => boolean) & {
  errors?: unknown;
  evaluated?: unknown;
};

/**
 * Ajv's `code.process` hook gets each compiled function's source before Ajv makes the function
 * with `new Function`, and V8 parses it: 13 MB for Cloudflare's validators, a sixth of their
 * compile time. The standalone code needs only the source and scope values, which Ajv keeps
 * before this hook; the functions are called only by the mocks' checks, and only some. So the
 * hook files the source and returns one that makes a stand-in, which makes the function (the
 * same source, self and scope) on its first call. Ajv sets `errors`, `evaluated` and the rest on
 * what it made, the stand-in; callers (other functions among them) read `errors` from it.
 */
function madeOnFirstCall(): {
  process: (sourceCode: string) => string;
  standIn: (self: unknown, scope: unknown, index: number) => Validate;
} {
  const sources: string[] = [];
  return {
    process: (sourceCode) => {
      sources.push(sourceCode);
      return `return self.${MAKE_ON_FIRST_CALL}(self, scope, ${sources.length - 1})`;
    },
    standIn: (self, scope, index) => {
      let made: Validate | undefined;
      const validate: Validate = function (this: unknown, ...args: unknown[]): boolean {
        if (made === undefined) {
          // The function Ajv would have made here (compile/index.ts), now.
          made = new Function("self", "scope", sources[index]!)(self, scope) as Validate;
          // A function that checks what it evaluated reads its own `evaluated` (Ajv's
          // unevaluated mode), which Ajv set on the stand-in.
          if (validate.evaluated !== undefined) made.evaluated = validate.evaluated;
        }
        const valid = made.apply(this, args);
        validate.errors = made.errors;
        return valid;
      };
      return validate;
    },
  };
}

/**
 * The generator's own keyword for the `properties` Ajv skips on purpose: it never checks a
 * property named `__proto__`, which JSON can hold (`JSON.parse('{"__proto__": 1}')` has it as an
 * own property). `{ name: schema }`, applied to each name the value has as its own property.
 */
export const OWN_PROPERTIES = "x-cf-sdk-own-properties";

/** Property names Ajv's `properties` keyword leaves unchecked. */
export const SKIPPED_BY_AJV: readonly string[] = ["__proto__"];

function ownProperties(cxt: KeywordCxt): void {
  const { gen, data, schema } = cxt;
  for (const name of Object.keys(schema as object)) {
    gen.if(_`Object.prototype.hasOwnProperty.call(${data}, ${name})`, () => {
      const valid = gen.name("valid");
      cxt.subschema({ keyword: OWN_PROPERTIES, schemaProp: name, dataProp: name }, valid);
    });
  }
}

/** `x-sum-equals: <property>`: the numeric values of this object sum to the sibling `<property>`. */
function sumEquals(cxt: KeywordCxt): void {
  const { gen, data, schemaCode, it } = cxt;
  const sum = gen.let("sum", 0);
  gen.forIn("key", data, (key) =>
    gen.if(_`typeof ${data}[${key}] == "number"`, () =>
      gen.assign(sum, _`${sum} + ${data}[${key}]`),
    ),
  );
  const expected = gen.const(
    "expected",
    _`${it.parentData} && ${it.parentData}[${schemaCode as Code}]`,
  );
  cxt.setParams({ property: schemaCode as Code, sum, expected });
  cxt.fail(_`typeof ${expected} == "number" && ${sum} !== ${expected}`);
}
