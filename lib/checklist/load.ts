// Where the command line and the site find the archive and the jurisdiction's settings: the repository's releases/
// (or RELEASES_DIR) and its jurisdiction.yaml, read through the jurisdiction model.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Jurisdiction } from '../../schemas/index.ts';
import { PUBLISHED_LISTS, PUBLISHED_SCHEMAS, type Manifest, type ReleaseIndex } from '../../schemas/release.ts';
import { UPSTREAM_DIR } from '../../schemas/upstream.ts';
import type { PublishedLists } from '../release/publish.ts';
import { readVendored, vendoredDir } from '../upstream/load.ts';
import { readIndex, readReleaseBases, readReleaseLists, RELEASES_DIR } from '../release/archive.ts';
import { sha256 } from '../release/canonical.ts';
import { compareSemver } from '../release/semver.ts';
import { Repository } from '../repository.ts';
import type { Archive, ArchivedRelease, UpstreamRelease } from './archive.ts';
import { ChecklistError } from './errors.ts';

/**
 * Read releases/: every release the index lists; a manifest whose hash differs from the index is refused. A layered
 * repository's releases name the upper levels' releases they were built on: those are read from the vendored copies
 * under `root`/upstream/ (by default the folder holding releases/), verified byte for byte as validation does.
 */
export function loadArchive(releasesDir: string, root = path.dirname(path.resolve(releasesDir))): Archive {
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
  const upstream = loadUpstreamReleases(root, releases);
  return { releases: releases.sort((a, b) => compareSemver(a.version, b.version)), ...(upstream.length ? { upstream } : {}) };
}

function loadUpstreamReleases(root: string, releases: readonly ArchivedRelease[]): UpstreamRelease[] {
  const out: UpstreamRelease[] = [];
  for (const r of releases)
    for (const u of r.manifest.upstream ?? []) {
      if (out.some((x) => x.divisionCode === u.divisionCode && x.version === u.version)) continue;
      const pin = { division_code: u.divisionCode, name: u.name, version: u.version, source: UPSTREAM_DIR, manifest_sha256: u.manifestSha256 };
      // A copy that is not there is reported only when a checklist needs it; one that is there but altered is refused now.
      if (!existsSync(path.join(root, vendoredDir(pin)))) continue;
      const vendored = readVendored(root, pin);
      if (vendored.problems.length || !vendored.manifest || !vendored.lists)
        throw new ChecklistError(
          'upstream_unverified',
          `版本 ${r.version} 所依据的${u.name}（${u.divisionCode}）${u.version} 版未通过校验：${vendored.problems.map((p) => `${p.file}：${p.zh}`).join('；')}`,
          `${u.name} (${u.divisionCode}) release ${u.version}, which release ${r.version} was built on, does not verify: ${vendored.problems.map((p) => `${p.file}: ${p.en}`).join('; ')}`,
          `用 git 恢复 ${vendored.dir}（已获取的上级版本不得改动），再运行 npm run validate。`,
          `Restore ${vendored.dir} with git (vendored upstream releases are never edited), then run npm run validate.`,
        );
      const lists = Object.fromEntries(PUBLISHED_LISTS.map((l) => [l, vendored.lists![l] ?? []])) as unknown as PublishedLists;
      out.push({
        divisionCode: u.divisionCode,
        name: u.name,
        version: u.version,
        edition: vendored.manifest.edition,
        releaseDate: vendored.manifest.releaseDate,
        manifestSha256: u.manifestSha256,
        manifest: vendored.manifest,
        lists,
        bases: vendored.bases ?? [],
      });
    }
  return out;
}

export interface ChecklistSources {
  archive: Archive;
  /** Undefined when jurisdiction.yaml is missing or invalid: the national defaults apply (npm run validate reports why). */
  jurisdiction: Jurisdiction | undefined;
}

export function loadSources(root: string, releasesDir = process.env.RELEASES_DIR ?? path.join(root, RELEASES_DIR)): ChecklistSources {
  return { archive: loadArchive(releasesDir, root), jurisdiction: new Repository(root).jurisdiction.entry };
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
