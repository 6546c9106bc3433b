import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { authorSchema, categorySchema, orgSchema, paperSchema, yearSchema } from "./lib/directory/schema.ts";
import { type DirectoryCollection, directoryLoader } from "./lib/loader/directory-loader.ts";

// Where the listings are: the sample listings unless PAPERDIR_LISTINGS points elsewhere.
const base = process.env.PAPERDIR_LISTINGS ?? "src/content/listings";
const strict = process.env.PAPERDIR_STRICT === "1";
const loader = (collection: DirectoryCollection) =>
  directoryLoader({ base, collection, strict, ...(process.env.PAPERDIR_CAPTURED ? { captured: process.env.PAPERDIR_CAPTURED } : {}) });

// Cross-links stay plain ids (slugs), as the loader writes them: Astro's reference() would store each
// as a { collection, id } object, and at 50 000 papers those ~900 000 objects made the content store
// a third bigger and slower to write, load and compile. The loader makes every id from the same
// directory, and the site tests check that every link resolves.
const papers = defineCollection({ loader: loader("papers"), schema: paperSchema });
const authors = defineCollection({ loader: loader("authors"), schema: authorSchema });
const categories = defineCollection({ loader: loader("categories"), schema: categorySchema });
const orgs = defineCollection({ loader: loader("orgs"), schema: orgSchema });
const years = defineCollection({ loader: loader("years"), schema: yearSchema });

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
