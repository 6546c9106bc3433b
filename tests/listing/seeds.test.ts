// Every paper of the sample listings against an answer key written out and checked by eye
// (tests/fixtures/seeds-expected.json): title, authors, et al., orgs, category, date, Code.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseListings } from "../../src/lib/listing/parse-listings.ts";

const expected = JSON.parse(readFileSync("tests/fixtures/seeds-expected.json", "utf8")) as Record<string, Array<Record<string, unknown>>>;
const files = Object.keys(expected).sort();
const { listings, problems } = parseListings(files.map((f) => ({ file: f, text: readFileSync(`src/content/listings/${f}`, "utf8") })));

describe("parseListings on the sample listings", () => {
  it("reads all 53 papers with no problem", () => {
    expect(problems).toEqual([]);
    expect(listings.flatMap((l) => l.papers)).toHaveLength(53);
  });

  for (const [i, file] of files.entries()) {
    it(`reads every paper of ${file} exactly as the answer key says`, () => {
      const got = listings[i]?.papers.map(({ abstract, ...rest }) => ({ ...rest, abstractStart: abstract.slice(0, 40) }));
      expect(got).toEqual(expected[file]);
    });
  }

  it("keeps abstracts verbatim, LaTeX included", () => {
    const saliency = listings[0]?.papers.find((p) => p.title.startsWith("New Definitions"));
    expect(saliency?.abstract).toContain("{\\em important}");
    expect(saliency?.abstract).toContain("$k$");
  });
});
