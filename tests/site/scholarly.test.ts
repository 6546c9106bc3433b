// The scholarly layer of the built sample site: metadata on every paper page, exports that exist,
// are linked and parse, feeds that parse, and KaTeX served locally only where there is math.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { htmlFiles, readPage } from "../support/site-files.ts";

let dir: string;
beforeAll(() => {
  dir = inject("sites").sample.dir;
});

const paperPages = () => htmlFiles(dir).filter((f) => /^papers\/(?!\d)[^/]+\/index\.html$/.test(f));
const authorPages = () => htmlFiles(dir).filter((f) => /^authors\/[^/]+\/index\.html$/.test(f));
const read = (path: string) => readFileSync(join(dir, path), "utf8");
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? ""));

describe("paper pages", () => {
  it("all carry Google Scholar tags and a ScholarlyArticle whose authors match the tags", () => {
    expect(paperPages()).toHaveLength(51);
    for (const file of paperPages()) {
      const html = readPage(dir, file);
      const authors = [...html.matchAll(/<meta name="citation_author" content="([^"]*)"/g)].map((m) => m[1]);
      expect(html, file).toMatch(/<meta name="citation_title" content="[^"]+"/);
      expect(html, file).toMatch(/<meta name="citation_publication_date" content="\d{4}\/\d{2}\/\d{2}"/);
      expect(html, file).toContain(
        `<meta name="citation_abstract_html_url" content="https://paperdir.example.org/${file.replace("index.html", "")}"`,
      );
      const [ld] = jsonLd(html);
      expect(ld["@type"]).toBe("ScholarlyArticle");
      expect(ld.author.map((a: { name: string }) => a.name.replace(/&/g, "&amp;"))).toEqual(authors);
      expect(html).toMatch(/<link rel="canonical" href="https:\/\/paperdir\.example\.org\/papers\/[^"]+\/"/);
      expect(html).toContain('<meta property="og:type" content="article"');
    }
  });

  it("link their BibTeX, RIS and CSL-JSON, which exist and parse", () => {
    for (const file of paperPages()) {
      const base = file.replace("index.html", "");
      const html = readPage(dir, file);
      for (const ext of ["bib", "ris", "json"]) expect(html).toContain(`href="/${base}cite.${ext}"`);
      const bib = parseBibtex(read(`${base}cite.bib`), { sentenceCase: false });
      // The parser also turns LaTeX into Unicode and reports math macros it has no Unicode for
      // (\gets); those are not BibTeX syntax errors.
      expect(
        bib.errors.filter((e) => !e.error.startsWith("unhandled macro")),
        file,
      ).toEqual([]);
      expect(bib.entries).toHaveLength(1);
      expect(read(`${base}cite.ris`)).toMatch(/^TY {2}- GEN\n[\s\S]*ER {2}- \n$/);
      expect(JSON.parse(read(`${base}cite.json`))[0].type).toBe("article");
    }
  });

  it("use the stable citation key and write hidden authors as 'and others'", () => {
    const bib = read("papers/skill-mix-a-flexible-and-expandable-family-of-evaluations-for-ai-models/cite.bib");
    expect(bib).toMatch(/^@misc\{yu2023skillmix,/);
    expect(bib).toContain("author = {Yu, Dingli and Kaur, Simran and Gupta, Arushi and others}");
  });
});

describe("author pages", () => {
  it("carry a ProfilePage and link papers.bib, data.json and an RSS feed that exist", () => {
    for (const file of authorPages()) {
      const base = file.replace("index.html", "");
      const html = readPage(dir, file);
      expect(jsonLd(html)[0]).toMatchObject({ "@type": "ProfilePage", mainEntity: { "@type": "Person" } });
      for (const name of ["papers.bib", "data.json", "rss.xml"]) {
        expect(html).toContain(`href="/${base}${name}"`);
        expect(existsSync(join(dir, base, name)), `${base}${name}`).toBe(true);
      }
    }
    const bib = parseBibtex(read("authors/dingli-yu/papers.bib"), { sentenceCase: false });
    expect(bib.errors).toEqual([]);
    expect(bib.entries).toHaveLength(14);
    expect(JSON.parse(read("authors/dingli-yu/data.json")).papers).toHaveLength(14);
  });

  it("draw papers-per-year and category charts with their numbers for screen readers", () => {
    const html = read("authors/baihe-huang/index.html");
    expect(html).toMatch(/<svg [^>]*role="img"[^>]*aria-labelledby="chart-years-title chart-years-desc"/);
    expect(html).toContain("2021: 5 papers");
    expect(html).toMatch(/<svg [^>]*aria-labelledby="chart-coauthors-title chart-coauthors-desc"/);
    expect(html).toContain("Hanlin Zhu: 3 shared papers");
  });
});

describe("feeds and bulk data", () => {
  const xml = new XMLParser({ ignoreAttributes: false });
  it("parse as RSS 2.0 with the newest papers first", () => {
    for (const feed of ["rss.xml", "categories/cs.LG/rss.xml", "authors/dingli-yu/rss.xml"]) {
      const doc = xml.parse(read(feed));
      expect(doc.rss["@_version"], feed).toBe("2.0");
      const items = [doc.rss.channel.item].flat();
      expect(items.length).toBeGreaterThan(0);
      const dates = items.map((i: { pubDate: string }) => Date.parse(i.pubDate));
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
    }
    expect(xml.parse(read("authors/dingli-yu/rss.xml")).rss.channel.item).toHaveLength(14);
  });

  it("has a sitemap, a robots.txt pointing at it, and the whole directory as JSON and CSV", () => {
    expect(read("robots.txt")).toContain("Sitemap: https://paperdir.example.org/sitemap-index.xml");
    expect(read("sitemap-0.xml")).toContain("<loc>https://paperdir.example.org/authors/dingli-yu/</loc>");
    expect(JSON.parse(read("data/papers.json")).papers).toHaveLength(51);
    expect(JSON.parse(read("data/authors.json")).authors).toHaveLength(94);
    expect(read("data/papers.csv").trimEnd().split("\r\n").length).toBeGreaterThanOrEqual(52);
  });
});

describe("math", () => {
  it("is typeset at build, with KaTeX's CSS and fonts served locally and loaded only where needed", () => {
    const withMath = read("papers/new-definitions-and-evaluations-for-saliency-methods-staying-intrinsic-complete/index.html");
    expect(withMath).toContain('<link rel="stylesheet" href="/katex/katex.min.css"');
    expect(withMath).toContain('class="katex"');
    expect(withMath).toContain("<em>important</em>");
    expect(read("papers/rethinking-backdoor-attacks/index.html")).not.toContain("katex.min.css");
    const css = read("katex/katex.min.css");
    for (const font of css.match(/fonts\/[\w-]+\.woff2/g) ?? []) expect(existsSync(join(dir, "katex", font)), font).toBe(true);
    expect(htmlFiles(dir).some((f) => read(f).includes("cdn.jsdelivr"))).toBe(false);
  });
});
