// npm run checklist and npm run in-force as an officer runs them: JSON and text, exit codes, bilingual messages, no stack traces.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const run = (script: string, ...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), ...args], { encoding: 'utf8', cwd: ROOT });
const STACK = /\n\s+at .+:\d+:\d+/;

describe('npm run checklist', () => {
  it('prints the done-when JSON for ML-0023, a legal person, release 2.0.2, 2026-12-01', () => {
    const r = run('checklist.ts', 'ML-0023', '--subject', 'legal_person', '--release', '2.0.2', '--date', '2026-12-01', '--format', 'json');
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.item).toMatchObject({ id: 'ML-0023', legal_status: 'in_force' });
    expect(j.release).toEqual({ version: '2.0.2', edition: '2026年第2版（勘误2）', releaseDate: '2026-11-22', manifestSha256: '41852b289d518051c1330fecaa09508f670f86757033e6128feccb6ca9792ce1' });
    expect(j.measures).toHaveLength(11);
    const cs7 = j.measures.find((m: { id: string }) => m.id === 'CS-0007');
    expect(cs7).toMatchObject({ kind: 'rights_reducing', via: 'direct', discretionary: false });
    expect(cs7.implementers.map((d: { name: string }) => d.name)).toContain('山东省市场监督管理局');
    expect(cs7.bases[0].articles[0].text).toContain('拖欠农民工工资失信联合惩戒对象名单');
    const objection = j.procedure.find((s: { key: string }) => s.key === 'objection_before_listing');
    expect(objection).toMatchObject({ days: 10, day_unit: 'working_days' });
    expect(objection.source).toContain('四（一）'); // the national default: the example's regulation sets no number for it
    expect(j.repair.removal.conditions).toContain('移出条件');
    expect(j.repair.removal.remedies).toContain('行政复议');
    expect(j.excluded).toEqual([]);
  });

  it('empties the measures for a circumstance whose exemption forbids punishing, with repeated --circumstance', () => {
    const r = run('checklist.ts', 'ML-0023', '--subject', 'legal_person', '--date', '2026-12-01', '--circumstance', 'force_majeure', '--circumstance', 'minor', '--format', 'json');
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.circumstances).toEqual(['force_majeure', 'minor']);
    expect(j.measures).toEqual([]);
    expect(j.excluded.every((e: { reason: string; by: string }) => e.reason === 'exempted' && e.by === 'HM-0008')).toBe(true);
  });

  it('prints a bilingual text checklist with boxes to tick', () => {
    const r = run('checklist.ts', 'ML-0013', '--date', '2026-12-01');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('办案清单 Case checklist · ML-0013');
    expect(r.stdout).toContain('[ ] 1. CS-0001');
    expect(r.stdout).toContain('✗ CS-0014');
    expect(r.stdout).toContain('该日措施已废止（The measure had been repealed by the date）');
  });

  it.each([
    [['ML-9999', '--date', '2026-12-01'], '没有目录事项 ML-9999', 'has no catalogue item ML-9999'],
    [['ML-0023', '--subject', 'natural_person', '--date', '2026-12-01'], '不记录自然人的信息', 'does not record natural persons'],
    [['ML-0023', '--date', '2026-01-01'], '早于第一个发布版本', 'is before the first release'],
  ])('exits 1 with a message in both languages: %j', (args, zh, en) => {
    const r = run('checklist.ts', ...args);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(zh);
    expect(r.stderr).toContain(en);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(STACK);
  });

  it('exits 2 on a usage mistake', () => {
    const r = run('checklist.ts', 'ML-0023', '--format', 'xml');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--format 只能是 text、json');
    expect(r.stderr).not.toMatch(STACK);
    expect(run('checklist.ts').status).toBe(2);
  });
});

describe('npm run in-force', () => {
  it('lists what was in force on a date as JSON', () => {
    const r = run('in-force.ts', '--date', '2026-10-25', '--list', 'measures', '--format', 'json');
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.release.version).toBe('2.0.0');
    expect(Object.keys(j.lists)).toEqual(['measures']);
    expect(j.lists.measures.find((e: { id: string }) => e.id === 'CS-0002')).toMatchObject({ valid_to: '2026-10-31', release: '1.0.0' });
  });
  it('prints text, and exits 1 before the first release', () => {
    const ok = run('in-force.ts', '--date', '2026-12-01');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('2026-12-01 施行的清单条目 Entries in force on 2026-12-01');
    const early = run('in-force.ts', '--date', '2025-12-31');
    expect(early.status).toBe(1);
    expect(early.stderr).toContain('Error: 2025-12-31 is before the first release');
    expect(run('in-force.ts', '--date', '2026-12-01', '--list', 'people').status).toBe(2);
  });
});
