// Counting published entries by legal status, for the manifest.
import type { Manifest, PublishedList } from '../../schemas/release.ts';
import { FORMAT_VERSION, publishedListsIn } from '../../schemas/release.ts';
import type { PublishedEntry, PublishedLists } from './publish.ts';

/** Counts of each list a release of `format` publishes. */
export function listCounts(lists: PublishedLists, format: string = FORMAT_VERSION): Record<PublishedList, Manifest['counts']['catalogue']> {
  const out = {} as Record<PublishedList, Manifest['counts']['catalogue']>;
  for (const list of publishedListsIn(format)) {
    const entries: readonly PublishedEntry[] = lists[list];
    const n = (s: string) => entries.filter((e) => e.legal_status === s).length;
    out[list] = { total: entries.length, inForce: n('in_force'), scheduled: n('scheduled'), amendmentScheduled: n('amendment_scheduled'), repealScheduled: n('repeal_scheduled'), repealed: n('repealed') };
  }
  return out;
}
