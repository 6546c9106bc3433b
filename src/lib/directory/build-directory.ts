import { resolveCategory } from "../listing/categories.ts";
import { nameKey } from "../listing/names.ts";
import type { Problem } from "../listing/problems.ts";
import type { ParsedListing } from "../listing/types.ts";
import { renderRichText } from "../render/rich-text.ts";
import { byNewest, Counter, cmp, familyName, findCodeUrl, pushTo } from "./derive.ts";
import { assignSlugs, slugText } from "./keys.ts";
import { type MergedPaper, mergePapers } from "./merge-papers.ts";
import { suggestOwners } from "./owner-hint.ts";
import { collectPeople, type Person } from "./people.ts";
import { relatedPapers } from "./related.ts";
import type { AuthorRecord, CategoryRecord, OrgRecord, PaperRecord, YearRecord } from "./schema.ts";

/** The whole directory: every record by id, ready for the content collections. */
export interface Directory {
  papers: Map<string, PaperRecord>;
  authors: Map<string, AuthorRecord>;
  categories: Map<string, CategoryRecord>;
  orgs: Map<string, OrgRecord>;
  years: Map<string, YearRecord>;
  problems: Problem[];
}

/**
 * Builds the directory from parsed listings: merges papers and people, gives everything a stable slug
 * and derives, once, every list a page shows (an author's papers, co-authors, categories, orgs and
 * years; each category's, org's and year's papers). The result does not depend on the order of the
 * listings: they are sorted by path first.
 */
export function buildDirectory(input: ParsedListing[]): Directory {
  const listings = [...input].sort((a, b) => cmp(a.file, b.file));
  const { papers: merged, problems } = mergePapers(listings);
  merged.sort(byNewest);
  const people = collectPeople(merged, listings);
  const paperSlug = assignSlugs(
    merged.map((p) => ({ key: p.key, text: p.title })),
    "paper",
  );
  const authorSlug = assignSlugs(
    people.map((p) => ({ key: p.key, text: p.name })),
    "author",
  );
  const personByKey = new Map(people.map((p) => [p.key, p]));
  const link = (name: string) => {
    const person = personByKey.get(nameKey(name)) as Person;
    return { id: authorSlug.get(person.key) ?? "", name: person.name };
  };
  const idOf = (p: MergedPaper) => paperSlug.get(p.key) ?? "";

  const papers = new Map<string, PaperRecord>();
  for (const p of merged) {
    const category = resolveCategory(p.category);
    const title = renderRichText(p.title);
    const abstract = renderRichText(p.abstract);
    const at = p.sources[0] ?? { file: "", line: 0 };
    for (const failure of [...title.failures, ...abstract.failures]) {
      problems.push({
        file: at.file,
        line: at.line,
        column: 1,
        severity: "warning",
        message: `${failure}; shown as source text`,
        hint: "fix the formula in the listing (KaTeX syntax), or escape a literal dollar sign as \\$",
      });
    }
    papers.set(idOf(p), {
      title: p.title,
      titleHtml: title.html,
      titleText: title.text,
      key: p.key,
      authors: p.authors.map(link),
      authorsTruncated: p.authorsTruncated,
      hiddenAuthors: p.hiddenAuthors.map(link),
      category: category?.id ?? p.category,
      categoryName: category?.name ?? p.category,
      date: p.date,
      year: Number(p.date.slice(0, 4)),
      hasCode: p.hasCode,
      codeUrl: findCodeUrl(p.abstract, p.hasCode),
      orgs: p.orgs.map((o) => ({ id: slugText(o) || o, name: o })),
      abstract: p.abstract,
      hasMath: title.hasMath || abstract.hasMath,
      sources: p.sources,
      related: [],
    });
  }
  for (const [id, related] of relatedPapers(papers)) {
    const record = papers.get(id);
    if (record) record.related = related;
  }
  return {
    papers,
    authors: authorRecords(people, papers, authorSlug),
    ...groupRecords(papers),
    problems: [...problems, ...suggestOwners(listings)],
  };
}

