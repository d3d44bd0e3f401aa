// The release builder on the base fixture: what is published, determinism, changes.json, CSV, refusals, atomicity.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildRelease, editionFor, writeToArchive, writeToDir } from '../lib/release/build.ts';
import { changeOf } from '../lib/release/changes.ts';
import type { PublishedEntry } from '../lib/release/publish.ts';
import { csvHeaders } from '../lib/release/csv.ts';
import { verifyArchive } from '../lib/release/verify.ts';
import { FORMAT_VERSION, type CatalogueFile, type ChangesFile, type Manifest, type MeasuresFile, type ReleaseIndex } from '../schemas/release.ts';
import { cleanTemps, editYaml, EXAMPLE_KEY, EXAMPLE_SIGNER, fixtureRepo, readJson, release, runScript, setVersion, tempDir, treeBytes } from './release/helpers.ts';
import { prepareFirstEdition, prepareSecondEdition, startAmendment } from './release/scenario.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');

afterEach(cleanTemps);

const rel = (root: string, ...p: string[]) => path.join(root, 'releases', ...p);

function twoEditions(): string {
  const root = fixtureRepo('1.0.0');
  prepareFirstEdition(root);
  release(root);
  prepareSecondEdition(root);
  release(root);
  return root;
}

describe('what a release publishes', () => {
  it('publishes approved entries and tombstones, never proposals or consultations', () => {
    const root = twoEditions();
    const v1 = readJson<CatalogueFile>(rel(root, '1.0.0', 'catalogue.json'));
    expect(v1.entries.map((e) => e.id)).toEqual(['ML-0001', 'ML-0002', 'ML-0003']);
    expect(readJson<MeasuresFile>(rel(root, '1.0.0', 'measures.json')).entries).toEqual([]); // CS-0001 is under consultation
    expect(readJson<{ entries: unknown[] }>(rel(root, '1.0.0', 'exemptions.json')).entries).toEqual([]); // HM-0001 is a proposal
    const v2 = readJson<CatalogueFile>(rel(root, '2.0.0', 'catalogue.json'));
    expect(v2.entries.map((e) => [e.id, e.status, e.legal_status])).toEqual([
      ['ML-0001', 'approved', 'in_force'],
      ['ML-0002', 'approved', 'in_force'],
      ['ML-0003', 'repealed', 'repealed'],
    ]);
    expect(readJson<MeasuresFile>(rel(root, '2.0.0', 'measures.json')).entries.map((e) => [e.id, e.legal_status])).toEqual([['CS-0001', 'scheduled']]);
    expect(readJson<{ entries: unknown[] }>(rel(root, '2.0.0', 'exemptions.json')).entries).toEqual([]);
  });

  it('states legal status on the release date and keeps the consultation and approval records', () => {
    const root = fixtureRepo();
    const built = buildRelease({ root });
    const cat = JSON.parse(built.files.get('catalogue.json')!.toString()) as CatalogueFile;
    expect(built.releaseDate).toBe('2026-03-20');
    const ml1 = cat.entries.find((e) => e.id === 'ML-0001')!;
    expect(ml1.legal_status).toBe('scheduled'); // in force from 2026-05-01
    expect(ml1.consultation?.response).toContain('采纳1条');
    expect(ml1.approval?.document_number).toBe('示例〔2026〕1号');
    expect(cat.entries.find((e) => e.id === 'ML-0002')!.legal_status).toBe('in_force');
  });

  it('keeps an entry under amendment published in its previously released version', () => {
    const root = fixtureRepo('1.0.0');
    release(root);
    const before = readJson<CatalogueFile>(rel(root, '1.0.0', 'catalogue.json')).entries.find((e) => e.id === 'ML-0001')!;
    startAmendment(root);
    setVersion(root, '1.1.0');
    const built = release(root);
    const after = readJson<CatalogueFile>(rel(root, '1.1.0', 'catalogue.json')).entries.find((e) => e.id === 'ML-0001')!;
    expect(after.content).toBe(before.content);
    expect(after.status).toBe('approved');
    expect(after.history).toEqual(before.history);
    expect({ ...after, legal_status: 'x' }).toEqual({ ...before, legal_status: 'x' });
    expect(built.changes.changes.find((c) => c.id === 'ML-0001')).toBeUndefined();
  });

  it('says an entry stays in force while its approved amendment waits for its effective date', () => {
    const root = fixtureRepo('1.0.0');
    release(root);
    editYaml(root, 'catalogue/ML-0002.yaml', (d) => {
      d.disclosure = { mode: 'public', period: { years: 2 } };
      d.consultation = { opens: '2026-04-01', closes: '2026-05-05', channel: { kind: 'forge' }, comments_received: 0, comments_adopted: 0, response: '未收到意见。' };
      d.approval = { body: '山东省人民政府', date: '2026-05-20', document_number: '示例〔2026〕5号', effective: '2027-01-01' };
      (d.history as unknown[]).push({ date: '2026-03-25', event: 'amendment_proposed' }, { date: '2026-04-01', event: 'consultation_opened' }, { date: '2026-05-05', event: 'consultation_closed' }, { date: '2026-05-20', event: 'amended', ref: '示例〔2026〕5号' });
    });
    setVersion(root, '1.1.0');
    release(root);
    const cat = readJson<CatalogueFile>(rel(root, '1.1.0', 'catalogue.json'));
    expect(cat.releaseDate).toBe('2026-05-20');
    expect(cat.entries.map((e) => [e.id, e.legal_status])).toEqual([
      ['ML-0001', 'in_force'],
      ['ML-0002', 'amendment_scheduled'],
    ]);
    expect(readJson<Manifest>(rel(root, '1.1.0', 'manifest.json')).counts.catalogue).toMatchObject({ inForce: 1, amendmentScheduled: 1, scheduled: 0 });
    expect(readFileSync(rel(root, '1.1.0', 'catalogue.csv'), 'utf8')).toContain('现行有效，修订尚未施行');
  });

  it('does not publish an entry under amendment that no earlier release holds', () => {
    const root = fixtureRepo('1.0.0');
    startAmendment(root);
    const built = buildRelease({ root });
    const cat = JSON.parse(built.files.get('catalogue.json')!.toString()) as CatalogueFile;
    expect(cat.entries.map((e) => e.id)).toEqual(['ML-0002']);
  });
});

