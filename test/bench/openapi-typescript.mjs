// openapi-typescript alone on one spec, through its Node API (its CLI refuses Cloudflare's 2024
// spec for a `nullable` without `type`, which its API only warns about): bundle, transform,
// print, write. The reference the scale benchmark compares whole generation against.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const [spec, out] = process.argv.slice(2);
const ast = await openapiTS(pathToFileURL(resolve(spec)), { silent: true });
writeFileSync(out, astToString(ast));
