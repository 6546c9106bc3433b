// Machine-readable metadata for pages: Google Scholar (Highwire) tags and schema.org JSON-LD.

/** What the metadata of a paper page needs, all plain text and absolute URLs. */
export interface PaperMeta {
  title: string;
  authors: string[];
  date: string;
  abstract: string;
  url: string;
  category: string;
  categoryName: string;
  authorUrls: string[];
  keywords: string[];
}

/**
 * Google Scholar's Highwire Press tags: one `citation_author` per author, in order.
 * @example highwireTags(meta)[0] // { name: "citation_title", content: "Skill-Mix: …" }
 */
export function highwireTags(meta: PaperMeta): Array<{ name: string; content: string }> {
  return [
    { name: "citation_title", content: meta.title },
    ...meta.authors.map((a) => ({ name: "citation_author", content: a })),
    { name: "citation_publication_date", content: meta.date.replace(/-/g, "/") },
    { name: "citation_abstract_html_url", content: meta.url },
    { name: "citation_keywords", content: meta.keywords.join("; ") },
  ];
}

/** schema.org `ScholarlyArticle` for a paper page. */
export function paperJsonLd(meta: PaperMeta): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "ScholarlyArticle",
    "@id": meta.url,
    url: meta.url,
    headline: meta.title.slice(0, 110),
    name: meta.title,
    author: meta.authors.map((name, i) => ({ "@type": "Person", name, url: meta.authorUrls[i] })),
    datePublished: meta.date,
    abstract: meta.abstract,
    about: { "@type": "Thing", name: meta.categoryName, identifier: meta.category },
    keywords: meta.keywords.join(", "),
  };
}

/** schema.org `ProfilePage` whose main entity is the author. */
export function authorJsonLd(author: {
  name: string;
  url: string;
  aliases: string[];
  affiliations: string[];
  papers: Array<{ title: string; url: string }>;
}): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    url: author.url,
    mainEntity: {
      "@type": "Person",
      "@id": `${author.url}#person`,
      name: author.name,
      ...(author.aliases.length > 0 ? { alternateName: author.aliases } : {}),
      ...(author.affiliations.length > 0 ? { affiliation: author.affiliations.map((name) => ({ "@type": "Organization", name })) } : {}),
      subjectOf: author.papers.slice(0, 100).map((p) => ({ "@type": "ScholarlyArticle", name: p.title, url: p.url })),
    },
  };
}

/** schema.org `CollectionPage` for an index (all papers, a category, an organisation, a year). */
export function collectionJsonLd(page: {
  name: string;
  url: string;
  description: string;
  items: Array<{ name: string; url: string }>;
}): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "CollectionPage",
    name: page.name,
    url: page.url,
    description: page.description,
    mainEntity: {
      "@type": "ItemList",
      numberOfItems: page.items.length,
      itemListElement: page.items
        .slice(0, 100)
        .map((item, i) => ({ "@type": "ListItem", position: i + 1, name: item.name, url: item.url })),
    },
  };
}

/** Serialises JSON-LD for a <script> element: "<" is escaped so no text can close the element. */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
