// release:verify on an archive built from the fixture: tampering of any file, stray files, withdrawn entries.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, sha256 } from '../lib/release/canonical.ts';
import { listCounts } from '../lib/release/counts.ts';
import { verifyArchive } from '../lib/release/verify.ts';
import { publishedListsIn, type Manifest, type ReleaseIndex } from '../schemas/release.ts';
import type { PublishedLists } from '../lib/release/publish.ts';
import { sign } from '../lib/release/signing.ts';
import { cleanTemps, EXAMPLE_SIGNER, flipByte, readJson, runScript, tempDir, treeBytes } from './release/helpers.ts';
import { twoEditionRepo } from './release/scenario.ts';

let archive: string;

beforeAll(() => {
  const root = twoEditionRepo();
  archive = path.join(mkdtempSync(path.join(os.tmpdir(), 'archive-')), 'releases'); // outlives afterEach's clean-up
  cpSync(path.join(root, 'releases'), archive, { recursive: true });
  cleanTemps();
});
afterAll(() => rmSync(path.dirname(archive), { recursive: true, force: true }));
afterEach(cleanTemps);

function copyOfArchive(): string {
  const dir = path.join(tempDir('tamper-'), 'releases');
  cpSync(archive, dir, { recursive: true });
  return dir;
}

/**
 * Rewrite a release's manifest and the index so that the hashes match again, and sign both again with the example key
 * (whose private half is public): tampering that only verify's other checks can catch.
 */
function reseal(releases: string, version: string): void {
  const mPath = path.join(releases, version, 'manifest.json');
  const m = readJson<Manifest>(mPath);
  for (const f of m.files) {
    const bytes = readFileSync(path.join(releases, version, f.path));
    f.bytes = bytes.length;
    f.sha256 = sha256(bytes);
  }
  writeFileSync(mPath, canonicalJson(m));
  const iPath = path.join(releases, 'index.json');
  const index = readJson<ReleaseIndex>(iPath);
  index.releases.find((r) => r.version === version)!.manifestSha256 = sha256(readFileSync(mPath));
  writeFileSync(iPath, canonicalJson(index));
  writeFileSync(`${mPath}.sig`, sign(EXAMPLE_SIGNER, readFileSync(mPath)));
  writeFileSync(`${iPath}.sig`, sign(EXAMPLE_SIGNER, readFileSync(iPath)));
}

const names = (problems: { file: string; en: string }[], file: string) => problems.some((p) => p.file === file || p.en.includes(file));

describe('release:verify', () => {
  it('passes an intact archive', () => {
    const r = verifyArchive(archive);
    expect(r.problems).toEqual([]);
    expect(r.releases).toBe(2);
    expect(r.files).toBe(27); // 2 × 11 files and 2 manifest signatures, the index and its signature, allowed_signers
  });

  it('fails, naming the file, when one byte of any archived file is flipped', () => {
    // allowed_signers is the trust anchor, not a signed file: a consumer pins their own copy (tested in release-signing).
    const files = [...treeBytes(archive).keys()].filter((f) => f !== 'allowed_signers');
    expect(files).toHaveLength(26);
    for (const file of files) {
      const size = readFileSync(path.join(archive, file)).length;
      for (const position of [0, Math.floor(size / 2), size - 1]) {
        const dir = copyOfArchive();
        flipByte(path.join(dir, file), position);
        const { problems } = verifyArchive(dir);
        expect(names(problems, `releases/${file}`), `${file} @${position}: ${JSON.stringify(problems)}`).toBe(true);
        rmSync(path.dirname(dir), { recursive: true, force: true });
      }
    }
  });

  it('says so on the command line, with exit code 1', () => {
    const dir = copyOfArchive();
    flipByte(path.join(dir, '1.0.0', 'measures.csv'), 10);
    const r = runScript('release-verify.ts', ['--root', path.dirname(dir)]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('releases/1.0.0/measures.csv');
    expect(r.stdout).toContain('SHA-256 does not match releases/1.0.0/manifest.json');
    expect(runScript('release-verify.ts', ['--root', path.dirname(archive)]).status).toBe(0);
  });

  it('finds an entry withdrawn without a tombstone even when the hashes are made to match', () => {
    const dir = copyOfArchive();
    const file = path.join(dir, '2.0.0', 'catalogue.json');
    const cat = readJson<{ entries: { id: string }[] }>(file);
    cat.entries = cat.entries.filter((e) => e.id !== 'ML-0003');
    writeFileSync(file, canonicalJson(cat));
    const mPath = path.join(dir, '2.0.0', 'manifest.json');
    const m = readJson<Manifest>(mPath);
    const lists = Object.fromEntries(publishedListsIn(m.formatVersion).map((l) => [l, readJson<{ entries: unknown[] }>(path.join(dir, '2.0.0', `${l}.json`)).entries]));
    m.counts = { ...listCounts(lists as unknown as PublishedLists, m.formatVersion), bases: m.counts.bases };
    writeFileSync(mPath, canonicalJson(m));
    reseal(dir, '2.0.0');
    const { problems } = verifyArchive(dir);
    expect([...new Set(problems.map((p) => p.file))].sort()).toEqual(['releases/2.0.0/catalogue.json', 'releases/2.0.0/changes.json']);
    expect(problems.find((p) => p.file === 'releases/2.0.0/catalogue.json')!.en).toContain('ML-0003 was published but is missing from the next release');
    expect(problems.some((p) => p.file === 'releases/2.0.0/changes.json' && p.en.includes('lists a change of ML-0003 (repealed) that the entries of the two releases do not show'))).toBe(true);
  });

  it('rejects a file rewritten out of canonical form, a stray file, a leftover temporary folder and an unlisted version', () => {
    const dir = copyOfArchive();
    const changes = path.join(dir, '1.0.0', 'changes.json');
    writeFileSync(changes, JSON.stringify(JSON.parse(readFileSync(changes, 'utf8'))) + '\n');
    reseal(dir, '1.0.0');
    writeFileSync(path.join(dir, '2.0.0', 'notes.txt'), 'x');
    mkdirSync(path.join(dir, '.3.0.0.1234.tmp'));
    cpSync(path.join(dir, '2.0.0'), path.join(dir, '2.1.0'), { recursive: true });
    const { problems } = verifyArchive(dir);
    const files = problems.map((p) => p.file);
    expect(files).toContain('releases/1.0.0/changes.json');
    expect(problems.find((p) => p.file === 'releases/1.0.0/changes.json')!.en).toContain('canonical form');
    expect(files).toContain('releases/2.0.0/notes.txt');
    expect(files).toContain('releases/.3.0.0.1234.tmp');
    expect(files).toContain('releases/2.1.0');
  });

  it('rejects an index that lists a version whose folder is gone', () => {
    const dir = copyOfArchive();
    rmSync(path.join(dir, '1.0.0'), { recursive: true });
    const { problems } = verifyArchive(dir);
    expect(problems.some((p) => p.file === 'releases/index.json' && p.en.includes('releases/1.0.0/ does not exist'))).toBe(true);
  });
});
