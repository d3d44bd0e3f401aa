// The archive of published releases: releases/index.json and releases/<version>/, read-only once written.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BasesFile, PublishedList, ReleaseIndex } from '../../schemas/release.ts';
import { ARCHIVE } from '../../schemas/lists.ts';
import { FORMAT_VERSION, PUBLISHED_LISTS, PUBLISHED_SCHEMAS, publishedListsIn } from '../../schemas/release.ts';
import { compareSemver } from './semver.ts';
import type { PublishedEntry, PublishedLists } from './publish.ts';

export const RELEASES_DIR = ARCHIVE.dir;
export const INDEX_FILE = ARCHIVE.index;

/** The files of a release besides manifest.json, in a format version: each list's JSON and CSV, the register and the changes. */
export function releaseFiles(format: string): string[] {
  const lists = publishedListsIn(format);
  return [...lists.map((l) => `${l}.json`), ...lists.map((l) => `${l}.csv`), PUBLISHED_SCHEMAS.bases.file, PUBLISHED_SCHEMAS.changes.file].sort();
}

/** The files of a release of the current format besides manifest.json. */
export const RELEASE_FILES = releaseFiles(FORMAT_VERSION);

export type IndexEntry = ReleaseIndex['releases'][number];

export function readIndex(releasesDir: string): ReleaseIndex | undefined {
  const file = path.join(releasesDir, INDEX_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ReleaseIndex) : undefined;
}

/** Archived releases with a version lower than `version`, oldest first. */
export function releasesBefore(index: ReleaseIndex | undefined, version: string): IndexEntry[] {
  return (index?.releases ?? []).filter((r) => compareSemver(r.version, version) < 0).sort((a, b) => compareSemver(a.version, b.version));
}

export function readReleaseLists(releasesDir: string, version: string): PublishedLists {
  const lists = {} as Record<PublishedList, PublishedEntry[]>;
  // A list that joined the format after this release was published has no file in it: it published nothing.
  for (const list of PUBLISHED_LISTS) {
    const file = path.join(releasesDir, version, `${list}.json`);
    lists[list] = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { entries: PublishedEntry[] }).entries : [];
  }
  return lists as unknown as PublishedLists;
}

export function readReleaseBases(releasesDir: string, version: string): BasesFile['bases'] {
  return (JSON.parse(readFileSync(path.join(releasesDir, version, PUBLISHED_SCHEMAS.bases.file), 'utf8')) as BasesFile).bases;
}

export interface ContinuityProblem {
  list: PublishedList | 'bases';
  id: string;
  zh: string;
  en: string;
}

/** Nothing published is ever withdrawn: every ID of a release is in the next, and a tombstone stays a tombstone. */
export function continuityProblems(
  before: { lists: PublishedLists; bases: readonly { id: string }[] },
  after: { lists: PublishedLists; bases: readonly { id: string }[] },
): ContinuityProblem[] {
  const out: ContinuityProblem[] = [];
  for (const list of PUBLISHED_LISTS) {
    const next = new Map<string, PublishedEntry>(after.lists[list].map((e) => [e.id, e]));
    for (const e of before.lists[list] as PublishedEntry[]) {
      const n = next.get(e.id);
      if (!n)
        out.push({ list, id: e.id, zh: `${e.id} 已发布，但在下一版本中不见了（已发布的条目只能废止，不能删除）`, en: `${e.id} was published but is missing from the next release (published entries are repealed, never removed)` });
      else if (e.status === 'repealed' && n.status !== 'repealed')
        out.push({ list, id: e.id, zh: `${e.id} 已废止，但在下一版本中又恢复了`, en: `${e.id} was repealed but is back in force in the next release` });
    }
  }
  const nextBases = new Set(after.bases.map((b) => b.id));
  for (const b of before.bases)
    if (!nextBases.has(b.id))
      out.push({ list: 'bases', id: b.id, zh: `法律依据 ${b.id} 已发布，但在下一版本中不见了`, en: `Legal basis ${b.id} was published but is missing from the next release` });
  return out;
}
