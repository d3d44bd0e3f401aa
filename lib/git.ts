// Reading a repository at a revision or in its working tree: git is run without a shell, arguments as arrays.
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './validate.ts';

export function git(cwd: string, args: readonly string[], input?: string): Buffer {
  return execFileSync('git', args, { cwd, input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** The full SHA of a commit-ish, or a usage error that says how to get it in CI. */
export function resolveCommit(cwd: string, rev: string): string {
  // A revision that starts with a dash would be read as an option.
  if (rev.startsWith('-') || rev.trim() === '') throw new UsageError(`版本号“${rev}”无效`, `Invalid revision "${rev}"`);
  try {
    return git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]).toString().trim();
  } catch {
    throw new UsageError(
      `找不到版本 ${rev}（${cwd} 是否为 git 仓库？在 CI 中请用 fetch-depth: 0 取回完整历史）`,
      `Unknown revision ${rev} (is ${cwd} a git repository? In CI, fetch the full history with fetch-depth: 0)`,
    );
  }
}

/** One state of the repository's files: a commit, or the working tree. */
export interface Snapshot {
  /** How messages name it: a short SHA or “working tree”. */
  readonly label: string;
  /** Every file, repository-relative with forward slashes. */
  list(): string[];
  /** Contents of the given files; files that do not exist are absent from the map. */
  readMany(files: readonly string[]): Map<string, Buffer>;
}

export function read(snapshot: Snapshot, file: string): Buffer | undefined {
  return snapshot.readMany([file]).get(file);
}

export function commitSnapshot(cwd: string, sha: string): Snapshot {
  let listing: string[] | undefined;
  return {
    label: sha.slice(0, 12),
    list() {
      listing ??= splitZ(git(cwd, ['ls-tree', '-r', '-z', '--name-only', sha]));
      return listing;
    },
    readMany(files) {
      const out = new Map<string, Buffer>();
      if (files.length === 0) return out;
      // One `git cat-file --batch` for all files, rather than a process per file.
      const raw = git(cwd, ['cat-file', '--batch'], files.map((f) => `${sha}:${f}\n`).join(''));
      let pos = 0;
      for (const file of files) {
        const eol = raw.indexOf(0x0a, pos);
        const header = raw.subarray(pos, eol).toString();
        pos = eol + 1;
        if (header.endsWith(' missing') || header.endsWith(' ambiguous')) continue;
        const [, type, size] = header.split(' ');
        const n = Number(size);
        if (type === 'blob') out.set(file, Buffer.from(raw.subarray(pos, pos + n)));
        pos += n + 1;
      }
      return out;
    },
  };
}

export function worktreeSnapshot(cwd: string): Snapshot {
  return {
    label: 'working tree',
    list() {
      return splitZ(git(cwd, ['ls-files', '-z', '--cached', '--others', '--exclude-standard'])).filter((f) => isFile(path.join(cwd, f)));
    },
    readMany(files) {
      const out = new Map<string, Buffer>();
      for (const f of files) if (isFile(path.join(cwd, f))) out.set(f, readFileSync(path.join(cwd, f)));
      return out;
    },
  };
}

export type ChangeStatus = 'A' | 'M' | 'D';
export interface Change {
  path: string;
  status: ChangeStatus;
}

/** Files that differ between base and head (or the working tree, untracked files included), renames as delete + add. */
export function changedFiles(cwd: string, base: string, head?: string): Change[] {
  const args = ['diff', '--name-status', '--no-renames', '-z', base, ...(head ? [head] : []), '--'];
  const parts = splitZ(git(cwd, args));
  const byPath = new Map<string, ChangeStatus>();
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const code = parts[i]![0];
    byPath.set(parts[i + 1]!, code === 'A' ? 'A' : code === 'D' ? 'D' : 'M');
  }
  if (!head)
    for (const f of splitZ(git(cwd, ['ls-files', '-z', '--others', '--exclude-standard'])))
      byPath.set(f, byPath.get(f) === 'D' ? 'M' : 'A');
  return [...byPath].map(([p, status]) => ({ path: p, status })).sort((a, b) => a.path.localeCompare(b.path));
}

/** Every path ever added under the given folders in the history that leads to `rev`. */
export function pathsEverAdded(cwd: string, rev: string, folders: readonly string[]): string[] {
  return [...new Set(splitZ(git(cwd, ['log', '--format=', '--name-only', '--diff-filter=A', '-z', rev, '--', ...folders])).map((s) => s.trim()).filter(Boolean))];
}

/** Commits (newest first) that touched `file`, starting at `rev`. */
export function commitsTouching(cwd: string, rev: string, file: string): string[] {
  return git(cwd, ['log', '--format=%H', rev, '--', file]).toString().split('\n').filter(Boolean);
}

export function isGitRepository(cwd: string): boolean {
  try {
    return git(cwd, ['rev-parse', '--is-inside-work-tree']).toString().trim() === 'true';
  } catch {
    return false;
  }
}

function splitZ(buf: Buffer): string[] {
  return buf.toString('utf8').split('\0').filter((s) => s !== '');
}

/** A regular file, not followed through a link: a link in a data folder is reported by the loader, never read. */
function isFile(p: string): boolean {
  return existsSync(p) && lstatSync(p).isFile();
}
