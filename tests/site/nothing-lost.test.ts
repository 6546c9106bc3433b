// Nothing lost: every paper the parser reads from the sample listings has a page with its title, and
// the number of paper pages is the number of distinct papers (copies in several listings merge).
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { titleKey } from "../../src/lib/directory/keys.ts";
import { parseListings } from "../../src/lib/listing/parse-listings.ts";
import { renderRichText } from "../../src/lib/render/rich-text.ts";
import { htmlFiles, readPage } from "../support/site-files.ts";

describe("the parser's papers and the pages built", () => {
  it("match one to one: a page for every parsed paper, per listing, and no extra page", () => {
    const dir = inject("sites").sample.dir;
    const root = "src/content/listings";
    const { listings, problems } = parseListings(
      readdirSync(root)
        .sort()
        .map((f) => ({ file: f, text: readFileSync(`${root}/${f}`, "utf8") })),
    );
    expect(problems).toEqual([]);
    const pages = htmlFiles(dir).filter((f) => /^papers\/(?!\d)[^/]+\/index\.html$/.test(f));
    const titles = new Set(pages.map((f) => /<h1 class="title-text">([\s\S]*?)<\/h1>/.exec(readPage(dir, f))?.[1] ?? ""));
    for (const listing of listings) {
      for (const paper of listing.papers) expect(titles, `${listing.file}:${paper.line}`).toContain(renderRichText(paper.title).html);
    }
    expect(pages).toHaveLength(new Set(listings.flatMap((l) => l.papers.map((p) => titleKey(p.title)))).size);
  });
});