describe('changes.json', () => {
  it('a corrected record of the same decision (its approving body) is a correction, not an amendment', () => {
    const published = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'releases', '2.0.2', 'measures.json'), 'utf8')) as { entries: PublishedEntry[] }).entries;
    const before = published.find((e) => e.id === 'CS-0001')!;
    const approval = before.approval as { body: string };
    const after = {
      ...before,
      approval: { ...approval, body: '山东省发展和改革委员会' },
      history: [...(before.history as object[]), { date: '2026-11-22', event: 'corrected', note: '更正审定记录的机关' }],
    } as PublishedEntry;
    const c = changeOf('measures', before, after, '2026-11-28')!;
    expect(c).toMatchObject({ change: 'corrected', effective: '2026-11-22', reason: '更正审定记录的机关', approval: { body: '山东省发展和改革委员会' } });
    expect(c.fields).toEqual([{ path: 'approval.body', old: approval.body, new: '山东省发展和改革委员会' }]);
    // A new decision (another date and document number) is still an amendment.
    const decided = { ...after, approval: { ...approval, date: '2026-11-28', document_number: '示例〔2026〕99号' } } as PublishedEntry;
    expect(changeOf('measures', before, decided, '2026-11-28')!.change).toBe('amended');
  });

  it('lists every entry of the first release as added', () => {
    const root = twoEditions();
    const c = readJson<ChangesFile>(rel(root, '1.0.0', 'changes.json'));
    expect(c.previousVersion).toBeUndefined();
    expect(c.changes.map((x) => [x.id, x.change, x.effective])).toEqual([
      ['ML-0001', 'added', '2026-05-01'],
      ['ML-0002', 'added', '2025-07-01'],
      ['ML-0003', 'added', '2026-05-01'],
    ]);
  });

  it('types each change of the next release, with field diffs, dates and approvals', () => {
    const root = twoEditions();
    const c = readJson<ChangesFile>(rel(root, '2.0.0', 'changes.json'));
    expect(c.previousVersion).toBe('1.0.0');
    expect(c.summary).toEqual({ added: 1, amended: 1, corrected: 1, repealed: 1 });
    const by = Object.fromEntries(c.changes.map((x) => [x.id, x]));
    expect(by['ML-0001']).toMatchObject({ change: 'corrected', effective: '2026-04-02', reason: '补正“经责令限期缴纳后”的文字', approval: { document_number: '示例〔2026〕1号' } });
    expect(by['ML-0001']!.fields).toEqual([
      { path: 'content', old: '用人单位拒不缴纳依法应当缴纳的社会保险费，经责令限期缴纳逾期仍不缴纳的信息。', new: '用人单位拒不缴纳依法应当缴纳的社会保险费，经责令限期缴纳后逾期仍不缴纳的信息。' },
    ]);
    expect(by['ML-0002']).toMatchObject({ change: 'amended', effective: '2026-07-01', reason: '公开期限由3年改为2年', approval: { body: '山东省人民政府', date: '2026-05-20', document_number: '示例〔2026〕5号' } });
    expect(by['ML-0002']!.fields).toEqual([
      { path: 'disclosure.period.years', old: 3, new: 2 },
      { path: 'sharing.scope', old: '全国信用信息共享平台', new: '全国信用信息共享平台及省直有关部门' },
    ]);
    expect(by['ML-0003']).toMatchObject({ change: 'repealed', effective: '2026-07-01', reason: '已纳入全国基础目录，补充目录不再重复列出', approval: { document_number: '示例〔2026〕6号' } });
    expect(by['ML-0003']!.fields).toBeUndefined();
    expect(by['CS-0001']).toMatchObject({ list: 'measures', change: 'added', effective: '2027-01-01', approval: { date: '2026-11-10', document_number: '示例〔2026〕8号' } });
    expect(c.changes.map((x) => x.id)).toEqual(['ML-0001', 'ML-0002', 'ML-0003', 'CS-0001']);
  });
});

