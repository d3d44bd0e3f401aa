// Long lists are split into pages of a fixed size, so that no page grows with the whole list: page 1 at the list's
// own address, page n at …/page/n/.
/** Entries per list page (about 1.4 KB of HTML each: a full page stays near 150 KB). */
export const PAGE_SIZE = 100;

export const pageCount = (items: number) => Math.max(1, Math.ceil(items / PAGE_SIZE));

/** The page numbers after the first, as route params. */
export const laterPages = (items: number) => Array.from({ length: pageCount(items) - 1 }, (_, i) => String(i + 2));

/** The slice of a list one page shows, and where it starts (0-based). */
export function pageSlice<T>(items: readonly T[], page: number): { items: T[]; start: number } {
  const start = (page - 1) * PAGE_SIZE;
  return { items: items.slice(start, start + PAGE_SIZE), start };
}

/** Address of page `n` of a list whose first page is at `first` (ends with /). */
export const pagePath = (first: string, n: number) => (n === 1 ? first : `${first}page/${n}/`);

/** The pages a pager links: the first and last, and two either side of the current one; gaps as null. */
export function pagerNumbers(current: number, total: number): (number | null)[] {
  const shown = [...new Set([1, total, ...[-2, -1, 0, 1, 2].map((d) => current + d)])].filter((n) => n >= 1 && n <= total).sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1]! > 1 ? [null, n] : [n]));
}
