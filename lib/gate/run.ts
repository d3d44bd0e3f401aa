// Feeding the approval gate from the forge: the pull request's files and reviews, the approvers on the base branch.
import { LIST_KINDS, type FileKind } from '../../schemas/index.ts';
import type { Entry } from '../governance/compare-entry.ts';
import { isDecision } from '../lifecycle/index.ts';
import { kindOfPath, loadFile } from '../repository.ts';
import { decideGate, type DecisionChange, type GateResult } from './decide.ts';
import { ForgeError, type Forge } from './forge.ts';

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
  for (const f of await api.files(n)) {
    if (!isListFile(f.filename) && !isListFile(f.previousFilename)) continue;
    const kind = kindOfPath(f.filename)!;
    const before = f.status === 'added' ? undefined : await api.content(f.previousFilename ?? f.filename, pull.baseSha);
    const after = f.status === 'removed' ? undefined : await api.content(f.filename, pull.headSha);
    const parse = (bytes: Uint8Array | undefined, file: string) => (bytes ? (loadFile('', file, kind, bytes).loaded.entry as Entry | undefined) : undefined);
    const base = parse(before, f.previousFilename ?? f.filename);
    const head = parse(after, f.filename);
    if (after && !head) {
      unreadable.push(f.filename);
      continue;
    }
    if (isDecision(base, head))
      changes.push({ file: f.filename, id: f.filename.split('/').pop()!.replace(/\.yaml$/, ''), ...(base ? { from: base.status } : {}), to: head!.status });
  }
  const reviews = changes.length || unreadable.length ? await api.reviews(n) : [];
  const result = decideGate({ changes, unreadable, reviews, approvers: jurisdiction.approvers, headSha: pull.headSha, ...(pull.author ? { author: pull.author } : {}) });
  return { ...result, changes, headSha: pull.headSha, approvers: jurisdiction.approvers };
}
