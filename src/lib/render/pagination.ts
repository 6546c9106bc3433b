/**
 * The page numbers to link from page `current` of `last`: the first, the last, and two either side of
 * the current one, with null where numbers are left out.
 * @example pageWindow(7, 20) // [1, null, 5, 6, 7, 8, 9, null, 20]
 */
export function pageWindow(current: number, last: number, radius = 2): Array<number | null> {
  const pages: Array<number | null> = [];
  for (let n = 1; n <= last; n++) {
    if (n === 1 || n === last || Math.abs(n - current) <= radius) pages.push(n);
    else if (pages.at(-1) !== null) pages.push(null);
  }
  return pages;
}
