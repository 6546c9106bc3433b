// Paper list items as HTML strings. Lists are the bulk of a large build (every paper appears on its
// category, year, organisation and author pages and among related papers: about 13 items per paper),
// and one Astro component per item, author list and date cost more than the markup itself.
import { formatDate } from "./format.ts";
import { escapeHtml } from "./tex-text.ts";

/** An author as a paper links to them. */
export interface AuthorLink {
  id: string;
  name: string;
}

/** Where links go: the site's URL helpers (they know the base path). */
export interface ItemUrls {
  paper: (id: string) => string;
  author: (id: string) => string;
  category: (id: string) => string;
}

/** What a list item shows of a paper: fields of the `papers` collection's records. */
export interface ListedPaper {
  id: string;
  /** Safe HTML made by the loader's renderer (src/lib/render/rich-text.ts), never raw listing text. */
  titleHtml: string;
  authors: readonly AuthorLink[];
  authorsTruncated: boolean;
  hiddenAuthors: readonly AuthorLink[];
  date: string;
  category: string;
  categoryName: string;
  hasCode: boolean;
}

const attr = escapeHtml;

/**
 * "A, B et al., including C and D": names linked to their pages, separators as text (Astro 7 drops
 * white space between inline elements, so none is left to markup).
 * @example authorListHtml([{ id: "a", name: "Ann" }], false, [], (id) => `/authors/${id}/`) // '<span class="author-list"><a href="/authors/a/">Ann</a></span>'
 */
export function authorListHtml(
  authors: readonly AuthorLink[],
  truncated: boolean,
  hidden: readonly AuthorLink[],
  authorUrl: (id: string) => string,
): string {
  const link = (a: AuthorLink) => `<a href="${attr(authorUrl(a.id))}">${escapeHtml(a.name)}</a>`;
  let html = authors.map(link).join(", ");
  if (truncated) html += " et al.";
  if (hidden.length > 0) {
    html += truncated ? ", including " : "; also ";
    html += hidden.map((a, i) => link(a) + (i < hidden.length - 2 ? ", " : i === hidden.length - 2 ? " and " : "")).join("");
  }
  return `<span class="author-list">${html}</span>`;
}

/** One paper as a list item: title, authors, date, category and the Code badge. */
export function paperItemHtml(paper: ListedPaper, urls: ItemUrls): string {
  const authors = authorListHtml(paper.authors, paper.authorsTruncated, paper.hiddenAuthors, urls.author);
  const code = paper.hasCode ? ' <span class="tag code">Code</span>' : "";
  return (
    `<li><div class="title"><a href="${attr(urls.paper(paper.id))}" class="title-text">${paper.titleHtml}</a></div>` +
    `<div class="authors">${authors}</div>` +
    `<div class="meta"><time datetime="${attr(paper.date)}">${formatDate(paper.date)}</time> · ` +
    `<a class="tag" href="${attr(urls.category(paper.category))}" title="${attr(paper.categoryName)}">${escapeHtml(paper.category)}</a>${code}</div></li>`
  );
}
