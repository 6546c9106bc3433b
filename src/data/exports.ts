// The files offered beside each paper, author and category page: citations, feeds and JSON. They are
// made in bulk by the exports integration (src/integrations/exports.ts), not one route per file.
import { toBibtexFile, toCsl, toRis } from "../lib/cite/formats.ts";
import type { ExportFile, ExportSection } from "../lib/exports/bundle.ts";
import { bibtex, citable, citeKey } from "./cite.ts";
import { type Author, authors, categories, lookupPapers, type Paper, papers } from "./directory.ts";
import { paperFeedXml } from "./feeds.ts";
import { absoluteUrl, authorUrl, paperUrl } from "./urls.ts";

type Category = (typeof categories)[number];

function paperFiles(paper: Paper): ExportFile[] {
  const dir = `papers/${paper.id}/`;
  const cite = citable(paper);
  return [
    { path: `${dir}cite.bib`, body: bibtex(paper) },
    { path: `${dir}cite.ris`, body: toRis(cite) },
    { path: `${dir}cite.json`, body: JSON.stringify([toCsl(cite, citeKey(paper))], null, 2) },
  ];
}

/** One author as JSON: the `authors` record (schema in src/lib/directory/schema.ts) with their papers. */
function authorJson(author: Author, written: Paper[]): string {
  const list = written.map((p) => ({
    id: p.id,
    url: absoluteUrl(paperUrl(p.id)),
    title: p.data.titleText,
    date: p.data.date,
    category: p.data.category,
    authors: p.data.authors.map((a) => a.name),
    authorsTruncated: p.data.authorsTruncated,
  }));
  return JSON.stringify({ id: author.id, url: absoluteUrl(authorUrl(author.id)), ...author.data, papers: list }, null, 1);
}

async function authorFiles(author: Author): Promise<ExportFile[]> {
  const dir = `authors/${author.id}/`;
  const written = lookupPapers(author.data.papers);
  return [
    { path: `${dir}papers.bib`, body: toBibtexFile(written.map(bibtex)) },
    { path: `${dir}data.json`, body: authorJson(author, written) },
    {
      path: `${dir}rss.xml`,
      body: await paperFeedXml({
        title: `paperdir: ${author.data.name}`,
        description: `The newest papers by ${author.data.name}.`,
        papers: written,
      }),
    },
  ];
}

async function categoryFiles(category: Category): Promise<ExportFile[]> {
  const name = `${category.data.name} (${category.id})`;
  const body = await paperFeedXml({
    title: `paperdir: ${name}`,
    description: `The newest papers in ${name}.`,
    papers: lookupPapers(category.data.papers),
  });
  return [{ path: `categories/${category.id}/rss.xml`, body }];
}

/** The export files of one entry, made on demand. */
export interface ExportUnit {
  section: ExportSection;
  id: string;
  make: () => ExportFile[] | Promise<ExportFile[]>;
}

/** Every entry's export files, papers first, in a stable order. */
export const exportUnits: ExportUnit[] = [
  ...papers.map((p): ExportUnit => ({ section: "papers", id: p.id, make: () => paperFiles(p) })),
  ...authors.map((a): ExportUnit => ({ section: "authors", id: a.id, make: () => authorFiles(a) })),
  ...categories.map((c): ExportUnit => ({ section: "categories", id: c.id, make: () => categoryFiles(c) })),
];
