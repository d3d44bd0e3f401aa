// A whole lifecycle, commit by commit, on a real git repository: every legitimate step passes the governance check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkGovernance, lastApprovedVersion } from '../lib/governance/check.ts';
import { validate } from '../lib/validate.ts';
import { PROPOSAL } from './helpers/proposal.ts';
import { TempRepo } from './helpers/temp-repo.ts';

const FILE = 'catalogue/ML-0003.yaml';
const BODY = '山东省人民政府';


/** Governance between two commits: errors and warnings by code. */
function codes(repo: TempRepo, base: string, head?: string) {
  const r = checkGovernance({ root: repo.dir, base, ...(head ? { head } : {}) });
  return { errors: r.diagnostics.filter((d) => d.severity === 'error'), warnings: r.diagnostics.filter((d) => d.severity === 'warning'), result: r };
}

describe('a whole lifecycle passes step by step', () => {
  let repo: TempRepo;
  const commits: string[] = [];
  beforeAll(() => {
    repo = TempRepo.create();
    commits.push(repo.head());
  });
  afterAll(() => repo.dispose());

  /** Commit a step and check it against the previous commit: no error, data valid, the expected bump. */
  function stepPasses(name: string, bump: 'none' | 'patch' | 'minor' | 'major') {
    repo.changeset(name, bump === 'none' ? 'empty' : bump);
    const before = commits.at(-1)!;
    commits.push(repo.commit(name));
    const { errors, warnings, result } = codes(repo, before, commits.at(-1));
    expect(errors, JSON.stringify(errors, null, 2)).toEqual([]);
    expect(warnings).toEqual([]);
    expect(result.required).toBe(bump);
    const v = validate(repo.dir).diagnostics.filter((d) => d.severity === 'error');
    expect(v, JSON.stringify(v, null, 2)).toEqual([]);
  }

  it('1. a department proposes a new entry (an empty changeset: nothing published changes)', () => {
    repo.write(FILE, PROPOSAL);
    stepPasses('propose', 'none');
  });

  it('2. the credit office opens the public consultation', () => {
    repo.edit(FILE, (d) => {
      d.set('status', 'consultation');
      d.set('consultation', d.createNode({ opens: '2026-12-01', closes: '2026-12-30', channel: { kind: 'forge' } }));
    });
    repo.event(FILE, { date: '2026-12-01', event: 'consultation_opened', pull_request: 8 });
    stepPasses('consult', 'none');
  });

  it('3. the consultation closes, its outcome is published, and the approving body approves (minor: an addition)', () => {
    repo.event(FILE, { date: '2026-12-31', event: 'consultation_closed' });
    repo.edit(FILE, (d) => {
      d.setIn(['consultation', 'comments_received'], 3);
      d.setIn(['consultation', 'comments_adopted'], 1);
      d.setIn(['consultation', 'response'], '采纳1条，明确了收费须“依法应当缴纳”。');
      d.set('status', 'approved');
      d.set('approval', d.createNode({ body: BODY, date: '2027-01-10', document_number: '示例〔2027〕1号', effective: '2027-02-01', pull_request: 9 }));
    });
    repo.event(FILE, { date: '2027-01-10', event: 'approved', ref: '示例〔2027〕1号', pull_request: 9 });
    stepPasses('approve', 'minor');
  });

  it('4. an editorial correction is recorded in the history (patch)', () => {
    repo.edit(FILE, (d) => d.set('title_en', 'Refusal to pay administrative fees'));
    repo.event(FILE, { date: '2027-02-10', event: 'corrected', note: '补充英文名称' });
    stepPasses('correct', 'patch');
  });

  it('5. an amendment is proposed: the approved version stays the published one', () => {
    repo.edit(FILE, (d) => {
      d.set('status', 'proposed');
      d.set('content', '拒不缴纳依法应当缴纳的行政事业性收费、政府性基金的信息。');
      // The approved round's records move, unchanged, to earlier_rounds; proposal now holds the amendment's.
      const round = { proposal: d.get('proposal'), consultation: d.get('consultation'), approval: d.get('approval') };
      d.set('earlier_rounds', d.createNode([round]));
      d.set('proposal', d.createNode({ department: 'finance', date: '2027-03-01', pull_request: 11 }));
    });
    repo.event(FILE, { date: '2027-03-01', event: 'amendment_proposed', pull_request: 11, note: '增加政府性基金' });
    stepPasses('amend-propose', 'none');
    const published = lastApprovedVersion(repo.dir, repo.head(), FILE, 'catalogue');
    expect(published?.content).toBe('拒不缴纳依法应当缴纳的行政事业性收费的信息。');
    expect((published?.approval as { document_number: string }).document_number).toBe('示例〔2027〕1号');
  });

  it('6. the amendment goes to public consultation; still the old version is published', () => {
    repo.edit(FILE, (d) => {
      d.set('status', 'consultation');
      d.set('consultation', d.createNode({ opens: '2027-03-10', closes: '2027-04-10', channel: { kind: 'email', address: 'consult@credit.example' } }));
    });
    repo.event(FILE, { date: '2027-03-10', event: 'consultation_opened' });
    stepPasses('amend-consult', 'none');
    expect(lastApprovedVersion(repo.dir, repo.head(), FILE, 'catalogue')?.content).toBe('拒不缴纳依法应当缴纳的行政事业性收费的信息。');
  });

  it('a new round that drops the approved round’s records is rejected', () => {
    const start = repo.head();
    repo.edit(FILE, (d) => d.delete('earlier_rounds'));
    const head = repo.commit('drop earlier rounds');
    // Seen from the approved round (before the amendment began), the amendment's records replaced it without keeping it.
    const { errors } = codes(repo, commits.at(-3)!, head);
    expect(errors.map((e) => e.code)).toContain('G05-trail-mismatch');
    repo.git('reset', '-q', '--hard', start);
  });

  it('7. the amendment is approved (minor) and becomes the published version', () => {
    repo.event(FILE, { date: '2027-04-11', event: 'consultation_closed' });
    repo.edit(FILE, (d) => {
      d.setIn(['consultation', 'comments_received'], 0);
      d.setIn(['consultation', 'comments_adopted'], 0);
      d.setIn(['consultation', 'response'], '未收到意见。');
      d.set('status', 'approved');
      d.set('approval', d.createNode({ body: BODY, date: '2027-04-20', document_number: '示例〔2027〕5号', effective: '2027-05-01', pull_request: 12 }));
    });
    repo.event(FILE, { date: '2027-04-20', event: 'amended', ref: '示例〔2027〕5号', pull_request: 12 });
    stepPasses('amend-approve', 'minor');
    expect(lastApprovedVersion(repo.dir, repo.head(), FILE, 'catalogue')?.content).toBe('拒不缴纳依法应当缴纳的行政事业性收费、政府性基金的信息。');
  });

  it('8. a repeal is proposed (nothing published changes yet)', () => {
    repo.edit(FILE, (d) => d.set('status', 'proposed'));
    repo.event(FILE, { date: '2027-09-01', event: 'repeal_proposed', pull_request: 15, note: '已由国家目录覆盖' });
    stepPasses('repeal-propose', 'none');
  });

  it('9. the repeal is approved and the entry stays as a tombstone (major)', () => {
    repo.edit(FILE, (d) => {
      d.set('status', 'repealed');
      d.set('repeal', d.createNode({ reason: '已纳入全国公共信用信息基础目录。', body: BODY, date: '2027-10-08', document_number: '示例〔2027〕9号', effective: '2027-11-01', pull_request: 16 }));
    });
    repo.event(FILE, { date: '2027-10-08', event: 'repealed', ref: '示例〔2027〕9号', pull_request: 16 });
    stepPasses('repeal', 'major');
  });

  it('the whole range, first commit to last, seen as one change, is an entry arriving approved: refused', () => {
    const { errors, result } = codes(repo, commits[0]!, commits.at(-1));
    // No single change may take an entry from nothing to a decision: the base must hold it in consultation.
    expect(errors.map((e) => e.code)).toEqual(['G04-transition-not-allowed', 'G04-transition-not-allowed']);
    // Seen from the first commit the entry was never published and is repealed now: net, nothing published changed.
    expect(result.required).toBe('none');
    expect(result.provided).toBe('major');
  });

  it('a dropped amendment returns to the approved text', () => {
    const start = repo.head();
    const approvedBranch = commits[7]!; // after the amendment's approval
    repo.git('checkout', '-q', '-b', 'dropped', approvedBranch);
    repo.edit(FILE, (d) => {
      d.set('status', 'proposed');
      d.set('title', '拒不缴纳行政事业性收费和政府性基金信息');
    });
    repo.event(FILE, { date: '2027-06-01', event: 'amendment_proposed' });
    const proposed = repo.commit('amend');
    // Not adopted, but the title is left as proposed: rejected with G11.
    repo.edit(FILE, (d) => d.set('status', 'approved'));
    repo.event(FILE, { date: '2027-06-20', event: 'rejected', note: '修订未予采纳' });
    repo.changeset('drop', 'patch');
    const bad = repo.commit('drop, title not restored');
    expect(codes(repo, proposed, bad).errors.map((d) => d.code)).toEqual(['G11-substantive-change']);
    repo.edit(FILE, (d) => d.set('title', '拒不缴纳行政事业性收费信息'));
    const good = repo.commit('restore');
    expect(codes(repo, proposed, good).errors).toEqual([]);
    repo.git('checkout', '-q', 'main');
    expect(repo.head()).toBe(start);
  });

  it('a pull request may not carry a proposal all the way to approval: the approval must find the consultation on the base', () => {
    const { errors } = codes(repo, commits[0]!, commits[3]);
    expect(errors.map((e) => [e.code, e.line])).toEqual([['G04-transition-not-allowed', repo.git('show', `${commits[3]!}:${FILE}`).split('\n').findIndex((l) => l.includes('event: approved')) + 1]]);
    // From the consultation opened on the base, the same approval passes.
    expect(codes(repo, commits[2]!, commits[3]).errors).toEqual([]);
  });
});
