// A city's lists on top of its province's published release: qualified references, verified vendored copies, no repeats.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRelease } from '../lib/release/build.ts';
import { buildSite } from '../site/build.ts';
import { validate } from '../lib/validate.ts';

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
    expect(d!.message.zh).toContain('山东省（370000）2.0.2 版中没有目录事项 ML-9999');
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
    expect(found[0]!.message.zh).toBe('引用的 370000:CS-0014 在山东省（370000）2.0.2 版中已废止');
  });

  it('reports a byte changed in a vendored upstream file', () => {
    const root = cityCopy();
    edit(root, 'upstream/370000/2.0.2/catalogue.json', '"ML-0023"', '"ML-0923"');
    const found = errors(root);
    expect(found.map((d) => d.code)).toContain('upstream-unverified');
    const d = found.find((x) => x.code === 'upstream-unverified')!;
    expect(d.file).toBe('jurisdiction.yaml');
    expect(d.message.en).toContain('upstream/370000/2.0.2/catalogue.json: size or SHA-256 does not match manifest.json');
    // References that the damaged copy can no longer confirm are reported too, not passed over.
    expect(found.filter((x) => x.code === 'ref-entry').map((x) => x.file)).toEqual(['measures/CS-0001.yaml', 'measures/CS-0002.yaml', 'measures/CS-0002.yaml']);
  });

  it('publishes a release that records the upstream release it was built on', () => {
    const root = cityCopy();
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'jinan-credit-lists', version: '1.0.0', private: true }));
    const built = buildRelease({ root });
    const manifest = JSON.parse(Buffer.from(built.files.get('manifest.json')!).toString('utf8'));
    const pin = readFileSync(path.join(CITY, 'jurisdiction.yaml'), 'utf8');
    expect(manifest.jurisdiction).toMatchObject({ division_code: '370100', name: '济南市', level: 'city' });
    expect(manifest.upstream).toEqual([{ divisionCode: '370000', name: '山东省', version: '2.0.2', manifestSha256: /manifest_sha256: ([0-9a-f]{64})/.exec(pin)![1] }]);
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
    expect(p04.map((d) => [d.severity, d.file, d.message.zh])).toEqual([['error', 'catalogue/ML-0001.yaml', '与山东省（370000）2.0.2 版的 ML-0021 相同：上级目录已有的事项不再列入']]);
    // The same content under a new title is still the same item; a lightly reworded one is flagged for review.
    writeFileSync(path.join(root, 'catalogue', 'ML-0001.yaml'), copy.replace(/^title: .*$/m, 'title: 本市经营异常名录信息'));
    expect(validate(root).diagnostics.filter((d) => d.code === 'P04-national-duplicate').map((d) => [d.severity, d.path])).toEqual([['error', 'content']]);
    writeFileSync(path.join(root, 'catalogue', 'ML-0001.yaml'), copy.replace(/^title: .*$/m, 'title: 本市经营异常名录信息').replace(/^content: (.*)$/m, 'content: $1（本市）'));
    const reworded = validate(root).diagnostics.filter((d) => d.code === 'P04-national-duplicate');
    expect(reworded.map((d) => [d.severity, d.message.en])).toEqual([['warning', expect.stringMatching(/^Nearly the same as ML-0021 of 山东省 \(370000\) release 2\.0\.2 \(\d+% alike\)$/)]]);
  });

  it('builds its site, with the provincial items it builds on marked as the upper level’s', async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'city-site-')), 'dist');
    temps.push(path.dirname(out));
    const built = await buildSite({ dataRoot: CITY, outDir: out, quiet: true });
    expect(built.code, built.output).toBe(0);
    const page = readFileSync(path.join(out, 'measures', 'CS-0002', 'index.html'), 'utf8');
    expect(page).toContain('370000:ML-0024');
    expect(page).toContain('拖欠农民工工资失信联合惩戒对象名单信息（责任人员）');
    expect(page).toContain('（上级清单：山东省（370000）2.0.2 版）');
  }, 300_000);
});
