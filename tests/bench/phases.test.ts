import { describe, expect, it } from "vitest";
import { buildPhases } from "../../src/lib/bench/phases.ts";

const log = [
  { at: 1.5, text: "12:00:01 [content] Syncing content" },
  { at: 4, text: "12:00:04 [content] Synced content\n12:00:04 [build] ✓ Completed in 3.1s." },
  { at: 7, text: " generating static routes " },
  { at: 20, text: "├─ /papers/a/index.html (+2ms)\n ✓ Completed in 13.0s." },
  { at: 22.5, text: "[paperdir-exports] wrote 300 export files in 2.50s" },
  { at: 25, text: "[paperdir-pagefind] indexed 200 pages as they were rendered" },
];

describe("buildPhases", () => {
  it("splits a build into phases by the first line of each step, in order", () => {
    expect(buildPhases(log, 25.2)).toEqual({
      startSeconds: 1.5,
      syncSeconds: 2.5,
      bundleSeconds: 3,
      renderSeconds: 13,
      exportsSeconds: 2.5,
      searchSeconds: 2.7,
    });
  });

  it("says which marks are missing when Astro's output changes", () => {
    expect(() => buildPhases(log.slice(0, 2), 5)).toThrowErrorMatchingInlineSnapshot(
      `[Error: the build log lacks renderStart, renderEnd, exportsEnd, searchEnd: did Astro's output change?]`,
    );
  });
});
