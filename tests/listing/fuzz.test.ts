// Random and adversarial input: the parser never throws, never hangs, and accounts for every line.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseListing } from "../../src/lib/listing/parse-listing.ts";

const pieces = [
  "LGMay 7, 2024Code",
  "AIJun 3",
  "CLDec 19, 2025",
  "LGFeb 30",
  "XX",
  "---",
  "captured: 2026-01-01",
  "owner: A B",
  "Title of a PaperAnn Lee, Bo Chen et al. · mit",
  "Ann Lee, Bo Chen",
  "h-index45",
  "5 Papers",
  "Zhehang Du",
  "An abstract with $x^2$ and {\\em emphasis}.",
  "",
  " ",
  "\u00a0",
  "·",
  "et al.",
  "<script>alert(1)</script>",
  "\\href{javascript:alert(1)}{x}",
  "../../etc/passwd",
  "${x}{{y}}",
  "张伟, 李娜",
  "\u0000",
  "\ufeff",
];

describe("parseListing under random input", () => {
  it("never throws on arbitrary text, and reports or reads every non-blank line", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 30 })), {
          maxLength: 30,
        }),
        (parts) => {
          const text = parts.join("\n");
          const { listing, problems } = parseListing(text, { file: "f.txt", captured: "2026-11-22" });
          const nonBlank = text.split(/\r\n|\r|\n/).filter((l) => l.replace(/[\s\u200b-\u200d\u2060\ufeff]/g, "") !== "").length;
          if (nonBlank > 0) expect(listing.papers.length + problems.length).toBeGreaterThan(0);
          for (const p of problems) expect(p.line).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("stays linear on adversarial lines (long glued runs, many commas, huge titles)", () => {
    const line = (n: number) =>
      [
        `LGMay 7, 2024\n${"Aa".repeat(n)}Ann Lee\nAbstract.`,
        `LGMay 7, 2024\n${"A, ".repeat(n)}Bo Chen\nAbstract.`,
        `LGMay 7, 2024\n${"Word ".repeat(n)}\nAbstract.`,
        `${"LG".repeat(n)}May 7\nTitleAnn Lee\nAbstract.`,
      ].join("\n");
    // A complexity check, not a speed target: the best of three runs, compared across sizes.
    const time = (n: number) => {
      const text = line(n);
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        parseListing(text, { file: "f.txt", captured: "2026-11-22" });
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    time(2000);
    const small = time(5000);
    const big = time(50000);
    // Ten times the input may take at most ~40 times as long (generous for noisy machines), not 100×.
    expect(big).toBeLessThan(Math.max(small, 1) * 40);
  });
});
