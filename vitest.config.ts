import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "templates/**/*.test.ts"],
    exclude: ["**/node_modules/**", "test/fixtures/**", "test/.tmp/**"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: two workers, each test file in its own process.
    pool: "forks",
    maxWorkers: 2,
  },
});
