// Where the command line and the site find the archive and the jurisdiction's settings: the repository's releases/
// (or RELEASES_DIR) and its jurisdiction.yaml, read through the jurisdiction model.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Jurisdiction } from '../../schemas/index.ts';
import { PUBLISHED_SCHEMAS, type Manifest, type ReleaseIndex } from '../../schemas/release.ts';
import { readIndex, readReleaseBases, readReleaseLists, RELEASES_DIR } from '../release/archive.ts';
import { sha256 } from '../release/canonical.ts';
import { compareSemver } from '../release/semver.ts';
import { Repository } from '../repository.ts';
import type { Archive, ArchivedRelease } from './archive.ts';
import { ChecklistError } from './errors.ts';

/** Read releases/: every release the index lists; a manifest whose hash differs from the index is refused. */
export function loadArchive(releasesDir: string): Archive {
  const index: ReleaseIndex | undefined = readIndex(releasesDir);
  if (!index || index.releases.length === 0)
    throw new ChecklistError('no_release', `发布归档 ${releasesDir} 中没有任何已发布版本`, `The release archive ${releasesDir} holds no published release`, '先发布一个版本（npm run release:build）。', 'Publish a release first (npm run release:build).');
  const releases = index.releases.map((r): ArchivedRelease => {
    const bytes = readFileSync(path.join(releasesDir, r.version, PUBLISHED_SCHEMAS.manifest.file));
    const hash = sha256(bytes);
    if (hash !== r.manifestSha256)
      throw new ChecklistError(
        'archive_mismatch',
        `版本 ${r.version} 的 manifest.json 与 index.json 记录的 SHA-256 不符，归档可能被改动`,
        `Release ${r.version}: manifest.json does not match the SHA-256 in index.json; the archive may have been altered`,
        '运行 npm run release:verify 查明原因。',
        'Run npm run release:verify to find out why.',
      );
    return {
      version: r.version,
      edition: r.edition,
      releaseDate: r.releaseDate,
      manifestSha256: hash,
      manifest: JSON.parse(bytes.toString('utf8')) as Manifest,
      lists: readReleaseLists(releasesDir, r.version),
      bases: readReleaseBases(releasesDir, r.version),
    };
  });
  return { releases: releases.sort((a, b) => compareSemver(a.version, b.version)) };
}

export interface ChecklistSources {
  archive: Archive;
  /** Undefined when jurisdiction.yaml is missing or invalid: the national defaults apply (npm run validate reports why). */
  jurisdiction: Jurisdiction | undefined;
}

export function loadSources(root: string, releasesDir = process.env.RELEASES_DIR ?? path.join(root, RELEASES_DIR)): ChecklistSources {
  return { archive: loadArchive(releasesDir), jurisdiction: new Repository(root).jurisdiction.entry };
}

const archives = new Map<string, Archive | undefined>();

/** The archive in `releasesDir`, loaded once per process (the site's pages share it); undefined when there is no release yet. */
export function cachedArchive(releasesDir: string): Archive | undefined {
  if (!archives.has(releasesDir)) {
    try {
      archives.set(releasesDir, loadArchive(releasesDir));
    } catch (e) {
      if (!(e instanceof ChecklistError && e.code === 'no_release')) throw e;
      archives.set(releasesDir, undefined);
    }
  }
  return archives.get(releasesDir);
}
