// The release archive as the site reads and serves it: verified, newest first, copied byte for byte to /api/v1/.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadReleases, ReleaseArchiveError } from '../lib/site/releases.ts';
import { publishApi } from '../site/src/steps/api.ts';

const REPO = path.resolve(import.meta.dirname, '..');
const ARCHIVE = path.join(REPO, 'releases');
const temps: string[] = [];
const temp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'site-releases-'));
  temps.push(d);
  return d;
};
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('loadReleases', () => {
  it('a fresh jurisdiction has no archive: no releases, no error', () => {
    expect(loadReleases(path.join(temp(), 'releases'))).toMatchObject({ releases: [] });
  });

  it('reads the repository’s archive newest first, with manifests and changes', () => {
    const r = loadReleases(ARCHIVE);
    const index = JSON.parse(readFileSync(path.join(ARCHIVE, 'index.json'), 'utf8')) as { latest: string; releases: { version: string }[] };
    expect(r.releases.map((x) => x.record.version)).toEqual(index.releases.map((x) => x.version));
    expect(r.latest?.record.version).toBe(index.latest);
    for (const x of r.releases) {
      expect(x.manifest.version).toBe(x.record.version);
      expect(x.changes.version).toBe(x.record.version);
    }
  });

  it('refuses a damaged archive with release:verify’s findings', () => {
    const dir = path.join(temp(), 'releases');
    cpSync(ARCHIVE, dir, { recursive: true });
    const latest = (JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as { latest: string }).latest;
    const file = path.join(dir, latest, 'catalogue.csv');
    writeFileSync(file, `${readFileSync(file, 'utf8')}tampered\n`);
    expect(() => loadReleases(dir)).toThrow(ReleaseArchiveError);
    expect(() => loadReleases(dir)).toThrow(/catalogue\.csv/);
  });

  it('refuses an archive whose index signature does not verify', () => {
    const dir = path.join(temp(), 'releases');
    cpSync(ARCHIVE, dir, { recursive: true });
    rmSync(path.join(dir, 'index.json.sig'));
    expect(() => loadReleases(dir)).toThrow(/Missing signature: releases\/index\.json has no OpenSSH signature/);
  });
});

describe('publishApi', () => {
  it('copies index.json and its signature, allowed_signers, every version, latest/ and the schemas, byte for byte', () => {
    const out = temp();
    const r = loadReleases(ARCHIVE);
    const n = publishApi(r, path.join(REPO, 'schemas'), out);
    const api = path.join(out, 'api', 'v1');
    for (const f of ['index.json', 'index.json.sig', 'allowed_signers']) expect(readFileSync(path.join(api, f))).toEqual(readFileSync(path.join(ARCHIVE, f)));
    expect(r.exampleKey).toBe(true); // the example repository trusts the example key: the releases page says so
    for (const x of r.releases)
      for (const f of readdirSync(path.join(ARCHIVE, x.record.version)))
        expect(readFileSync(path.join(api, x.record.version, f))).toEqual(readFileSync(path.join(ARCHIVE, x.record.version, f)));
    const latest = r.latest!.record.version;
    expect(readdirSync(path.join(api, 'latest')).sort()).toEqual(readdirSync(path.join(ARCHIVE, latest)).sort());
    expect(readFileSync(path.join(api, 'latest', 'manifest.json'))).toEqual(readFileSync(path.join(ARCHIVE, latest, 'manifest.json')));
    expect(readdirSync(path.join(api, 'schemas'))).toContain('catalogue.schema.json');
    expect(n).toBeGreaterThan(10);
  });

  it('without releases publishes only the schemas', () => {
    const out = temp();
    publishApi(loadReleases(path.join(temp(), 'none')), path.join(REPO, 'schemas'), out);
    expect(existsSync(path.join(out, 'api', 'v1', 'index.json'))).toBe(false);
    expect(readdirSync(path.join(out, 'api', 'v1', 'schemas')).length).toBeGreaterThan(0);
  });
});