describe('manifest, index and editions', () => {
  it('records every file with its size and SHA-256, the counts, and the index newest first', () => {
    const root = twoEditions();
    const m = readJson<Manifest>(rel(root, '2.0.0', 'manifest.json'));
    expect(m).toMatchObject({ version: '2.0.0', edition: '2026年第2版', releaseDate: '2026-11-10', previousVersion: '1.0.0', formatVersion: FORMAT_VERSION });
    expect(m.jurisdiction).toMatchObject({ division_code: '370000', example: true });
    expect(m.counts.catalogue).toEqual({ total: 3, inForce: 2, scheduled: 0, amendmentScheduled: 0, repealScheduled: 0, repealed: 1 });
    expect(m.files.map((f) => f.path)).toEqual(['bases.json', 'catalogue.csv', 'catalogue.json', 'changes.json', 'exemptions.csv', 'exemptions.json', 'incentives.csv', 'incentives.json', 'measures.csv', 'measures.json']);
    for (const f of m.files) expect(readFileSync(rel(root, '2.0.0', f.path)).length).toBe(f.bytes);
    const index = readJson<ReleaseIndex>(rel(root, 'index.json'));
    expect(index.latest).toBe('2.0.0');
    expect(index.releases.map((r) => [r.version, r.edition, r.releaseDate])).toEqual([
      ['2.0.0', '2026年第2版', '2026-11-10'],
      ['1.0.0', '2026年版', '2026-03-20'],
    ]);
    expect(verifyArchive(rel(root)).problems).toEqual([]);
  });

  it('labels editions by the release year, and patch releases as corrections of their edition', () => {
    const r = (version: string, releaseDate: string, edition: string) => ({ version, releaseDate, edition, formatVersion: '1.0', manifestSha256: '0'.repeat(64) });
    expect(editionFor('1.0.0', '2025-12-01', [])).toBe('2025年版');
    const a = [r('1.0.0', '2025-12-01', '2025年版')];
    expect(editionFor('2.0.0', '2026-03-01', a)).toBe('2026年版');
    const b = [...a, r('2.0.0', '2026-03-01', '2026年版')];
    expect(editionFor('2.0.1', '2026-03-09', b)).toBe('2026年版（勘误1）');
    const c = [...b, r('2.0.1', '2026-03-09', '2026年版（勘误1）')];
    expect(editionFor('2.0.2', '2026-04-01', c)).toBe('2026年版（勘误2）');
    expect(editionFor('2.1.0', '2026-09-01', c)).toBe('2026年第2版');
  });
});

