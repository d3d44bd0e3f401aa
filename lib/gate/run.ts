// Feeding the approval gate from the forge: the pull request's files and reviews, the approvers on the base branch.
import { LIST_KINDS, type FileKind } from '../../schemas/index.ts';
import type { Entry } from '../governance/compare-entry.ts';
import { isDecision } from '../lifecycle/index.ts';
import { kindOfPath, loadFile } from '../repository.ts';
import { decideGate, type DecisionChange, type GateResult } from './decide.ts';
import { FILE_LIST_LIMIT, ForgeError, type Forge } from './forge.ts';
import type { Bilingual } from '../diagnostics.ts';

export interface GateRun extends GateResult {
  changes: DecisionChange[];
  headSha: string;
  approvers: string[];
}

const isListFile = (f: string | undefined) => f !== undefined && (LIST_KINDS as (FileKind | undefined)[]).includes(kindOfPath(f));

/** Decide the gate for pull request `n`. Reads only through the API: no code of the pull request runs. */
export async function runGate(api: Forge, n: number): Promise<GateRun> {
  const pull = await api.pull(n);
  // Approvers as configured on the base branch: a pull request cannot appoint its own approvers.
  const jBytes = await api.content('jurisdiction.yaml', pull.baseSha);
  const jurisdiction = jBytes && loadFile('', 'jurisdiction.yaml', 'jurisdiction', jBytes).loaded.entry;
  if (!jurisdiction) throw new ForgeError(`jurisdiction.yaml cannot be read at the base commit ${pull.baseSha}`);

  const changes: DecisionChange[] = [];
  const unreadable: string[] = [];
  const incomplete: Bilingual[] = [];
  const files = await api.files(n);
  if (files.length >= FILE_LIST_LIMIT)
    incomplete.push({
      zh: `本合并请求列出了 ${files.length} 个文件，达到代码托管平台的上限（${FILE_LIST_LIMIT}），门禁无法看到全部修改：请拆分合并请求。`,
      en: `The pull request lists ${files.length} files, the forge's limit (${FILE_LIST_LIMIT}): the gate cannot see the whole change. Split the pull request.`,
    });
  for (const f of files) {
    // A file copied or renamed from elsewhere is new where it lands; one renamed out of a list folder leaves it.
    const from = f.status === 'copied' || !isListFile(f.previousFilename ?? f.filename) ? undefined : (f.previousFilename ?? f.filename);
    const to = f.status === 'removed' || !isListFile(f.filename) ? undefined : f.filename;
    if (from === undefined && to === undefined) continue;
    const kindOf = (file: string) => kindOfPath(file)!;
    const before = from === undefined || f.status === 'added' ? undefined : await api.content(from, pull.baseSha);
    const after = to === undefined ? undefined : await api.content(to, pull.headSha);
    const parse = (bytes: Uint8Array | undefined, file: string | undefined) => (bytes && file ? (loadFile('', file, kindOf(file), bytes).loaded.entry as Entry | undefined) : undefined);
    const base = parse(before, from);
    const head = parse(after, to);
    if (after && !head) {
      unreadable.push(f.filename);
      continue;
    }
    if (head && isDecision(base, head))
      changes.push({ file: f.filename, id: f.filename.split('/').pop()!.replace(/\.yaml$/, ''), ...(base ? { from: base.status } : {}), to: head.status });
  }
  const needed = changes.length || unreadable.length || incomplete.length;
  const reviews = needed ? await api.reviews(n) : [];
  const pushers = needed ? await api.pushers(n) : [];
  const result = decideGate({ changes, unreadable, incomplete, reviews, pushers, approvers: jurisdiction.approvers, headSha: pull.headSha, ...(pull.author ? { author: pull.author } : {}) });
  return { ...result, changes, headSha: pull.headSha, approvers: jurisdiction.approvers };
}
