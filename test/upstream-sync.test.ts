// upstream:sync: exactly the pinned release, verified before anything is written, from a served site or a local folder.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UpstreamPin } from '../schemas/upstream.ts';
import { readIndex } from '../lib/release/archive.ts';
import { serveStatic, type RunningServer } from '../lib/static-server.ts';
import { readVendored } from '../lib/upstream/load.ts';
import { syncOne } from '../lib/upstream/sync.ts';

const REPO = path.resolve(import.meta.dirname, '..');
const RELEASES = path.join(REPO, 'releases');
const index = readIndex(RELEASES)!;
const latest = index.releases.find((r) => r.version === index.latest)!;

let server: RunningServer;
const temps: string[] = [];
const tempRoot = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'upstream-'));
  temps.push(d);
  return d;
};

beforeAll(async () => {
  // The upper level's site serves its archive under /api/v1/, as publishApi lays it out.
  server = await serveStatic({ dir: RELEASES, base: '/api/v1/' });
});
afterAll(async () => {
  await server.close();
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

const pinFor = (source: string, over: Partial<UpstreamPin> = {}): UpstreamPin => ({
  division_code: '370000',
  name: '山东省',
  version: latest.version,
  source,
  manifest_sha256: latest.manifestSha256,
  ...over,
});

describe('syncOne', () => {
  it('fetches the pinned version from a served site and verifies every file', async () => {
    const root = tempRoot();
    const r = await syncOne(root, pinFor(server.url));
    expect(r.problems).toEqual([]);
    expect(r.outcome).toBe('written');
    const dir = path.join(root, 'upstream', '370000', latest.version);
    expect(readdirSync(dir).sort()).toEqual(readdirSync(path.join(RELEASES, latest.version)).sort());
    for (const name of readdirSync(dir)) expect(readFileSync(path.join(dir, name))).toEqual(readFileSync(path.join(RELEASES, latest.version, name)));
    const vendored = readVendored(root, pinFor(server.url));
    expect(vendored.problems).toEqual([]);
    expect(vendored.lists?.catalogue?.some((e) => e.id === 'ML-0023')).toBe(true);
    // A second sync leaves the verified copy as it is.
    expect((await syncOne(root, pinFor(server.url))).outcome).toBe('unchanged');
  });

  it('fetches from a local releases/ folder given relative to the repository', async () => {
    const root = tempRoot();
    cpSync(RELEASES, path.join(root, 'province-releases'), { recursive: true });
    const r = await syncOne(root, pinFor('province-releases'));
    expect(r.outcome).toBe('written');
  });

  it('refuses a wrong manifest_sha256 and writes nothing', async () => {
    const root = tempRoot();
    const r = await syncOne(root, pinFor(server.url, { manifest_sha256: '0'.repeat(64) }));
    expect(r.outcome).toBe('refused');
    expect(r.problems[0]!.file).toMatch(/manifest\.json$/);
    expect(r.problems[0]!.en).toContain('not the manifest_sha256 pinned');
    expect(existsSync(path.join(root, 'upstream'))).toBe(false);
  });

  it('refuses a version the source does not have', async () => {
    const root = tempRoot();
    const r = await syncOne(root, pinFor(server.url, { version: '9.9.9' }));
    expect(r.outcome).toBe('refused');
    expect(r.problems[0]!.en).toContain('has no version 9.9.9');
  });

  it('refuses a served file that does not match the manifest, and writes nothing', async () => {
    const copy = tempRoot();
    cpSync(RELEASES, copy, { recursive: true });
    const csv = path.join(copy, latest.version, 'measures.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('CS-0001', 'CS-0999'));
    const forged = await serveStatic({ dir: copy, base: '/api/v1/' });
    try {
      const root = tempRoot();
      const r = await syncOne(root, pinFor(forged.url));
      expect(r.outcome).toBe('refused');
      expect(r.problems.map((p) => p.file)).toEqual([`${forged.url}${latest.version}/measures.csv`]);
      expect(existsSync(path.join(root, 'upstream'))).toBe(false);
    } finally {
      await forged.close();
    }
  });

  it('reports a byte changed in a vendored file, and does not overwrite it', async () => {
    const root = tempRoot();
    await syncOne(root, pinFor(server.url));
    const file = path.join(root, 'upstream', '370000', latest.version, 'catalogue.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"ML-0023"', '"ML-0923"'));
    const vendored = readVendored(root, pinFor(server.url));
    expect(vendored.problems.map((p) => p.file)).toEqual([`upstream/370000/${latest.version}/catalogue.json`]);
    expect(vendored.lists).toBeUndefined();
    const again = await syncOne(root, pinFor(server.url));
    expect(again.outcome).toBe('refused');
    expect(readFileSync(file, 'utf8')).toContain('"ML-0923"');
  });

  it('reports a file added to a vendored release', async () => {
    const root = tempRoot();
    await syncOne(root, pinFor(server.url));
    writeFileSync(path.join(root, 'upstream', '370000', latest.version, 'extra.json'), '{}\n');
    expect(readVendored(root, pinFor(server.url)).problems.map((p) => p.en)).toEqual([expect.stringContaining('not listed in manifest.json')]);
  });
});
