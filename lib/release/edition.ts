// The edition label (版次) of a release, derived from its version, its release date and the earlier releases.
import type { IndexEntry } from './archive.ts';
import { isPatchStep } from './semver.ts';

/**
 * The human edition label. A release that only changes the patch number keeps the edition it corrects, with
 * 「（勘误n）」; any other is the next edition of its release date's year: 「2026年版」, then 「2026年第2版」, ...
 */
export function editionFor(version: string, releaseDate: string, earlier: readonly Pick<IndexEntry, 'version' | 'edition' | 'releaseDate'>[]): string {
  const isEdition = (i: number) => i === 0 || !isPatchStep(earlier[i - 1]!.version, earlier[i]!.version);
  const last = earlier.at(-1);
  if (last && isPatchStep(last.version, version)) {
    let base = earlier.length - 1;
    while (!isEdition(base)) base--;
    return `${earlier[base]!.edition}（勘误${earlier.length - base}）`;
  }
  const year = releaseDate.slice(0, 4);
  const n = 1 + earlier.filter((r, i) => isEdition(i) && r.releaseDate.startsWith(year)).length;
  return n === 1 ? `${year}年版` : `${year}年第${n}版`;
}
