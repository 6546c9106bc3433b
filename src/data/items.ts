// Each paper's list item, rendered once per build and reused on every page that lists the paper.
import { authorListHtml, paperItemHtml } from "../lib/render/paper-item.ts";
import type { Paper } from "./directory.ts";
import { authorUrl, categoryUrl, paperUrl } from "./urls.ts";

const urls = { paper: paperUrl, author: authorUrl, category: categoryUrl };
const items = new Map<string, string>();

/** An author reference of a paper entry as a plain link. */
export const asLink = (a: { id: string; name: string }) => ({ id: a.id, name: a.name });

/** The `<li>` of a paper in a list (see src/lib/render/paper-item.ts). */
export function paperItem(paper: Paper): string {
  let html = items.get(paper.id);
  if (html === undefined) {
    const p = paper.data;
    html = paperItemHtml({ ...p, id: paper.id, authors: p.authors.map(asLink), hiddenAuthors: p.hiddenAuthors.map(asLink) }, urls);
    items.set(paper.id, html);
  }
  return html;
}

/** The author list of a paper, linked: "A, B et al., including C". */
export function authorList(paper: Paper): string {
  const p = paper.data;
  return authorListHtml(p.authors.map(asLink), p.authorsTruncated, p.hiddenAuthors.map(asLink), authorUrl);
}
