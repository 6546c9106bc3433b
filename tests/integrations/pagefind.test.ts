import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { pagefind, SearchIndexError } from "../../src/integrations/pagefind.ts";

type Hook = (options: Record<string, unknown>) => unknown;

/** The integration's two build hooks, called as Astro calls them. */
function hooks(glob = "{papers,authors}/*/index.html") {
  const integration = pagefind({ glob });
  const messages: string[] = [];
  const logger = { info: (m: string) => messages.push(m) };
  const h = integration.hooks as Record<string, Hook>;
  return {
    messages,
    generated: (dir: URL) => h["astro:build:generated"]?.({ dir, logger }),
    done: (dir: URL) => h["astro:build:done"]?.({ dir, logger }),
  };
}

const page = (title: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><nav>Menu</nav><main data-pagefind-body><h1>${title}</h1><p>An abstract about bandits.</p></main></body></html>`;

describe("the Pagefind integration", () => {
  it("indexes from the moment pages are written, and build:done waits for it", async () => {
    const site = mkdtempSync(join(tmpdir(), "paperdir-pf-"));
    for (const [dir, title] of [
      ["papers/a-paper", "A Paper"],
      ["authors/ann-lee", "Ann Lee"],
      ["categories/cs.LG", "Machine Learning"],
    ]) {
      mkdirSync(join(site, dir ?? ""), { recursive: true });
      writeFileSync(join(site, dir ?? "", "index.html"), page(title ?? ""));
    }
    const h = hooks();
    const dir = pathToFileURL(`${site}/`);
    h.generated(dir);
    await h.done(dir);
    expect(h.messages.join("\n")).toMatch(/^indexed 2 pages in [\d.]+s into /);
    expect(existsSync(join(site, "pagefind", "pagefind-entry.json"))).toBe(true);
  });

  it("reports a failed indexing run at build:done, as a SearchIndexError", async () => {
    const site = mkdtempSync(join(tmpdir(), "paperdir-pf-"));
    const h = hooks("[");
    const dir = pathToFileURL(`${site}/`);
    h.generated(dir);
    const failure = h.done(dir);
    await expect(failure).rejects.toBeInstanceOf(SearchIndexError);
    await expect(failure).rejects.toThrow(/did not parse as a valid glob/);
  });
});
