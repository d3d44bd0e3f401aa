// Sharing the loading of one repository between processes (lib/load-share.ts): whoever loads which chunk, and
// whatever a process fails to deliver, the validation is the one a single process makes alone.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIST_KINDS } from '../schemas/index.ts';
import { formatText } from '../lib/format.ts';
import { shareLoads } from '../lib/load-share.ts';
import { Repository } from '../lib/repository.ts';
import { writeSyntheticRepository } from '../lib/synthetic.ts';
import { validate, type ValidationResult } from '../lib/validate.ts';

const ENTRIES = 300;
let scratch: string;
let repo: string;

/** What a validation found, and every entry it loaded, in comparable form. */
function outcome(r: ValidationResult) {
  return {
    report: formatText(r.diagnostics, r.files.length),
    diagnostics: r.diagnostics,
    files: r.files,
    entries: LIST_KINDS.flatMap((k) => r.repository.all(k).map((f) => ({ file: f.file, entry: f.entry, personalData: f.personalData }))),
  };
}

beforeAll(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'load-share-'));
  repo = path.join(scratch, 'repo');
  writeSyntheticRepository(repo, ENTRIES);
  // Mistakes of every stage, in files of different chunks: syntax, shape, a rule across files, personal data.
  const edit = (file: string, from: string | RegExp, to: string) => {
    const p = path.join(repo, file);
    const text = readFileSync(p, 'utf8');
    const changed = text.replace(from, to);
    expect(changed).not.toBe(text);
    writeFileSync(p, changed);
  };
  edit('catalogue/ML-0002.yaml', 'title: ', 'title: [未闭合 ');
  edit('catalogue/ML-0040.yaml', 'nature: dishonesty', 'nature: dishonest');
  edit('catalogue/ML-0090.yaml', 'basis: shandong-social-credit-regulation', 'basis: no-such-instrument');
  edit('catalogue/ML-0120.yaml', /^content: (.*)$/m, 'content: $1联系人身份证号110101199003077777。');
  writeFileSync(path.join(repo, 'catalogue', 'ML-0150.yaml'), '');
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const alone = () => outcome(validate(repo));

describe('shareLoads', () => {
  it('the repository under test has mistakes of every stage, reported with their places', () => {
    const { report } = alone();
    for (const at of ['catalogue/ML-0002.yaml:', 'catalogue/ML-0040.yaml:', 'catalogue/ML-0090.yaml:', 'catalogue/ML-0120.yaml:', 'catalogue/ML-0150.yaml:']) expect(report).toContain(at);
  });

  it('a process that loads every chunk and one that takes them all both validate as one process alone', () => {
    const dir = path.join(scratch, 'share-sequential');
    const expected = alone();
    const first = new Repository(repo);
    const firstCounts = shareLoads(first, first.discovered, { dir, chunkFiles: 40 });
    expect(firstCounts).toEqual({ loaded: first.discovered.length, taken: 0 });
    const second = new Repository(repo);
    const secondCounts = shareLoads(second, second.discovered, { dir, chunkFiles: 40 });
    expect(secondCounts).toEqual({ loaded: 0, taken: second.discovered.length });
    // The same through validate, which shares and then runs the rules on what it took.
    expect(outcome(validate(repo, undefined, undefined, { dir, chunkFiles: 40 }))).toEqual(expected);
  });

  it('a chunk another process claimed and never delivered is loaded here once the wait is over', () => {
    const dir = path.join(scratch, 'share-abandoned');
    mkdirSync(dir);
    closeSync(openSync(path.join(dir, '1.claim'), 'w'));
    const repository = new Repository(repo);
    const started = Date.now();
    const counts = shareLoads(repository, repository.discovered, { dir, chunkFiles: 40, waitMs: 100 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    expect(counts).toEqual({ loaded: repository.discovered.length, taken: 0 });
    // Every chunk but the abandoned one was written for others.
    expect(readdirSync(dir).filter((f) => f.endsWith('.v8')).length).toBe(Math.ceil(repository.discovered.length / 40) - 1);
    expect(outcome(validate(repo, undefined, undefined, { dir, chunkFiles: 40, waitMs: 100 }))).toEqual(alone());
  });

  it('a file added after the others listed theirs is loaded here', () => {
    const dir = path.join(scratch, 'share-added');
    const first = new Repository(repo);
    shareLoads(first, first.discovered, { dir, chunkFiles: 40 });
    const extra = 'catalogue/ML-0999.yaml';
    writeFileSync(path.join(repo, extra), readFileSync(path.join(repo, 'catalogue', 'ML-0001.yaml')));
    try {
      const second = new Repository(repo);
      const counts = shareLoads(second, second.discovered, { dir, chunkFiles: 40 });
      expect(counts.loaded).toBeGreaterThanOrEqual(1);
      expect(second.has(extra)).toBe(true);
      expect(counts.loaded + counts.taken).toBe(second.discovered.length);
    } finally {
      rmSync(path.join(repo, extra));
    }
  });

  it('two processes at once load each file exactly once between them, and each ends with all of them', async () => {
    const dir = path.join(scratch, 'share-two');
    const script = path.join(scratch, 'share.ts');
    const lib = path.resolve(import.meta.dirname, '..', 'lib');
    writeFileSync(
      script,
      `import { Repository } from ${JSON.stringify(path.join(lib, 'repository.ts'))};
import { shareLoads } from ${JSON.stringify(path.join(lib, 'load-share.ts'))};
const repo = new Repository(process.argv[2]);
const counts = shareLoads(repo, repo.discovered, { dir: process.argv[3], chunkFiles: 10 });
const all = repo.discovered.every(({ file }) => repo.has(file));
process.stdout.write(JSON.stringify({ ...counts, all, files: repo.discovered.length }));
`,
    );
    const run = () =>
      new Promise<{ loaded: number; taken: number; all: boolean; files: number }>((resolve, reject) => {
        const child = spawn(process.execPath, [script, repo, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        let err = '';
        child.stdout.on('data', (b: Buffer) => (out += b.toString()));
        child.stderr.on('data', (b: Buffer) => (err += b.toString()));
        child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(err))));
      });
    const [a, b] = await Promise.all([run(), run()]);
    expect(a.all && b.all).toBe(true);
    expect(a.loaded + b.loaded).toBe(a.files);
    expect(a.loaded + a.taken).toBe(a.files);
    expect(b.loaded + b.taken).toBe(b.files);
    expect(a.taken).toBe(b.loaded);
    // Every chunk was delivered once, by whichever process claimed it.
    expect(readdirSync(dir).filter((f) => f.endsWith('.claim')).length).toBe(Math.ceil(a.files / 10));
  }, 60_000);
});
