// Lookup maps built once per build (module scope), shared by every page: pages never scan collections.
import { type CollectionEntry, getCollection } from "astro:content";
import type { PaginateFunction } from "astro";
import { plainText } from "../lib/render/rich-text.ts";

export type Paper = CollectionEntry<"papers">;
export type Author = CollectionEntry<"authors">;

export const papers = await getCollection("papers");
export const authors = await getCollection("authors");
export const categories = await getCollection("categories");
export const orgs = await getCollection("orgs");
export const years = await getCollection("years");

export const paperById = new Map(papers.map((p) => [p.id, p]));
export const authorById = new Map(authors.map((a) => [a.id, a]));

/** Papers newest first, ties by title key (collections come back in id order). */
export const newestPapers = [...papers].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.data.key.localeCompare(b.data.key));

/** Resolves a list of paper ids to entries, in order. */
export function lookupPapers(ids: ReadonlyArray<string>): Paper[] {
  return ids.flatMap((id) => paperById.get(id) ?? []);
}

/** Whether any of these papers' titles holds a typeset formula (the page then loads KaTeX's CSS). */
export function titlesHaveMath(list: ReadonlyArray<Paper>): boolean {
  return list.some((p) => p.data.titleHtml.includes('class="katex"'));
}

const abstractTexts = new Map<string, string>();

/** A paper's abstract as plain text (meta tags, feeds, exports), derived once per build. */
export function abstractText(paper: Paper): string {
  let text = abstractTexts.get(paper.id);
  if (text === undefined) {
    text = plainText(paper.data.abstract);
    abstractTexts.set(paper.id, text);
  }
  return text;
}

/** Papers per page in every paged list: all papers, and each category, organisation and year. */
export const PAGE_SIZE = 50;

/**
 * `getStaticPaths` of a group's paged list of papers (a category, organisation or year): every group
 * gets pages of PAGE_SIZE, with the group as the `group` prop and its id as the route's `param`.
 */
export function pagedGroups<G extends { id: string; data: { papers: ReadonlyArray<string> } }>(
  paginate: PaginateFunction,
  groups: readonly G[],
  param: string,
) {
  return groups.flatMap((group) =>
    paginate(lookupPapers(group.data.papers), { params: { [param]: group.id }, props: { group }, pageSize: PAGE_SIZE }),
  );
}
