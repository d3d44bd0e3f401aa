// Point in time over the release archive: the release that speaks for a date, each entry's versions and validity
// intervals across releases, what was in force on a date, and an archive whose manifest was altered.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ChecklistError, entryHistory, inForceOn, loadArchive, releaseOn, stateOn, versionsOf } from '../lib/checklist/index.ts';

const RELEASES = path.resolve(import.meta.dirname, '..', 'releases');
const archive = loadArchive(RELEASES);
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function errorCode(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof ChecklistError) return e.code;
    throw e;
  }
  return undefined;
}

describe('the release that speaks for a date', () => {
  it('is the latest published on or before it, the highest version among releases of the same day', () => {
    expect(releaseOn(archive, '2026-03-20').version).toBe('1.0.0');
    expect(releaseOn(archive, '2026-10-19').version).toBe('1.0.0');
    expect(releaseOn(archive, '2026-10-20').version).toBe('2.0.0');
    expect(releaseOn(archive, '2026-11-22').version).toBe('2.0.2');
  });
  it('does not exist before the first release', () => {
    expect(errorCode(() => releaseOn(archive, '2026-03-19'))).toBe('before_first_release');
    expect(errorCode(() => inForceOn(archive, '2026-01-01'))).toBe('before_first_release');
  });
});

describe('versions of an entry across releases', () => {
  it('splits an amended measure into two intervals, each with the release that first published it', () => {
    const v = versionsOf(archive, 'measures', 'CS-0002');
    expect(v.map((x) => [x.valid_from, x.valid_to, x.release, x.approval.document_number])).toEqual([
      ['2026-04-01', '2026-10-31', '1.0.0', '示例〔2026〕3号'],
      ['2026-11-01', null, '2.0.0', '示例〔2026〕12号'],
    ]);
    expect(v[1]!.releases).toEqual(['2.0.0', '2.0.1', '2.0.2', '2.1.0']);
  });
  it('ends a repealed measure the day before the repeal takes effect', () => {
    const [v] = versionsOf(archive, 'measures', 'CS-0014');
    expect(v!.valid_to).toBe('2026-10-31');
    expect(v!.repealed).toMatchObject({ effective: '2026-11-01', document_number: '示例〔2026〕12号' });
    expect(stateOn(archive, 'measures', 'CS-0014', '2026-10-31').state).toBe('in_force');
    expect(stateOn(archive, 'measures', 'CS-0014', '2026-11-01').state).toBe('repealed');
  });
  it('knows only what was published up to a release', () => {
    expect(versionsOf(archive, 'measures', 'CS-0002', '1.0.0')).toHaveLength(1);
    expect(versionsOf(archive, 'measures', 'CS-0002', '1.0.0')[0]!.valid_to).toBeNull();
    expect(stateOn(archive, 'exemptions', 'HM-0009', '2026-12-01', '1.0.0').state).toBe('unpublished');
  });
  it('publishes the history of an entry with every version, validity interval, release and approval', () => {
    const h = entryHistory(archive, 'exemptions', 'HM-0006');
    expect(h.versions.map((v) => [v.valid_from, v.valid_to, v.release])).toEqual([
      ['2026-04-01', '2026-10-31', '1.0.0'],
      ['2026-11-01', null, '2.0.0'],
    ]);
    expect(h.versions[1]!.approval.effective).toBe('2026-11-01');
    expect(h.versions[1]!.entry.id).toBe('HM-0006');
  });
});

describe('what was in force on a date', () => {
  it('on 2026-10-25: release 2.0.0, CS-0002 in its March version, CS-0014 not yet repealed, CS-0021 and ML-0028 not yet in force', () => {
    const r = inForceOn(archive, '2026-10-25');
    expect(r.release.version).toBe('2.0.0');
    const ids = r.lists.measures!.map((e) => e.id);
    expect(ids).toContain('CS-0014');
    expect(ids).not.toContain('CS-0021');
    expect(r.lists.measures!.find((e) => e.id === 'CS-0002')).toMatchObject({ valid_from: '2026-04-01', valid_to: '2026-10-31', release: '1.0.0' });
    expect(r.lists.catalogue!.map((e) => e.id)).not.toContain('ML-0028');
    expect(r.counts).toEqual({ catalogue: 27, measures: 20, exemptions: 8, incentives: 0 });
  });
  it('on 2026-12-01: release 2.1.0 (the measures and exemptions of 2.0.2, corrected records), CS-0014 gone, CS-0021 and HM-0009 in force', () => {
    const r = inForceOn(archive, '2026-12-01', { lists: ['measures', 'exemptions'] });
    expect(r.release).toMatchObject({ version: '2.1.0', manifestSha256: '5ad5a78ea3549cc87910c03d52b8276ad1f9bea34a27fb015193ef24bf1837ec' });
    expect(r.lists.catalogue).toBeUndefined();
    expect(r.lists.measures!.map((e) => e.id)).not.toContain('CS-0014');
    expect(r.lists.measures!.map((e) => e.id)).toContain('CS-0021');
    expect(r.lists.exemptions!.map((e) => e.id)).toContain('HM-0009');
  });
  it('between the first release and its effective date: only the imported item', () => {
    const r = inForceOn(archive, '2026-03-25');
    expect(r.lists.catalogue!.map((e) => e.id)).toEqual(['ML-0023']);
    expect(r.counts).toEqual({ catalogue: 1, measures: 0, exemptions: 0, incentives: 0 });
  });
});

describe('loading the archive', () => {
  it('refuses a manifest that differs from the index', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'checklist-archive-'));
    temps.push(dir);
    cpSync(RELEASES, dir, { recursive: true });
    const m = path.join(dir, '2.0.0', 'manifest.json');
    writeFileSync(m, readFileSync(m, 'utf8').replace('2026年第2版', '2026年第3版'));
    expect(errorCode(() => loadArchive(dir))).toBe('archive_mismatch');
  });
  it('refuses an empty archive', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'checklist-empty-'));
    temps.push(dir);
    expect(errorCode(() => loadArchive(dir))).toBe('no_release');
  });
});
