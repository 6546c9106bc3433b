// A listing full of hostile text builds into a site where all of it is shown as text: no script
// runs in Chromium, no link leads to javascript:, nothing is written outside the output folder.
import { readdirSync } from "node:fs";
import { dirname } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { htmlFiles, links, readPage } from "../support/site-files.ts";
import { launchBrowser } from "./browser.ts";
import { type Served, serve } from "./serve.ts";

let browser: Browser;
let site: Served;
let dir: string;

beforeAll(async () => {
  dir = inject("sites").hostile.dir;
  site = await serve(dir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("a hostile listing", () => {
  it("runs no script and opens no dialog on any page", async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on("dialog", async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    page.on("pageerror", (e) => errors.push(e.message));
    for (const file of htmlFiles(dir)) {
      await page.goto(`${site.origin}/${file.replace(/index\.html$/, "")}`);
      await page.mouse.move(10, 10);
      await page.hover("main").catch(() => undefined);
    }
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows every hostile string as text", async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/papers/`);
    const titles = await page.$$eval(".paper-list .title a", (as) => as.map((a) => a.textContent ?? ""));
    expect(titles).toContain("<script>alert(1)</script> Attack</title><img src=x onerror=alert(2)>");
    expect(titles).toContain("../../etc/passwd and ..\\..\\windows Path Traversal");
    expect(titles.some((t) => t.length === 10000 || t.startsWith("Lorem Ipsum Dolor"))).toBe(true);
    const first = titles.find((t) => t.startsWith("<script>")) ?? "";
    await page.click(`text=${first.slice(0, 30)}`);
    expect(await page.textContent("h1")).toBe(first);
    expect(await page.title()).toBe(`${first} · paperdir`);
    expect(await page.$$("main img, main svg[onload], main script:not([type])")).toHaveLength(0);
    await page.close();
  });

  it("makes no javascript: or data: link, and escapes the abstract's URL", () => {
    for (const file of htmlFiles(dir)) {
      for (const link of links(readPage(dir, file))) expect(link, file).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    }
    const html = readPage(dir, htmlFiles(dir).find((f) => f.startsWith("papers/script") && f.endsWith("index.html")) ?? "");
    expect(html).toContain("&lt;script&gt;alert(4)&lt;/script&gt;");
    expect(html).not.toContain('onmouseover="alert(8)');
  });

  it("writes nothing outside the output folder", () => {
    expect(readdirSync(dirname(dir)).sort()).toEqual(["cache", "dist"]);
    expect(htmlFiles(dir).every((f) => !f.startsWith(".."))).toBe(true);
    const paths = readdirSync(dir, { recursive: true, encoding: "utf8" });
    expect(paths.filter((f) => f.split("/").some((part) => part === "etc" || part === "passwd" || part === ".."))).toEqual([]);
    expect(paths).toContain("papers/etc-passwd-and-windows-path-traversal/index.html");
  });
});
