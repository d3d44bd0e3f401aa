// The validator as a clerk and a workflow run it: exit codes, output formats, and no stack traces.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, loadCases, materialise } from './fixture-cases.ts';

const SCRIPT = path.join(import.meta.dirname, '..', 'scripts', 'validate.ts');
const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
const broken = materialise(loadCases().find((c) => c.name === 'schema-enum')!);
const warningOnly = materialise(loadCases().find((c) => c.name === 'P11-objection-days')!);
const STACK = /\n\s+at .+:\d+:\d+/;

describe('npm run validate', () => {
  it('exits 0 on valid data', () => {
    const r = run('--root', BASE);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('没有发现问题');
  });

  it('exits 0 when there are only warnings', () => {
    const r = run('--root', warningOnly);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('P11-objection-days');
  });

  it('exits 1 with located, bilingual messages on bad data', () => {
    const r = run('--root', broken);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('catalogue/ML-0001.yaml:5:9');
    expect(r.stdout).toContain('您是不是要写 dishonesty？');
    expect(r.stdout).toContain('Did you mean dishonesty?');
    expect(r.stdout + r.stderr).not.toMatch(STACK);
  });

  it('prints GitHub workflow annotations', () => {
    const r = run('--root', broken, '--format', 'github');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error file=catalogue\/ML-0001\.yaml,line=5,col=9,title=schema-enum::.+%0A/m);
  });

  it('prints a machine-readable JSON report', () => {
    const r = run('--root', broken, '--format', 'json');
    const report = JSON.parse(r.stdout);
    expect(report.summary).toEqual({ files: 7, errors: 3, warnings: 0 });
    expect(report.diagnostics[0]).toMatchObject({ file: 'catalogue/ML-0001.yaml', line: 5, col: 9, code: 'schema-enum', severity: 'error' });
  });

  it('checks only the files given', () => {
    const r = run('--root', broken, path.join(broken, 'measures', 'CS-0001.yaml'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('检查了 1 个文件');
  });

  it.each([
    [['--format', 'xml'], '--format'],
    [['--colour'], '--colour'],
    [['--root', BASE, path.join(BASE, 'notes.txt')], 'not a data file'],
    [['--root', BASE, '/etc/hosts'], 'outside'],
    [['--format'], '--format'],
  ])('exits 2 on a usage problem: %j', (args, mention) => {
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('用法错误');
    expect(r.stderr).toContain(mention);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('exits 0 and explains itself with --help', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--format text|github|json');
  });
});
