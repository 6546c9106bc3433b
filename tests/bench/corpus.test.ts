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

  it("writes abstracts shaped like real ones: long, with a large vocabulary and varied formulas", () => {
    const abstracts = parsed.listings.flatMap((l) => l.papers.map((p) => p.abstract));
    const lengths = abstracts.map((a) => a.length).sort((a, b) => a - b);
    expect(lengths[lengths.length >> 1]).toBeGreaterThan(800);
    expect(new Set(abstracts.flatMap((a) => a.toLowerCase().match(/[a-z]+/g) ?? [])).size).toBeGreaterThan(15_000);
    const withMath = abstracts.filter((a) => a.includes("$"));
    expect(withMath.length / abstracts.length).toBeGreaterThan(0.2);
    expect(withMath.length / abstracts.length).toBeLessThan(0.6);
    const formulas = abstracts.flatMap((a) => a.match(/\$[^$]+\$/g) ?? []);
    expect(new Set(formulas).size / formulas.length).toBeGreaterThan(0.25);
  });

  it("parses and merges every generated paper once, reporting only genuinely ambiguous splits", () => {
    const directory = buildDirectory(parsed.listings);
    const problems = [...parsed.problems, ...directory.problems];
    expect(problems.filter((p) => !p.message.startsWith("the title/author split is ambiguous"))).toEqual([]);
    expect(problems.length).toBeLessThan(5);
    expect(directory.papers.size).toBe(2000);
  });
});
