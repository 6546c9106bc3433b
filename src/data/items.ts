// Each paper's list item, rendered once per build and reused on every page that lists the paper.
import { authorListHtml, paperItemHtml } from "../lib/render/paper-item.ts";
import type { Paper } from "./directory.ts";
import { authorUrl, categoryUrl, paperUrl } from "./urls.ts";

const urls = { paper: paperUrl, author: authorUrl, category: categoryUrl };
const items = new Map<string, string>();

/** The `<li>` of a paper in a list (see src/lib/render/paper-item.ts). */
export function paperItem(paper: Paper): string {
  let html = items.get(paper.id);
  if (html === undefined) {
    html = paperItemHtml({ ...paper.data, id: paper.id }, urls);
    items.set(paper.id, html);
  }
  return html;
}

/** The author list of a paper, linked: "A, B et al., including C". */
export function authorList(paper: Paper): string {
  const p = paper.data;
  return authorListHtml(p.authors, p.authorsTruncated, p.hiddenAuthors, authorUrl);
}
