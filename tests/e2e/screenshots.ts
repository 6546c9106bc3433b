// Takes screenshots of the built site for a person to look at:
// node tests/e2e/screenshots.ts [outDir] — light and dark, desktop and phone widths.
import { mkdir } from "node:fs/promises";
import { launchBrowser } from "./browser.ts";
import { serve } from "./serve.ts";

const out = process.argv[2] ?? "/tmp/shots";
const pages = (
  process.argv[3] ??
  "/,/papers/,/papers/skill-mix-a-flexible-and-expandable-family-of-evaluations-for-ai-models/,/authors/dingli-yu/,/authors/,/categories/,/404-x/"
).split(",");
await mkdir(out, { recursive: true });
const site = await serve("dist");
const browser = await launchBrowser();
try {
  for (const scheme of ["light", "dark"] as const) {
    for (const [device, width] of [
      ["desktop", 1280],
      ["phone", 390],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      for (const path of pages) {
        await page.goto(`${site.origin}${path}`);
        const name = path.replace(/\//g, "_").replace(/^_|_$/g, "") || "home";
        await page.screenshot({ path: `${out}/${name}-${scheme}-${device}.png`, fullPage: device === "desktop" });
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}
console.log(`screenshots in ${out}`);
