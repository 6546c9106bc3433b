import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderMath } from "../../src/lib/render/math.ts";
import { plainText, renderRichText, splitMath } from "../../src/lib/render/rich-text.ts";
import { parseTexText, texNodesToHtml, texNodesToText } from "../../src/lib/render/tex-text.ts";

const html = (s: string) => texNodesToHtml(parseTexText(s));
const text = (s: string) => texNodesToText(parseTexText(s));

describe("parseTexText", () => {
  it("converts emphasis in both spellings", () => {
    expect(html("most {\\em important} and \\emph{masked} and \\textit{it} \\textbf{bold}")).toBe(
      "most <em>important</em> and <em>masked</em> and <em>it</em> <strong>bold</strong>",
    );
  });
  it("converts quotes, dashes, escapes and ties", () => {
    expect(text("``cramming'' -- a---b \\textquotedblleft x\\textquotedblright{} 90\\% \\& \\$5 a~b")).toBe(
      "“cramming” – a—b “x” 90% & $5 a\u00a0b",
    );
  });
  it("turns citations into readable keys", () => {
    expect(text("as in \\citep{smith2020, lee21} and \\cite{x}")).toBe("as in [smith2020, lee21] and [x]");
  });
  it("shows links and images as text only, never as markup", () => {
    expect(
      html("\\href{javascript:alert(1)}{click} \\url{javascript:x} \\includegraphics{../../etc/passwd} <img src=x onerror=alert(1)>"),
    ).toBe("click javascript:x  &lt;img src=x onerror=alert(1)&gt;");
  });
  it("keeps unknown commands and survives unbalanced or deeply nested braces", () => {
    expect(text("\\unknown{x} {a")).toBe("\\unknownx a");
    expect(text(`${"{".repeat(5000)}x`)).toContain("x");
  });
});

describe("splitMath", () => {
  it("finds $…$, $$…$$, \\(…\\) and \\[…\\], and leaves \\$ and a lone $ as prose", () => {
    expect(splitMath("a $x$ b $$y$$ c \\(z\\) d \\[w\\] costs \\$5 or $ alone").map((s) => [s.math, s.display, s.value])).toEqual([
      [false, false, "a "],
      [true, false, "x"],
      [false, false, " b "],
      [true, true, "y"],
      [false, false, " c "],
      [true, false, "z"],
      [false, false, " d "],
      [true, true, "w"],
      [false, false, " costs \\$5 or $ alone"],
    ]);
  });

  it("splits any text exactly as a character-by-character reading does", () => {
    const openers: Array<[string, string, boolean]> = [
      ["$$", "$$", true],
      ["\\[", "\\]", true],
      ["\\(", "\\)", false],
      ["$", "$", false],
    ];
    // The plain reading: at each character, a formula opens or the character (or an escape pair) is prose.
    const oracle = (source: string) => {
      const segments: Array<{ math: boolean; display: boolean; value: string }> = [];
      let prose = "";
      let at = 0;
      while (at < source.length) {
        const opener = openers.find(([open]) => source.startsWith(open, at));
        const end = opener ? source.indexOf(opener[1], at + opener[0].length) : -1;
        if (!opener || end < 0 || end === at + opener[0].length) {
          const step = opener ? opener[0].length : source[at] === "\\" ? 2 : 1;
          prose += source.slice(at, at + step);
          at += step;
          continue;
        }
        if (prose) segments.push({ math: false, display: false, value: prose });
        prose = "";
        segments.push({ math: true, display: opener[2], value: source.slice(at + opener[0].length, end) });
        at = end + opener[1].length;
      }
      if (prose) segments.push({ math: false, display: false, value: prose });
      return segments;
    };
    const text = fc.string({ unit: fc.constantFrom("$", "\\", "(", ")", "[", "]", "a", " ", "%"), maxLength: 40 });
    fc.assert(
      fc.property(text, (source) => {
        expect(splitMath(source)).toEqual(oracle(source));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("renderMath", () => {
  it("typesets with KaTeX as HTML and MathML", () => {
    const { html: out, error } = renderMath("\\Theta(1/\\Delta^2)", false);
    expect(error).toBeUndefined();
    expect(out).toContain('class="katex"');
    expect(out).toContain("<math");
  });
  it("falls back to the escaped source when KaTeX cannot parse", () => {
    expect(renderMath("\\frac{1}{", false)).toMatchObject({
      html: '<code class="tex-source">$\\frac{1}{$</code>',
      error: expect.stringContaining("Unexpected end of input"),
    });
  });
  it("never makes a link from \\href or \\url (trust is off)", () => {
    expect(renderMath("\\href{javascript:alert(1)}{x}", false).html).not.toContain("<a ");
    expect(renderMath("\\url{javascript:alert(1)}", false).html).not.toContain("href=");
  });
  it("refuses runaway macro expansion and huge formulas", () => {
    expect(renderMath("\\def\\a{\\a\\a}\\a", false).error).toBeDefined();
    expect(renderMath("x+".repeat(2000), false).error).toContain("longer than");
  });
});

describe("renderRichText", () => {
  it("gives HTML with typeset math and plain text with math as source", () => {
    const r = renderRichText("Saliency {\\em important} for $k$ \\citep{a}");
    expect(r.text).toBe("Saliency important for $k$ [a]");
    expect(r.html).toMatch(/^Saliency <em>important<\/em> for <span class="katex">/);
    expect(r).toMatchObject({ hasMath: true, failures: [] });
  });
  it("reports formulas that fell back", () => {
    expect(renderRichText("bad $\\frac{1}{$ here").failures[0]).toMatch(/^cannot typeset \$\\frac\{1\}\{\$: /);
  });
});

describe("plainText", () => {
  it("gives the text renderRichText gives, without typesetting", () => {
    const piece = fc.constantFrom(
      "$x^2$",
      "$$\\frac{a}{b}$$",
      "\\(y\\)",
      "$\\badmacro{$",
      "{\\em word}",
      "\\emph{z}",
      " -- ",
      "``q''",
      "\\$",
      "\\%",
      "plain",
      "\\citep{k}",
      "  ",
      "\n",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const source = pieces.join("");
        expect(plainText(source)).toBe(renderRichText(source).text);
      }),
      { numRuns: 500 },
    );
  });
});
