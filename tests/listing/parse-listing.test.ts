import { describe, expect, it } from "vitest";
import { parseListing } from "../../src/lib/listing/parse-listing.ts";
import { formatProblem } from "../../src/lib/listing/problems.ts";

const opts = { file: "t.txt", captured: "2026-11-22" };

function messages(text: string, options: Partial<typeof opts> & { today?: string } = {}): string {
  return parseListing(text, { ...opts, ...options })
    .problems.map(formatProblem)
    .join("\n");
}

describe("parseListing", () => {
  it("reads a feed paper: header, glued title and authors, abstract", () => {
    const { listing, problems } = parseListing(
      "LGMay 7, 2024Code\nTowards X via YHanlin Zhu, Baihe Huang, Shaolun Zhang et al. · mit\nWe study $x^2$.",
      opts,
    );
    expect(problems).toEqual([]);
    expect(listing).toMatchObject({ kind: "feed", owner: null });
    expect(listing.papers).toEqual([
      {
        line: 1,
        category: "cs.LG",
        date: "2024-05-07",
        hasCode: true,
        title: "Towards X via Y",
        authors: ["Hanlin Zhu", "Baihe Huang", "Shaolun Zhang"],
        authorsTruncated: true,
        orgs: ["mit"],
        abstract: "We study $x^2$.",
      },
    ]);
  });

  it("tolerates a BOM, CRLF line ends, NBSP and stray whitespace", () => {
    const text = "\ufeff  CLDec 19, 2025 \r\nOpenAI GPT-5 System CardAaditya Singh,  Adam\u00a0Fry \r\n\r\n  This is the card.  \r\n";
    const { listing, problems } = parseListing(text, opts);
    expect(problems).toEqual([]);
    expect(listing.papers[0]).toMatchObject({
      title: "OpenAI GPT-5 System Card",
      authors: ["Aaditya Singh", "Adam Fry"],
      abstract: "This is the card.",
    });
  });

  it("warns when a space between title and authors leaves two plausible splits", () => {
    const { listing, problems } = parseListing("CLDec 19, 2025\nOpenAI GPT-5 System Card Aaditya Singh, Adam Fry\nAbstract.", opts);
    expect(listing.papers[0]).toMatchObject({ title: "OpenAI GPT-5 System Card", authors: ["Aaditya Singh", "Adam Fry"] });
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "t.txt:2:25: warning: the title/author split is ambiguous: chose "OpenAI GPT-5 System Card" by Aaditya Singh, Adam Fry; also plausible: "OpenAI GPT-5 System" by Card Aaditya Singh, Adam Fry
        hint: put the authors on their own line, or add the owner to the front matter so the name is known",
      ]
    `);
  });

  it("reads a profile header and its papers, with the owner's metrics", () => {
    const text = [
      "Zhehang Du",
      "",
      "LG",
      "h-index45",
      "5papers",
      "1,341citations",
      "Novelty51%",
      "AI Score54",
      "",
      "1 Papers",
      "",
      "OCMay 12Code",
      "Uncovering Symmetry Transfer",
      "",
      "Zhehang Du, Hangfeng He, Weijie Su",
      "",
      "Large language models.",
      "",
    ].join("\n");
    const { listing, problems } = parseListing(text, opts);
    expect(problems).toEqual([]);
    expect(listing.kind).toBe("profile");
    expect(listing.owner).toEqual({
      name: "Zhehang Du",
      category: "cs.LG",
      hIndex: 45,
      papers: 5,
      citations: 1341,
      novelty: 51,
      aiScore: 54,
    });
    expect(listing.papers[0]).toMatchObject({
      line: 12,
      category: "math.OC",
      date: "2026-05-12",
      hasCode: true,
      title: "Uncovering Symmetry Transfer",
      authors: ["Zhehang Du", "Hangfeng He", "Weijie Su"],
    });
  });

  it("takes the owner and capture date from front matter", () => {
    const { listing } = parseListing(
      "---\ncaptured: 2025-03-01\nowner: Dingli Yu\nsource: https://example.org/x\n---\nAIJun 3\nA TitleAnn Lee\nAbstract.",
      { file: "t.txt" },
    );
    expect(listing.owner?.name).toBe("Dingli Yu");
    expect(listing.source).toBe("https://example.org/x");
    // Jun 3 is after the capture date (Mar 1, 2025), so it is last year's June.
    expect(listing.papers[0]?.date).toBe("2024-06-03");
  });

  it("places a year-less date in the capture year, or the year before when it would be in the future", () => {
    const text = "AIJan 3\nOne TitleAnn Lee\nA.\nAIDec 30\nTwo TitleAnn Lee\nB.";
    expect(parseListing(text, { file: "t.txt", captured: "2026-01-05" }).listing.papers.map((p) => p.date)).toEqual([
      "2026-01-03",
      "2025-12-30",
    ]);
  });

  it("keeps an unknown category code and warns", () => {
    const { listing } = parseListing("XYMay 7, 2024\nA TitleAnn Lee\nAbstract.", opts);
    expect(listing.papers[0]?.category).toBe("XY");
    expect(messages("XYMay 7, 2024\nA TitleAnn Lee\nAbstract.")).toMatchInlineSnapshot(`
      "t.txt:1:1: warning: unknown category code "XY"; it is kept as written
        hint: use an arXiv subject class such as LG, CL, AI, ML or math.OC"
    `);
  });

  it("maps full arXiv ids as well as bare codes", () => {
    const { listing } = parseListing("quant-phMay 7, 2024\nA TitleAnn Lee\nAbstract.\nMLMay 8, 2024\nB TitleBo Chen\nAbstract.", opts);
    expect(listing.papers.map((p) => p.category)).toEqual(["quant-ph", "stat.ML"]);
  });
});

describe("parseListing diagnostics", () => {
  it("reports a bad date with file:line and skips that paper only", () => {
    const text = "LGFeb 30, 2024\nA TitleAnn Lee\nAbstract.\nLGMar 1, 2024\nB TitleBo Chen\nAbstract B.";
    const { listing } = parseListing(text, opts);
    expect(listing.papers.map((p) => p.title)).toEqual(["B Title"]);
    expect(messages(text)).toMatchInlineSnapshot(`
      "t.txt:1:3: error: "LGFeb 30, 2024" is not a real date; the paper on lines 1-3 is skipped
        hint: check the day and month against the source page"
    `);
  });

  it("reports a header whose date cannot be read, without swallowing the next paper", () => {
    const text =
      "LGMar 1, 2024\nA TitleAnn Lee\nAbstract.\nLGMay, 2024\nB TitleBo Chen\nAbstract B.\nCVMar 2, 2024\nC TitleCy Wu\nAbstract C.";
    const { listing } = parseListing(text, opts);
    expect(listing.papers.map((p) => p.title)).toEqual(["A Title", "C Title"]);
    expect(messages(text)).toMatchInlineSnapshot(`
      "t.txt:4:1: error: cannot read the category and date in "LGMay, 2024"; the paper on lines 4-6 is skipped
        hint: write the header as a category code glued to a date, e.g. "LGMay 7, 2024" or "AIJun 3Code""
    `);
  });

  it("reports a missing abstract and a truncated file", () => {
    const text = "LGMar 1, 2024\nA TitleAnn Lee\nLGMar 2, 2024";
    const { listing } = parseListing(text, opts);
    expect(listing.papers).toHaveLength(1);
    expect(messages(text)).toMatchInlineSnapshot(`
      "t.txt:2:1: error: the paper "A Title" has no abstract line
        hint: put the abstract on the line after the authors; a listing copied in part may have lost it
      t.txt:3:14: error: the listing ends after the header "LGMar 2, 2024"; the paper has no title, authors or abstract and is skipped
        hint: a category/date line ("LGMay 7, 2024Code"), then "TitleAuthor One, Author Two et al. · org" (or the title and the authors on lines of their own), then the abstract"
    `);
  });

  it("reports a line with no author list after the title", () => {
    expect(messages("LGMar 1, 2024\nno names here at all\nAbstract.")).toMatchInlineSnapshot(`
      "t.txt:2:1: error: cannot find the author list after the title in "no names here at all"; expected "Name, Name et al."
        hint: put the authors on their own line to disambiguate (title line, authors line, abstract line)"
    `);
  });

  it("reports stray lines before the first paper", () => {
    expect(messages("some notes i pasted\nLGMar 1, 2024\nA TitleAnn Lee\nAbstract.")).toMatchInlineSnapshot(`
      "t.txt:1:1: error: 1 line(s) before the first paper belong to no paper; starting with "some notes i pasted"
        hint: a listing starts with a paper header, or with a profile header (the author's name, then category and metrics)"
    `);
  });

  it("reports empty and binary files", () => {
    expect(messages(" \n\n")).toContain("t.txt:0:1: error: this listing is empty");
    expect(messages("PK\u0003\u0004\u0000\u0000binary")).toContain("error: this file is not a text listing");
  });

  it("warns when year-less dates meet no capture date, once", () => {
    const text = "AIJun 3\nA TitleAnn Lee\nA.\nAIJun 4\nB TitleAnn Lee\nB.";
    const { listing, problems } = parseListing(text, { file: "t.txt", today: "2026-07-01" });
    expect(listing.papers.map((p) => p.date)).toEqual(["2026-06-03", "2026-06-04"]);
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "t.txt:1:1: warning: a date without a year, and no capture date: assumed the year of today (2026-07-01)
        hint: add "captured: YYYY-MM-DD" to the front matter, or pass --captured",
      ]
    `);
  });

  it("reports bad front matter", () => {
    expect(messages("---\ncaptured: 22/11/2026\ncolour: blue\n---\nLGMar 1, 2024\nA TitleAnn Lee\nA.")).toMatchInlineSnapshot(`
      "t.txt:2:11: error: captured must be a date like 2026-11-22, found "22/11/2026"
        hint: write the day the listing was copied as YYYY-MM-DD
      t.txt:3:1: warning: unknown front matter line "colour: blue"
        hint: the keys are captured, owner and source"
    `);
  });

  it("accounts for every non-blank line: in a paper or in a problem", () => {
    const text = "junk line\nLGMar 1, 2024\nA TitleAnn Lee\nAbstract.\nextra line one\nLGFeb 31\nB TitleBo Chen\nB.";
    const { listing, problems } = parseListing(text, opts);
    const covered = new Set<number>();
    for (const p of listing.papers) for (let l = p.line; l < p.line + 3; l++) covered.add(l);
    for (const p of problems) covered.add(p.line);
    const lines = text
      .split("\n")
      .map((t, i) => ({ t, n: i + 1 }))
      .filter((l) => l.t.trim() !== "");
    // Lines 7-8 belong to the skipped paper whose header (line 6) is reported with its range.
    expect(lines.filter((l) => !covered.has(l.n)).map((l) => l.n)).toEqual([7, 8]);
    expect(problems.find((p) => p.line === 6)?.message).toContain("lines 6-8");
  });
});
