import { defineCollection, reference } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { authorLinkSchema, authorSchema, categorySchema, orgSchema, paperSchema, yearSchema } from "./lib/directory/schema.ts";
import { type DirectoryCollection, directoryLoader } from "./lib/loader/directory-loader.ts";

// Where the listings are: the sample listings unless PAPERDIR_LISTINGS points elsewhere.
const base = process.env.PAPERDIR_LISTINGS ?? "src/content/listings";
const strict = process.env.PAPERDIR_STRICT === "1";
const loader = (collection: DirectoryCollection) =>
  directoryLoader({ base, collection, strict, ...(process.env.PAPERDIR_CAPTURED ? { captured: process.env.PAPERDIR_CAPTURED } : {}) });

const authorRef = authorLinkSchema.extend({ id: reference("authors") });

const papers = defineCollection({
  loader: loader("papers"),
  schema: paperSchema.extend({
    authors: z.array(authorRef),
    hiddenAuthors: z.array(authorRef),
    related: z.array(reference("papers")),
  }),
});

const authors = defineCollection({
  loader: loader("authors"),
  schema: authorSchema.extend({ papers: z.array(reference("papers")) }),
});

const categories = defineCollection({
  loader: loader("categories"),
  schema: categorySchema.extend({ papers: z.array(reference("papers")) }),
});

const orgs = defineCollection({
  loader: loader("orgs"),
  schema: orgSchema.extend({ papers: z.array(reference("papers")) }),
});

const years = defineCollection({
  loader: loader("years"),
  schema: yearSchema.extend({ papers: z.array(reference("papers")) }),
});

/** Hand-written pages (the about page) and optional author bios, `bios/<author slug>.mdx`. */
const pages = defineCollection({
  loader: glob({ base: "src/content/pages", pattern: "**/*.{md,mdx}" }),
  schema: z.object({ title: z.string(), description: z.string() }),
});

const bios = defineCollection({
  loader: glob({ base: "src/content/bios", pattern: "**/*.mdx" }),
  schema: z.object({ /** Optional photo-free one-liner shown under the name. */ tagline: z.string().optional() }),
});

export const collections = { papers, authors, categories, orgs, years, pages, bios };
