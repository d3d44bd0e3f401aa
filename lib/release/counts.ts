// Counting published entries by legal status, for the manifest.
import type { Manifest, PublishedList } from '../../schemas/release.ts';
import { PUBLISHED_LISTS } from '../../schemas/release.ts';
import type { PublishedEntry, PublishedLists } from './publish.ts';

export function listCounts(lists: PublishedLists): Record<PublishedList, Manifest['counts']['catalogue']> {
  const out = {} as Record<PublishedList, Manifest['counts']['catalogue']>;
  for (const list of PUBLISHED_LISTS) {
    const entries: readonly PublishedEntry[] = lists[list];
    const n = (s: string) => entries.filter((e) => e.legal_status === s).length;
    out[list] = { total: entries.length, inForce: n('in_force'), scheduled: n('scheduled'), amendmentScheduled: n('amendment_scheduled'), repealScheduled: n('repeal_scheduled'), repealed: n('repealed') };
  }
  return out;
}
