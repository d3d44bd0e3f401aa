// The repository's own release archive: verified on every `npm test`, and its latest release rebuilt byte for byte.
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RELEASES_DIR, readIndex } from '../lib/release/archive.ts';
import { buildRelease, packageVersion, writeToDir } from '../lib/release/build.ts';
import { listCsv } from '../lib/release/csv.ts';
import type { PublishedLists } from '../lib/release/publish.ts';
import { verifyArchive } from '../lib/release/verify.ts';
import { PUBLISHED_LISTS, type BasesFile, type ChangesFile, type Manifest } from '../schemas/release.ts';
import { cleanTemps, flipByte, readJson, REPO, tempDir, treeBytes } from './release/helpers.ts';

afterEach(cleanTemps);

const releases = path.join(REPO, RELEASES_DIR);
/** Changesets that bump the version and are not yet consumed by `changeset version`: the data has moved on towards the next version. */
const changesetDir = path.join(REPO, '.changeset');
const bumps = (text: string) => /:\s*["']?(major|minor|patch)["']?\s*$/m.test(/^---\r?\n([\s\S]*?)\r?\n?---/.exec(text)?.[1] ?? ''); // an empty changeset bumps nothing
const pendingChangesets = (existsSync(changesetDir) ? readdirSync(changesetDir) : [])
  .filter((n) => n.endsWith('.md') && n !== 'README.md')
  .filter((n) => bumps(readFileSync(path.join(changesetDir, n), 'utf8')));

describe('the release archive', () => {
  it('passes release:verify: manifests, hashes, schemas, index, and no ID lost between versions', () => {
    const { problems, releases: count } = verifyArchive(releases, RELEASES_DIR);
    expect(problems).toEqual([]);
    expect(count).toBeGreaterThanOrEqual(2);
  });

  it('shows every kind of change in its later releases', () => {
    const index = readIndex(releases)!;
    const kinds = new Set<string>();
    for (const r of index.releases.filter((x) => x.previousVersion))
      for (const c of readJson<ChangesFile>(path.join(releases, r.version, 'changes.json')).changes) {
        kinds.add(c.change);
        if (c.change === 'amended') expect(c.fields?.length, `${r.version} ${c.id}`).toBeGreaterThan(0);
      }
    expect([...kinds].sort()).toEqual(['added', 'amended', 'corrected', 'repealed']);
  });

  it.skipIf(pendingChangesets.length > 0)('holds the current version, rebuilt byte for byte from the current data (skipped while changesets are pending)', () => {
    const version = packageVersion(REPO);
    expect(readIndex(releases)!.latest).toBe(version);
    const out = path.join(tempDir(), 'rebuilt');
    writeToDir(out, buildRelease({ root: REPO }));
    expect(treeBytes(out)).toEqual(treeBytes(path.join(releases, version)));
  });

  it('renders every archived CSV again byte for byte from the release’s own JSON, in the layout of its format', () => {
    for (const r of readIndex(releases)!.releases) {
      const dir = path.join(releases, r.version);
      const manifest = readJson<Manifest>(path.join(dir, 'manifest.json'));
      const lists = Object.fromEntries(PUBLISHED_LISTS.map((l) => [l, readJson<{ entries: unknown[] }>(path.join(dir, `${l}.json`)).entries])) as unknown as PublishedLists;
      const ctx = { jurisdiction: manifest.jurisdiction, bases: readJson<BasesFile>(path.join(dir, 'bases.json')).bases, lists };
      for (const l of PUBLISHED_LISTS) expect(listCsv(l, ctx, manifest.formatVersion), `${r.version}/${l}.csv`).toBe(readFileSync(path.join(dir, `${l}.csv`), 'utf8'));
    }
  });

  it('fails verification, naming the file, when any byte of any archived file is flipped', () => {
    const copy = path.join(tempDir(), RELEASES_DIR);
    cpSync(releases, copy, { recursive: true });
    for (const file of treeBytes(copy).keys()) {
      const full = path.join(copy, file);
      const original = readFileSync(full);
      flipByte(full, Math.floor(original.length / 3));
      const { problems } = verifyArchive(copy, RELEASES_DIR);
      expect(problems.some((p) => p.file === `${RELEASES_DIR}/${file}` || p.en.includes(`${RELEASES_DIR}/${file}`)), file).toBe(true);
      cpSync(path.join(releases, file), full);
    }
  });
});
