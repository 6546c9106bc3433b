// Citation data for every paper, computed once per build: keys are unique across the directory.
import { citationKeys } from "../lib/cite/citation-key.ts";
import { toBibtex } from "../lib/cite/formats.ts";
import type { CitablePaper } from "../lib/cite/types.ts";
import { abstractText, type Paper, papers } from "./directory.ts";
import { absoluteUrl, paperUrl } from "./urls.ts";

/** A paper in the shape the citation formats take. */
export function citable(paper: Paper): CitablePaper {
  const p = paper.data;
  return {
    id: paper.id,
    title: p.titleText,
    authors: p.authors.map((a) => a.name),
    truncated: p.authorsTruncated,
    date: p.date,
    category: p.category,
    categoryName: p.categoryName,
    abstract: abstractText(paper),
    url: absoluteUrl(paperUrl(paper.id)),
    codeUrl: p.codeUrl,
  };
}

export const citeKeys = citationKeys(papers.map(citable));

export function citeKey(paper: Paper): string {
  return citeKeys.get(paper.id) ?? paper.id;
}

const bibtexEntries = new Map<string, string>();

/** A paper's BibTeX entry, made once per build: its page, its cite.bib and every author's papers.bib show it. */
export function bibtex(paper: Paper): string {
  let entry = bibtexEntries.get(paper.id);
  if (entry === undefined) {
    entry = toBibtex(citable(paper), citeKey(paper));
    bibtexEntries.set(paper.id, entry);
  }
  return entry;
}
