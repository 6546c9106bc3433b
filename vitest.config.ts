import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        // Plain logic: fast, parallel.
        test: { name: "unit", include: ["tests/**/*.test.ts"], exclude: ["tests/site/**", "tests/e2e/**"] },
      },
      {
        // Built sites: tests/global-setup.ts builds them once, one after another (Astro builds in the
        // project folder, so two builds at once would collide), then these files read or serve them.
        test: {
          name: "site",
          include: ["tests/site/**/*.test.ts", "tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
