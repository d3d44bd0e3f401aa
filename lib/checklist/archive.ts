// Point in time over the release archive: which release speaks for a date, each entry's versions and their
// validity intervals across releases, and what was in force on a date. Pure over an in-memory archive (no Node
// modules, so the site's checklist page runs it in the browser too); load.ts reads releases/ from disk.
import type { BasesFile, Manifest, PublishedList } from '../../schemas/release.ts';
import { PUBLISHED_LISTS } from '../../schemas/release.ts';
import type { PublishedEntry, PublishedLists } from '../release/publish.ts';
import { sameDecision } from '../lifecycle/index.ts';
import { compareSemver } from '../release/semver.ts';
import { ChecklistError } from './errors.ts';

/** An approval record as releases publish it. */
export type Approval = NonNullable<PublishedEntry['approval']>;

export interface ArchivedRelease {
  version: string;
  edition: string;
  releaseDate: string;
  manifestSha256: string;
  manifest: Manifest;
  lists: PublishedLists;
  bases: BasesFile['bases'];
}

/** The release archive in memory, oldest release first. */
export interface Archive {
  releases: ArchivedRelease[];
}

export function releaseByVersion(archive: Archive, version: string): ArchivedRelease {
  const r = archive.releases.find((x) => x.version === version);
  if (!r) {
    const known = archive.releases.map((x) => x.version).join(', ');
    throw new ChecklistError('unknown_release', `没有已发布的版本 ${version}（已发布：${known}）`, `There is no published release ${version} (published: ${known})`, '用 --release 指定上面列出的版本之一，或省略它。', 'Give one of the versions listed, or leave --release out.');
  }
  return r;
}

export function firstRelease(archive: Archive): ArchivedRelease {
  return archive.releases[0]!;
}

/** The release that spoke for a date: the latest published on or before it (the highest version among same-day releases). */
export function releaseOn(archive: Archive, date: string): ArchivedRelease {
  const published = archive.releases.filter((r) => r.releaseDate <= date);
  if (published.length === 0) {
    const first = firstRelease(archive);
    throw new ChecklistError(
      'before_first_release',
      `${date} 早于第一个发布版本（${first.version}，${first.releaseDate}）：当时尚无经本仓库发布的清单`,
      `${date} is before the first release (${first.version}, ${first.releaseDate}): no list had been published here then`,
      `请给出 ${first.releaseDate} 或之后的日期。`,
      `Give a date on or after ${first.releaseDate}.`,
    );
  }
  return published.at(-1)!;
}

/** Releases up to and including `version`, oldest first. */
function releasesUpTo(archive: Archive, version: string): ArchivedRelease[] {
  return archive.releases.filter((r) => compareSemver(r.version, version) <= 0);
}

/** One version of an entry: the content of one approval, as last published (corrections included), and when it was in force. */
export interface EntryVersion<E extends PublishedEntry = PublishedEntry> {
  entry: E;
  approval: Approval;
  /** First day in force: the approval's effective date. */
  valid_from: string;
  /** Last day in force (inclusive), or null while no later version or repeal has been published. */
  valid_to: string | null;
  /** The first release that published this version, and every release that carries it. */
  release: string;
  releases: string[];
  repealed?: { effective: string; document_number: string; date: string; body: string };
}

export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Every published version of an entry, oldest first, known as of release `upTo` (default: the latest). */
export function versionsOf<L extends PublishedList>(archive: Archive, list: L, id: string, upTo?: string): EntryVersion<PublishedLists[L][number]>[] {
  const releases = upTo ? releasesUpTo(archive, upTo) : archive.releases;
  const versions: EntryVersion<PublishedLists[L][number]>[] = [];
  for (const r of releases) {
    const e = (r.lists[list] as PublishedEntry[]).find((x) => x.id === id) as PublishedLists[L][number] | undefined;
    if (!e) continue;
    const same = versions.find((v) => sameDecision(v.approval, e.approval!));
    if (same) {
      // A later release of the same decision: a correction or a repeal; its text and record are the ones to read.
      same.entry = e;
      same.approval = e.approval!;
      same.valid_from = e.approval!.effective;
      same.releases.push(r.version);
    } else versions.push({ entry: e, approval: e.approval!, valid_from: e.approval!.effective, valid_to: null, release: r.version, releases: [r.version] });
  }
  versions.sort((a, b) => (a.valid_from < b.valid_from ? -1 : a.valid_from > b.valid_from ? 1 : 0));
  versions.forEach((v, i) => {
    const next = versions[i + 1];
    const repeal = v.entry.status === 'repealed' ? v.entry.repeal : undefined;
    if (repeal) v.repealed = { effective: repeal.effective, document_number: repeal.document_number, date: repeal.date, body: repeal.body };
    const ends = [next?.valid_from, repeal?.effective].filter((d): d is string => d !== undefined).sort()[0];
    if (ends !== undefined) v.valid_to = dayBefore(ends);
  });
  return versions;
}

