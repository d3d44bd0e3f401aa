// Reading a repository at a revision or in its working tree: git is run without a shell, arguments as arrays.
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { committerDate, GitObjectMissing, isTreeMode, openObjectStore, parseCommit, parseTree, resolveRevision, treeDifferences, treeEntryOf, type ObjectStore, type TreeEntry } from './git-objects.ts';
import { UsageError } from './validate.ts';

export function git(cwd: string, args: readonly string[], input?: string): Buffer {
  return execFileSync('git', args, { cwd, input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** The full SHA of a commit-ish, or a usage error that says how to get it in CI. */
export function resolveCommit(cwd: string, rev: string): string {
  // A revision that starts with a dash would be read as an option.
  if (rev.startsWith('-') || rev.trim() === '') throw new UsageError(`版本号“${rev}”无效`, `Invalid revision "${rev}"`);
  return resolveByGit(cwd, rev);
}

function resolveByGit(cwd: string, rev: string): string {
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
  /** Every file (or every file under the folder `under`), repository-relative with forward slashes. */
  list(under?: string): string[];
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
    list(under) {
      listing ??= splitZ(git(cwd, ['ls-tree', '-r', '-z', '--name-only', sha]));
      return under === undefined ? listing : listing.filter((f) => f.startsWith(`${under}/`));
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
    list(under) {
      const pathspec = under === undefined ? [] : ['--', under];
      return splitZ(git(cwd, ['ls-files', '-z', '--cached', '--others', '--exclude-standard', ...pathspec])).filter((f) => isFile(path.join(cwd, f)));
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

/** Runs `fn` on the in-process reader; where it cannot answer (an object it cannot find), `fallback` runs git. */
function inProcess<T>(store: ObjectStore | undefined, fn: (store: ObjectStore) => T | undefined, fallback: () => T): T {
  if (store)
    try {
      const r = fn(store);
      if (r !== undefined) return r;
    } catch (e) {
      if (!(e instanceof GitObjectMissing)) throw e;
    }
  return fallback();
}

/**
 * The questions the governance check asks of a repository, answered by reading git's objects in process
 * (`git-objects.ts`) and running git only for what that reader cannot answer: a git process costs more than
 * validating a file (about 35 ms each on the 2-core CI machine).
 */
export interface GitReader {
  resolveCommit(rev: string): string;
  /** The commit's date in its committer's time zone (`%cs`). */
  commitDate(sha: string): string;
  snapshot(sha: string): Snapshot;
  changedFiles(base: string, head?: string): Change[];
  /** Which of `paths` existed in any commit that leads to `rev` (an entry file once added keeps its ID used). */
  everPresent(rev: string, paths: readonly string[]): Set<string>;
  /** Commits (newest first) that touched `file`, starting at `rev`. */
  commitsTouching(rev: string, file: string): string[];
  close(): void;
}

/** How long an in-process walk of the history may take (about what starting one git process costs) before `git log` is asked. */
const HISTORY_WALK_BUDGET_MS = 30;

export function gitReader(cwd: string): GitReader {
  const store = openObjectStore(cwd);
  const trees = new Map<string, TreeEntry[]>();
  const treeOf = (s: ObjectStore, sha: string): TreeEntry[] => {
    let t = trees.get(sha);
    if (!t) {
      const obj = s.read(sha);
      if (obj.type !== 'tree') throw new GitObjectMissing(`${sha} is not a tree`);
      trees.set(sha, (t = parseTree(obj.data)));
    }
    return t;
  };
  const rootTree = (s: ObjectStore, commit: string) => parseCommit(s.read(commit).data).tree;
  return {
    resolveCommit(rev) {
      if (rev.startsWith('-') || rev.trim() === '') throw new UsageError(`版本号“${rev}”无效`, `Invalid revision "${rev}"`);
      return inProcess(store, (s) => resolveRevision(s, rev), () => resolveByGit(cwd, rev));
    },
    commitDate(sha) {
      return inProcess(store, (s) => committerDate(parseCommit(s.read(sha).data)), () => git(cwd, ['show', '-s', '--format=%cs', sha]).toString('utf8').trim());
    },
    snapshot(sha) {
      const byGit = commitSnapshot(cwd, sha);
      if (!store) return byGit;
      const entryAt = (s: ObjectStore, file: string): TreeEntry | undefined => {
        let tree = rootTree(s, sha);
        const parts = file.split('/');
        for (let i = 0; i < parts.length; i++) {
          const e = treeOf(s, tree).find((x) => x.name === parts[i]);
          if (!e || i === parts.length - 1) return e;
          if (!isTreeMode(e.mode)) return undefined;
          tree = e.sha;
        }
        return undefined;
      };
      const listings = new Map<string, string[]>();
      return {
        label: byGit.label,
        list(under) {
          const key = under ?? '';
          let listing = listings.get(key);
          if (!listing) {
            listing = inProcess(
              store,
              (s) => {
                const out: string[] = [];
                const walk = (tree: string, prefix: string) => {
                  for (const e of treeOf(s, tree)) isTreeMode(e.mode) ? walk(e.sha, `${prefix}${e.name}/`) : out.push(`${prefix}${e.name}`);
                };
                if (under === undefined) walk(rootTree(s, sha), '');
                else {
                  const folder = entryAt(s, under);
                  if (folder && isTreeMode(folder.mode)) walk(folder.sha, `${under}/`);
                }
                return out;
              },
              () => byGit.list(under),
            );
            listings.set(key, listing);
          }
          return listing;
        },
        readMany(files) {
          return inProcess(
            store,
            (s) => {
              const out = new Map<string, Buffer>();
              for (const f of files) {
                const e = entryAt(s, f);
                // Submodules (mode 160000) name commits of another repository: not files of this one.
                if (!e || isTreeMode(e.mode) || e.mode === '160000') continue;
                const obj = s.read(e.sha);
                if (obj.type === 'blob') out.set(f, obj.data);
              }
              return out;
            },
            () => byGit.readMany(files),
          );
        },
      };
    },
    changedFiles(base, head) {
      if (head === undefined) return changedFiles(cwd, base);
      return inProcess(
        store,
        (s) => {
          const byPath = new Map<string, ChangeStatus>();
          const all = (tree: string, prefix: string, status: ChangeStatus) => {
            for (const e of treeOf(s, tree)) isTreeMode(e.mode) ? all(e.sha, `${prefix}${e.name}/`, status) : byPath.set(`${prefix}${e.name}`, status);
          };
          const raw = (sha: string) => {
            const obj = s.read(sha);
            if (obj.type !== 'tree') throw new GitObjectMissing(`${sha} is not a tree`);
            return obj.data;
          };
          // Only the entries that differ are decoded: diffing a folder of 10,000 entries is a comparison of bytes.
          const diff = (a: string, b: string, prefix: string) => {
            for (const { before: x, after: y } of treeDifferences(raw(a), raw(b))) {
              const e = (x ?? y)!;
              const p = `${prefix}${e.name}`;
              if (x && y) isTreeMode(x.mode) ? diff(x.sha, y.sha, `${p}/`) : byPath.set(p, 'M');
              else if (x) isTreeMode(x.mode) ? all(x.sha, `${p}/`, 'D') : byPath.set(p, 'D');
              else isTreeMode(y!.mode) ? all(y!.sha, `${p}/`, 'A') : byPath.set(p, 'A');
            }
          };
          diff(rootTree(s, base), rootTree(s, head), '');
          return [...byPath].map(([p, status]) => ({ path: p, status })).sort((a, b) => a.path.localeCompare(b.path));
        },
        () => changedFiles(cwd, base, head),
      );
    },
    everPresent(rev, paths) {
      if (paths.length === 0) return new Set();
      return inProcess(
        store,
        (s) => {
          const started = performance.now();
          const found = new Set<string>();
          const seenTrees = new Set<string>();
          const queue = [rev];
          const seen = new Set(queue);
          while (queue.length) {
            // Past what one git process costs, `git log` over the paths walks a long history faster.
            if (performance.now() - started > HISTORY_WALK_BUDGET_MS) return undefined;
            const commit = parseCommit(s.read(queue.pop()!).data);
            if (!seenTrees.has(commit.tree)) {
              seenTrees.add(commit.tree);
              for (const p of paths) if (!found.has(p) && presentIn(s, commit.tree, p)) found.add(p);
            }
            for (const parent of commit.parents) if (!seen.has(parent)) seen.add(parent), queue.push(parent);
          }
          return found;
        },
        () => new Set(pathsEverAdded(cwd, rev, paths)),
      );
      function presentIn(s: ObjectStore, tree: string, file: string): boolean {
        const parts = file.split('/');
        const name = parts.pop()!;
        for (const part of parts) {
          const e = treeOf(s, tree).find((x) => x.name === part);
          if (!e || !isTreeMode(e.mode)) return false;
          tree = e.sha;
        }
        // A data folder holds thousands of entries: look the one name up in the raw tree rather than parse it all.
        const found = treeEntryOf(s.read(tree).data, name);
        return found !== undefined && !isTreeMode(found);
      }
    },
    commitsTouching(rev, file) {
      return commitsTouching(cwd, rev, file);
    },
    close() {
      store?.close();
    },
  };
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
