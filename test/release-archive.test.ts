// The repository's own release archive: verified on every `npm test`, and its latest release rebuilt byte for byte.
// A new jurisdiction has no archive yet: version 0.0.0 until its first release, which is 1.0.0 (RELEASING.md).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RELEASES_DIR, readIndex } from '../lib/release/archive.ts';
import { buildRelease, packageVersion, writeToDir } from '../lib/release/build.ts';
import { listCsv } from '../lib/release/csv.ts';
import type { PublishedLists } from '../lib/release/publish.ts';
import { verifyArchive } from '../lib/release/verify.ts';
import { PUBLISHED_LISTS, publishedListsIn, type BasesFile, type ChangesFile, type Manifest } from '../schemas/release.ts';
import { MANIFEST_SIGNATURE } from '../lib/release/signing.ts';
import { cleanTemps, EXAMPLE_SIGNER, readJson, REPO, tempDir, treeBytes } from './release/helpers.ts';

afterEach(cleanTemps);

const releases = path.join(REPO, RELEASES_DIR);
/** Changesets that bump the version and are not yet consumed by `changeset version`: the data has moved on towards the next version. */
const changesetDir = path.join(REPO, '.changeset');
const bumps = (text: string) => /:\s*["']?(major|minor|patch)["']?\s*$/m.test(/^---\r?\n([\s\S]*?)\r?\n?---/.exec(text)?.[1] ?? ''); // an empty changeset bumps nothing
const pendingChangesets = (existsSync(changesetDir) ? readdirSync(changesetDir) : [])
  .filter((n) => n.endsWith('.md') && n !== 'README.md')
  .filter((n) => bumps(readFileSync(path.join(changesetDir, n), 'utf8')));

const released = existsSync(path.join(releases, 'index.json'));

describe('the release archive', () => {
  it('passes release:verify: manifests, hashes, schemas, index, and no ID lost between versions', () => {
    const { problems, releases: count } = verifyArchive(releases, RELEASES_DIR);
    expect(problems).toEqual([]);
    expect(count).toBe(released ? readIndex(releases)!.releases.length : 0);
  });

  it('holds the current version as its latest, or is at 0.0.0 before the first release', () => {
    if (released) expect(readIndex(releases)!.latest).toBe(packageVersion(REPO));
    else expect(packageVersion(REPO)).toBe('0.0.0');
  });

  it.skipIf(!released || pendingChangesets.length > 0)('holds the current version, rebuilt byte for byte from the current data (skipped while changesets are pending)', () => {
    const version = packageVersion(REPO);
    const out = path.join(tempDir(), 'rebuilt');
    writeToDir(out, buildRelease({ root: REPO, signer: EXAMPLE_SIGNER }));
    const rebuilt = treeBytes(out);
    // A release archived before signing began has no manifest signature of its own (the index signature covers it).
    if (!existsSync(path.join(releases, version, MANIFEST_SIGNATURE))) rebuilt.delete(MANIFEST_SIGNATURE);
    expect(rebuilt).toEqual(treeBytes(path.join(releases, version)));
  });

  it('renders every archived CSV again byte for byte from the release’s own JSON, in the layout of its format', () => {
    for (const r of readIndex(releases)?.releases ?? []) {
      const dir = path.join(releases, r.version);
      const manifest = readJson<Manifest>(path.join(dir, 'manifest.json'));
      const published = publishedListsIn(manifest.formatVersion);
      const lists = Object.fromEntries(PUBLISHED_LISTS.map((l) => [l, published.includes(l) ? readJson<{ entries: unknown[] }>(path.join(dir, `${l}.json`)).entries : []])) as unknown as PublishedLists;
      const ctx = { jurisdiction: manifest.jurisdiction, bases: readJson<BasesFile>(path.join(dir, 'bases.json')).bases, lists };
      for (const l of published) expect(listCsv(l, ctx, manifest.formatVersion), `${r.version}/${l}.csv`).toBe(readFileSync(path.join(dir, `${l}.csv`), 'utf8'));
    }
  });
});
