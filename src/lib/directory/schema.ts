// The records the directory is made of, as stored in the content collections. Cross-links are plain
// ids (slugs) of the target collection's entries. Types come from these schemas.
import { z } from "astro/zod";

/** A link to an author, with the name as shown on this paper (no lookup needed to render it). */
export const authorLinkSchema = z.object({
  /** The author's id (slug) in the `authors` collection. */
  id: z.string(),
  /** The name to show: the person's best form. */
  name: z.string(),
});

/** A count of something an entry shares with another (co-authors, categories, orgs, years). */
export const countSchema = z.object({
  /** Id of the counted entry: author slug, category id, org slug, or year. */
  id: z.string(),
  /** Its label to show. */
  name: z.string(),
  /** How many papers. */
  count: z.number().int().positive(),
});

export const paperSchema = z.object({
  /** The title, as the first listing wrote it (LaTeX kept). */
  title: z.string(),
  /** The title as HTML: text-mode LaTeX converted, formulas typeset by KaTeX, everything else escaped. */
  titleHtml: z.string(),
  /** The title as plain text, for <title>, meta tags, feeds and exports (formulas as $…$ source). */
  titleText: z.string(),
  /** The normalised title that identifies the paper across listings. */
  key: z.string(),
  /** Visible authors in listing order (the fullest copy of the list). */
  authors: z.array(authorLinkSchema),
  /** Whether more authors exist than are known ("et al."). */
  authorsTruncated: z.boolean(),
  /** Known authors hidden in "et al." (owners of listings that hold the paper). */
  hiddenAuthors: z.array(authorLinkSchema),
  /** arXiv category id ("cs.LG"), or the code as written when unknown. */
  category: z.string(),
  /** The category's full name ("Machine Learning"), or the code when unknown. */
  categoryName: z.string(),
  /** ISO publication date from the listing. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The year of `date`. */
  year: z.number().int(),
  /** Whether a listing showed the "Code" badge. */
  hasCode: z.boolean(),
  /** A code URL found in the abstract (http or https only), or null. */
  codeUrl: z.string().nullable(),
  /** Organisations (slug and name) from the listings. */
  orgs: z.array(z.object({ id: z.string(), name: z.string() })),
  /**
   * The abstract, verbatim (LaTeX kept). Its HTML is typeset on the paper's own page, the one place it
   * shows: stored, KaTeX's markup would be half the content store at scale.
   */
  abstract: z.string(),
  /** Whether the title or abstract has a typeset formula (the page then loads KaTeX's CSS). */
  hasMath: z.boolean(),
  /** Where the paper was read: listing path and line of each copy. */
  sources: z.array(z.object({ file: z.string(), line: z.number().int() })),
  /** Ids of related papers: shared authors first, then same category. */
  related: z.array(z.string()),
});

export const profileSchema = z.object({
  /** Main category of the profile (arXiv id), if given. */
  category: z.string().nullable(),
  hIndex: z.number().nullable(),
  /** Total papers according to the profile (not the number listed here). */
  papers: z.number().nullable(),
  citations: z.number().nullable(),
  /** "Novelty" percentage. */
  novelty: z.number().nullable(),
  aiScore: z.number().nullable(),
  /** The listing the metrics come from. */
  source: z.string(),
  /** When that listing was captured (ISO). */
  captured: z.string(),
});

export const authorSchema = z.object({
  /** The name shown (most frequent form, preferring diacritics). */
  name: z.string(),
  /** Other spellings seen in listings. */
  aliases: z.array(z.string()),
  /** The key all spellings share (case, diacritics and dots ignored). */
  key: z.string(),
  /** Family name first, ASCII, lower case: the A–Z index's order. */
  sortKey: z.string(),
  /** The A–Z index letter, from the family name ("#" when it is not a Latin letter). */
  letter: z.string(),
  /** The author's papers, newest first. */
  papers: z.array(z.string()),
  /** Co-authors ranked by shared papers. */
  coauthors: z.array(countSchema),
  categories: z.array(countSchema),
  orgs: z.array(countSchema),
  /** Papers per year, oldest first. */
  years: z.array(countSchema),
  /** Metrics from a profile listing, if one described this author. */
  profile: profileSchema.nullable(),
  /** Listings this author owns. */
  listings: z.array(z.string()),
});

export const categorySchema = z.object({
  /** Full name, e.g. "Machine Learning". */
  name: z.string(),
  /** The archive's name, e.g. "Computer Science". */
  archive: z.string(),
  /** Whether the code was found in arXiv's table. */
  known: z.boolean(),
  /** Papers, newest first. */
  papers: z.array(z.string()),
  /** Authors ranked by papers in this category. */
  authors: z.array(countSchema),
});

export const orgSchema = z.object({
  /** The slug as listings show it ("amazon-science"). */
  name: z.string(),
  papers: z.array(z.string()),
  authors: z.array(countSchema),
});

export const yearSchema = z.object({
  year: z.number().int(),
  papers: z.array(z.string()),
  categories: z.array(countSchema),
});

export type PaperRecord = z.infer<typeof paperSchema>;
export type AuthorRecord = z.infer<typeof authorSchema>;
export type CategoryRecord = z.infer<typeof categorySchema>;
export type OrgRecord = z.infer<typeof orgSchema>;
export type YearRecord = z.infer<typeof yearSchema>;
export type Count = z.infer<typeof countSchema>;
