import { describe, expect, it } from "vitest";
import { mergePapers } from "../../src/lib/directory/merge-papers.ts";
import { listing, paper } from "./helpers.ts";

describe("mergePapers", () => {
  it("merges copies whose titles differ only in case, punctuation, white space and LaTeX", () => {
    const { papers } = mergePapers([
      listing("a.txt", [paper("Skill-Mix: a {\\em Flexible} Family", ["Ann Lee"])]),
      listing("b.txt", [paper("skill mix — A flexible  family", ["Ann Lee"], { line: 7 })]),
    ]);
    expect(papers).toHaveLength(1);
    expect(papers[0]?.sources).toEqual([
      { file: "a.txt", line: 1 },
      { file: "b.txt", line: 7 },
    ]);
    expect(papers[0]?.title).toBe("Skill-Mix: a {\\em Flexible} Family");
  });

  it("keeps the longest author list that extends a truncated one", () => {
    const { papers, problems } = mergePapers([
      listing("a.txt", [paper("T", ["Ann Lee", "Bo Chen", "Cy Wu"], { authorsTruncated: true })]),
      listing("b.txt", [paper("T", ["Ann Lee", "Bo Chen", "Cy Wu", "Di Xu"])]),
    ]);
    expect(papers[0]).toMatchObject({ authors: ["Ann Lee", "Bo Chen", "Cy Wu", "Di Xu"], authorsTruncated: false });
    expect(problems).toEqual([]);
  });

  it("unites orgs and keeps Code if any copy has it", () => {
    const { papers } = mergePapers([
      listing("a.txt", [paper("T", ["Ann Lee"], { orgs: ["mit"] })]),
      listing("b.txt", [paper("T", ["Ann Lee"], { orgs: ["mila", "mit"], hasCode: true })]),
    ]);
    expect(papers[0]).toMatchObject({ orgs: ["mit", "mila"], hasCode: true });
  });

  it("keeps the first copy on conflicting dates and authors, and warns naming both places", () => {
    const { papers, problems } = mergePapers([
      listing("a.txt", [paper("T", ["Ann Lee"], { date: "2024-01-01" })]),
      listing("b.txt", [paper("T", ["Bo Chen"], { date: "2024-02-02", line: 4 })]),
    ]);
    expect(papers[0]).toMatchObject({ date: "2024-01-01", authors: ["Ann Lee"] });
    expect(problems.map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([
      'b.txt:4 "T" is dated 2024-02-02 here but 2024-01-01 elsewhere (first copy at a.txt:1; the first copy is kept)',
      'b.txt:4 the authors of "T" disagree: Bo Chen here, Ann Lee elsewhere (first copy at a.txt:1; the first copy is kept)',
    ]);
  });

  it("records a listing owner hidden in et al. as a hidden author", () => {
    const { papers, problems } = mergePapers([
      listing("yu.txt", [paper("T", ["Ann Lee", "Bo Chen", "Cy Wu"], { authorsTruncated: true })], "Dingli Yu"),
      listing("ge.txt", [paper("T", ["Ann Lee", "Bo Chen", "Cy Wu"], { authorsTruncated: true })], "Kristian Georgiev"),
      listing("lee.txt", [paper("T", ["Ann Lee", "Bo Chen", "Cy Wu"], { authorsTruncated: true })], "Ann Lee"),
    ]);
    expect(papers[0]?.hiddenAuthors).toEqual(["Dingli Yu", "Kristian Georgiev"]);
    expect(problems).toEqual([]);
  });

  it("warns when an owner is missing from a complete author list", () => {
    const { papers, problems } = mergePapers([listing("yu.txt", [paper("T", ["Ann Lee"])], "Dingli Yu")]);
    expect(papers[0]?.hiddenAuthors).toEqual(["Dingli Yu"]);
    expect(problems[0]?.message).toBe(`"T" is in Dingli Yu's listing, but Dingli Yu is not among its complete author list`);
  });
});
