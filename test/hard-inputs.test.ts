// Inputs an attacker (or an accident) feeds the tools: none hangs them, crashes them or slips through unreported.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatText } from '../lib/format.ts';
import { MAX_FILE_BYTES } from '../lib/repository.ts';
import { validate } from '../lib/validate.ts';
import { MAX_LIST_ITEMS, MAX_TEXT_LENGTH } from '../schemas/index.ts';
import { materialise } from './fixture-cases.ts';

const VALIDATE = path.join(import.meta.dirname, '..', 'scripts', 'validate.ts');

function base(name: string): string {
  return materialise({ name, description: '', expect: [] });
}

/** The validator run as a user runs it, with a deadline: a hang fails the test instead of stalling it. */
function cli(root: string) {
  return spawnSync(process.execPath, [VALIDATE, '--root', root], { encoding: 'utf8', timeout: 20_000 });
}

const where = (r: ReturnType<typeof validate>) => r.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.severity} ${d.code}`);

describe('files that are not plain files', () => {
  const root = base('not-regular');
  const cat = path.join(root, 'catalogue');
  symlinkSync('/dev/zero', path.join(cat, 'ML-0031.yaml'));
  symlinkSync('/dev/urandom', path.join(cat, 'ML-0032.yaml'));
  spawnSync('mkfifo', [path.join(cat, 'ML-0033.yaml')]);
  symlinkSync('nowhere.yaml', path.join(cat, 'ML-0034.yaml'));
  symlinkSync('ML-0035.yaml', path.join(cat, 'ML-0035.yaml'));
  symlinkSync('ML-0001.yaml', path.join(cat, 'ML-0036.yaml'));
  mkdirSync(path.join(cat, 'ML-0037.yaml'));

  it('are reported where they are, never read (no hang on /dev/zero, /dev/urandom or a FIFO; no crash on a dangling link or a loop)', () => {
    const started = Date.now();
    const r = cli(root);
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(Date.now() - started).toBeLessThan(15_000);
    const reported = [...r.stdout.matchAll(/^(catalogue\/ML-\d{4}\.yaml):1:1 +错误 error +\[(file-[a-z-]+)\]/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(reported).toEqual(['31', '32', '33', '34', '35', '36', '37'].map((n) => `catalogue/ML-00${n}.yaml file-not-regular`));
  });

  it('say what each one is (snapshot)', () => {
    const r = validate(root);
    expect(formatText(r.diagnostics.filter((d) => d.code === 'file-not-regular'), r.files.length)).toMatchSnapshot();
  });
});

describe('size caps', () => {
  it('a file over the cap is not read', () => {
    const root = base('too-large');
    writeFileSync(path.join(root, 'catalogue', 'ML-0003.yaml'), `title: ${'很'.repeat(4_000_000)}\n`);
    const r = validate(root);
    expect(where(r)).toEqual(['catalogue/ML-0003.yaml:1:1 error file-too-large']);
    expect(formatText(r.diagnostics, r.files.length)).toMatchSnapshot();
  });

  it('100,000 history events are refused as one too-large file, without building them in memory', () => {
    const root = base('history-bomb');
    const file = path.join(root, 'exemptions', 'HM-0001.yaml');
    writeFileSync(file, readFileSync(file, 'utf8') + '  - {date: "2026-11-01", event: proposed}\n'.repeat(100_000));
    const before = process.memoryUsage().rss;
    expect(where(validate(root))).toEqual(['exemptions/HM-0001.yaml:1:1 error file-too-large']);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('a list longer than the model allows is a located error (history)', () => {
    const root = base('long-history');
    const file = path.join(root, 'exemptions', 'HM-0001.yaml');
    writeFileSync(file, readFileSync(file, 'utf8') + '  - {date: "2026-11-01", event: proposed}\n'.repeat(MAX_LIST_ITEMS));
    expect(readFileSync(file).length).toBeLessThan(MAX_FILE_BYTES);
    const r = validate(root);
    expect(where(r)).toEqual(['exemptions/HM-0001.yaml:18:3 error schema-range']);
    expect(r.diagnostics[0]!.message.zh).toBe(`列表历史（history）最多 ${MAX_LIST_ITEMS} 项`);
  });

  it('a text longer than the model allows is a located error', () => {
    const root = base('long-text');
    const file = path.join(root, 'exemptions', 'HM-0001.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('behaviour: 适用简易程序作出行政处罚的违法行为。', `behaviour: ${'长'.repeat(MAX_TEXT_LENGTH + 1)}`));
    const r = validate(root);
    expect(where(r)).toEqual(['exemptions/HM-0001.yaml:4:12 error schema-range']);
    expect(r.diagnostics[0]!.message.en).toBe(`behaviour (The exempt behaviour) is too long (at most ${MAX_TEXT_LENGTH} characters)`);
  });
});

describe('what the loader passes over', () => {
  it('a .yml file is an error, subfolders and hidden files are warnings, .gitkeep is left alone', () => {
    const root = base('passed-over');
    writeFileSync(path.join(root, 'catalogue', 'ML-0009.yml'), 'title: x\n');
    writeFileSync(path.join(root, 'catalogue', '.gitkeep'), '');
    writeFileSync(path.join(root, 'bases', '.draft.yaml'), 'title: x\n');
    mkdirSync(path.join(root, 'exemptions', '2025'));
    writeFileSync(path.join(root, 'exemptions', '2025', 'HM-0009.yaml'), 'title: x\n');
    expect(where(validate(root))).toEqual([
      'bases/.draft.yaml:1:1 warning file-ignored',
      'catalogue/ML-0009.yml:1:1 error id-file-name',
      'exemptions/2025:1:1 warning file-ignored',
    ]);
  });
});
