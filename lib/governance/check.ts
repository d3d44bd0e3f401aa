// The governance check: compare two revisions of the repository and report what the procedure does not allow.
import { approvingBodyOf, FILE_KINDS, LIST_KINDS, type FileKind, type ListKind } from '../../schemas/index.ts';
import { todayIn } from '../today.ts';
import { compareDiagnostics, type Bilingual, type Diagnostic } from '../diagnostics.ts';
import { gitReader, read, worktreeSnapshot, type GitReader, type Snapshot } from '../git.ts';
import { ENTRY_FOLDERS, idOfPath, idsInReleaseFiles, RELEASES_DIR } from '../ids.ts';
import { kindOfPath, loadFile, type LoadedFile } from '../repository.ts';
import { positionOf } from '../yaml.ts';
import { BUMPS, maxBump, type Bump } from './bump.ts';
import type { ChangeSet } from './change-set.ts';
import { parseChangeset, versionBump } from './changeset.ts';
import { CHECKS } from './checks/index.ts';
import { CODES, type CodeKey } from './codes.ts';
import { AS_CHECKED, lifecycleOf, procedureOf } from '../lifecycle/index.ts';
import { ALLOWED_SIGNERS } from '../release/signing.ts';
import { compareEntry, type Config, type Entry } from './compare-entry.ts';
import { classifyPath } from './paths.ts';

export interface GovernanceOptions {
  /** The repository's working directory. */
  root: string;
  base: string;
  /** A revision; without it, the working tree (tracked and untracked, not ignored, files) is compared. */
  head?: string;
}

export interface GovernanceResult {
  diagnostics: Diagnostic[];
  /** Changed files considered. */
  files: string[];
  /** The bump the data change requires, and the bump the changesets (or a release made in the range) provide. */
  required: Bump;
  provided: Bump;
  /** Why the required bump is what it is. */
  reason?: Bilingual;
}

function diagnostic(key: CodeKey, file: string, pos: { line: number; col: number }, message: Bilingual, hint: Bilingual, path?: string): Diagnostic {
  const c = CODES[key];
  return { file, line: pos.line, col: pos.col, severity: c.severity, code: c.code, message, hint, ...(path ? { path } : {}) };
}

const START = { line: 1, col: 1 };

function load<K extends FileKind>(root: string, file: string, kind: K, bytes: Uint8Array | undefined): LoadedFile<K> | undefined {
  return bytes === undefined ? undefined : loadFile(root, file, kind, bytes).loaded;
}

function configOf(root: string, onDate: string, ...snapshots: Snapshot[]): Config {
  for (const s of snapshots) {
    const j = load(root, 'jurisdiction.yaml', 'jurisdiction', read(s, 'jurisdiction.yaml'))?.entry;
    if (j)
      return {
        minimumDays: j.consultation.minimum_days,
        approvingBody: j.approving_body,
        approvingBodies: Object.fromEntries(LIST_KINDS.map((k) => [k, approvingBodyOf(j, k).body])),
        procedure: (kind, entry) => procedureOf(j, kind, entry),
        onboarding: j.onboarding !== undefined && onDate <= j.onboarding.until,
      };
  }
  throw new Error('jurisdiction.yaml cannot be read at base or head; run npm run validate');
}

/** A base that holds no entry of the lists and no release: the repository is being set up, and what it first holds is brought in. */
function beingSetUp(base: Snapshot): boolean {
  // A placeholder such as catalogue/.gitkeep (npm run init) is no entry, and the release keys (npm run init --signing-key) no release.
  const releases = base.list(RELEASES_DIR).filter((f) => f !== `${RELEASES_DIR}/${ALLOWED_SIGNERS}`);
  return releases.length === 0 && LIST_KINDS.every((k) => !base.list(FILE_KINDS[k].folder!).some((f) => f.endsWith('.yaml')));
}

function packageOf(s: Snapshot): { name?: string; version?: string } {
  try {
    const p = JSON.parse(read(s, 'package.json')?.toString('utf8') ?? '{}') as { name?: unknown; version?: unknown };
    return { ...(typeof p.name === 'string' ? { name: p.name } : {}), ...(typeof p.version === 'string' ? { version: p.version } : {}) };
  } catch {
    return {};
  }
}

