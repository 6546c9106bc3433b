import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { BUNDLE_DIR, EXPORT_ROUTES, unpackBundles } from "../lib/exports/bundle.ts";

/**
 * The citation, feed and JSON files beside paper, author and category pages. `astro dev` serves each
 * on request; `astro build` renders them in bundles of many entries and unpacks those into the output
 * folder at astro:build:done (src/lib/exports/bundle.ts says why).
 */
export function exports(): AstroIntegration {
  return {
    name: "paperdir-exports",
    hooks: {
      "astro:config:setup": ({ command, injectRoute }) => {
        if (command === "dev") {
          const entrypoint = new URL("../exports/file.ts", import.meta.url);
          for (const { section, names } of EXPORT_ROUTES) {
            for (const name of names) injectRoute({ pattern: `/${section}/[id]/${name}`, entrypoint, prerender: true });
          }
        } else {
          injectRoute({
            pattern: `/${BUNDLE_DIR}/[bundle].ndjson`,
            entrypoint: new URL("../exports/bundle.ts", import.meta.url),
            prerender: true,
          });
        }
      },
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const written = await unpackBundles(fileURLToPath(dir));
        logger.info(`wrote ${written} export files in ${((performance.now() - started) / 1000).toFixed(2)}s`);
      },
    },
  };
}
