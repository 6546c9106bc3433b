import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { close, createIndex } from "pagefind";

/** Options for the search index. */
export interface PagefindOptions {
  /** Elements never indexed, whatever page they are on (KaTeX repeats each formula as MathML). */
  excludeSelectors?: string[];
  /**
   * Which built files to read, relative to the output folder (Pagefind's glob syntax). Reading only
   * the pages that carry `data-pagefind-body` saves parsing every index and list page.
   */
  glob?: string;
}

/** A failed indexing run, with Pagefind's own errors as the cause. */
export class SearchIndexError extends Error {
  readonly hint = "the site itself was built; fix the cause above and build again to make it searchable";
}

function failIf(errors: string[], what: string): void {
  if (errors.length > 0) throw new SearchIndexError(`Pagefind could not ${what}: ${errors.join("; ")}`);
}

/**
 * Indexes the built site with Pagefind's Node API at `astro:build:done`, writing `pagefind/` into
 * the output folder, so `astro build` alone yields a searchable site. Only elements marked
 * `data-pagefind-body` (paper and author pages) are indexed.
 */
export function pagefind(options: PagefindOptions = {}): AstroIntegration {
  return {
    name: "paperdir-pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({
            forceLanguage: "en",
            excludeSelectors: options.excludeSelectors ?? [],
          });
          failIf(errors, "start");
          if (!index) throw new SearchIndexError("Pagefind returned no index");
          const added = await index.addDirectory({ path: site, ...(options.glob ? { glob: options.glob } : {}) });
          failIf(added.errors, `index ${site}`);
          const written = await index.writeFiles({ outputPath: join(site, "pagefind") });
          failIf(written.errors, "write the index");
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          logger.info(`indexed ${added.page_count} pages in ${seconds}s into ${join(site, "pagefind")}`);
        } catch (error) {
          throw new SearchIndexError(`search indexing failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        } finally {
          await close();
        }
      },
    },
  };
}
