// G18-release-not-rebuilt: a release folder added by a change must be exactly what release:build makes from that
// change's own data (attack 7 of issue #10: a release built from data that was then reverted), in a real git
// repository with a real archive.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkGovernance } from '../../lib/governance/check.ts';
import { buildRelease as build, writeToArchive } from '../../lib/release/build.ts';
import { TempRepo } from '../helpers/temp-repo.ts';
import { EXAMPLE_SIGNER } from '../release/helpers.ts';

const ML = 'catalogue/ML-0001.yaml';
let repo: TempRepo;
/** Build as release:build does, signed with the example key the fixture's allowed_signers lists. */
const buildRelease = (opts: Parameters<typeof build>[0]) => build({ ...opts, signer: EXAMPLE_SIGNER });
let base: string;

const setVersion = (r: TempRepo, v: string) => r.write('package.json', r.read('package.json').replace(/"version": "[^"]+"/, `"version": "${v}"`));
const errors = (head: string) => checkGovernance({ root: repo.dir, base, head }).diagnostics.filter((d) => d.severity === 'error');

beforeAll(() => {
  repo = TempRepo.create();
  writeToArchive(repo.dir, buildRelease({ root: repo.dir }));
  base = repo.commit('release 1.0.0');
});
afterAll(() => repo.dispose());

describe('G18-release-not-rebuilt', () => {
  it('a release rebuilt from the head’s own data passes (the version pull request)', () => {
    repo.git('checkout', '-q', '-B', 'honest', base);
    repo.edit(ML, (d) => d.set('notes', '勘误：补充说明。'));
    repo.event(ML, { date: '2026-11-20', event: 'corrected', note: '补充说明' });
    repo.changeset('fix', 'patch');
    const corrected = repo.commit('correction');
    // The version pull request: the changeset consumed, the version bumped, the release built from this data.
    repo.remove('.changeset/fix.md');
    setVersion(repo, '1.0.1');
    writeToArchive(repo.dir, buildRelease({ root: repo.dir }));
    const released = repo.commit('version 1.0.1');
    expect(checkGovernance({ root: repo.dir, base: corrected, head: released }).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('a forged release: data edited, release built, data reverted, only the release committed', () => {
    repo.git('checkout', '-q', '-B', 'forged', base);
    const original = repo.read(ML);
    repo.edit(ML, (d) => d.set('content', '伪造的内容。'));
    setVersion(repo, '1.0.1');
    writeToArchive(repo.dir, buildRelease({ root: repo.dir }));
    repo.write(ML, original);
    repo.changeset('forged', 'patch');
    const head = repo.commit('release 1.0.1');
    const found = errors(head);
    expect([...new Set(found.map((d) => d.code))]).toEqual(['G18-release-not-rebuilt']);
    // Located at the published file that differs, on the line of the forged text.
    const catalogue = found.find((d) => d.file === 'releases/1.0.1/catalogue.json')!;
    expect(catalogue).toBeDefined();
    expect(repo.read('releases/1.0.1/catalogue.json').split('\n')[catalogue.line - 1]).toContain('伪造的内容');
  });

  it('package.json’s version must be the index’s latest', () => {
    repo.git('checkout', '-q', '-B', 'version', base);
    setVersion(repo, '1.0.0');
    writeToArchive(repo.dir, buildRelease({ root: repo.dir, version: '1.1.0' }));
    const head = repo.commit('release 1.1.0, version left at 1.0.0');
    expect(errors(head).map((d) => [d.code, d.file])).toContainEqual(['G18-release-not-rebuilt', 'package.json']);
  });
});
