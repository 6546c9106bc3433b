// Search in real Chromium against built sites served on 127.0.0.1: the sample site at the root, and
// the sample listings plus a fixture with accented names under the base path /dir/.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser.ts";
import { type Served, serve } from "./serve.ts";

let browser: Browser;
let sample: Served;
let based: Served;
const outside: string[] = [];
const violations: string[] = [];

beforeAll(async () => {
  const sites = inject("sites");
  sample = await serve(sites.sample.dir);
  based = await serve(sites.mixed.dir, "/dir/");
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await sample?.close();
  await based?.close();
});

async function open(path: string, site = sample): Promise<Page> {
  const page = await browser.newPage();
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to/.test(msg.text())) violations.push(msg.text());
  });
  page.on("request", (req) => {
    if (!req.url().startsWith(site.origin) && !req.url().startsWith("data:")) outside.push(req.url());
  });
  await page.goto(`${site.origin}${path}`);
  return page;
}

/** History changes made with replaceState/pushState are not navigations: wait on location itself. */
async function waitForSearch(page: Page, search: string): Promise<void> {
  await page.waitForFunction((s) => location.search === s, search);
}

async function results(page: Page): Promise<{ status: string; titles: string[]; hrefs: string[] }> {
  await page.waitForFunction(() => /result|No results/.test(document.querySelector("#search-status")?.textContent ?? ""));
  await page.waitForFunction(() => {
    const n = Number(/^(\d+)/.exec(document.querySelector("#search-status")?.textContent ?? "")?.[1] ?? 0);
    return document.querySelectorAll(".result").length >= Math.min(n, 20);
  });
  return page.evaluate(() => ({
    status: document.querySelector("#search-status")?.textContent ?? "",
    titles: [...document.querySelectorAll(".result-title")].map((a) => a.textContent ?? ""),
    hrefs: [...document.querySelectorAll<HTMLAnchorElement>(".result-title")].map((a) => a.getAttribute("href") ?? ""),
  }));
}

describe("search on the sample site", () => {
  it("puts Dingli Yu's author page first for his name, in any case", async () => {
    for (const q of ["Dingli Yu", "dingli yu"]) {
      const page = await open(`/search/?q=${encodeURIComponent(q)}`);
      const r = await results(page);
      expect(r.titles[0], q).toBe("Dingli Yu");
      expect(r.hrefs[0]).toBe("/authors/dingli-yu/");
      await page.close();
    }
  });

  it("finds Baihe Huang's two watermarking papers in the top three", async () => {
    const page = await open("/search/?q=watermarking");
    const top = (await results(page)).titles.slice(0, 3);
    expect(top).toContain("Towards Anytime-Valid Statistical Watermarking");
    expect(top).toContain("Towards Optimal Statistical Watermarking");
    await page.close();
  });

  it("finds the Skill-Mix papers for 'skill mix'", async () => {
    const page = await open("/search/?q=skill%20mix");
    expect((await results(page)).titles[0]).toBe("Skill-Mix: a Flexible and Expandable Family of Evaluations for AI models");
    await page.close();
  });

  it("narrows the results with a filter, and keeps query and filters in the URL across reload and back", async () => {
    const page = await open("/search/");
    await page.fill("#q", "learning");
    await waitForSearch(page, "?q=learning");
    const all = await results(page);
    const before = Number(/^(\d+)/.exec(all.status)?.[1]);
    await page.check('[data-facet="year"] label:has-text("2024") input');
    await waitForSearch(page, "?q=learning&year=2024");
    const narrowed = await results(page);
    const after = Number(/^(\d+)/.exec(narrowed.status)?.[1]);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    await page.reload();
    expect((await results(page)).status).toBe(narrowed.status);
    expect(await page.isChecked('[data-facet="year"] label:has-text("2024") input')).toBe(true);
    await page.goBack();
    await waitForSearch(page, "?q=learning");
    expect((await results(page)).status).toBe(all.status);
    await page.close();
  });

  it("sorts by newest when asked", async () => {
    const page = await open("/search/?q=learning&sort=newest&type=Paper");
    const { hrefs } = await results(page);
    const dates = await page.$$eval(".result .meta", (els) => els.map((e) => e.textContent ?? ""));
    expect(hrefs.length).toBeGreaterThan(3);
    const years = dates.map((d) => Number(/(\d{4})/.exec(d)?.[1]));
    expect(years).toEqual([...years].sort((a, b) => b - a));
    await page.close();
  });

  it("shows an empty state without a query and a no-results state with suggestions", async () => {
    const page = await open("/search/");
    await page.waitForSelector("#empty:not([hidden])");
    await page.fill("#q", "xylophonequartz");
    await page.waitForSelector("#no-results:not([hidden])");
    expect(await page.textContent("#no-results")).toContain("fewer or shorter words");
    await page.close();
  });

  it("goes from the header search box on a paper page to the results", async () => {
    const page = await open("/papers/phi-4-technical-report/");
    await page.fill("#site-search", "phi-4");
    await page.press("#site-search", "Enter");
    await page.waitForURL(/\/search\/\?q=phi-4$/);
    expect((await results(page)).titles[0]).toBe("Phi-4 Technical Report");
    await page.close();
  });

  it("moves from the box to the results with the arrow keys", async () => {
    const page = await open("/search/?q=watermarking");
    await results(page);
    await page.focus("#q");
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Towards Anytime-Valid Statistical Watermarking");
    await page.keyboard.press("ArrowUp");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("q");
    await page.close();
  });
});

describe("search under a base path", () => {
  it("works at /dir/ and links results under it", async () => {
    const page = await open("/dir/search/?q=watermarking", based);
    const r = await results(page);
    expect(r.titles.slice(0, 3)).toContain("Towards Optimal Statistical Watermarking");
    expect(r.hrefs.every((h) => h.startsWith("/dir/"))).toBe(true);
    await page.goto(`${based.origin}${r.hrefs[0]}`);
    expect(await page.title()).toContain("Watermarking");
    await page.close();
  });

  it("matches names with and without accents", async () => {
    for (const q of ["Guðmundsson", "gudmundsson", "JON"]) {
      const page = await open(`/dir/search/?q=${encodeURIComponent(q)}&type=Author`, based);
      expect((await results(page)).titles, q).toContain("Jón Guðmundsson");
      await page.close();
    }
  });
});

describe("privacy", () => {
  it("made no request outside the site's origin in any of the tests above", () => {
    expect(outside).toEqual([]);
  });

  it("ran search under the Content-Security-Policy without a violation", () => {
    expect(violations).toEqual([]);
  });
});