describe('determinism', () => {
  it('gives identical bytes twice, whatever the clock says, and equal to the archived release', () => {
    const root = twoEditions();
    const a = path.join(tempDir(), 'A');
    const b = path.join(tempDir(), 'B');
    writeToDir(a, buildRelease({ root, signer: EXAMPLE_SIGNER }));
    vi.useFakeTimers({ now: new Date('2031-07-04T12:00:00Z') });
    try {
      writeToDir(b, buildRelease({ root, signer: EXAMPLE_SIGNER }));
    } finally {
      vi.useRealTimers();
    }
    const archived = treeBytes(rel(root, '2.0.0'));
    expect(treeBytes(a)).toEqual(treeBytes(b));
    expect(treeBytes(a)).toEqual(archived); // Ed25519 is deterministic: the signature too
    expect([...archived.keys()]).toHaveLength(12);
    expect(archived.has('manifest.json.sig')).toBe(true);
  });

  it('builds the same release from the command line into --out, touching nothing else', () => {
    const root = twoEditions();
    const before = treeBytes(root);
    const out = path.join(tempDir(), 'out');
    const r = runScript('release-build.ts', ['--root', root, '--out', out, '--key', EXAMPLE_KEY]);
    expect(r.status, r.stderr).toBe(0);
    expect(treeBytes(out)).toEqual(treeBytes(rel(root, '2.0.0')));
    expect(treeBytes(root)).toEqual(before);
  });

  it('reads the data from --data and the version and archive from the root', () => {
    const data = fixtureRepo('9.9.9');
    const root = tempDir();
    setVersion(root, '1.0.0');
    mkdirSync(rel(root));
    writeFileSync(rel(root, 'allowed_signers'), readFileSync(rel(data, 'allowed_signers')));
    const r = runScript('release-build.ts', ['--root', root, '--data', data, '--key', EXAMPLE_KEY]);
    expect(r.status, r.stderr).toBe(0);
    expect(readJson<Manifest>(rel(root, '1.0.0', 'manifest.json')).version).toBe('1.0.0');
    setVersion(data, '1.0.0');
    expect(treeBytes(rel(root, '1.0.0'))).toEqual(new Map(buildRelease({ root: data, signer: EXAMPLE_SIGNER }).files));
    expect(readdirSync(rel(data))).toEqual(['allowed_signers']);
  });

  it('writes keys in code-point order, two-space indented, with a final newline', () => {
    const built = buildRelease({ root: fixtureRepo() });
    const text = built.files.get('manifest.json')!.toString();
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).not.toContain('\r');
    const keys = Object.keys(JSON.parse(text) as object);
    expect(keys).toEqual([...keys].sort());
  });
});

