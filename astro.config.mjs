// @ts-check

import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { exports } from "./src/integrations/exports.ts";
import { pagefind } from "./src/integrations/pagefind.ts";

// Environment overrides let tests and benchmarks build other listings into other folders:
// PAPERDIR_LISTINGS (read by src/content.config.ts), PAPERDIR_OUT, PAPERDIR_CACHE, BASE_PATH, SITE_URL.
export default defineConfig({
  site: process.env.SITE_URL ?? "https://paperdir.example.org",
  base: process.env.BASE_PATH ?? "/",
  outDir: process.env.PAPERDIR_OUT ?? "./dist",
  cacheDir: process.env.PAPERDIR_CACHE ?? "./node_modules/.astro",
  trailingSlash: "always",
  // Pages render eight at a time: rendering mostly waits, and npm run bench measured 10 000 papers
  // at 68 s with 8 against 92-123 s with the default of 1 (peak RSS 3.0 GB against 2.3-2.8 GB).
  build: { concurrency: 8 },
  // Scripts as files, never inlined: the Content-Security-Policy allows scripts from the site only.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    mdx(),
    exports(),
    sitemap({ filter: (page) => !/\/(search|404)\/?$/.test(page) }),
    pagefind({ excludeSelectors: [".katex-html"], glob: "{papers,authors}/*/index.html" }),
  ],
});
