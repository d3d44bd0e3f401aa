// Qualified references (`110000:ML-0023`) resolved against the vendored upstream releases.
import type { PublishedList } from '../../schemas/release.ts';
import { parseQualifiedRef } from '../../schemas/upstream.ts';
import type { PublishedEntry } from '../release/publish.ts';
import type { VendoredRelease } from './load.ts';

export type UpstreamLookup =
  /** Not a qualified reference: resolve it locally. */
  | { found: 'local' }
  /** No upstream with that division code is pinned. */
  | { found: 'no-upstream'; divisionCode: string; id: string }
  /** The upstream is pinned but its vendored copy is missing or does not verify (reported once, elsewhere). */
  | { found: 'unverified'; release: VendoredRelease; id: string }
  /** The upstream release has no such entry in that list. */
  | { found: 'missing'; release: VendoredRelease; id: string; otherList?: PublishedList }
  | { found: 'entry'; release: VendoredRelease; id: string; entry: PublishedEntry };

export class UpstreamLayers {
  readonly releases: readonly VendoredRelease[];
  private readonly byCode: Map<string, VendoredRelease>;
  private readonly entries = new Map<VendoredRelease, Map<string, { list: PublishedList; entry: PublishedEntry }>>();

  constructor(releases: readonly VendoredRelease[]) {
    this.releases = releases;
    this.byCode = new Map(releases.map((r) => [r.pin.division_code, r]));
  }

  private index(r: VendoredRelease): Map<string, { list: PublishedList; entry: PublishedEntry }> {
    let m = this.entries.get(r);
    if (!m) {
      m = new Map();
      for (const [list, entries] of Object.entries(r.lists ?? {}) as [PublishedList, PublishedEntry[]][]) for (const entry of entries) m.set(entry.id, { list, entry });
      this.entries.set(r, m);
    }
    return m;
  }

  /** Look a reference up in the list it must belong to. */
  lookup(ref: string, list: PublishedList): UpstreamLookup {
    const q = parseQualifiedRef(ref);
    if (!q) return { found: 'local' };
    const release = this.byCode.get(q.divisionCode);
    if (!release) return { found: 'no-upstream', divisionCode: q.divisionCode, id: q.id };
    if (!release.lists) return { found: 'unverified', release, id: q.id };
    const hit = this.index(release).get(q.id);
    if (!hit || hit.list !== list) return { found: 'missing', release, id: q.id, ...(hit ? { otherList: hit.list } : {}) };
    return { found: 'entry', release, id: q.id, entry: hit.entry };
  }

  /** Every entry of one list across the upstream releases, with the release it comes from. */
  *all(list: PublishedList): Generator<{ release: VendoredRelease; entry: PublishedEntry }> {
    for (const release of this.releases) for (const entry of release.lists?.[list] ?? []) yield { release, entry };
  }
}

/** How an upstream release is named in messages: 某省（110000）2.0.2 版. */
export function upstreamLabel(r: VendoredRelease): { zh: string; en: string } {
  return { zh: `${r.pin.name}（${r.pin.division_code}）${r.pin.version} 版`, en: `${r.pin.name} (${r.pin.division_code}) release ${r.pin.version}` };
}
