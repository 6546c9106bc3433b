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

/** Indexes the paper and author pages of a built site into `<site>/pagefind/`. */
async function indexSite(site: string, options: PagefindOptions): Promise<{ pages: number; seconds: number }> {
  const started = performance.now();
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
    return { pages: added.page_count, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    throw new SearchIndexError(`search indexing failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    await close();
  }
}

/**
 * Indexes the built site with Pagefind's Node API, writing `pagefind/` into the output folder, so
 * `astro build` alone yields a searchable site. Only elements marked `data-pagefind-body` (paper and
 * author pages) are indexed. Indexing starts as soon as the pages are written (`astro:build:generated`)
 * and runs in Pagefind's own process while Astro finishes the build (the export files, the sitemap);
 * `astro:build:done` waits for it and reports its outcome.
 */
export function pagefind(options: PagefindOptions = {}): AstroIntegration {
  let indexing: Promise<{ pages: number; seconds: number }> | undefined;
  return {
    name: "paperdir-pagefind",
    hooks: {
      "astro:build:generated": ({ dir }) => {
        indexing = indexSite(fileURLToPath(dir), options);
        // Failures are reported at astro:build:done, which awaits this promise.
        indexing.catch(() => undefined);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { pages, seconds } = await (indexing ?? indexSite(site, options));
        indexing = undefined;
        logger.info(`indexed ${pages} pages in ${seconds.toFixed(2)}s into ${join(site, "pagefind")}`);
      },
    },
  };
}
