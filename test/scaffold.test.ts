// The scaffolder: valid proposals with every required field commented, IDs never used before, flags without a
// terminal, prompts in one, and nothing written unless it validates.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { FILE_KINDS, LIST_KINDS } from '../schemas/index.ts';
import { checkGovernance } from '../lib/governance/check.ts';
import { scaffold } from '../lib/scaffold.ts';
import { validate } from '../lib/validate.ts';
import { TempRepo } from './helpers/temp-repo.ts';

const SCRIPT = path.join(import.meta.dirname, '..', 'scripts', 'new.ts');

function run(args: string[], input = '') {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Required top-level fields of the first shape of a kind's schema (the default kind of each list). */
function requiredFields(kind: (typeof LIST_KINDS)[number] | 'basis'): string[] {
  const def = (FILE_KINDS[kind].schema as unknown as { _zod: { def: { shape?: Record<string, z.ZodType>; options?: { shape: Record<string, z.ZodType> }[] } } })._zod.def;
  const shapes = def.shape ? [def.shape] : def.options!.map((o) => o.shape);
  const shape = kind === 'measure' ? shapes[1]! : shapes[0]!; // measures: the management kind the scaffolder writes
  return Object.entries(shape)
    .filter(([, s]) => !s.safeParse(undefined).success)
    .map(([k]) => k);
}

let repo: TempRepo;

/** The positive catalogue item (honours) of the valid-incentive fixture. */
const POSITIVE_ITEM = (JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', 'valid', 'incentive.json'), 'utf8')) as { write: Record<string, string> }).write['catalogue/ML-0003.yaml']!;
beforeEach(() => {
  repo = TempRepo.create();
});
afterEach(() => repo.dispose());

describe('what it writes', () => {
  it.each(LIST_KINDS)('a %s proposal: valid, modeline first, every required field present and commented in Chinese', (kind) => {
    // An incentive needs positive information in the catalogue to rest on; the base fixture has only dishonesty items.
    if (kind === 'incentive') repo.write('catalogue/ML-0003.yaml', POSITIVE_ITEM);
    const made = scaffold(repo.dir, { kind, title: '拒不履行行政决定信息', department: 'finance', date: '2026-11-20' });
    expect(made.text.split('\n')[0]).toBe(`# yaml-language-server: $schema=../schemas/${FILE_KINDS[kind].jsonSchema}`);
    const data = parseDocument(made.text).toJS() as Record<string, unknown>;
    for (const field of requiredFields(kind)) expect(data, field).toHaveProperty(field);
    expect(data).toMatchObject({ status: 'proposed', proposal: { department: 'finance', date: '2026-11-20' }, history: [{ date: '2026-11-20', event: 'proposed' }] });
    for (const l of made.text.split('\n').filter((x) => /^[a-z_]+:/.test(x))) expect(l, l).toMatch(/ # .*[\u4e00-\u9fff]/);
    const r = validate(repo.dir, [path.join(repo.dir, made.file)], new Map([[made.file, Buffer.from(made.text)]]));
    expect(r.diagnostics).toEqual([]);
  });

  it('a legal basis from its required facts', () => {
    const made = scaffold(repo.dir, { kind: 'basis', id: 'test-regulation', title: '测试条例', level: 'local_regulation', issuer: '山东省人民代表大会常务委员会', article: '第二条', text: '本条例适用于测试。', date: '2026-11-20' });
    expect(made.file).toBe('bases/test-regulation.yaml');
    expect(parseDocument(made.text).toJS()).toMatchObject({ jurisdiction: '370000', status: 'in_force', articles: [{ number: '第二条', text: '本条例适用于测试。' }] });
    for (const field of requiredFields('basis')) expect(made.text).toContain(`\n${field}:`);
    expect(validate(repo.dir, [path.join(repo.dir, made.file)], new Map([[made.file, Buffer.from(made.text)]])).diagnostics).toEqual([]);
  });

  it('a proposal it writes passes the governance check as a pull request', () => {
    const base = repo.head();
    const made = scaffold(repo.dir, { kind: 'catalogue', title: '拒不履行行政决定信息', department: 'finance', date: '2026-11-20' });
    repo.write(made.file, made.text).changeset('propose', 'patch');
    const head = repo.commit('propose');
    expect(checkGovernance({ root: repo.dir, base, head }).diagnostics).toEqual([]);
  });
});

describe('IDs are never reused', () => {
  it('takes the next after the data', () => {
    expect(scaffold(repo.dir, { kind: 'catalogue', title: 't', department: 'finance', date: '2026-11-20' }).id).toBe('ML-0003');
    expect(scaffold(repo.dir, { kind: 'measure', title: 't', department: 'finance', date: '2026-11-20' }).id).toBe('CS-0002');
    expect(scaffold(repo.dir, { kind: 'exemption', title: 't', department: 'finance', date: '2026-11-20' }).id).toBe('HM-0002');
  });
  it('skips IDs in any release', () => {
    repo.write('releases/1.0.0/catalogue.json', JSON.stringify({ entries: [{ id: 'ML-0007' }] }));
    expect(scaffold(repo.dir, { kind: 'catalogue', title: 't', department: 'finance', date: '2026-11-20' }).id).toBe('ML-0008');
  });
  it('skips IDs of entries deleted from the history, and of other branches', () => {
    repo.write('catalogue/ML-0005.yaml', repo.read('catalogue/ML-0001.yaml'));
    repo.commit('add');
    repo.remove('catalogue/ML-0005.yaml');
    repo.commit('delete');
    repo.git('checkout', '-q', '-b', 'other-proposal');
    repo.write('measures/CS-0004.yaml', repo.read('measures/CS-0001.yaml'));
    repo.commit('a proposal on another branch');
    repo.git('checkout', '-q', 'main');
    expect(scaffold(repo.dir, { kind: 'catalogue', title: 't', department: 'finance', date: '2026-11-20' }).id).toBe('ML-0006');
    expect(scaffold(repo.dir, { kind: 'measure', title: 't', department: 'finance', date: '2026-11-20' }).id).toBe('CS-0005');
  });
  it('refuses a basis ID already used', () => {
    expect(() => scaffold(repo.dir, { kind: 'basis', id: 'wage-payment-regulation', title: 't', level: 'law', issuer: 'x', article: '第一条', text: 'x', date: '2026-11-20' })).toThrow(/already used/);
  });
});

describe('the command', () => {
  it('writes the file atomically, then the repository validates', () => {
    const r = run(['catalogue', '--title', '拒不履行行政决定信息', '--department', 'finance', '--date', '2026-11-20', '--root', repo.dir]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('已生成 catalogue/ML-0003.yaml');
    expect(validate(repo.dir).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(repo.git('status', '--porcelain')).toBe('?? catalogue/ML-0003.yaml');
  });

  it('--dry-run prints and writes nothing', () => {
    const r = run(['measure', '--title', '限制评优评先', '--department', 'finance', '--date', '2026-11-20', '--dry-run', '--root', repo.dir]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('triggers: [ML-0001]');
    expect(existsSync(path.join(repo.dir, 'measures/CS-0002.yaml'))).toBe(false);
  });

  it('without a terminal, missing required options end with exit 2 and a bilingual message', () => {
    const r = run(['catalogue', '--root', repo.dir]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('缺少必填选项：--title、--department');
    expect(r.err).toContain('Missing required options: --title, --department');
    expect(r.err).not.toContain('    at ');
    const basis = run(['basis', '--id', 'x-law', '--root', repo.dir]);
    expect(basis.code).toBe(2);
    expect(basis.err).toContain('--title、--level、--issuer、--article、--text');
  });

  it('an unknown department, kind or bad date is a usage error listing the choices', () => {
    const dept = run(['exemption', '--title', 't', '--department', 'nope', '--root', repo.dir]);
    expect(dept.code).toBe(2);
    expect(dept.err).toContain('sdrc（山东省发展和改革委员会）');
    expect(run(['regulation', '--root', repo.dir]).code).toBe(2);
    expect(run(['catalogue', '--title', 't', '--department', 'sdrc', '--date', '2026-13-40', '--root', repo.dir]).code).toBe(2);
  });

  it('a result that would not validate is not written (exit 1)', () => {
    // Citing an article the register does not hold.
    const r = run(['catalogue', '--title', 't', '--department', 'sdrc', '--articles', '第九十九条', '--date', '2026-11-20', '--root', repo.dir]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('P13-basis-missing');
    expect(existsSync(path.join(repo.dir, 'catalogue/ML-0003.yaml'))).toBe(false);
  });

  it('takes a registered department name or basis title as its code, and says why it refuses an answer', () => {
    const byName = run(['catalogue', '--title', '拒不履行行政决定信息', '--department', '山东省财政厅', '--basis', '《山东省社会信用条例》', '--date', '2026-11-20', '--dry-run', '--root', repo.dir]);
    expect(byName.code).toBe(0);
    expect(byName.out).toContain('providers: [finance]');
    expect(byName.out).toContain('basis: shandong-social-credit-regulation');
    const misspelt = run(['catalogue', '--title', 't', '--department', 'finace', '--root', repo.dir]);
    expect(misspelt.code).toBe(2);
    expect(misspelt.err).toContain('“finace”不是已登记的部门编号。您是不是要写 finance（山东省财政厅）？');
    const unknown = run(['catalogue', '--title', 't', '--department', '山东省教育厅', '--root', repo.dir]);
    expect(unknown.err).toContain('“山东省教育厅”既不是已登记的部门编号，也不是已登记的部门名称。可填：sdrc（山东省发展和改革委员会）');
  });

  it('in a terminal, a refused answer is explained and a department’s name is taken as its ID', () => {
    const hasScript = spawnSync('script', ['--version']).status === 0;
    if (!hasScript) return;
    const cmd = [process.execPath, SCRIPT, 'catalogue', '--date', '2026-11-20', '--root', repo.dir].map((a) => `'${a}'`).join(' ');
    const out = execFileSync('script', ['-qec', cmd, '/dev/null'], { input: '拒不履行行政决定信息\nfinace\n山东省财政厅\n\n\n\n', encoding: 'utf8', timeout: 20_000 });
    expect(out).toContain('✖ “finace”不是已登记的部门编号。您是不是要写 finance（山东省财政厅）？请重新输入。');
    expect(out).toContain('✔ 已按部门名称“山东省财政厅”取其编号 finance');
    expect(out).not.toContain('✖ 请重新输入。Please try again.');
    expect(repo.read('catalogue/ML-0003.yaml')).toContain('providers: [finance]');
  });

  it('in a terminal it asks, Chinese first, and takes the defaults offered', () => {
    // `script` gives the command a pseudo-terminal; the answers are typed into it.
    const hasScript = spawnSync('script', ['--version']).status === 0;
    if (!hasScript) return;
    const cmd = [process.execPath, SCRIPT, 'catalogue', '--date', '2026-11-20', '--root', repo.dir].map((a) => `'${a}'`).join(' ');
    const out = execFileSync('script', ['-qec', cmd, '/dev/null'], { input: '拒不履行行政决定信息\nhrss\n\n\n\n', encoding: 'utf8', timeout: 20_000 });
    expect(out).toContain('名称 Title');
    expect(out).toContain('提出部门（编号或名称） Department ID or name');
    expect(out).toContain('已生成 catalogue/ML-0003.yaml');
    expect(repo.read('catalogue/ML-0003.yaml')).toContain('providers: [hrss]');
  });
});
