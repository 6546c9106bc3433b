import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type ParseCache, parseListings, parseListingsCached } from "../../src/lib/listing/parse-listings.ts";

const dir = "src/content/listings";
const seeds = readdirSync(dir)
  .sort()
  .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(`${dir}/${f}`, "utf8") }));
const options = { today: "2026-11-23" };

/** A cache as it comes back from disk: JSON, not the objects of this run. */
const roundTrip = (cache: ParseCache): ParseCache => JSON.parse(JSON.stringify(cache));

describe("parseListingsCached", () => {
  const cold = parseListingsCached(seeds, options);

  it("parses every listing on a first run, with the same result as parseListings", () => {
    expect(cold.reparsed).toEqual(seeds.map((s) => s.file));
    const { listings, problems } = parseListings(seeds, options);
    expect({ listings: cold.listings, problems: cold.problems }).toEqual({ listings, problems });
  });

  it("parses nothing again when no listing changed", () => {
    const warm = parseListingsCached(seeds, options, roundTrip(cold.cache));
    expect(warm.reparsed).toEqual([]);
    expect(warm.listings).toEqual(cold.listings);
    expect(warm.problems).toEqual(cold.problems);
  });

  it("parses again only the listing whose text changed", () => {
    const edited = seeds.map((s, i) => (i === 1 ? { ...s, text: s.text.replace(/\n([^\n]{40,})\n/, "\n$1 Edited.\n") } : s));
    const warm = parseListingsCached(edited, options, roundTrip(cold.cache));
    expect(warm.reparsed).toEqual([seeds[1]?.file]);
    expect(warm.listings).toEqual(parseListings(edited, options).listings);
    expect(warm.listings[1]).not.toEqual(cold.listings[1]);
  });

  it("parses a listing again when a name its split relied on is no longer known elsewhere", () => {
    const a = { file: "a.txt", text: "CLDec 19, 2025\n大规模语言模型研究张伟, 李娜\nAn abstract." };
    const b = { file: "b.txt", text: "CLDec 20, 2025\nA Study of ThingsAnn Lee, 张伟\nAnother abstract." };
    const first = parseListingsCached([a, b], options);
    expect(first.listings[0]?.papers[0]).toMatchObject({ title: "大规模语言模型研究", authors: ["张伟", "李娜"] });
    expect(first.problems).toEqual([]);

    const bWithout = { ...b, text: b.text.replace("张伟", "Bo Chen") };
    const second = parseListingsCached([a, bWithout], options, roundTrip(first.cache));
    expect(second.reparsed).toEqual(["a.txt", "b.txt"]);
    expect(second.problems.map((p) => p.message)).toEqual([expect.stringContaining("the title/author split is ambiguous")]);
    expect(second.listings).toEqual(parseListings([a, bWithout], options).listings);
  });

  it("ignores a cache written by another version or for other options", () => {
    const stale = { ...roundTrip(cold.cache), version: 0 } as unknown as ParseCache;
    expect(parseListingsCached(seeds, options, stale).reparsed).toHaveLength(seeds.length);
    expect(parseListingsCached(seeds, { today: "2027-01-01" }, roundTrip(cold.cache)).reparsed).toHaveLength(seeds.length);
  });
});
