// @ts-check

import { resolve } from "node:path";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { exports } from "./src/integrations/exports.ts";
import { pagefind } from "./src/integrations/pagefind.ts";
import { storeModule } from "./src/integrations/store-module.ts";

// Environment overrides let tests and benchmarks build other listings into other folders:
// PAPERDIR_LISTINGS (read by src/content.config.ts), PAPERDIR_OUT, PAPERDIR_CACHE, BASE_PATH, SITE_URL.
const outDir = process.env.PAPERDIR_OUT ?? "./dist";

export default defineConfig({
  site: process.env.SITE_URL ?? "https://paperdir.example.org",
  base: process.env.BASE_PATH ?? "/",
  outDir,
  cacheDir: process.env.PAPERDIR_CACHE ?? "./node_modules/.astro",
  trailingSlash: "always",
  // Pages render eight at a time: on this VM's slow disk rendering waited on writes, and npm run bench
  // measured 10 000 papers at 68 s with 8 against 92-123 s with the default of 1.
  build: { concurrency: 8 },
  vite: {
    // Scripts as files, never inlined: the Content-Security-Policy allows scripts from the site only.
    build: { assetsInlineLimit: 0 },
    // The dev server watches the project; a built directory holds ~8 files per paper, and watching
    // 80 000 of them made `npm run dev` take a minute to start and seconds to see an edit.
    server: { watch: { ignored: [`${resolve(outDir)}/**`, "**/bench/out/*/{dist,cache,listings}/**"] } },
  },
  integrations: [
    storeModule(),
    mdx(),
    exports(),
    sitemap({ filter: (page) => !/\/(search|404)\/?$/.test(page) }),
    pagefind({ excludeSelectors: [".katex-html"], glob: "{papers,authors}/*/index.html" }),
  ],
});
