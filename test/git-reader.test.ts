// The in-process git reader (lib/git-objects.ts behind lib/git.ts gitReader) answers exactly what git answers, for loose
// objects, for packs with deltas, and through a linked work tree; where it cannot read (SHA-256 objects) git answers.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyDelta, openObjectStore, parseTree, treeEntryOf } from '../lib/git-objects.ts';
import { changedFiles, commitSnapshot, gitReader, pathsEverAdded } from '../lib/git.ts';
import { onePullRequest } from '../lib/bench.ts';
import { checkGovernance } from '../lib/governance/check.ts';
import { TempRepo } from './helpers/temp-repo.ts';

const lines = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `第 ${i + 1} 行 line ${i + 1} ${i % 7 === 0 ? tag : ''}`).join('\n') + '\n';

let repo: TempRepo;
const commits: string[] = [];
const REVS = ['HEAD', 'HEAD^', 'HEAD^1', 'HEAD~2', 'HEAD^2', 'main', 'refs/heads/main', 'side', 'v1', 'v1~1', 'v1-light'];

/** Every question the governance check asks, answered by the reader and by git itself. */
function answers(dir: string, byGit: boolean) {
  const r = gitReader(dir);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
  try {
    const resolved = REVS.map((rev) => (byGit ? git('rev-parse', '--verify', `${rev}^{commit}`) : r.resolveCommit(rev)));
    const all = commits.map((sha) => {
      const snap = byGit ? commitSnapshot(dir, sha) : r.snapshot(sha);
      const files = snap.list();
      return {
        files,
        catalogue: snap.list('catalogue'),
        bytes: Object.fromEntries([...snap.readMany([...files, 'missing.yaml', 'catalogue'])].map(([f, b]) => [f, b.toString('base64')])),
        date: byGit ? git('show', '-s', '--format=%cs', sha) : r.commitDate(sha),
      };
    });
    const diffs = commits.slice(1).map((sha, i) => (byGit ? changedFiles(dir, commits[i]!, sha) : r.changedFiles(commits[i]!, sha)));
    diffs.push(byGit ? changedFiles(dir, commits[0]!, commits.at(-1)!) : r.changedFiles(commits[0]!, commits.at(-1)!));
    const candidates = ['catalogue/ML-0001.yaml', 'catalogue/ML-0002.yaml', 'catalogue/ML-0009.yaml', 'measures/ML-0002.yaml', 'docs/a.md'];
    const present = byGit ? pathsEverAdded(dir, 'HEAD', candidates).sort() : [...r.everPresent('HEAD', candidates)].sort();
    return { resolved, all, diffs, present };
  } finally {
    r.close();
  }
}

beforeAll(() => {
  repo = TempRepo.create();
  const commit = (m: string, date: string) => {
    execFileSync('git', ['add', '-A'], { cwd: repo.dir });
    execFileSync('git', ['commit', '-q', '--allow-empty', '-m', m], { cwd: repo.dir, env: { ...process.env, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date } });
    commits.push(repo.head());
  };
  commits.push(repo.head());
  // Names that sort just before and after "a.md/" in git's order, so that a folder replacing a file is walked in place.
  repo.write('catalogue/ML-0002.yaml', lines(300, 'a')).write('docs/a.md', 'a\n').write('docs/a.md-notes.txt', 'n\n').write('docs/a.md0.txt', '0\n');
  // Just after midnight in UTC+8: the commit's day is the committer's, not UTC's.
  commit('add', '2026-03-01T00:30:00+08:00');
  repo.write('catalogue/ML-0002.yaml', lines(300, 'b')).remove('docs/a.md').write('docs/a.md/inner.md', 'a file became a folder\n');
  repo.write('docs/a.md-notes.txt', 'n2\n').write('docs/a.md0.txt', '02\n');
  symlinkSync('../catalogue/ML-0002.yaml', path.join(repo.dir, 'docs', 'link.yaml'));
  commit('edit', '2026-03-02T23:59:00-05:00');
  repo.git('tag', '-a', 'v1', '-m', 'annotated');
  repo.git('checkout', '-q', '-b', 'side');
  repo.write('measures/CS-0099.yaml', lines(50, 'side'));
  commit('side', '2026-03-03T12:00:00+00:00');
  repo.git('checkout', '-q', 'main');
  repo.write('catalogue/ML-0002.yaml', lines(301, 'c')).remove('docs/a.md');
  commit('main', '2026-03-04T12:00:00+00:00');
  repo.git('merge', '-q', '--no-ff', '-m', 'merge', 'side');
  commits.push(repo.head());
  repo.git('tag', 'v1-light', 'HEAD~1');
});
afterAll(() => repo.dispose());

