// A release build killed half-way leaves nothing a later run trips on; a schema failure is a located data error.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeStaleTemporaries } from '../lib/atomic.ts';
import { buildRelease, locateSchemaIssue } from '../lib/release/build.ts';
import { Repository } from '../lib/repository.ts';
import { cleanTemps, fixtureRepo, release, tempDir } from './release/helpers.ts';

afterEach(cleanTemps);

/** The ID of a process that has ended, as a killed run's would be. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('temporaries of killed runs', () => {
  it('are removed at the next start when their writer is gone, and kept while it runs', () => {
    const dir = tempDir('temps-');
    const dead = deadPid();
    // A split site build's helper output and shared load are named after the output too (site/build.ts).
    for (const name of [`.2.0.3.${dead}.tmp`, `.index.json.${dead}.tmp`, `dist.tmp-${dead}`, `dist.tmp-${dead}-en`, `dist.tmp-${dead}-load`, `dist.old-${dead}`, `.2.0.4.${process.pid}.tmp`, `dist.tmp-${process.ppid}`, `dist.tmp-${process.ppid}-load`, '2.0.2', 'index.json'])
      mkdirSync(path.join(dir, name));
    expect(removeStaleTemporaries(dir).sort()).toEqual([`.2.0.3.${dead}.tmp`, `.index.json.${dead}.tmp`, `dist.old-${dead}`, `dist.tmp-${dead}`, `dist.tmp-${dead}-en`, `dist.tmp-${dead}-load`]);
    expect(readdirSync(dir).sort()).toEqual([`.2.0.4.${process.pid}.tmp`, '2.0.2', `dist.tmp-${process.ppid}`, `dist.tmp-${process.ppid}-load`, 'index.json']);
  });

  it('a release folder half-written by a killed release:build does not stop the next one', () => {
    const root = fixtureRepo('1.0.0');
    release(root);
    const leftover = path.join(root, 'releases', `.1.0.1.${deadPid()}.tmp`);
    mkdirSync(leftover);
    writeFileSync(path.join(leftover, 'catalogue.json'), '{"trunc');
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'x', version: '1.0.1', private: true }));
    expect(() => buildRelease({ root })).not.toThrow();
    expect(existsSync(leftover)).toBe(false);
  });

  it('the patterns are ignored by git', () => {
    const r = spawnSync('git', ['check-ignore', '--no-index', 'dist.tmp-123', 'dist.old-123', 'releases/.2.0.3.123.tmp', 'site/dist.tmp-9', 'dist.tmp-9-load'], { cwd: path.join(import.meta.dirname, '..'), encoding: 'utf8' });
    expect(r.stdout.trim().split('\n')).toEqual(['dist.tmp-123', 'dist.old-123', 'releases/.2.0.3.123.tmp', 'site/dist.tmp-9', 'dist.tmp-9-load']);
  });
});

describe('a schema failure at release:build', () => {
  it('is reported in the data file, at the field', () => {
    const root = fixtureRepo('1.0.0');
    const repo = new Repository(root);
    const data = { bases: [{ id: 'shandong-social-credit-regulation' }, { id: 'wage-payment-regulation' }] };
    const d = locateSchemaIssue('bases', data, { pointer: '/bases/1/issuer', message: 'must match format "uri"' }, repo);
    expect(d && { file: d.file, line: d.line, code: d.code, path: d.path }).toEqual({ file: 'bases/wage-payment-regulation.yaml', line: 5, code: 'schema-release', path: 'issuer' });
    expect(d!.message.zh).toContain('issuer');
    const e = locateSchemaIssue('catalogue', { entries: [{ id: 'ML-0002' }] }, { pointer: '/entries/0/title', message: 'too long' }, repo);
    expect(e && `${e.file}:${e.line}`).toBe('catalogue/ML-0002.yaml:3');
  });
});
