// A city's lists on top of its province's published release: qualified references, verified vendored copies, no repeats.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRelease } from '../lib/release/build.ts';
import { buildSite } from '../site/build.ts';
import { validate } from '../lib/validate.ts';
import { checkGovernance } from '../lib/governance/check.ts';
import { TempRepo } from './helpers/temp-repo.ts';

const REPO = path.resolve(import.meta.dirname, '..');
const CITY = path.join(REPO, 'examples', 'jinan');
const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

/** A copy of the example city whose pin points at this repository's releases/ by absolute path. */
function cityCopy(): string {
  const root = path.join(mkdtempSync(path.join(os.tmpdir(), 'city-')), 'jinan');
  temps.push(path.dirname(root));
  cpSync(CITY, root, { recursive: true });
  const config = path.join(root, 'jurisdiction.yaml');
  writeFileSync(config, readFileSync(config, 'utf8').replace('source: ../../releases', `source: ${path.join(REPO, 'releases')}`));
  return root;
}

const edit = (root: string, file: string, from: string | RegExp, to: string) => {
  const p = path.join(root, file);
  const before = readFileSync(p, 'utf8');
  const after = before.replace(from, to);
  expect(after, `${file} should contain ${String(from)}`).not.toBe(before);
  writeFileSync(p, after);
};

