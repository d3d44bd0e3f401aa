// The release archive as the site shows and serves it: verified first (a damaged archive is never published),
// read newest first (the site's API step, site/src/steps/api.ts, copies it to /api/v1/).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LISTS, type ListKind } from '../../schemas/lists.ts';
import { PUBLISHED_SCHEMAS, type ChangesFile, type Manifest, type ReleaseIndex } from '../../schemas/release.ts';
import { readIndex, type IndexEntry } from '../release/archive.ts';
import { isExampleKey, readAllowedSigners } from '../release/signing.ts';
import { verifyArchive } from '../release/verify.ts';

export interface SiteRelease {
  record: IndexEntry;
  manifest: Manifest;
  changes: ChangesFile;
}

export interface SiteReleases {
  dir: string;
  index?: ReleaseIndex;
  /** Newest first, as in index.json. */
  releases: SiteRelease[];
  latest?: SiteRelease;
  /** allowed_signers trusts the example key, whose private half is public: the site must say so. */
  exampleKey: boolean;
}

/** A damaged release archive: the message lists what release:verify found. */
export class ReleaseArchiveError extends Error {
  constructor(report: string) {
    super(report);
    this.name = 'ReleaseArchiveError';
    this.stack = report;
  }
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** Read the archive in `dir` (absent or empty: no releases); throws ReleaseArchiveError if it does not verify. */
export function loadReleases(dir: string): SiteReleases {
  const { problems } = verifyArchive(dir, path.basename(dir));
  if (problems.length) throw new ReleaseArchiveError(problems.map((p) => `${p.file}\n  ${p.zh}\n  ${p.en}`).join('\n\n'));
  const index = readIndex(dir);
  const exampleKey = readAllowedSigners(dir)?.signers.some((s) => isExampleKey(s.key)) ?? false;
  if (!index) return { dir, releases: [], exampleKey };
  const releases = index.releases.map((record) => ({
    record,
    manifest: readJson<Manifest>(path.join(dir, record.version, 'manifest.json')),
    changes: readJson<ChangesFile>(path.join(dir, record.version, 'changes.json')),
  }));
  return { dir, index, releases, latest: releases.find((r) => r.record.version === index.latest), exampleKey };
}

const listCache = new Map<string, { id: string }[]>();

/** The entries of one list as a release publishes them; none where the list joined the format after that release. */
export function publishedEntries(releases: SiteReleases, version: string, list: ListKind): Record<string, unknown>[] {
  const file = path.join(releases.dir, version, PUBLISHED_SCHEMAS[LISTS[list].published].file);
  let entries = listCache.get(file);
  if (!entries) listCache.set(file, (entries = existsSync(file) ? readJson<{ entries: { id: string }[] }>(file).entries : []));
  return entries as Record<string, unknown>[];
}

/** An entry as the latest release publishes it: for an entry under amendment, the version in force. */
export function latestPublished(releases: SiteReleases, list: ListKind, id: string): Record<string, unknown> | undefined {
  if (!releases.latest) return undefined;
  return publishedEntries(releases, releases.latest.record.version, list).find((e) => e.id === id);
}
