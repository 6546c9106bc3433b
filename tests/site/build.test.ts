// Builds a small fixture site (its own listings) at the root and under a base path, then checks the
// pages, the links and the cross-links in the files the build wrote.
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { BuiltSite } from "../support/build-site.ts";
import { brokenLinks, htmlFiles, readPage } from "../support/site-files.ts";

let root: BuiltSite;
let sub: BuiltSite;

beforeAll(() => {
  ({ fixture: root, fixtureBased: sub } = inject("sites"));
});

const paperHead = (html: string) => /<header class="paper-head"[\s\S]*?<\/header>/.exec(html)?.[0] ?? "";
const hrefsTo = (html: string, prefix: string) =>
  [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? "").filter((h) => h.startsWith(prefix));

describe("the built fixture site", () => {
  it("has the expected pages", () => {
    const files = new Set(htmlFiles(root.dir));
    for (const page of [
      "index.html",
      "404.html",
      "about/index.html",
      "papers/index.html",
      "papers/2/index.html",
      "papers/scaling-laws-for-tiny-models/index.html",
      "papers/a-shared-survey-of-everything/index.html",
      "authors/index.html",
      "authors/jon-gudmundsson/index.html",
      "authors/zhang-wei/index.html",
      "categories/index.html",
      "categories/cs.LG/index.html",
      "categories/stat.ML/index.html",
      "orgs/index.html",
      "orgs/mit/index.html",
      "years/2024/index.html",
      "years/2026/index.html",
    ]) {
      expect(files, page).toContain(page);
    }
    // 3 fixture papers (one shared by both listings, one more in the profile) + 55 generated.
    expect([...files].filter((f) => /^papers\/(?!\d)[^/]+\/index\.html$/.test(f))).toHaveLength(59);
  });

  it("pages a long group, and lists each of its papers on exactly one of its pages", () => {
    // The 55 generated papers are all cs.CV from 2023: more than one page of 50.
    for (const group of ["categories/cs.CV", "years/2023"]) {
      const first = readPage(root.dir, `${group}/index.html`);
      const second = readPage(root.dir, `${group}/2/index.html`);
      const total = Number(/<h2 id="papers">(\d+) papers, newest first \(1–50\)<\/h2>/.exec(first)?.[1]);
      expect(total, group).toBeGreaterThan(50);
      expect(total, group).toBeLessThanOrEqual(100);
      expect(second.includes(`<h2 id="papers">${total} papers, newest first (51–${total})</h2>`), group).toBe(true);
      expect(first.includes(`<a href="/${group}/2/" rel="next">`), group).toBe(true);
      expect(second.includes(`<a href="/${group}/" rel="prev">`), group).toBe(true);
      const items = (html: string) => hrefsTo(/<ul class="paper-list">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? "", "/papers/");
      const listed = [...items(first), ...items(second)];
      expect(listed.length, group).toBe(total);
      expect(new Set(listed).size, group).toBe(total);
    }
    expect(htmlFiles(root.dir)).not.toContain("categories/cs.CV/3/index.html");
  });

  it("has no broken internal link or fragment, at the root and under a base path", () => {
    expect(brokenLinks(root.dir, "/")).toEqual([]);
    expect(brokenLinks(sub.dir, "/dir/")).toEqual([]);
    expect(readPage(sub.dir, "index.html")).toContain('href="/dir/papers/"');
  });

  it("lists every paper on the page of every author linked from it", () => {
    for (const file of htmlFiles(root.dir).filter((f) => /^papers\/(?!\d)[^/]+\/index\.html$/.test(f))) {
      const paperHref = `/${file.replace(/index\.html$/, "")}`;
      for (const author of hrefsTo(paperHead(readPage(root.dir, file)), "/authors/")) {
        expect(hrefsTo(readPage(root.dir, `${author.slice(1)}index.html`), "/papers/"), `${author} lists ${paperHref}`).toContain(
          paperHref,
        );
      }
    }
  });

  it("links every paper on an author page back to that author", () => {
    for (const file of htmlFiles(root.dir).filter((f) => /^authors\/[^/]+\/index\.html$/.test(f))) {
      const authorHref = `/${file.replace(/index\.html$/, "")}`;
      const html = readPage(root.dir, file);
      const own = html.slice(html.indexOf(">Papers</h2>"), html.indexOf('id="coauthors"'));
      for (const paper of new Set(hrefsTo(own, "/papers/"))) {
        expect(
          hrefsTo(paperHead(readPage(root.dir, `${paper.slice(1)}index.html`)), "/authors/"),
          `${paper} names ${authorHref}`,
        ).toContain(authorHref);
      }
    }
  });

  it("shows the owner hidden in et al. and merges spellings of one name", () => {
    const survey = paperHead(readPage(root.dir, "papers/a-shared-survey-of-everything/index.html"));
    // Hidden authors come in listing order: lab-feed.txt (Jón's) before profile.txt (Ann's).
    expect(survey).toMatch(
      /Eve Stone<\/a> et al\., including <a href="\/authors\/jon-gudmundsson\/">Jón Guðmundsson<\/a> and <a href="\/authors\/ann-lee\/">Ann Lee<\/a>/,
    );
    const jon = readPage(root.dir, "authors/jon-gudmundsson/index.html").replace(/<[^>]+>/g, "");
    expect(jon).toContain("Also written Jon Gudmundsson");
  });

  it("writes author names with spaces between them", () => {
    const html = readPage(root.dir, "papers/scaling-laws-for-tiny-models/index.html");
    const text = paperHead(html).replace(/<[^>]+>/g, "");
    expect(text).toContain("Ann Lee, Jón Guðmundsson, Bo Chen et al.");
  });

  it("shows profile metrics with their source and capture date", () => {
    const html = readPage(root.dir, "authors/ann-lee/index.html")
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ");
    expect(html).toContain("12 h-index");
    expect(html).toContain("120 citations");
    expect(html).toMatch(/Profile metrics from \S*profile\.txt , captured 22 Nov 2026/);
  });

  it("links the code badge to the URL found in the abstract", () => {
    expect(readPage(root.dir, "papers/scaling-laws-for-tiny-models/index.html")).toContain('href="https://github.com/example/tiny"');
  });
});