const errors = (root: string) => validate(root).diagnostics.filter((d) => d.severity === 'error');
const lineOf = (root: string, file: string, needle: string) => readFileSync(path.join(root, file), 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('the example city (examples/jinan)', () => {
  it('validates: its measures are triggered by the province’s catalogue items', () => {
    expect(errors(CITY)).toEqual([]);
  });

  it('names an unknown upstream entry at its line, with the upstream and its version', () => {
    const root = cityCopy();
    edit(root, 'measures/CS-0001.yaml', 'triggers: ["370000:ML-0023"]', 'triggers: ["370000:ML-9999"]');
    const [d, ...rest] = errors(root);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'ref-entry', file: 'measures/CS-0001.yaml', line: lineOf(root, 'measures/CS-0001.yaml', '370000:ML-9999') });
    expect(d!.message.zh).toContain('山东省（370000）2.1.0 版中没有目录事项 ML-9999');
  });

  it('refuses an upstream measure where a catalogue item is needed', () => {
    const root = cityCopy();
    edit(root, 'measures/CS-0001.yaml', 'triggers: ["370000:ML-0023"]', 'triggers: ["370000:CS-0005"]');
    expect(errors(root).map((d) => [d.code, d.hint.en])).toEqual([['ref-entry', expect.stringContaining('CS-0005 is a measure; a catalogue item ID is needed here')]]);
  });

  it('refuses a division code that is not pinned', () => {
    const root = cityCopy();
    edit(root, 'measures/CS-0001.yaml', 'triggers: ["370000:ML-0023"]', 'triggers: ["320000:ML-0023"]');
    expect(errors(root).map((d) => d.message.en)).toEqual([expect.stringContaining('names upstream 320000, which jurisdiction.yaml does not list')]);
  });

  it('refuses an exemption that concerns the repealed provincial measure 370000:CS-0014', () => {
    const root = cityCopy();
    mkdirSync(path.join(root, 'exemptions'));
    const hm = readFileSync(path.join(REPO, 'exemptions', 'HM-0003.yaml'), 'utf8')
      .replace('../schemas/', '../../../schemas/')
      .replace(/applies_to:\n  catalogue: \[[^\]]*\]/, 'applies_to:\n  measures: ["370000:CS-0014"]')
      .replace(/department: \w+/g, 'department: hrss')
      .replace(/body: 山东省人民政府/g, 'body: 济南市人民政府');
    writeFileSync(path.join(root, 'exemptions', 'HM-0001.yaml'), hm);
    const found = errors(root).filter((d) => d.code === 'ref-inactive');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'exemptions/HM-0001.yaml', line: lineOf(root, 'exemptions/HM-0001.yaml', '370000:CS-0014') });
    expect(found[0]!.message.zh).toBe('引用的 370000:CS-0014 在山东省（370000）2.1.0 版中已废止');
  });

  it('refuses a trigger whose upstream item records subjects the measure does not target (P20)', () => {
    const root = cityCopy();
    // 370000:ML-0024 records the responsible persons (natural persons); CS-0001 targets the employers only.
    edit(root, 'measures/CS-0001.yaml', 'triggers: ["370000:ML-0023"]', 'triggers: ["370000:ML-0023", "370000:ML-0024"]');
    const found = errors(root);
    expect(found.map((d) => [d.code, d.file, d.line, d.col])).toEqual([['P20-subject-type-agreement', 'measures/CS-0001.yaml', lineOf(root, 'measures/CS-0001.yaml', 'triggers:'), 'triggers: ["370000:ML-0023", '.length + 1]]);
    expect(found[0]!.message.zh).toBe('触发事项 370000:ML-0024 记录的是自然人，本措施的惩戒对象是法人、非法人组织：该事项触发不了本措施');
    // Targeting the responsible persons too is what makes that item a trigger (the city's CS-0002 does so).
    edit(root, 'measures/CS-0001.yaml', 'responsible_persons: false', 'responsible_persons: true');
    expect(errors(root).filter((d) => d.code === 'P20-subject-type-agreement')).toEqual([]);
  });

  it('warns of an exemption whose subjects an upstream measure it concerns never targets (P20)', () => {
    const root = cityCopy();
    mkdirSync(path.join(root, 'exemptions'));
    const hm = readFileSync(path.join(REPO, 'exemptions', 'HM-0003.yaml'), 'utf8')
      .replace('../schemas/', '../../../schemas/')
      .replace(/applies_to:\n  catalogue: \[[^\]]*\]/, 'applies_to:\n  measures: ["370000:CS-0002", "370000:CS-0007"]\nsubject_types: [natural_person]')
      .replace(/department: \w+/g, 'department: hrss')
      .replace(/body: 山东省人民政府/g, 'body: 济南市人民政府');
    writeFileSync(path.join(root, 'exemptions', 'HM-0001.yaml'), hm);
    // CS-0002 targets organisations only; CS-0007 reaches their responsible persons, who are natural persons.
    const found = validate(root).diagnostics.filter((d) => d.code === 'P20-subject-type-agreement');
    expect(found.map((d) => [d.severity, d.path, d.message.en])).toEqual([
      ['warning', 'applies_to.measures.0', 'Measure 370000:CS-0002 targets legal person, unincorporated organization, but the exemption concerns only natural person: it can never spare anyone from it'],
    ]);
  });

  it('lets a catalogue item build on an upstream catalogue item, and checks what it cites (P21)', () => {
    const root = cityCopy();
    // Only to exercise the rule: this copy of the city keeps a catalogue of its own.
    edit(root, 'jurisdiction.yaml', /  catalogue:\n(?:    .*\n)+?(?=  measure:)/, '');
    mkdirSync(path.join(root, 'catalogue'));
    const item = readFileSync(path.join(REPO, 'catalogue', 'ML-0024.yaml'), 'utf8')
      .replace('../schemas/', '../../../schemas/')
      .replace(/^title: .*$/m, 'title: 本市建设工程项目拖欠农民工工资责任人员信息')
      .replace(/^content: .*$/m, 'content: 本市建设工程项目中，与用人单位一并被认定拖欠农民工工资的责任人员信息。')
      .replace(/^disclosure:/m, 'builds_on: ["370000:ML-0024"]\ndisclosure:');
    writeFileSync(path.join(root, 'catalogue', 'ML-0001.yaml'), item);
    const p21 = () => validate(root).diagnostics.filter((d) => d.code === 'P21-upstream-item-basis' || (d.code === 'ref-entry' && d.file.startsWith('catalogue/')));
    expect(p21()).toEqual([]);
    edit(root, 'catalogue/ML-0001.yaml', 'builds_on: ["370000:ML-0024"]', 'builds_on: ["370000:ML-0023"]');
    expect(p21().map((d) => [d.severity, d.path, d.message.zh])).toEqual([
      ['warning', 'subject_types.0', '本事项记录自然人，但所依据的上级目录事项（370000:ML-0023）不记录自然人'],
    ]);
    edit(root, 'catalogue/ML-0001.yaml', 'builds_on: ["370000:ML-0023"]', 'builds_on: ["370000:ML-9999", ML-0001]');
    expect(p21().map((d) => [d.code, d.path])).toEqual([
      ['ref-entry', 'builds_on.0'],
      ['P21-upstream-item-basis', 'builds_on.1'],
    ]);
  });

  it('reports a byte changed in a vendored upstream file', () => {
    const root = cityCopy();
    edit(root, 'upstream/370000/2.1.0/catalogue.json', '"ML-0023"', '"ML-0923"');
    const found = errors(root);
    expect(found.map((d) => d.code)).toContain('upstream-unverified');
    const d = found.find((x) => x.code === 'upstream-unverified')!;
    expect(d.file).toBe('jurisdiction.yaml');
    expect(d.message.en).toContain('upstream/370000/2.1.0/catalogue.json: size or SHA-256 does not match manifest.json');
    // References that the damaged copy can no longer confirm are reported too, not passed over.
    expect(found.filter((x) => x.code === 'ref-entry').map((x) => x.file)).toEqual(['measures/CS-0001.yaml', 'measures/CS-0002.yaml', 'measures/CS-0002.yaml']);
  });

  it('refuses the example key as an upper level’s signing key outside an example', () => {
    const root = cityCopy();
    const key = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICTfhxEUDwIMRiXj6p4hBIwlQIEu8Kxw+qxVPc9zw9r6';
    edit(root, 'jurisdiction.yaml', /(    manifest_sha256: [0-9a-f]{64}\n)/, `$1    signing_key: ${key}\n`);
    const atKey = () => errors(root).filter((d) => d.code === 'upstream-unverified' && d.path === 'upstream.0.signing_key');
    expect(atKey()).toEqual([]);
    edit(root, 'jurisdiction.yaml', 'example: true', 'example: false');
    expect(atKey().map((d) => [d.line, d.message.en])).toEqual([[lineOf(root, 'jurisdiction.yaml', 'signing_key:'), expect.stringContaining('is the example key, whose private half is public')]]);
  });

  it('pins the province’s signed release with its key; a changed signature is an error', () => {
    const root = cityCopy();
    // Without the key the signature is not checked, and the validator says so.
    const keyless = cityCopy();
    edit(keyless, 'jurisdiction.yaml', /    signing_key: .*\n/, '');
    expect(validate(keyless).diagnostics.filter((d) => d.code === 'upstream-unverified').map((d) => [d.severity, d.message.en])).toEqual([
      ['warning', '山东省 (370000) release 2.1.0 is signed, but the pin names no signing_key: its signature is not checked'],
    ]);
    expect(readFileSync(path.join(root, 'jurisdiction.yaml'), 'utf8')).toMatch(/signing_key: ssh-ed25519 /);
    const sig = path.join(root, 'upstream', '370000', '2.1.0', 'manifest.json.sig');
    const text = readFileSync(sig, 'utf8');
    const at = text.lastIndexOf('\n-----END') - 2; // a character of the signature's last bytes
    writeFileSync(sig, text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1));
    const d = errors(root).find((x) => x.code === 'upstream-unverified');
    expect(d?.message.en).toMatch(/upstream\/370000\/2\.1\.0\/manifest\.json\.sig: (The signature|Signed by key)/);
  });

  it('moved to the province’s 2.1.0 by an ordinary change: the old copy stays, G31 lists what the move changes upstream', () => {
    const repo = TempRepo.create(CITY);
    const head = repo.git('rev-parse', 'HEAD');
    // The city as it was on 2.0.2: the same data, the old pin (2.0.2 was published before signing, so no key).
    const index = JSON.parse(readFileSync(path.join(REPO, 'releases', 'index.json'), 'utf8')) as { releases: { version: string; manifestSha256: string }[] };
    const old = index.releases.find((r) => r.version === '2.0.2')!;
    repo.write(
      'jurisdiction.yaml',
      repo.read('jurisdiction.yaml').replace(/    version: 2\.1\.0\n/, '    version: 2.0.2\n').replace(/manifest_sha256: [0-9a-f]{64}\n    signing_key: .*\n/, `manifest_sha256: ${old.manifestSha256}\n`),
    );
    repo.remove('upstream/370000/2.1.0');
    const base = repo.commit('the city on 2.0.2');
    repo.git('checkout', '-q', head, '--', '.');
    repo.commit('move to 2.1.0');
    try {
      const found = checkGovernance({ root: repo.dir, base, head: 'HEAD' }).diagnostics.filter((d) => d.code.startsWith('G3'));
      expect(found.map((d) => [d.code, d.file, d.severity])).toEqual([['G31-upstream-moved', 'jurisdiction.yaml', 'warning']]);
      expect(found[0]!.message.zh).toMatch(/^山东省（370000）由 2\.0\.2 版改为 2\.1\.0 版，上级条目的变化：新增：JL-0001、JL-0002、JL-0003、JL-0004、JL-0005；修订或勘误：.*ML-0008/);
      // Removing or rewriting the old vendored copy in the same change would be G30.
      repo.remove('upstream/370000/2.0.2');
      expect(checkGovernance({ root: repo.dir, base, head: undefined }).diagnostics.map((d) => d.code)).toContain('G30-upstream-modified');
    } finally {
      repo.dispose();
    }
  });

  it('publishes a release that records the upstream release it was built on', () => {
    const root = cityCopy();
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'jinan-credit-lists', version: '1.0.0', private: true }));
    const built = buildRelease({ root });
    const manifest = JSON.parse(Buffer.from(built.files.get('manifest.json')!).toString('utf8'));
    const pin = readFileSync(path.join(CITY, 'jurisdiction.yaml'), 'utf8');
    expect(manifest.jurisdiction).toMatchObject({ division_code: '370100', name: '济南市', level: 'city' });
    expect(manifest.upstream).toEqual([{ divisionCode: '370000', name: '山东省', version: '2.1.0', manifestSha256: /manifest_sha256: ([0-9a-f]{64})/.exec(pin)![1] }]);
    const measures = JSON.parse(Buffer.from(built.files.get('measures.json')!).toString('utf8'));
    expect(measures.entries.map((e: { id: string; triggers: string[] }) => [e.id, e.triggers])).toEqual([
      ['CS-0001', ['370000:ML-0023']],
      ['CS-0002', ['370000:ML-0023', '370000:ML-0024']],
    ]);
  });

  it('refuses a provincial catalogue item copied into the city, and warns of a reworded copy', () => {
    const root = cityCopy();
    mkdirSync(path.join(root, 'catalogue'));
    const copy = readFileSync(path.join(REPO, 'catalogue', 'ML-0021.yaml'), 'utf8').replace('../schemas/', '../../../schemas/');
    writeFileSync(path.join(root, 'catalogue', 'ML-0001.yaml'), copy);
    // The city keeps no catalogue of its own (lists.catalogue.kept: false, 山东条例第十条第二款): the file does not belong here at all.
    expect(errors(root).filter((d) => d.code === 'L04-list-not-kept').map((d) => d.message.zh)).toEqual([
      '本辖区不编制公共信用信息补充目录，catalogue/ML-0001.yaml 不应在此（依据：《山东省社会信用条例》第十条第二款）',
    ]);
    const p04 = validate(root).diagnostics.filter((d) => d.code === 'P04-national-duplicate');
    expect(p04.map((d) => [d.severity, d.file, d.message.zh])).toEqual([['error', 'catalogue/ML-0001.yaml', '与山东省（370000）2.1.0 版的 ML-0021 相同：上级目录已有的事项不再列入']]);
    // The same content under a new title is still the same item; a lightly reworded one is flagged for review.
    writeFileSync(path.join(root, 'catalogue', 'ML-0001.yaml'), copy.replace(/^title: .*$/m, 'title: 本市经营异常名录信息'));
    expect(validate(root).diagnostics.filter((d) => d.code === 'P04-national-duplicate').map((d) => [d.severity, d.path])).toEqual([['error', 'content']]);
    writeFileSync(path.join(root, 'catalogue', 'ML-0001.yaml'), copy.replace(/^title: .*$/m, 'title: 本市经营异常名录信息').replace(/^content: (.*)$/m, 'content: $1（本市）'));
    const reworded = validate(root).diagnostics.filter((d) => d.code === 'P04-national-duplicate');
    expect(reworded.map((d) => [d.severity, d.message.en])).toEqual([['warning', expect.stringMatching(/^Nearly the same as ML-0021 of 山东省 \(370000\) release 2\.1\.0 \(\d+% alike\)$/)]]);
  });

  it('builds its site, with the provincial items it builds on marked as the upper level’s, each with a page listing the measures of both levels', async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'city-site-')), 'dist');
    temps.push(path.dirname(out));
    const built = await buildSite({ dataRoot: CITY, outDir: out, quiet: true });
    expect(built.code, built.output).toBe(0);
    const page = readFileSync(path.join(out, 'measures', 'CS-0002', 'index.html'), 'utf8');
    expect(page).toContain('370000:ML-0024');
    expect(page).toContain('拖欠农民工工资失信联合惩戒对象名单信息（责任人员）');
    expect(page).toContain('（上级清单：山东省（370000）2.1.0 版）');
    // The provincial item the measure cites has a page here, linked from it, listing the measures of both levels it triggers.
    expect(page).toContain('href="/upstream/370000/ML-0024/"');
    const item = readFileSync(path.join(out, 'upstream', '370000', 'ML-0023', 'index.html'), 'utf8');
    expect(item).toContain('370000:ML-0023 拖欠农民工工资失信联合惩戒对象名单信息（用人单位）');
    expect(item).toContain('山东省（370000）2.1.0 版的惩戒措施');
    const upper = [...item.matchAll(/data-upstream-measure="(370000:CS-\d{4})"/g)].map((m) => m[1]);
    const province = JSON.parse(readFileSync(path.join(CITY, 'upstream', '370000', '2.1.0', 'measures.json'), 'utf8')) as { entries: { id: string; triggers: string[] }[] };
    expect(upper).toEqual(province.entries.filter((m) => m.triggers.includes('ML-0023')).map((m) => `370000:${m.id}`));
    expect(upper.length).toBeGreaterThan(5);
    expect(item).toMatch(/本市的惩戒措施 <span class="count">\(2\)<\/span>/);
    expect(item).toContain('href="/measures/CS-0001/"');
    expect(item).toContain('href="/measures/CS-0002/"');
    const en = readFileSync(path.join(out, 'en', 'upstream', '370000', 'ML-0024', 'index.html'), 'utf8');
    expect(en).toContain('Measures of this jurisdiction');
    expect(en).toContain('href="/en/measures/CS-0002/"');
  }, 300_000);
});
