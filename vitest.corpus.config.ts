import { defineConfig } from "vitest/config";

/** `npm run corpus`: the real-world corpus suite, minutes long, kept out of `npm test`. */
export default defineConfig({
  test: {
    include: ["test/corpus/**/*.test.ts"],
    testTimeout: 600_000,
    pool: "forks",
    maxWorkers: 1,
    maxConcurrency: 2,
  },
});
