// Where a build's time went, read from its log as it arrives.

/** A line of `astro build` output and when it arrived, in seconds since the build started. */
export interface LogLine {
  at: number;
  text: string;
}

/** Seconds spent in each phase of a build, in order. */
export interface Phases {
  /** Start-up and loading the config, until content sync starts. */
  startSeconds: number;
  /** Content sync: reading, parsing and merging listings, storing entries. */
  syncSeconds: number;
  /** Vite bundling the pages and the content store. */
  bundleSeconds: number;
  /** Astro rendering every page and endpoint. */
  renderSeconds: number;
  /** Writing the per-paper and per-author export files (beside Pagefind's indexing). */
  exportsSeconds: number;
  /**
   * Waiting for the search index after the exports and the sitemap: Pagefind starts as soon as the
   * pages are written and runs beside them, so this is only what is left of it.
   */
  searchSeconds: number;
}

const MARKS = [
  ["syncStart", /Syncing content/],
  ["syncEnd", /Synced content/],
  ["renderStart", /generating static routes/],
  ["renderEnd", /✓ Completed in/],
  ["exportsEnd", /wrote \d+ export files/],
  ["searchEnd", /indexed \d+ pages/],
] as const;

/**
 * Splits a build's wall time into phases from the first line of each mark, each mark looked for only
 * after the one before it (Astro prints "✓ Completed in" after several steps).
 * @example buildPhases([{ at: 1, text: "[content] Syncing content" }, …], 30).syncSeconds
 */
export function buildPhases(lines: readonly LogLine[], totalSeconds: number): Phases {
  const at: Record<string, number> = {};
  let next = 0;
  for (const line of lines) {
    for (const text of line.text.split("\n")) {
      const mark = MARKS[next];
      if (mark?.[1].test(text)) {
        at[mark[0]] = line.at;
        next++;
      }
    }
  }
  const missing = MARKS.filter(([key]) => at[key] === undefined).map(([key]) => key);
  if (missing.length > 0) throw new Error(`the build log lacks ${missing.join(", ")}: did Astro's output change?`);
  const t = (key: (typeof MARKS)[number][0]) => at[key] as number;
  const round = (seconds: number) => Math.round(seconds * 100) / 100;
  return {
    startSeconds: round(t("syncStart")),
    syncSeconds: round(t("syncEnd") - t("syncStart")),
    bundleSeconds: round(t("renderStart") - t("syncEnd")),
    renderSeconds: round(t("renderEnd") - t("renderStart")),
    exportsSeconds: round(t("exportsEnd") - t("renderEnd")),
    searchSeconds: round(Math.max(t("searchEnd"), totalSeconds) - t("exportsEnd")),
  };
}
