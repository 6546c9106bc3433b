// Two builds of the same listings, from folders filled in different orders, are byte-identical,
// except for the paths the pages print as "Listed in" (they name where the listings were read).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";

function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => !f.endsWith("/"))
    .sort();
}

describe("determinism", () => {
  it("gives byte-identical sites for the same listings, whatever the order they were written in", () => {
    const { sample, sampleAgain } = inject("sites");
    const a = tree(sample.dir);
    expect(tree(sampleAgain.dir)).toEqual(a);
    const differing: string[] = [];
    for (const file of a) {
      let left: Buffer | string;
      let right: Buffer | string;
      try {
        left = readFileSync(join(sample.dir, file));
        right = readFileSync(join(sampleAgain.dir, file));
      } catch {
        continue; // a directory
      }
      // The only input-dependent text: the listing folder's path in "Listed in" and source fields.
      const normalise = (b: Buffer) =>
        b.toString("latin1").replace(/(?:src\/content\/listings|\/tmp\/paperdir-listings-\w+)\//g, "LISTINGS/");
      if (!left.equals(right) && normalise(left as Buffer) !== normalise(right as Buffer)) differing.push(file);
    }
    expect(differing).toEqual([]);
  });
});
