/** What a search is: the query, the active filters and the order. Lives in the URL. */
/** Results the search page shows at a time (and loads a fragment for): the rest come with "More". */
export const RESULTS_PER_PAGE = 20;

export interface SearchState {
  query: string;
  /** Filter name → selected values (any of them matches). */
  filters: Record<string, string[]>;
  sort: "relevance" | "newest";
}

const FILTER_PARAMS = ["type", "category", "year", "org", "code"] as const;

/**
 * Reads a search from a URL's query string: `?q=…&type=Paper&org=mit&org=mila&sort=newest`.
 * Unknown parameters are ignored.
 * @example readState("?q=skill+mix&type=Paper") // { query: "skill mix", filters: { type: ["Paper"] }, sort: "relevance" }
 */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const name of FILTER_PARAMS) {
    const values = params.getAll(name).filter((v) => v !== "");
    if (values.length > 0) filters[name] = values;
  }
  return { query: params.get("q") ?? "", filters, sort: params.get("sort") === "newest" ? "newest" : "relevance" };
}

/**
 * Writes a search as a query string, in a fixed order so equal searches give equal URLs.
 * @example writeState({ query: "x", filters: { year: ["2024"] }, sort: "newest" }) // "?q=x&year=2024&sort=newest"
 */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set("q", state.query);
  for (const name of FILTER_PARAMS) for (const value of [...(state.filters[name] ?? [])].sort()) params.append(name, value);
  if (state.sort !== "relevance") params.set("sort", state.sort);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Adds or removes one filter value. */
export function toggleFilter(state: SearchState, name: string, value: string): SearchState {
  const current = state.filters[name] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const filters = { ...state.filters };
  if (next.length > 0) filters[name] = next;
  else delete filters[name];
  return { ...state, filters };
}

/** Pagefind's filter argument: several values of one filter match any of them. */
export function pagefindFilters(filters: Record<string, string[]>): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, { any: values }]));
}

/** Calls `fn` once input has been quiet for `ms`. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
