import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "templates/**/*.test.ts"],
    exclude: ["**/node_modules/**", "test/fixtures/**", "test/.tmp/**", "test/corpus/**"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: two workers, each test file in its own process.
    pool: "forks",
    maxWorkers: 2,
    // The JSON report gives .ci/run its closing "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: "test/.tmp/vitest-report.json" }]],
  },
});
