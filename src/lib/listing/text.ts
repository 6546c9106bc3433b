/** One line of a listing after clean-up, with its 1-based number in the original file. */
export interface Line {
  number: number;
  text: string;
}

// NBSP, narrow NBSP, figure space, the en/em quads and the ideographic space all arrive in copied text.
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLES = /[\u200b-\u200d\u2060\ufeff]/g;
// Control characters but line ends; tabs become spaces too.
const CONTROLS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Splits listing text into trimmed lines: drops a BOM and zero-width characters, turns CRLF/CR into
 * line ends, odd spaces and tabs into plain spaces, and control characters into spaces.
 * @example splitLines("\ufeffLGMay 7\r\nTitle\u00a0x ") // [{number:1,text:"LGMay 7"},{number:2,text:"Title x"}]
 */
export function splitLines(text: string): Line[] {
  // One pass per kind of clean-up over the whole text is much faster than several per line.
  const clean = text.replace(INVISIBLES, "").replace(ODD_SPACES, " ").replace(CONTROLS, " ");
  return clean.split(/\r\n|\r|\n/).map((line, i) => ({ number: i + 1, text: line.trim() }));
}

/** Collapses runs of spaces to one: titles and names copied from web pages often carry doubled spaces. */
export function squeeze(text: string): string {
  return text.replace(/ {2,}/g, " ");
}

/**
 * Tells whether text is not a text listing at all: NUL bytes, or mostly control and replacement characters.
 * @example looksBinary("LGMay 7\n…") // false
 */
export function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const sample = text.slice(0, 4096);
  if (sample.length === 0) return false;
  const bad = sample.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return bad / sample.length > 0.05;
}
