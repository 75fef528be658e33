// Synthetic specs for the scale benchmark: the main spec, bundled into one document, replicated
// until it has the wanted number of operations. Each copy gets its own paths (`/copy-<i>/…`),
// operationIds (`…Copy<i>`) and component schemas (`…_<i>`), with every `$ref` renamed to match,
// so the result is what a spec of that size written like ours would be.
import { bundle, createConfig } from "@redocly/openapi-core";

/** The main spec bundled (all `$ref`s local), as a plain object. */
export async function bundledMainSpec(specPath) {
  const config = await createConfig({ extends: [] });
  const result = await bundle({ ref: specPath, config, dereference: false });
  return result.bundle.parsed;
}

/** A copy of `base` with `operations` operations (rounded up to whole copies, then trimmed). */
export function syntheticSpec(base, operations) {
  const perCopy = countOperations(base);
  const copies = Math.ceil(operations / perCopy);
  // The base schemas stay: shared components (parameters, responses) refer to them.
  const spec = {
    ...base,
    paths: {},
    components: { ...base.components, schemas: { ...base.components.schemas } },
  };
  let left = operations;
  for (let i = 1; i <= copies && left > 0; i++) {
    const copy = renamed(base, i);
    for (const [name, schema] of Object.entries(copy.components.schemas ?? {})) {
      spec.components.schemas[name] = schema;
    }
    for (const [path, item] of Object.entries(copy.paths)) {
      const kept = {};
      for (const [key, value] of Object.entries(item)) {
        if (!METHODS.has(key)) kept[key] = value;
        else if (left > 0) {
          kept[key] = value;
          left--;
        }
      }
      if (Object.keys(kept).some((key) => METHODS.has(key))) spec.paths[path] = kept;
    }
  }
  return spec;
}

const METHODS = new Set(["get", "put", "post", "delete", "patch", "head", "options", "trace"]);

function countOperations(spec) {
  return Object.values(spec.paths).reduce(
    (n, item) => n + Object.keys(item).filter((key) => METHODS.has(key)).length,
    0,
  );
}

function renamed(base, i) {
  const schemaNames = Object.keys(base.components.schemas ?? {});
  const rename = (node) => {
    if (Array.isArray(node)) return node.map(rename);
    if (typeof node !== "object" || node === null) return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") {
        out[key] = value.replace(/^#\/components\/schemas\/([^/]+)/, (_m, name) =>
          schemaNames.includes(name) ? `#/components/schemas/${name}_${i}` : _m,
        );
      } else if (key === "operationId" && typeof value === "string") {
        out[key] = `${value}Copy${i}`;
      } else {
        out[key] = rename(value);
      }
    }
    return out;
  };
  const paths = Object.fromEntries(
    Object.entries(base.paths).map(([path, item]) => [`/copy-${i}${path}`, rename(item)]),
  );
  const schemas = Object.fromEntries(
    schemaNames.map((name) => [`${name}_${i}`, rename(base.components.schemas[name])]),
  );
  return { paths, components: { schemas } };
}