export function checkGovernance(opts: GovernanceOptions): GovernanceResult {
  const repo = gitReader(opts.root);
  try {
    return checkWith(repo, opts);
  } finally {
    repo.close();
  }
}

function checkWith(repo: GitReader, opts: GovernanceOptions): GovernanceResult {
  const root = opts.root;
  const baseSha = repo.resolveCommit(opts.base);
  const headSha = opts.head === undefined ? undefined : repo.resolveCommit(opts.head);
  const base = repo.snapshot(baseSha);
  const head = headSha ? repo.snapshot(headSha) : worktreeSnapshot(root);
  const changes = repo.changedFiles(baseSha, headSha);
  // The rules in force when the change was proposed: a change cannot loosen the rules it is checked against.
  // The day of the change: the head commit's, or today for the working tree.
  const onDate = headSha ? repo.commitDate(headSha) : todayIn();
  const setUp = beingSetUp(base);
  const baseConfig = configOf(root, onDate, base, head);
  const config: Config = { ...baseConfig, onboarding: baseConfig.onboarding || setUp };
  const diagnostics: Diagnostic[] = [];
  let required: Bump = 'none';
  let reason: Bilingual | undefined;
  const raise = (b: Bump, why: Bilingual, file: string) => {
    if (BUMPS.indexOf(b) > BUMPS.indexOf(required)) {
      required = b;
      reason = { zh: `${file}：${why.zh}`, en: `${file}: ${why.en}` };
    }
  };

  const byClass: ChangeSet['byClass'] = { data: [], system: [], release: [], changeset: [], other: [] };
  for (const ch of changes) byClass[classifyPath(ch.path)].push(ch);

  const baseFiles = base.readMany(byClass.data.filter((c) => c.status !== 'A').map((c) => c.path));
  const headFiles = head.readMany(byClass.data.filter((c) => c.status !== 'D').map((c) => c.path));

  // Which of the given IDs were used before this change: an entry file of that ID in any commit before base, or the ID
  // in a release published at base.
  const usedBefore = (ids: readonly string[]): Set<string> => {
    if (ids.length === 0) return new Set();
    const paths = ids.flatMap((id) => ENTRY_FOLDERS.map((folder) => `${folder}/${id}.yaml`));
    const used = new Set([...repo.everPresent(baseSha, paths)].flatMap((p) => idOfPath(p)?.id ?? []));
    // IDs are ASCII and the release builder writes them literally: only a file that holds one of them is parsed.
    const needles = ids.map((id) => Buffer.from(id));
    const releaseFiles = base.readMany(base.list(RELEASES_DIR));
    const holding = [...releaseFiles].filter(([, bytes]) => needles.some((n) => bytes.includes(n)));
    for (const id of idsInReleaseFiles(holding)) if (ids.includes(id)) used.add(id);
    return used;
  };

  const deleted: ChangeSet['deleted'] = [];
  const unreadable: ChangeSet['unreadable'] = [];
  const addedIds: ChangeSet['added'] = [];
  const added = byClass.data.filter((c) => c.status === 'A');
  for (const ch of byClass.data) {
    const kind = kindOfPath(ch.path)!;
    if (ch.status === 'D') {
      const old = baseFiles.get(ch.path);
      const twin = added.find((a) => kindOfPath(a.path) === kind && old !== undefined && headFiles.get(a.path)?.equals(old));
      deleted.push({ path: ch.path, kind, ...(twin ? { twin: twin.path } : {}) });
      raise('major', { zh: '删除已有条目', en: 'removal of an entry' }, ch.path);
      continue;
    }

    const headBytes = headFiles.get(ch.path);
    const { loaded: headLoaded, diagnostics: headProblems } = headBytes ? loadFile(root, ch.path, kind, headBytes) : { loaded: undefined, diagnostics: [] };
    if (!headLoaded?.entry) {
      unreadable.push({ path: ch.path, errors: headProblems.filter((d) => d.severity === 'error') });
      raise('patch', { zh: '数据修改', en: 'data change' }, ch.path);
      continue;
    }

    if (ch.status === 'A') {
      const ref = idOfPath(ch.path);
      if (ref) addedIds.push({ path: ch.path, id: ref.id });
    }

    if ((LIST_KINDS as FileKind[]).includes(kind)) {
      const baseEntry = ch.status === 'M' ? (load(root, ch.path, kind, baseFiles.get(ch.path))?.entry as Entry | undefined) : undefined;
      if (ch.status === 'M' && !baseEntry) {
        raise('patch', { zh: '数据修改', en: 'data change' }, ch.path);
        continue; // the base was broken: nothing to compare against
      }
      const cmp = compareEntry({
        kind: kind as ListKind,
        ...(baseEntry ? { base: baseEntry } : {}),
        head: headLoaded.entry as unknown as Entry,
        config,
        lastApproved: () => lastApprovedIn(repo, root, baseSha, ch.path, kind as ListKind),
      });
      for (const f of cmp.findings)
        diagnostics.push({ ...diagnostic(f.code, ch.path, positionOf(headLoaded.parsed, f.path, f.atKey ?? false), f.message, f.hint, f.path.join('.') || undefined), ...(f.severity ? { severity: f.severity } : {}) });
      raise(cmp.effect, cmp.effectReason, ch.path);
    } else if (kind === 'basis') {
      const before = load(root, ch.path, 'basis', baseFiles.get(ch.path))?.entry;
      const after = headLoaded.entry as LoadedFile<'basis'>['entry'] & {};
      const articlesAdded = before && after.articles.some((a) => !before.articles.some((b) => b.number === a.number));
      if (!before) raise('minor', { zh: '新增法律依据', en: 'a new legal instrument' }, ch.path);
      else if (articlesAdded) raise('minor', { zh: '法律依据新增条文', en: 'articles added to a legal instrument' }, ch.path);
      else raise('patch', { zh: '法律依据登记册修改', en: 'register correction' }, ch.path);
    } else raise('patch', { zh: '辖区配置修改', en: 'configuration change' }, ch.path);
  }

  // Changesets: what they provide, against what the data change requires.
  const pkgHead = packageOf(head);
  const pkgBase = packageOf(base);
  const packageName = pkgHead.name ?? pkgBase.name;
  let provided: Bump = versionBump(pkgBase.version, pkgHead.version);
  const changesetFiles = byClass.changeset.filter((c) => c.status !== 'D').map((c) => c.path);
  const changesetTexts = head.readMany(changesetFiles);
  const changesets = changesetFiles.map((file) => ({ file, parsed: parseChangeset(changesetTexts.get(file)?.toString('utf8') ?? '') }));
  let strongest: { file: string; line: number } | undefined;
  for (const { file, parsed } of changesets) {
    for (const [name, bump] of parsed.releases) {
      if (packageName && name !== packageName) continue;
      if (!strongest || BUMPS.indexOf(bump) >= BUMPS.indexOf(provided)) strongest = { file, line: parsed.lines.get(name) ?? 2 };
      provided = maxBump(provided, bump);
    }
    strongest ??= { file, line: 1 };
  }

  const changeSet: ChangeSet = { base, head, setUp, byClass, deleted, unreadable, added: addedIds, usedBefore, changesets, packageName, required, reason, provided, strongest };
  for (const check of CHECKS) {
    if (!('change' in check)) continue;
    check.change(changeSet, (file, pos, message, hint, path) => diagnostics.push(diagnostic(check.key, file, pos, message, hint, path)));
  }

  return { diagnostics: diagnostics.sort(compareDiagnostics), files: changes.map((c) => c.path), required, provided, ...(reason ? { reason } : {}) };
}

/** The most recent version of a file, at or before `rev`, in which the entry stood approved: the version that stays published during an amendment. */
export function lastApprovedVersion(root: string, rev: string, file: string, kind: ListKind): Entry | undefined {
  const repo = gitReader(root);
  try {
    return lastApprovedIn(repo, root, rev, file, kind);
  } finally {
    repo.close();
  }
}

function lastApprovedIn(repo: GitReader, root: string, rev: string, file: string, kind: ListKind): Entry | undefined {
  for (const sha of repo.commitsTouching(rev, file).slice(0, 200)) {
    const e = load(root, file, kind, read(repo.snapshot(sha), file))?.entry as Entry | undefined;
    if (e && lifecycleOf(e, AS_CHECKED).state.phase === 'approved') return e;
  }
  return undefined;
}

