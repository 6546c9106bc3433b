/** How bad a problem is: an error fails the build; a warning is printed (and fails only in strict mode). */
export type Severity = "error" | "warning";

/** One thing the parser could not read, or read with doubt, at a precise place in a listing. */
export interface Problem {
  /** The listing's path, as it was given to the parser. */
  file: string;
  /** 1-based line number in the listing (0 when the problem concerns the whole file). */
  line: number;
  /** 1-based column of the offending text (1 when the whole line is meant). */
  column: number;
  severity: Severity;
  /** What was expected and what was found. */
  message: string;
  /** How to fix the listing. */
  hint: string;
}

/** Collects problems for one file, so that parsing code only says where and what. */
export class ProblemLog {
  readonly problems: Problem[] = [];
  readonly file: string;

  constructor(file: string) {
    this.file = file;
  }

  error(line: number, column: number, message: string, hint: string): void {
    this.problems.push({ file: this.file, line, column, severity: "error", message, hint });
  }

  warn(line: number, column: number, message: string, hint: string): void {
    this.problems.push({ file: this.file, line, column, severity: "warning", message, hint });
  }
}

/**
 * Formats a problem the way compilers do, for terminals and build logs.
 * @example formatProblem(p) // "listings/yu.txt:14:1: error: cannot find …\n  hint: put the authors …"
 */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}\n  hint: ${p.hint}`;
}

/** Shortens text for quoting inside a message, so a 10 000-character title does not flood the log. */
export function quote(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, " ");
  return JSON.stringify(oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine);
}
