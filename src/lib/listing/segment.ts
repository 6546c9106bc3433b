import { looksLikeHeader, type PaperHeader, parseHeader } from "./header.ts";
import type { Line } from "./text.ts";

/** The lines of one paper: its header line, and the non-blank lines up to the next header. */
export interface Block {
  headerLine: Line;
  /** Undefined when the line was meant as a header but its date could not be read. */
  header: PaperHeader | undefined;
  lines: Line[];
}

/**
 * Cuts a listing body into the lines above the first paper (a profile header, or stray text) and one
 * block per paper. A line that looks like a broken header starts a block of its own once the current
 * paper has its title and abstract, so one bad date does not swallow the next paper.
 */
export function segment(lines: Line[]): { preamble: Line[]; blocks: Block[] } {
  const preamble: Line[] = [];
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (const line of lines) {
    if (line.text === "") continue;
    const header = parseHeader(line.text);
    const like = header ? undefined : looksLikeHeader(line.text);
    const broken = current
      ? like !== undefined && current.lines.length >= 2
      : like === "dated" || (like === "bare" && preamble.length === 0);
    if (header || broken) {
      current = { headerLine: line, header, lines: [] };
      blocks.push(current);
    } else if (current) {
      current.lines.push(line);
    } else {
      preamble.push(line);
    }
  }
  return { preamble, blocks };
}
