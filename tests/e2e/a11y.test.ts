// axe-core in Chromium on every page type, light and dark: no serious or critical violation.
// Keyboard only: Tab reaches the header search box, and from the search box the results.
import { createRequire } from "node:module";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser.ts";
import { type Served, serve } from "./serve.ts";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const PAGES = [
  "/",
  "/papers/",
  "/papers/2/",
  "/papers/new-definitions-and-evaluations-for-saliency-methods-staying-intrinsic-complete/",
  "/authors/",
  "/authors/dingli-yu/",
  "/authors/zhehang-du/",
  "/categories/",
  "/categories/cs.LG/",
  "/orgs/",
  "/orgs/mit/",
  "/years/",
  "/years/2024/",
  "/about/",
  "/search/?q=watermarking",
  "/no-such-page/",
];

let browser: Browser;
let site: Served;

beforeAll(async () => {
  site = await serve(inject("sites").sample.dir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("accessibility and offline use", () => {
  for (const scheme of ["light", "dark"] as const) {
    it(`has no serious or critical axe violation and no request to another origin on any page type (${scheme})`, async () => {
      // axe is injected as a script, which the site's CSP would refuse: bypass it for the audit only.
      const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true });
      const page = await context.newPage();
      const found: string[] = [];
      // Offline: no page type may ask anything of another origin (axe itself is injected, not fetched).
      page.on("request", (req) => {
        if (!req.url().startsWith(site.origin) && !req.url().startsWith("data:")) found.push(`request to ${req.url()}`);
      });
      for (const path of PAGES) {
        await page.goto(`${site.origin}${path}`);
        if (path.startsWith("/search/")) await page.waitForSelector(".result");
        await page.addScriptTag({ path: axePath });
        const violations = await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: {
                run: (o: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }>;
              };
            }
          ).axe;
          const result = await axe.run({ resultTypes: ["violations"] });
          return result.violations
            .filter((v) => v.impact === "serious" || v.impact === "critical")
            .map(
              (v) =>
                `${v.id} (${v.impact}) at ${v.nodes
                  .slice(0, 3)
                  .map((n) => n.target.join(" "))
                  .join(", ")}`,
            );
        });
        found.push(...violations.map((v) => `${path}: ${v}`));
      }
      await context.close();
      expect(found).toEqual([]);
    });
  }

  it("lets the keyboard reach the search box from the top of a page, and the results from the box", async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/authors/dingli-yu/`);
    let reached = false;
    for (let i = 0; i < 15 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => document.activeElement?.id === "site-search");
    }
    expect(reached).toBe(true);
    await page.keyboard.type("skill mix");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".result");
    await page.focus("#q");
    for (let i = 0; i < 3; i++) await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => !!document.activeElement?.closest(".results, .facets, form"));
    expect(focused).toBe(true);
    await page.keyboard.press("Shift+Tab");
    await page.focus("#q");
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.classList.contains("result-title"))).toBe(true);
    await page.close();
  });
});
