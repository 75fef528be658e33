/** Runs the real CLI (`node generator/bin.js`) from the repository root. */
import { spawn } from "node:child_process";
import { ROOT } from "./paths.js";

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `env` adds to (or overrides) the environment; stage timings are off unless it turns them on. */
export function runCli(
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["generator/bin.js", ...args], {
      cwd: ROOT,
      env: { ...process.env, CF_SDK_TIMINGS: "", ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
