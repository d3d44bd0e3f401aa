// What a release publishes: approved entries (in force or scheduled) and tombstones of repealed ones, never
// proposals, consultations or rejections; an entry being amended stays published as previously released.
import { LIST_OF_PUBLISHED, PUBLISHED_OF_LIST, type Lifecycle, type ListKind } from '../../schemas/index.ts';
import type { PublishedCatalogueItem, PublishedExemption, PublishedIncentive, PublishedList, PublishedMeasure } from '../../schemas/release.ts';
import { PUBLISHED_LISTS } from '../../schemas/release.ts';
import type { Repository } from '../repository.ts';
import { dispositionOf, legalStatusOn, type Disposition } from '../lifecycle/index.ts';
import { compareCodePoints } from './canonical.ts';

/** The list kind of each published list name (from the list vocabulary). */
export const LIST_FILE_KIND: Record<PublishedList, ListKind> = LIST_OF_PUBLISHED;

/** The published form of an entry of each list kind. */
export interface PublishedEntryOf {
  catalogue: PublishedCatalogueItem;
  measure: PublishedMeasure;
  exemption: PublishedExemption;
  incentive: PublishedIncentive;
}
/** Each list of a release, by its published name. */
export type PublishedLists = { [K in ListKind as (typeof PUBLISHED_OF_LIST)[K]]: PublishedEntryOf[K][] };
export type PublishedEntry = PublishedEntryOf[ListKind];

/** An authoring entry: the lifecycle plus its list's own fields. */
export type AuthoringEntry = Lifecycle & Record<string, unknown>;

/** Fields a release adds to the authoring entry; removed again when an entry is carried into the next release. */
const DERIVED_FIELDS = ['id', 'legal_status'] as const;

export function authoringOf(published: PublishedEntry): AuthoringEntry {
  const copy: Record<string, unknown> = { ...published };
  for (const f of DERIVED_FIELDS) delete copy[f];
  return copy as AuthoringEntry;
}

/** The dates of the decisions an entry's published version records: approval, repeal and corrections. */
export function decisionDates(entry: AuthoringEntry): string[] {
  const dates: string[] = [];
  if (entry.approval) dates.push(entry.approval.date);
  if (entry.repeal) dates.push(entry.repeal.date);
  for (const h of entry.history) if (h.event === 'corrected') dates.push(h.date);
  return dates;
}

export interface Selection {
  /** Authoring versions chosen for publication, by list, sorted by ID. */
  chosen: Record<PublishedList, { id: string; entry: AuthoringEntry; disposition: Exclude<Disposition, 'unpublished'> }[]>;
  /** The latest decision date among them, or undefined when nothing is published. */
  releaseDate: string | undefined;
}

/** Choose what to publish from valid data (run validate() first) and the previous release's lists. */
export function selectPublished(repo: Repository, previous: PublishedLists | undefined): Selection {
  const chosen = {} as Selection['chosen'];
  let releaseDate: string | undefined;
  for (const list of PUBLISHED_LISTS) {
    const before = new Map<string, PublishedEntry>((previous?.[list] ?? []).map((e) => [e.id, e]));
    chosen[list] = [];
    for (const file of repo.all(LIST_FILE_KIND[list])) {
      const entry = file.entry as AuthoringEntry | undefined;
      if (!entry) continue;
      const disposition = dispositionOf(entry, before.has(file.id));
      if (disposition === 'unpublished') continue;
      const version = disposition === 'carried' ? authoringOf(before.get(file.id)!) : entry;
      chosen[list].push({ id: file.id, entry: version, disposition });
      for (const d of decisionDates(version)) if (releaseDate === undefined || d > releaseDate) releaseDate = d;
    }
    chosen[list].sort((a, b) => compareCodePoints(a.id, b.id));
  }
  return { chosen, releaseDate };
}

/** The published form of a chosen entry on a release date, given its version in the previous release. */
export function publishedForm(id: string, entry: AuthoringEntry, releaseDate: string, previous?: PublishedEntry): PublishedEntry {
  return { ...entry, id, legal_status: legalStatusOn(entry, releaseDate, previous && authoringOf(previous))! } as unknown as PublishedEntry;
}