/** The state of an entry on a date, as the archive up to a release knows it. */
export type StateOn<E extends PublishedEntry> =
  | { state: 'in_force'; version: EntryVersion<E> }
  | { state: 'not_yet_in_force'; version: EntryVersion<E> }
  | { state: 'repealed'; version: EntryVersion<E> }
  | { state: 'unpublished' };

export function stateOn<L extends PublishedList>(archive: Archive, list: L, id: string, date: string, upTo?: string): StateOn<PublishedLists[L][number]> {
  const versions = versionsOf(archive, list, id, upTo);
  if (versions.length === 0) return { state: 'unpublished' };
  const current = versions.find((v) => v.valid_from <= date && (v.valid_to === null || date <= v.valid_to));
  if (current) return { state: 'in_force', version: current };
  if (date < versions[0]!.valid_from) return { state: 'not_yet_in_force', version: versions[0]! };
  const last = versions.filter((v) => v.valid_from <= date).at(-1) ?? versions.at(-1)!;
  if (last.repealed && last.repealed.effective <= date) return { state: 'repealed', version: last };
  // Between versions never happens for published data (each version ends the day before the next begins).
  return { state: 'not_yet_in_force', version: versions.find((v) => v.valid_from > date) ?? last };
}

export interface InForceEntry {
  list: PublishedList;
  id: string;
  title: string;
  valid_from: string;
  valid_to: string | null;
  release: string;
  approval: { body: string; date: string; document_number: string; effective: string };
}

export interface InForceReport {
  date: string;
  release: { version: string; edition: string; releaseDate: string; manifestSha256: string };
  lists: Partial<Record<PublishedList, InForceEntry[]>>;
  counts: Partial<Record<PublishedList, number>>;
}

/** What was in force on a date, per list: from the release that spoke for the date (or the one given), each entry's version then in force. */
export function inForceOn(archive: Archive, date: string, options: { lists?: readonly PublishedList[]; release?: string } = {}): InForceReport {
  releaseOn(archive, date); // a date before the first release has no answer
  const release = options.release ? releaseByVersion(archive, options.release) : releaseOn(archive, date);
  const lists: InForceReport['lists'] = {};
  const counts: InForceReport['counts'] = {};
  for (const list of options.lists ?? PUBLISHED_LISTS) {
    const out: InForceEntry[] = [];
    for (const e of release.lists[list] as PublishedEntry[]) {
      const s = stateOn(archive, list, e.id, date, release.version);
      if (s.state !== 'in_force') continue;
      const v = s.version;
      out.push({
        list,
        id: e.id,
        title: v.entry.title,
        valid_from: v.valid_from,
        valid_to: v.valid_to,
        release: v.release,
        approval: { body: v.approval.body, date: v.approval.date, document_number: v.approval.document_number, effective: v.approval.effective },
      });
    }
    lists[list] = out;
    counts[list] = out.length;
  }
  return { date, release: releaseRef(release), lists, counts };
}

export function releaseRef(r: ArchivedRelease): InForceReport['release'] {
  return { version: r.version, edition: r.edition, releaseDate: r.releaseDate, manifestSha256: r.manifestSha256 };
}

/** The published history of one entry for /api/v1/entries/<ID>.json: every version with its validity interval. */
export interface EntryHistory {
  id: string;
  list: PublishedList;
  versions: {
    valid_from: string;
    valid_to: string | null;
    release: string;
    releases: string[];
    approval: Approval;
    repeal?: EntryVersion['repealed'];
    title: string;
    entry: PublishedEntry;
  }[];
}

export function entryHistory(archive: Archive, list: PublishedList, id: string): EntryHistory {
  return {
    id,
    list,
    versions: versionsOf(archive, list, id).map((v) => ({
      valid_from: v.valid_from,
      valid_to: v.valid_to,
      release: v.release,
      releases: v.releases,
      approval: v.approval,
      ...(v.repealed ? { repeal: v.repealed } : {}),
      title: v.entry.title,
      entry: v.entry,
    })),
  };
}

/** Which list an ID belongs to, by the lists of the latest release. */
export function listOf(archive: Archive, id: string): PublishedList | undefined {
  for (const r of [...archive.releases].reverse())
    for (const list of PUBLISHED_LISTS) if ((r.lists[list] as PublishedEntry[]).some((e) => e.id === id)) return list;
  return undefined;
}
