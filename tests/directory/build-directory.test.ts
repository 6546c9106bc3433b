import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDirectory } from "../../src/lib/directory/build-directory.ts";
import { parseListings } from "../../src/lib/listing/parse-listings.ts";
import { listing, paper } from "./helpers.ts";

const dir = "src/content/listings";
const seeds = readdirSync(dir)
  .sort()
  .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(`${dir}/${f}`, "utf8") }));
const seedDirectory = buildDirectory(parseListings(seeds).listings);

describe("buildDirectory on the sample listings", () => {
  it("makes one page per paper: the two shared papers are merged", () => {
    expect(seedDirectory.papers.size).toBe(51);
    const gpt5 = seedDirectory.papers.get("openai-gpt-5-system-card");
    expect(gpt5?.sources.map((s) => s.file)).toEqual([`${dir}/001_1ca789967ce059b1.txt`, `${dir}/004_257d6e2e80b1d833.txt`]);
    expect(gpt5?.hiddenAuthors.map((a) => a.name)).toEqual(["Dingli Yu", "Kristian Georgiev"]);
    const exam = seedDirectory.papers.get("agents-last-exam");
    expect(exam?.hiddenAuthors.map((a) => a.name)).toEqual(["Baihe Huang", "Zhehang Du"]);
  });

  it("gives owners every paper of their listing, visible or hidden", () => {
    expect(seedDirectory.authors.get("dingli-yu")?.papers).toHaveLength(14);
    expect(seedDirectory.authors.get("baihe-huang")?.papers).toHaveLength(23);
    expect(seedDirectory.authors.get("kristian-georgiev")?.papers).toHaveLength(11);
    expect(seedDirectory.authors.get("zhehang-du")?.papers).toHaveLength(5);
  });

  it("keeps the profile's metrics with their source and capture date", () => {
    expect(seedDirectory.authors.get("zhehang-du")?.profile).toEqual({
      category: "cs.LG",
      hIndex: 45,
      papers: 5,
      citations: 341,
      novelty: 51,
      aiScore: 54,
      source: `${dir}/003_3bcdd7d912d777f2.txt`,
      captured: "2026-11-22",
    });
  });

  it("cross-links both ways: every author of a paper lists it, every paper of an author names them", () => {
    for (const [id, p] of seedDirectory.papers) {
      for (const a of [...p.authors, ...p.hiddenAuthors]) expect(seedDirectory.authors.get(a.id)?.papers).toContain(id);
    }
    for (const [id, a] of seedDirectory.authors) {
      for (const pid of a.papers) {
        const p = seedDirectory.papers.get(pid);
        expect([...(p?.authors ?? []), ...(p?.hiddenAuthors ?? [])].map((x) => x.id)).toContain(id);
      }
    }
  });

  it("ranks co-authors by shared papers", () => {
    const coauthors = seedDirectory.authors.get("baihe-huang")?.coauthors ?? [];
    expect(coauthors[0]).toMatchObject({ id: "hanlin-zhu", count: 3 });
    expect(coauthors.map((c) => c.count)).toEqual([...coauthors.map((c) => c.count)].sort((a, b) => b - a));
  });

  it("does not depend on the order of the listings", () => {
    const shuffled = buildDirectory(parseListings([...seeds].reverse()).listings);
    expect([...shuffled.papers.entries()]).toEqual([...seedDirectory.papers.entries()]);
    expect([...shuffled.authors.entries()]).toEqual([...seedDirectory.authors.entries()]);
  });

  it("derives categories, orgs and years with their papers", () => {
    expect(seedDirectory.categories.get("stat.ML")?.papers.length).toBe(3);
    expect(seedDirectory.orgs.get("mit")?.papers.length).toBe(6);
    expect([...seedDirectory.years.keys()]).toEqual(["2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"]);
  });
});

describe("buildDirectory rules", () => {
  it("shows one page per person, in the most frequent spelling, preferring diacritics on a tie", () => {
    const d = buildDirectory([
      listing("a.txt", [
        paper("One", ["Lukasz Kaiser", "Jason D Lee"]),
        paper("Two", ["Łukasz Kaiser", "Jason D. Lee"]),
        paper("Three", ["Jason D. Lee"]),
      ]),
    ]);
    expect([...d.authors.values()].map((a) => [a.name, a.aliases])).toEqual([
      ["Jason D. Lee", ["Jason D Lee"]],
      ["Łukasz Kaiser", ["Lukasz Kaiser"]],
    ]);
  });

  it("suggests an owner for a feed where one name is in most papers, without attributing", () => {
    const d = buildDirectory([
      listing("f.txt", [paper("A", ["Ann Lee"]), paper("B", ["Bo Chen", "Ann Lee"]), paper("C", ["Ann Lee"]), paper("D", ["Cy Wu"])]),
    ]);
    expect(d.problems.map((p) => `${p.severity} ${p.message} | ${p.hint}`)).toEqual([
      `warning Ann Lee is an author of 3 of the 4 papers in this feed, which names no owner | if this is Ann Lee's list, add "owner: Ann Lee" to the front matter so papers where the name is hidden in "et al." are attributed too`,
    ]);
    expect(d.authors.get("ann-lee")?.papers).toHaveLength(3);
  });

  it("files authors A–Z by family name, non-Latin names under #", () => {
    const d = buildDirectory([listing("f.txt", [paper("A", ["Laurens van der Maaten", "张伟", "Ann Lee"])])]);
    expect([...d.authors.values()].map((a) => [a.name, a.letter])).toEqual([
      ["Ann Lee", "L"],
      ["Laurens van der Maaten", "M"],
      ["张伟", "Z"],
    ]);
  });

  it("finds related papers by shared authors first, then by category", () => {
    const d = buildDirectory([
      listing("f.txt", [
        paper("A", ["Ann Lee", "Bo Chen"]),
        paper("B", ["Ann Lee", "Bo Chen"], { date: "2023-01-01" }),
        paper("C", ["Ann Lee"], { date: "2022-01-01" }),
        paper("D", ["Zed Q"], { date: "2021-01-01" }),
        paper("E", ["Yu Q"], { category: "cs.CL" }),
      ]),
    ]);
    expect(d.papers.get("a")?.related).toEqual(["b", "c", "d"]);
  });

  it("finds a code link in the abstract, only http(s)", () => {
    const d = buildDirectory([
      listing("f.txt", [
        paper("A", ["Ann Lee"], { hasCode: true, abstract: "Code at https://github.com/a/b." }),
        paper("B", ["Ann Lee"], { hasCode: true, abstract: "See javascript:alert(1) and data:text/html,x" }),
      ]),
    ]);
    expect(d.papers.get("a")?.codeUrl).toBe("https://github.com/a/b");
    expect(d.papers.get("b")?.codeUrl).toBeNull();
  });
});