function authorRecords(people: Person[], papers: Map<string, PaperRecord>, slugs: Map<string, string>): Map<string, AuthorRecord> {
  const papersOf = new Map<string, string[]>();
  for (const [id, paper] of papers) {
    for (const a of [...paper.authors, ...paper.hiddenAuthors]) pushTo(papersOf, a.id, id);
  }
  const records = new Map<string, AuthorRecord>();
  for (const person of [...people].sort((a, b) => cmp(slugs.get(a.key) ?? "", slugs.get(b.key) ?? ""))) {
    const id = slugs.get(person.key) ?? "";
    const own = papersOf.get(id) ?? [];
    const coauthors = new Counter();
    const categories = new Counter();
    const orgs = new Counter();
    const years = new Counter();
    for (const paperId of own) {
      const paper = papers.get(paperId);
      if (!paper) continue;
      for (const a of [...paper.authors, ...paper.hiddenAuthors]) if (a.id !== id) coauthors.add(a.id, a.name);
      categories.add(paper.category, categoryLabel(paper));
      for (const org of paper.orgs) orgs.add(org.id, org.name);
      years.add(String(paper.year), String(paper.year));
    }
    const family = familyName(person.name);
    const sortKey = `${slugText(family) || family} ${slugText(person.name) || person.name}`.toLowerCase();
    const first = sortKey[0]?.toUpperCase() ?? "#";
    records.set(id, {
      name: person.name,
      aliases: person.aliases,
      key: person.key,
      sortKey,
      letter: /[A-Z]/.test(first) ? first : "#",
      papers: own,
      coauthors: coauthors.ranked(),
      categories: categories.ranked(),
      orgs: orgs.ranked(),
      years: years.byId(),
      profile: person.profile,
      listings: person.ownedListings,
    });
  }
  return records;
}

/** Category, org and year records; papers keep the directory's newest-first order. */
function groupRecords(papers: Map<string, PaperRecord>): Pick<Directory, "categories" | "orgs" | "years"> {
  const categories = new Map<string, CategoryRecord & { counter: Counter }>();
  const orgs = new Map<string, OrgRecord & { counter: Counter }>();
  const years = new Map<string, YearRecord & { counter: Counter }>();
  for (const [id, paper] of papers) {
    const info = resolveCategory(paper.category);
    const category = categories.get(paper.category) ?? {
      name: paper.categoryName,
      archive: info?.archiveName ?? "Other",
      known: info !== undefined,
      papers: [],
      authors: [],
      counter: new Counter(),
    };
    categories.set(paper.category, category);
    category.papers.push(id);
    const year = years.get(String(paper.year)) ?? { year: paper.year, papers: [], categories: [], counter: new Counter() };
    years.set(String(paper.year), year);
    year.papers.push(id);
    year.counter.add(paper.category, categoryLabel(paper));
    for (const o of paper.orgs) {
      const org = orgs.get(o.id) ?? { name: o.name, papers: [], authors: [], counter: new Counter() };
      orgs.set(o.id, org);
      org.papers.push(id);
    }
    for (const a of [...paper.authors, ...paper.hiddenAuthors]) {
      category.counter.add(a.id, a.name);
      for (const o of paper.orgs) orgs.get(o.id)?.counter.add(a.id, a.name);
    }
  }
  const finish = <T extends { counter: Counter }, R>(map: Map<string, T>, done: (r: T) => R) =>
    new Map([...map.entries()].sort(([a], [b]) => cmp(a, b)).map(([id, r]) => [id, done(r)] as const));
  return {
    categories: finish(categories, ({ counter, ...r }) => ({ ...r, authors: counter.ranked() })),
    orgs: finish(orgs, ({ counter, ...r }) => ({ ...r, authors: counter.ranked() })),
    years: finish(years, ({ counter, ...r }) => ({ ...r, categories: counter.ranked() })),
  };
}

/** "Machine Learning (cs.LG)": names alone collide (cs.LG and stat.ML are both "Machine Learning"). */
function categoryLabel(paper: PaperRecord): string {
  return paper.categoryName === paper.category ? paper.category : `${paper.categoryName} (${paper.category})`;
}
