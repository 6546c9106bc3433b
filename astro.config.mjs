// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";

export default defineConfig({
  site: process.env.SITE_URL ?? "https://paperdir.example.org",
  base: process.env.BASE_PATH ?? "/",
  trailingSlash: "always",
  integrations: [mdx()],
});
