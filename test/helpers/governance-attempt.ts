// A real git repository with a published release at base, for trying what the procedure forbids, one attempt per branch.
import { afterAll, beforeAll } from 'vitest';
import { checkGovernance } from '../../lib/governance/check.ts';
import { TempRepo } from './temp-repo.ts';

export const BODY = '山东省人民政府';
export const CS = 'measures/CS-0001.yaml';
export const ML = 'catalogue/ML-0001.yaml';

export let repo: TempRepo;
export let base: string;
let n = 0;

/** Set up the repository for the test file that calls it (one per file). */
export function useViolationRepo(): void {
  beforeAll(() => {
  repo = TempRepo.create();
  // Published releases at base, so that changes to them and reuse of their IDs can be tried.
  repo.write('releases/1.0.0/catalogue.json', JSON.stringify({ formatVersion: 1, entries: [{ id: 'ML-0001' }, { id: 'ML-0007' }] }, null, 2) + '\n');
  repo.write('releases/index.json', JSON.stringify({ latest: '1.0.0', versions: [{ version: '1.0.0', edition: '2026年版' }] }, null, 2) + '\n');
  base = repo.commit('first release');
  });
  afterAll(() => repo.dispose());
}

/** Start a branch at `from`, make a change, commit it, and run the check from `from`. */
export function attempt(change: (r: TempRepo) => void, from = base) {
  repo.git('checkout', '-q', '-B', `attempt-${++n}`, from);
  change(repo);
  const head = repo.commit(`attempt ${n}`);
  const r = checkGovernance({ root: repo.dir, base: from, head });
  return {
    errors: [...new Set(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code))].sort(),
    warnings: [...new Set(r.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.code))].sort(),
    diagnostics: r.diagnostics,
    result: r,
    head,
  };
}

/** Close CS-0001's consultation and approve it; each option spoils one part. */
export function approveMeasure(r: TempRepo, o: { closed?: string; date?: string; body?: string; effective?: string; ref?: string | null; outcome?: boolean; pr?: boolean; documentNumber?: string | null } = {}) {
  const date = o.date ?? '2026-11-10';
  const doc = o.documentNumber === undefined ? '示例〔2026〕7号' : o.documentNumber;
  r.event(CS, { date: o.closed ?? '2026-10-31', event: 'consultation_closed' });
  r.edit(CS, (d) => {
    if (o.outcome !== false) {
      d.setIn(['consultation', 'comments_received'], 2);
      d.setIn(['consultation', 'comments_adopted'], 0);
      d.setIn(['consultation', 'response'], '未采纳，理由已公布。');
    }
    d.set('status', 'approved');
    const approval: Record<string, unknown> = { body: o.body ?? BODY, date, effective: o.effective ?? '2026-12-01' };
    if (doc !== null) approval.document_number = doc;
    if (o.pr !== false) approval.pull_request = 21;
    d.set('approval', d.createNode(approval));
  });
  const event: Record<string, unknown> = { date, event: 'approved' };
  if (o.ref !== null) event.ref = o.ref ?? doc ?? '示例〔2026〕7号';
  r.event(CS, event);
  r.changeset('approve', 'minor');
}

/** The number of the first line of a file that contains `text`. */
/** One change that repeals ML-0001 by a decision of BODY (示例〔2026〕5号, in force 2026-10-01), with its changeset. */
export function repealCatalogueItem(x: TempRepo): void {
  x.edit(ML, (d) => {
    d.set('status', 'repealed');
    d.set('repeal', d.createNode({ reason: '上位法修改。', body: BODY, date: '2026-09-01', document_number: '示例〔2026〕5号', effective: '2026-10-01', pull_request: 4 }));
  });
  x.event(ML, { date: '2026-09-01', event: 'repealed', ref: '示例〔2026〕5号' });
  x.changeset('c', 'major');
}

export const lineOf = (file: string, text: string) => repo.read(file).split('\n').findIndex((l) => l.includes(text)) + 1;


/** A commit on top of `from` whose jurisdiction.yaml says it is onboarding until `until`: the base for imports. */
export function onboardingBase(until: string, from = base): string {
  repo.git('checkout', '-q', '-B', `onboarding-${until}`, from);
  repo.write('jurisdiction.yaml', `${repo.read('jurisdiction.yaml').trimEnd()}\nonboarding:\n  until: "${until}"\n  note: 接入现行版本（示例）\n`);
  return repo.commit(`onboarding until ${until}`);
}
