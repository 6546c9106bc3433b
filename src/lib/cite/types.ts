/** What the citation formats need of a paper: plain text and absolute URLs. */
export interface CitablePaper {
  /** The paper's URL slug. */
  id: string;
  /** Plain-text title; formulas may remain as `$…$` TeX. */
  title: string;
  /** Visible authors in order. */
  authors: string[];
  /** More authors exist than are shown ("et al."). */
  truncated: boolean;
  /** ISO date. */
  date: string;
  /** arXiv id and name. */
  category: string;
  categoryName: string;
  /** Plain-text abstract. */
  abstract: string;
  /** Absolute URL of the paper's page. */
  url: string;
  codeUrl: string | null;
}
