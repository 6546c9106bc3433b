import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../src/lib/bench/write-corpus.ts";
import { buildDirectory } from "../../src/lib/directory/build-directory.ts";
import { nameKey } from "../../src/lib/listing/names.ts";
import { parseListings } from "../../src/lib/listing/parse-listings.ts";

const corpus = generateCorpus(2000);
const parsed = parseListings(corpus.map((f) => ({ file: f.name, text: f.text })));

describe("generateCorpus", () => {
  it("writes the same corpus for the same seed, and another for another seed", () => {
    expect(generateCorpus(300)).toEqual(generateCorpus(300));
    expect(generateCorpus(300, 2)).not.toEqual(generateCorpus(300));
  });

  it("writes listings of 200 papers in both dialects, every tenth a profile", () => {
    expect(corpus).toHaveLength(10);
    expect(parsed.listings.map((l) => l.kind)).toEqual([...Array(9).fill("feed"), "profile"]);
  });

  it("makes a profile's owner an author of every paper in it, shown or hidden in et al.", () => {
    const profile = parsed.listings.find((l) => l.kind === "profile");
    const owner = nameKey(profile?.owner?.name ?? "");
    expect(profile?.papers).toHaveLength(200);
    for (const paper of profile?.papers ?? []) {
      expect(paper.authors.map(nameKey).includes(owner) || paper.authorsTruncated).toBe(true);
    }
    expect(profile?.papers.some((p) => !p.authors.map(nameKey).includes(owner))).toBe(true);
  });

  it("parses and merges every generated paper once, reporting only genuinely ambiguous splits", () => {
    const directory = buildDirectory(parsed.listings);
    const problems = [...parsed.problems, ...directory.problems];
    expect(problems.filter((p) => !p.message.startsWith("the title/author split is ambiguous"))).toEqual([]);
    expect(problems.length).toBeLessThan(5);
    expect(directory.papers.size).toBe(2000);
  });
});
