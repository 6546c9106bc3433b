// Builds every site the site and browser tests need, once, one after another, and hands their
// folders to the tests through `inject("sites")`.
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { type BuiltSite, buildSite } from "./support/build-site.ts";

export interface Sites {
  /** The sample listings, at the root. */
  sample: BuiltSite;
  /** The sample listings plus the accented fixture feed, under /dir/. */
  mixed: BuiltSite;
  /** The small fixture site (tests/fixtures/site + 55 generated papers), at the root and under /dir/. */
  fixture: BuiltSite;
  fixtureBased: BuiltSite;
  /** The sample listings again, copied in reverse order into another folder: must be byte-identical. */
  sampleAgain: BuiltSite;
  /** tests/fixtures/hostile: markup, javascript: URLs, template syntax, traversal, huge titles. */
  hostile: BuiltSite;
}

declare module "vitest" {
  export interface ProvidedContext {
    sites: Sites;
  }
}

function scratch(): string {
  return mkdtempSync(join(tmpdir(), "paperdir-listings-"));
}

/** Copies listings one by one in reverse name order (so directory order differs from the original's). */
function reversedCopy(from: string): string {
  const dir = scratch();
  for (const name of readdirSync(from).sort().reverse()) cpSync(join(from, name), join(dir, name));
  return dir;
}

function fixtureListings(): string {
  const dir = scratch();
  cpSync("tests/fixtures/site", dir, { recursive: true });
  // 55 more papers, so the paper index needs a second page.
  const papers = Array.from(
    { length: 55 },
    (_, i) => `CVMar ${(i % 28) + 1}, 2023\nSynthetic Benchmark Number ${i + 1}Quinn Zhao, Ann Lee\nAbstract ${i + 1}.`,
  );
  writeFileSync(join(dir, "bulk.txt"), `---\ncaptured: 2026-11-22\n---\n${papers.join("\n")}\n`);
  return dir;
}

export default async function setup(project: TestProject): Promise<() => void> {
  const mixed = scratch();
  cpSync("src/content/listings", mixed, { recursive: true });
  cpSync("tests/fixtures/site/lab-feed.txt", join(mixed, "lab-feed.txt"));
  const fixture = fixtureListings();
  const sites: Sites = {
    sample: await buildSite("src/content/listings"),
    mixed: await buildSite(mixed, { base: "/dir/" }),
    fixture: await buildSite(fixture),
    fixtureBased: await buildSite(fixture, { base: "/dir/" }),
    hostile: await buildSite("tests/fixtures/hostile"),
    sampleAgain: await buildSite(reversedCopy("src/content/listings")),
  };
  project.provide("sites", sites);
  return () => {
    for (const dir of [mixed, fixture]) rmSync(dir, { recursive: true, force: true });
    for (const site of Object.values(sites)) rmSync(join(site.dir, ".."), { recursive: true, force: true });
  };
}
