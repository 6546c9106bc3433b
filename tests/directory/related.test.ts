import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../src/lib/bench/write-corpus.ts";
import { buildDirectory } from "../../src/lib/directory/build-directory.ts";
import { cmp } from "../../src/lib/directory/derive.ts";
import { relatedPapers } from "../../src/lib/directory/related.ts";
import type { PaperRecord } from "../../src/lib/directory/schema.ts";
import { parseListings } from "../../src/lib/listing/parse-listings.ts";

/** The plain ranking: count shared authors over every candidate, sort them all, take the first. */
function oracle(papers: Map<string, PaperRecord>, id: string, limit: number): string[] {
  const ids = [...papers.keys()];
  const me = papers.get(id) as PaperRecord;
  const mine = [...me.authors, ...me.hiddenAuthors].map((a) => a.id);
  const byAuthor = new Map(
    mine.map((a) => [
      a,
      ids.filter((o) => [...(papers.get(o)?.authors ?? []), ...(papers.get(o)?.hiddenAuthors ?? [])].some((x) => x.id === a)).slice(0, 200),
    ]),
  );
  const shared = new Map<string, number>();
  for (const a of mine) for (const o of byAuthor.get(a) ?? []) if (o !== id) shared.set(o, (shared.get(o) ?? 0) + 1);
  const ranked = [...shared]
    .sort(([a, ca], [b, cb]) => cb - ca || ids.indexOf(a) - ids.indexOf(b) || cmp(a, b))
    .map(([o]) => o)
    .slice(0, limit);
  for (const o of ids) {
    if (ranked.length >= limit) break;
    if (o !== id && papers.get(o)?.category === me.category && !ranked.includes(o)) ranked.push(o);
  }
  return ranked;
}

describe("relatedPapers", () => {
  it("ranks exactly as sorting every candidate would, on a corpus with prolific authors", () => {
    const corpus = generateCorpus(1500);
    const { papers } = buildDirectory(parseListings(corpus.map((f) => ({ file: f.name, text: f.text }))).listings);
    const related = relatedPapers(papers);
    const sample = [...papers.keys()].filter((_, i) => i % 15 === 0);
    expect(sample.filter((id) => (related.get(id)?.length ?? 0) === 6).length).toBeGreaterThan(sample.length / 2);
    for (const id of sample) expect(related.get(id), id).toEqual(oracle(papers, id, 6));
  });
});
