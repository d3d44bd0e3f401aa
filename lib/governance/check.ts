// The governance check: compare two revisions of the repository and report what the procedure does not allow.
import { LIST_KINDS, type FileKind, type ListKind } from '../../schemas/index.ts';
import { compareDiagnostics, type Bilingual, type Diagnostic } from '../diagnostics.ts';
import { changedFiles, commitSnapshot, commitsTouching, pathsEverAdded, read, resolveCommit, worktreeSnapshot, type Change, type Snapshot } from '../git.ts';
import { ENTRY_FOLDERS, idOfPath, idsInReleaseFiles, RELEASES_DIR } from '../ids.ts';
import { kindOfPath, loadFile, type LoadedFile } from '../repository.ts';
import { positionOf } from '../yaml.ts';
import { isChangesetFile, parseChangeset, versionBump } from './changeset.ts';
import { CODES, type CodeKey } from './codes.ts';
import { lifecycleOf } from '../lifecycle/index.ts';
import { BUMPS, compareEntry, maxBump, type Bump, type Config, type Entry } from './lifecycle.ts';
import { classifyPath, firstDifferentLine, indexRegression, RELEASE_INDEX } from './paths.ts';

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

function configOf(root: string, ...snapshots: Snapshot[]): Config {
  for (const s of snapshots) {
    const j = load(root, 'jurisdiction.yaml', 'jurisdiction', read(s, 'jurisdiction.yaml'))?.entry;
    if (j) return { minimumDays: j.consultation.minimum_days, approvingBody: j.approving_body };
  }
  throw new Error('jurisdiction.yaml cannot be read at base or head; run npm run validate');
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
  const root = opts.root;
  const baseSha = resolveCommit(root, opts.base);
  const headSha = opts.head === undefined ? undefined : resolveCommit(root, opts.head);
  const base = commitSnapshot(root, baseSha);
  const head = headSha ? commitSnapshot(root, headSha) : worktreeSnapshot(root);
  const changes = changedFiles(root, baseSha, headSha);
  // The rules in force when the change was proposed: a change cannot loosen the rules it is checked against.
  const config = configOf(root, base, head);
  const diagnostics: Diagnostic[] = [];
  let required: Bump = 'none';
  let reason: Bilingual | undefined;
  const raise = (b: Bump, why: Bilingual, file: string) => {
    if (BUMPS.indexOf(b) > BUMPS.indexOf(required)) {
      required = b;
      reason = { zh: `${file}：${why.zh}`, en: `${file}: ${why.en}` };
    }
  };

  const byClass = { data: [] as Change[], system: [] as Change[], release: [] as Change[], changeset: [] as Change[], other: [] as Change[] };
  for (const ch of changes) byClass[classifyPath(ch.path)].push(ch);

  const baseFiles = base.readMany(byClass.data.filter((c) => c.status !== 'A').map((c) => c.path));
  const headFiles = head.readMany(byClass.data.filter((c) => c.status !== 'D').map((c) => c.path));

  // IDs used before this change: every entry file ever added before base, and every ID in the releases published at base.
  let usedBefore: Set<string> | undefined;
  const idsUsedBefore = () => {
    if (!usedBefore) {
      usedBefore = new Set(pathsEverAdded(root, baseSha, ENTRY_FOLDERS).flatMap((p) => idOfPath(p)?.id ?? []));
      const releaseFiles = base.list().filter((f) => f.startsWith(`${RELEASES_DIR}/`));
      for (const id of idsInReleaseFiles(base.readMany(releaseFiles))) usedBefore.add(id);
    }
    return usedBefore;
  };

  const added = byClass.data.filter((c) => c.status === 'A');
  for (const ch of byClass.data) {
    const kind = kindOfPath(ch.path)!;
    if (ch.status === 'D') {
      const old = baseFiles.get(ch.path);
      const twin = added.find((a) => kindOfPath(a.path) === kind && old !== undefined && headFiles.get(a.path)?.equals(old));
      diagnostics.push(
        diagnostic(
          'deleted',
          ch.path,
          START,
          twin
            ? { zh: `${ch.path} 被改名为 ${twin.path}：条目编号不可更改`, en: `${ch.path} was renamed to ${twin.path}: an entry's ID never changes` }
            : { zh: `${ch.path} 被删除：条目不可删除`, en: `${ch.path} was deleted: entries are never deleted` },
          kind === 'jurisdiction'
            ? { zh: '恢复 jurisdiction.yaml。', en: 'Restore jurisdiction.yaml.' }
            : kind === 'basis'
              ? { zh: '恢复该文件；依据失效时把 status 改为 repealed 并写明 repealed 日期。', en: 'Restore the file; when an instrument lapses, set status: repealed and its repealed date.' }
              : {
                  zh: '恢复该文件。要取消一个条目，请提出废止（repeal_proposed），经审定后状态为 repealed，条目作为存档保留。',
                  en: 'Restore the file. To withdraw an entry, propose its repeal (repeal_proposed); once approved it stays as a repealed tombstone.',
                },
        ),
      );
      raise('major', { zh: '删除已有条目', en: 'removal of an entry' }, ch.path);
      continue;
    }

    const headBytes = headFiles.get(ch.path);
    const { loaded: headLoaded, diagnostics: headProblems } = headBytes ? loadFile(root, ch.path, kind, headBytes) : { loaded: undefined, diagnostics: [] };
    if (!headLoaded?.entry) {
      const errors = headProblems.filter((d) => d.severity === 'error');
      // A decision record without its date, document number, body or effective date is the governance rule's own concern.
      const incomplete = errors.filter((d) => d.code === 'schema-required' && /^(?:approval|repeal)\.(?:date|document_number|body|effective)$/.test(d.path ?? ''));
      for (const d of incomplete)
        diagnostics.push(
          diagnostic('approvalRecord', ch.path, d, { zh: `审定记录不完整：${d.message.zh}`, en: `Incomplete decision record: ${d.message.en}` }, { zh: '审定记录须写明审定机关（body）、日期（date）、文号（document_number）和施行日期（effective）。', en: 'A decision record states body, date, document_number and effective.' }, d.path),
        );
      const first = errors.find((d) => !incomplete.includes(d));
      if (first || !incomplete.length)
        diagnostics.push(
          diagnostic(
            'unreadable',
            ch.path,
            first ?? START,
            { zh: `无法读取该文件，不能检查程序：${first?.message.zh ?? '文件不存在'}`, en: `The file cannot be read, so its procedure cannot be checked: ${first?.message.en ?? 'missing'}` },
            { zh: '运行 npm run validate 查看并修正所有问题。', en: 'Run npm run validate and fix every problem it reports.' },
          ),
        );
      raise('patch', { zh: '数据修改', en: 'data change' }, ch.path);
      continue;
    }

    if (ch.status === 'A') {
      const ref = idOfPath(ch.path);
      if (ref && idsUsedBefore().has(ref.id))
        diagnostics.push(
          diagnostic(
            'idReused',
            ch.path,
            START,
            { zh: `编号 ${ref.id} 曾被使用（在历史或已发布版本中），不能再用于新条目`, en: `ID ${ref.id} was used before (in the history or a published release) and cannot name a new entry` },
            { zh: '用 npm run new 取得从未使用过的新编号；原条目应恢复，并以废止方式处理。', en: 'Get a never-used ID with npm run new; restore the earlier entry and repeal it instead.' },
          ),
        );
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
        lastApproved: () => lastApprovedVersion(root, baseSha, ch.path, kind as ListKind),
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

  checkReleases(byClass.release, base, head, diagnostics);

  // Department data and the toolkit in one change: maintainers must review it.
  if (byClass.data.length && byClass.system.length) {
    const sys = byClass.system.map((c) => c.path);
    const listed = sys.slice(0, 5).join('、') + (sys.length > 5 ? ` 等 ${sys.length} 个` : '');
    diagnostics.push(
      diagnostic(
        'mixed',
        sys[0]!,
        START,
        { zh: `本次变更同时修改了部门数据（${byClass.data.length} 个文件）和系统文件（${listed}）`, en: `This change touches department data (${byClass.data.length} files) and system files (${sys.slice(0, 5).join(', ')}${sys.length > 5 ? `, ${sys.length} in all` : ''})` },
        { zh: '请拆分为两个合并请求；确需一起修改时，须由维护者审查。', en: 'Split it into two pull requests; if they must go together, a maintainer reviews it.' },
      ),
    );
  }

  // Changesets: data changes carry one whose bump is at least what they require.
  const pkgHead = packageOf(head);
  const pkgBase = packageOf(base);
  const pkgName = pkgHead.name ?? pkgBase.name;
  let provided: Bump = versionBump(pkgBase.version, pkgHead.version);
  const changesetFiles = byClass.changeset.filter((c) => c.status !== 'D').map((c) => c.path);
  const changesetTexts = head.readMany(changesetFiles);
  let strongest: { file: string; line: number } | undefined;
  for (const file of changesetFiles) {
    const parsed = parseChangeset(changesetTexts.get(file)?.toString('utf8') ?? '');
    for (const p of parsed.problems)
      diagnostics.push(diagnostic('changesetInvalid', file, { line: p.line, col: 1 }, { zh: p.zh, en: p.en }, { zh: `变更集的格式是三行头部：--- / "${pkgName ?? '包名'}": patch（或 minor、major）/ ---，然后是变更说明。`, en: `A changeset starts with three lines: --- / "${pkgName ?? '<package>'}": patch (or minor, major) / ---, then a summary.` }));
    for (const [name, bump] of parsed.releases) {
      if (pkgName && name !== pkgName) {
        diagnostics.push(
          diagnostic(
            'changesetInvalid',
            file,
            { line: parsed.lines.get(name) ?? 2, col: 1 },
            { zh: `变更集中的包名“${name}”不是本仓库的“${pkgName}”`, en: `Package "${name}" in the changeset is not this repository's "${pkgName}"` },
            { zh: `改为 "${pkgName}"。`, en: `Use "${pkgName}".` },
          ),
        );
        continue;
      }
      if (!strongest || BUMPS.indexOf(bump) >= BUMPS.indexOf(provided)) strongest = { file, line: parsed.lines.get(name) ?? 2 };
      provided = maxBump(provided, bump);
    }
    strongest ??= { file, line: 1 };
  }
  if (byClass.data.length > 0 && changesetFiles.length === 0 && provided === 'none' && required === 'none')
    diagnostics.push(
      diagnostic(
        'changesetMissing',
        '.changeset',
        START,
        { zh: '数据有变更，但没有变更集', en: 'Data changed but there is no changeset' },
        {
          zh: '本次变更不改变已发布内容（建议、征求意见等），添加空变更集即可：npx changeset --empty，并写明变更说明。',
          en: 'This change publishes nothing new (a proposal, a consultation…): add an empty changeset with npx changeset --empty and a summary.',
        },
      ),
    );
  if (required !== 'none' && BUMPS.indexOf(provided) < BUMPS.indexOf(required)) {
    const add = {
      zh: `运行 npx changeset 并选择 ${required}；或新建 .changeset/<名称>.md，写入三行 --- / "${pkgName ?? '<包名>'}": ${required} / ---，再写变更说明。`,
      en: `Run npx changeset and choose ${required}; or write .changeset/<name>.md with the three lines --- / "${pkgName ?? '<package>'}": ${required} / --- and a summary.`,
    };
    if (!strongest || provided === 'none')
      diagnostics.push(
        diagnostic(
          'changesetMissing',
          strongest?.file ?? '.changeset',
          strongest ? { line: strongest.line, col: 1 } : START,
          {
            zh: `数据有变更，但没有变更集${strongest ? '（空变更集只适用于不改数据的变更）' : ''}；需要 ${required}（${reason!.zh}）`,
            en: `Data changed but there is no changeset${strongest ? ' (an empty changeset is only for changes without data)' : ''}; ${required} is required (${reason!.en})`,
          },
          add,
        ),
      );
    else
      diagnostics.push(
        diagnostic(
          'changesetBump',
          strongest.file,
          { line: strongest.line, col: 1 },
          { zh: `变更集的级别是 ${provided}，但数据变更需要 ${required}（${reason!.zh}）`, en: `The changeset bumps ${provided}, but the data change requires ${required} (${reason!.en})` },
          { zh: `把级别改为 ${required}。规则：勘误 patch；新增或修订 minor；废止或删除已发布内容 major。`, en: `Change it to ${required}. Corrections: patch; additions and amendments: minor; repeals or removals of published data: major.` },
        ),
      );
  }

  return { diagnostics: diagnostics.sort(compareDiagnostics), files: changes.map((c) => c.path), required, provided, ...(reason ? { reason } : {}) };
}

function checkReleases(changes: Change[], base: Snapshot, head: Snapshot, out: Diagnostic[]): void {
  const touched = changes.filter((c) => c.status !== 'A');
  const before = base.readMany(touched.map((c) => c.path));
  const after = head.readMany(touched.map((c) => c.path));
  for (const ch of touched) {
    const old = before.get(ch.path)?.toString('utf8') ?? '';
    const now = after.get(ch.path)?.toString('utf8');
    if (ch.path === RELEASE_INDEX && now !== undefined) {
      let where: string | undefined;
      try {
        where = indexRegression(JSON.parse(old), JSON.parse(now));
      } catch {
        where = '$';
      }
      if (!where) continue;
      out.push(
        diagnostic(
          'releaseModified',
          ch.path,
          { line: firstDifferentLine(old, now), col: 1 },
          { zh: `版本索引删除或改动了已发布版本的记录（${where}）`, en: `The release index drops or alters a published version's record (${where})` },
          { zh: '索引只能新增版本；恢复原有记录。', en: 'The index only gains versions; restore the earlier records.' },
          where,
        ),
      );
      continue;
    }
    out.push(
      diagnostic(
        'releaseModified',
        ch.path,
        now === undefined ? START : { line: firstDifferentLine(old, now), col: 1 },
        now === undefined ? { zh: `已发布的文件 ${ch.path} 被删除`, en: `Published file ${ch.path} was deleted` } : { zh: `已发布的文件 ${ch.path} 被修改`, en: `Published file ${ch.path} was modified` },
        { zh: '已发布的版本永不改变：恢复该文件。更正请发布新版本。', en: 'A published release never changes: restore the file, and publish corrections as a new version.' },
      ),
    );
  }
}

/** The most recent version of a file, at or before `rev`, in which the entry stood approved: the version that stays published during an amendment. */
export function lastApprovedVersion(root: string, rev: string, file: string, kind: ListKind): Entry | undefined {
  for (const sha of commitsTouching(root, rev, file).slice(0, 200)) {
    const e = load(root, file, kind, read(commitSnapshot(root, sha), file))?.entry as Entry | undefined;
    if (e && lifecycleOf(e).state.phase === 'approved') return e;
  }
  return undefined;
}