describe('the in-process git reader', () => {
  it('answers as git does from loose objects, and reads them in process', () => {
    const store = openObjectStore(repo.dir);
    expect(store).toBeDefined();
    expect(store!.read(commits[1]!).type).toBe('commit');
    store!.close();
    const expected = answers(repo.dir, true);
    expect(expected.all[2]!.files).toContain('docs/link.yaml');
    expect(expected.diffs[1]).toContainEqual({ path: 'docs/a.md', status: 'D' });
    expect(expected.all[1]!.date).toBe('2026-03-01');
    expect(answers(repo.dir, false)).toEqual(expected);
  });

  it('answers as git does from packs with deltas, and through packed refs', () => {
    const expected = answers(repo.dir, true);
    repo.git('gc', '-q', '--aggressive', '--prune=now');
    repo.git('pack-refs', '--all');
    const store = openObjectStore(repo.dir)!;
    // Packed: no loose object left for the reader to fall back on.
    expect(execFileSync('git', ['count-objects', '-v'], { cwd: repo.dir, encoding: 'utf8' })).toMatch(/^count: 0$/m);
    // …and the versions of ML-0002 stored as deltas of one another.
    const idx = execFileSync('sh', ['-c', 'git verify-pack -v .git/objects/pack/*.idx'], { cwd: repo.dir, encoding: 'utf8' });
    expect(idx).toMatch(/^chain length = [1-9]/m);
    expect(store.read(commits[2]!).data.toString()).toContain('edit');
    // Every object of the pack, read by the store itself (no fallback to git), is byte for byte git's.
    const all = execFileSync('git', ['cat-file', '--batch-all-objects', '--batch-check'], { cwd: repo.dir, encoding: 'utf8' }).trim().split('\n');
    expect(all.length).toBeGreaterThan(20);
    for (const line of all) {
      const [sha, type] = line.split(' ') as [string, string];
      expect({ sha, type: store.read(sha).type, data: store.read(sha).data }).toEqual({ sha, type, data: execFileSync('git', ['cat-file', type, sha], { cwd: repo.dir }) });
    }
    store.close();
    expect(answers(repo.dir, false)).toEqual(expected);
  });

  it('reads through a linked work tree, whose HEAD is its own', () => {
    const linked = path.join(mkdtempSync(path.join(tmpdir(), 'gov-linked-')), 'wt');
    try {
      repo.git('worktree', 'add', '-q', '--detach', linked, commits[1]!);
      const r = gitReader(linked);
      expect(r.resolveCommit('HEAD')).toBe(commits[1]);
      expect(r.resolveCommit('main')).toBe(commits.at(-1));
      r.close();
    } finally {
      repo.git('worktree', 'remove', '--force', linked);
      rmSync(path.dirname(linked), { recursive: true, force: true });
    }
  });

  it('leaves to git what it does not read: a short SHA, an unknown revision, a SHA-256 repository', () => {
    const r = gitReader(repo.dir);
    expect(r.resolveCommit(commits[1]!.slice(0, 10))).toBe(commits[1]);
    expect(() => r.resolveCommit('no-such-branch')).toThrow(/Unknown revision no-such-branch/);
    r.close();
    const dir = mkdtempSync(path.join(tmpdir(), 'gov-sha256-'));
    try {
      const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
      git('init', '-q', '--object-format=sha256', '-b', 'main');
      git('-c', 'user.email=t@example.invalid', '-c', 'user.name=T', 'commit', '-q', '--allow-empty', '-m', 'first');
      expect(openObjectStore(dir)).toBeUndefined();
      const s = gitReader(dir);
      expect(s.resolveCommit('HEAD')).toBe(git('rev-parse', 'HEAD'));
      expect(s.resolveCommit('HEAD')).toHaveLength(64);
      s.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds one name in a raw tree as parsing it would', () => {
    const store = openObjectStore(repo.dir)!;
    const trees = execFileSync('git', ['cat-file', '--batch-all-objects', '--batch-check'], { cwd: repo.dir, encoding: 'utf8' })
      .split('\n')
      .filter((l) => l.includes(' tree '))
      .map((l) => store.read(l.split(' ')[0]!).data);
    expect(trees.length).toBeGreaterThan(3);
    for (const data of trees) {
      for (const e of parseTree(data)) expect(treeEntryOf(data, e.name)).toBe(e.mode);
      expect(treeEntryOf(data, 'ML-9999.yaml')).toBeUndefined();
    }
    store.close();
    // A name that ends with another's is not that other.
    const sha = Buffer.alloc(20, 0x31);
    const tree = Buffer.concat([Buffer.from('100644 a ML-0002.yaml\0'), sha, Buffer.from('40000 docs\0'), sha]);
    expect(treeEntryOf(tree, 'ML-0002.yaml')).toBeUndefined();
    expect(treeEntryOf(tree, 'a ML-0002.yaml')).toBe('100644');
    expect(treeEntryOf(tree, 'docs')).toBe('40000');
  });

  it('applies git deltas: copies from the base and inserts', () => {
    const base = Buffer.from('0123456789abcdef');
    // source size 16, result size 9; copy offset 10 length 3 ("abc"), insert "XYZ", copy offset 0 length 3 ("012").
    const delta = Buffer.from([16, 9, 0x91, 10, 3, 3, ...Buffer.from('XYZ'), 0x90, 3]);
    expect(applyDelta(base, delta).toString()).toBe('abcXYZ012');
    expect(() => applyDelta(Buffer.from('short'), delta)).toThrow(/size mismatch/);
  });
});

describe('the governance check of a one-entry pull request', () => {
  it('runs no git process: with git out of reach it reports what it reports with git', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gov-one-'));
    const PATH = process.env.PATH;
    try {
      const { file } = onePullRequest(dir, 30);
      const withGit = checkGovernance({ root: dir, base: 'HEAD~1', head: 'HEAD' });
      expect(withGit.files).toContain(file);
      process.env.PATH = '';
      const withoutGit = checkGovernance({ root: dir, base: 'HEAD~1', head: 'HEAD' });
      process.env.PATH = PATH;
      expect(withoutGit).toEqual(withGit);
      // And the check does need git when the reader cannot answer: a short SHA.
      process.env.PATH = '';
      expect(() => checkGovernance({ root: dir, base: execFileSync('git', ['rev-parse', '--short', 'HEAD~1'], { cwd: dir, env: { PATH }, encoding: 'utf8' }).trim(), head: 'HEAD' })).toThrow();
    } finally {
      process.env.PATH = PATH;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
