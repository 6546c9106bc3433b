import { describe, expect, it } from "vitest";
import { authorListHtml, paperItemHtml } from "../../src/lib/render/paper-item.ts";

const url = (id: string) => `/dir/authors/${id}/`;
const urls = { paper: (id: string) => `/dir/papers/${id}/`, author: url, category: (id: string) => `/dir/categories/${id}/` };
const ann = { id: "ann-lee", name: "Ann Lee" };
const bo = { id: "bo-chen", name: "Bo Chen" };
const cy = { id: "cy-wu", name: "Cy Wu" };

describe("authorListHtml", () => {
  it("links every name, with commas written as text", () => {
    expect(authorListHtml([ann, bo], false, [], url)).toBe(
      '<span class="author-list"><a href="/dir/authors/ann-lee/">Ann Lee</a>, <a href="/dir/authors/bo-chen/">Bo Chen</a></span>',
    );
  });

  it("names the authors hidden in et al., and those known beyond a complete list", () => {
    expect(authorListHtml([ann], true, [bo, cy], url)).toContain(' et al., including <a href="/dir/authors/bo-chen/">Bo Chen</a> and <a');
    expect(authorListHtml([ann], false, [bo], url)).toContain('</a>; also <a href="/dir/authors/bo-chen/">Bo Chen</a></span>');
    expect(authorListHtml([ann], true, [bo, cy, ann], url)).toMatch(/Bo Chen<\/a>, <a[^>]+>Cy Wu<\/a> and <a[^>]+>Ann Lee<\/a><\/span>$/);
  });

  it("escapes names and links", () => {
    const hostile = { id: 'x"onmouseover="alert(1)', name: "<script>alert(1)</script>" };
    const html = authorListHtml([hostile], false, [], url);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain('href="/dir/authors/x&quot;onmouseover=&quot;alert(1)/"');
  });
});

describe("paperItemHtml", () => {
  const paper = {
    id: "a-study",
    titleHtml: "A <em>Study</em>",
    authors: [ann, bo],
    authorsTruncated: true,
    hiddenAuthors: [],
    date: "2024-05-07",
    category: "cs.LG",
    categoryName: "Machine Learning",
    hasCode: true,
  };

  it("shows title, authors, date, category and the Code badge", () => {
    expect(paperItemHtml(paper, urls)).toMatchInlineSnapshot(
      `"<li><div class="title"><a href="/dir/papers/a-study/" class="title-text">A <em>Study</em></a></div><div class="authors"><span class="author-list"><a href="/dir/authors/ann-lee/">Ann Lee</a>, <a href="/dir/authors/bo-chen/">Bo Chen</a> et al.</span></div><div class="meta"><time datetime="2024-05-07">7 May 2024</time> · <a class="tag" href="/dir/categories/cs.LG/" title="Machine Learning">cs.LG</a> <span class="tag code">Code</span></div></li>"`,
    );
  });

  it("shows no badge without code, and escapes the category", () => {
    const html = paperItemHtml({ ...paper, hasCode: false, category: "<b>", categoryName: '"x"' }, urls);
    expect(html).not.toContain("Code");
    expect(html).toContain('title="&quot;x&quot;">&lt;b&gt;</a></div></li>');
  });
});