describe('CSV', () => {
  /** RFC 4180 reader, enough for the test. */
  function parseCsv(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (quoted) {
        if (ch === '"' && text[i + 1] === '"') (cell += '"', i++);
        else if (ch === '"') quoted = false;
        else cell += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') (row.push(cell), (cell = ''));
      else if (ch === '\r' && text[i + 1] === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''), i++);
      else cell += ch;
    }
    return rows;
  }

  it('is UTF-8 with a BOM and CRLF rows, headed by the field registry’s labels, values in words rather than codes', () => {
    const root = twoEditions();
    const bytes = readFileSync(rel(root, '2.0.0', 'catalogue.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\r/);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(csvHeaders('catalogue'));
    expect(rows[0]!.slice(0, 6)).toEqual(['序号', '编号', '信息事项名称', '信息类别', '信息性质', '具体行为或信息内容']);
    expect(rows).toHaveLength(4);
    for (const r of rows) expect(r).toHaveLength(rows[0]!.length);
    const col = (name: string) => rows[0]!.indexOf(name);
    const ml2 = rows.find((r) => r[col('编号')] === 'ML-0002')!;
    expect(ml2[col('信息性质')]).toBe('失信信息');
    expect(ml2[col('主体类型')]).toBe('法人；非法人组织');
    expect(ml2[col('提供单位')]).toBe('山东省人力资源和社会保障厅');
    expect(ml2[col('公开（公示）期限')]).toBe('2年');
    expect(ml2[col('依据')]).toBe('《保障农民工工资支付条例》第四十八条；《山东省社会信用条例》第二十九条');
    expect(ml2[col('发布日的效力状态')]).toBe('现行有效');
    expect(rows.find((r) => r[col('编号')] === 'ML-0003')![col('发布日的效力状态')]).toBe('已废止');
    expect(text).not.toMatch(/\b(dishonesty|legal_person|in_force|within_7_working_days)\b/);

    const measures = parseCsv(readFileSync(rel(root, '2.0.0', 'measures.csv'), 'utf8').slice(1));
    expect(measures[0]).toEqual(csvHeaders('measures'));
    const m = measures[1]!;
    expect(m[measures[0]!.indexOf('措施类别')]).toBe('公共管理机构实施的减损权益或增加义务的措施');
    expect(m[measures[0]!.indexOf('触发本措施的目录事项')]).toBe('ML-0002 拖欠农民工工资失信联合惩戒对象名单信息');
    expect(m[measures[0]!.indexOf('实施单位')]).toBe('山东省财政厅');
    expect(m[measures[0]!.indexOf('发布日的效力状态')]).toBe('尚未施行');
  });
});

describe('refusals', () => {
  it('refuses to overwrite a released version, with a bilingual message, and changes nothing', () => {
    const root = twoEditions();
    const before = treeBytes(rel(root));
    const r = runScript('release-build.ts', ['--root', root]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('版本 2.0.0 已经发布');
    expect(r.stderr).toContain('Version 2.0.0 has already been released');
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
    expect(treeBytes(rel(root))).toEqual(before);
  });

  it('refuses to build from data that does not validate, printing the errors, and writes nothing', () => {
    const root = fixtureRepo();
    writeFileSync(path.join(root, 'catalogue', 'ML-0001.yaml'), readFileSync(path.join(root, 'catalogue', 'ML-0001.yaml'), 'utf8').replace('nature: dishonesty', 'nature: dishonest'));
    const r = runScript('release-build.ts', ['--root', root]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/catalogue\/ML-0001\.yaml:\d+:\d+/);
    expect(r.stderr).toContain('数据未通过校验');
    expect(existsSync(rel(root, 'index.json'))).toBe(false);
  });

  it('refuses a version lower than the latest release', () => {
    const root = twoEditions();
    setVersion(root, '1.5.0');
    expect(() => writeToArchive(root, buildRelease({ root }))).toThrow(/lower than the latest release 2\.0\.0/);
    expect(existsSync(rel(root, '1.5.0'))).toBe(false);
  });

  it('refuses a non-empty --out folder', () => {
    const root = fixtureRepo();
    const out = tempDir();
    writeFileSync(path.join(out, 'keep.txt'), 'mine');
    const r = runScript('release-build.ts', ['--root', root, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('不为空');
    expect(readFileSync(path.join(out, 'keep.txt'), 'utf8')).toBe('mine');
  });

  it('refuses a release that would drop a published entry', () => {
    const root = fixtureRepo('1.0.0');
    release(root);
    rmSync(path.join(root, 'catalogue', 'ML-0002.yaml'));
    rmSync(path.join(root, 'measures', 'CS-0001.yaml')); // it refers to ML-0002
    setVersion(root, '1.1.0');
    expect(() => buildRelease({ root })).toThrow(/published content was removed/);
  });

  it('leaves no half-written version when the index cannot be written', () => {
    const root = fixtureRepo('1.0.0');
    const built = buildRelease({ root, signer: EXAMPLE_SIGNER });
    mkdirSync(rel(root, 'index.json', 'blocker'), { recursive: true }); // a folder where the index file should go
    expect(() => writeToArchive(root, built)).toThrow();
    expect(readdirSync(rel(root))).toEqual(['allowed_signers', 'index.json']);
  });

  it('leaves the index as it was when its signature cannot be written', () => {
    const root = fixtureRepo('1.0.0');
    release(root);
    const before = treeBytes(rel(root));
    setVersion(root, '1.0.1');
    const built = buildRelease({ root, signer: EXAMPLE_SIGNER });
    rmSync(rel(root, 'index.json.sig'));
    mkdirSync(rel(root, 'index.json.sig', 'blocker'), { recursive: true });
    expect(() => writeToArchive(root, built)).toThrow();
    rmSync(rel(root, 'index.json.sig'), { recursive: true });
    writeFileSync(rel(root, 'index.json.sig'), before.get('index.json.sig')!);
    expect(treeBytes(rel(root))).toEqual(before);
  });

  it('refuses to put an unsigned release into the archive', () => {
    const root = fixtureRepo('1.0.0');
    expect(() => writeToArchive(root, buildRelease({ root }))).toThrow(/No signing key/);
    const r = runScript('release-build.ts', ['--root', root]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('没有签名私钥');
    expect(existsSync(rel(root, 'index.json'))).toBe(false);
  });
});
