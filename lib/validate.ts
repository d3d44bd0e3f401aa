// The validator: load what is in scope, run every rule, and return the problems found.
import path from 'node:path';
import { FILE_KINDS } from '../schemas/index.ts';
import { compareDiagnostics, type Diagnostic } from './diagnostics.ts';
import { kindOfPath, passedOver, Repository, type LoadedFile } from './repository.ts';
import { shareLoads, type LoadShare } from './load-share.ts';
import { RULES } from './rules/index.ts';
import { RuleContext } from './rules/rule.ts';

export interface ValidationResult {
  diagnostics: Diagnostic[];
  /** Files checked, repository-relative. */
  files: string[];
  /** The loaded repository, so that a caller (the site build) need not parse the files again. */
  repository: Repository;
}

export class UsageError extends Error {
  readonly zh: string;
  constructor(zh: string, en: string) {
    super(en);
    this.zh = zh;
  }
}

/** Repository-relative form of a path given on the command line. */
export function toRepoPath(root: string, p: string): string {
  const rel = path.relative(root, path.resolve(p)).split(path.sep).join('/');
  if (rel.startsWith('..') || path.isAbsolute(rel))
    throw new UsageError(`路径 ${p} 不在仓库 ${root} 之内`, `Path ${p} is outside the repository ${root}`);
  return rel;
}

/**
 * Validate the repository at `root`. With `paths`, check just those files, plus the cross-file rules
 * that start from them; without, check everything. `overlay` supplies files not (yet) on disk. `share` splits the
 * loading with other processes validating the same repository at once (load-share.ts); the result is the same.
 */
export function validate(rootDir: string, paths?: readonly string[], overlay?: ReadonlyMap<string, Uint8Array>, share?: LoadShare): ValidationResult {
  const root = path.resolve(rootDir);
  const repo = new Repository(root, overlay);
  let targets: { kind: ReturnType<typeof kindOfPath> & {}; file: string }[];
  if (paths && paths.length) {
    targets = [];
    for (const p of paths) {
      const file = toRepoPath(root, p);
      const kind = kindOfPath(file);
      if (!kind) {
        const folders = Object.values(FILE_KINDS).map((s) => s.folder ?? s.file).join(', ');
        throw new UsageError(`${file} 不是数据文件（数据文件位于 ${folders}）`, `${file} is not a data file (data lives in ${folders})`);
      }
      targets.push({ kind, file });
    }
  } else targets = [...repo.discovered];

  // Another process loading the same files at once shares the parsing (the files on disk only: an overlay is this process's own).
  if (share && !overlay?.size) shareLoads(repo, targets, share);
  const scope: LoadedFile[] = [];
  const diagnostics: Diagnostic[] = paths && paths.length ? [] : passedOver(root);
  for (const { kind, file } of targets) {
    const { loaded, diagnostics: own } = repo.load(file, kind);
    scope.push(loaded);
    diagnostics.push(...own);
  }
  const ctx = new RuleContext(repo, scope);
  for (const rule of RULES) rule.check(ctx.withRule(rule));
  diagnostics.push(...ctx.diagnostics);
  return { diagnostics: dedupe(diagnostics).sort(compareDiagnostics), files: scope.map((f) => f.file), repository: repo };
}

function dedupe(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const key = `${d.file}:${d.line}:${d.col}:${d.code}:${d.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
