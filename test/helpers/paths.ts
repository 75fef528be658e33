/** Absolute paths of the repository's parts, for tests. */
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url)).replace(/\/$/, "");
export const MAIN_SPEC = `${ROOT}/spec/openapi.yaml`;
export const GENERATED = `${ROOT}/generated`;
export const FIXTURES = `${ROOT}/test/fixtures`;
export const TMP = `${ROOT}/test/.tmp`;
