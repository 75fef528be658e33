import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "templates/**/*.test.ts"],
    exclude: ["**/node_modules/**", "test/fixtures/**", "test/.tmp/**", "test/corpus/**"],
    // Generous: on a loaded 2-core machine a type-check of the package took 49 s and a fuzz run
    // 65 s. A limit only has to catch a hang, never a slow machine.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Two cores: two workers, each test file in its own process.
    pool: "forks",
    maxWorkers: 2,
    // The JSON report gives .ci/run its closing "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: "test/.tmp/vitest-report.json" }]],
  },
});
