// The procedure cannot be bypassed (issue #10): each attack a careless or malicious department could try, done in a
// real git repository, fails the governance check with its own code at the right file and line; the lawful changes
// beside them pass.
import { describe, expect, it } from 'vitest';
import { validate } from '../lib/validate.ts';
import { approveMeasure, attempt, BODY, CS, lineOf, ML, repo, useViolationRepo } from './helpers/governance-attempt.ts';
import { PROPOSAL } from './helpers/proposal.ts';

useViolationRepo();

const HM = 'exemptions/HM-0001.yaml';
const at = (r: ReturnType<typeof attempt>, code: string) => r.diagnostics.filter((d) => d.code === code && d.severity === 'error').map((d) => ({ file: d.file, line: d.line }));

describe('the seven attacks', () => {
  it('1. a proposal given an approval block (status left proposed, empty changeset): G05 at the approval, and never read as in force', () => {
    const r = attempt((x) => {
      x.edit(HM, (d) => d.set('approval', d.createNode({ body: BODY, date: '2026-11-10', document_number: '示例〔2026〕99号', effective: '2026-11-11', pull_request: 5 })));
      x.changeset('c', 'empty');
    });
    expect(r.errors).toEqual(['G05-trail-mismatch']);
    expect(at(r, 'G05-trail-mismatch')).toEqual([{ file: HM, line: lineOf(HM, 'approval:') }]);
    expect(validate(repo.dir).diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.file])).toEqual([['lifecycle-record-unsupported', HM]]);
  });

  it('2. a fabricated earlier round appended to an approved entry as a “correction”: G05 at the round', () => {
    const r = attempt((x) => {
      x.edit(ML, (d) =>
        d.set(
          'earlier_rounds',
          d.createNode([{ consultation: { opens: '2025-01-01', closes: '2025-02-01', channel: { kind: 'forge' }, comments_received: 999, comments_adopted: 0, response: '无。' }, approval: { body: BODY, date: '2025-03-01', document_number: '示例〔2025〕404号', effective: '2025-04-01' } }]),
        ),
      );
      x.event(ML, { date: '2026-11-20', event: 'corrected', note: '补录' });
      x.changeset('c', 'patch');
    });
    expect(r.errors).toEqual(['G05-trail-mismatch']);
    expect(at(r, 'G05-trail-mismatch')).toContainEqual({ file: ML, line: lineOf(ML, 'earlier_rounds:') + 1 });
  });

  it('3. the content replaced in the middle of its public consultation: G11 at the content', () => {
    const r = attempt((x) => {
      x.edit(CS, (d) => d.set('content', '依法禁止被列入名单的用人单位参加一切政府采购活动。'));
      x.changeset('c', 'empty');
    });
    expect(r.errors).toEqual(['G11-substantive-change']);
    expect(at(r, 'G11-substantive-change')).toEqual([{ file: CS, line: lineOf(CS, 'content:') }]);
  });

  it('4. the same, closed and approved in one pull request: what was consulted is compared with what is approved (G11)', () => {
    const r = attempt((x) => {
      x.edit(CS, (d) => d.set('content', '依法禁止被列入名单的用人单位参加一切政府采购活动。'));
      approveMeasure(x);
    });
    expect(r.errors).toEqual(['G11-substantive-change']);
    expect(at(r, 'G11-substantive-change')).toEqual([{ file: CS, line: lineOf(CS, 'content:') }]);
  });

  it('5. a 12-day consultation approved while the same pull request lowers minimum_days: the base’s 30 days rule (G06), and data with configuration is refused (G14)', () => {
    const r = attempt((x) => {
      x.edit(CS, (d) => d.setIn(['consultation', 'closes'], '2026-10-12'));
      approveMeasure(x, { closed: '2026-10-13' });
      x.write('jurisdiction.yaml', x.read('jurisdiction.yaml').replace('minimum_days: 30', 'minimum_days: 10'));
    });
    expect(r.errors).toEqual(['G06-consultation-too-short', 'G14-mixed-change']);
    expect(at(r, 'G06-consultation-too-short')).toEqual([{ file: CS, line: lineOf(CS, 'closes:') }]);
    expect(at(r, 'G14-mixed-change')).toEqual([{ file: 'jurisdiction.yaml', line: 1 }]);
  });

  it('6. a brand-new entry arriving approved, with a backdated proposal, consultation and approval: G04 at the approval', () => {
    const file = 'catalogue/ML-0003.yaml';
    const r = attempt((x) => {
      x.write(
        file,
        PROPOSAL.replace(/status: proposed[\s\S]*$/, `status: approved
proposal:
  department: finance
  date: "2026-01-02"
consultation:
  opens: "2026-01-10"
  closes: "2026-02-20"
  channel: {kind: forge}
  comments_received: 0
  comments_adopted: 0
  response: 未收到意见。
approval:
  body: ${BODY}
  date: "2026-03-01"
  document_number: 示例〔2026〕77号
  effective: "2026-03-01"
  pull_request: 9
history:
  - {date: "2026-01-02", event: proposed}
  - {date: "2026-01-10", event: consultation_opened}
  - {date: "2026-02-20", event: consultation_closed}
  - {date: "2026-03-01", event: approved, ref: 示例〔2026〕77号}
`),
      );
      x.changeset('c', 'minor');
    });
    expect(r.errors).toEqual(['G04-transition-not-allowed']);
    expect(at(r, 'G04-transition-not-allowed')).toEqual([{ file, line: lineOf(file, 'event: approved') }]);
  });

  // 7. The forged release (data edited, release:build run, data reverted, the release committed) is in
  // test/governance/G18-release-not-rebuilt.test.ts, on a repository with a real archive.
});

describe('the lawful changes beside them pass', () => {
  it('an ordinary proposal (an empty changeset)', () => {
    const r = attempt((x) => x.write('catalogue/ML-0003.yaml', PROPOSAL).changeset('c', 'empty'));
    expect(r.errors).toEqual([]);
  });
  it('a consultation opened', () => {
    const r = attempt((x) => {
      x.edit(HM, (d) => {
        d.set('status', 'consultation');
        d.set('consultation', d.createNode({ opens: '2026-12-01', closes: '2026-12-31', channel: { kind: 'forge' } }));
      });
      x.event(HM, { date: '2026-12-01', event: 'consultation_opened' });
      x.changeset('c', 'empty');
    });
    expect(r.errors).toEqual([]);
  });
  it('the text changed during the consultation, which reopens for a full new window', () => {
    const r = attempt((x) => {
      x.edit(CS, (d) => {
        d.set('content', '依法限制被列入名单的用人单位在一定期限内参加政府采购活动。');
        d.set('consultation', d.createNode({ opens: '2026-10-20', closes: '2026-11-18', channel: { kind: 'email', address: 'consult@credit.example' } }));
      });
      x.event(CS, { date: '2026-10-20', event: 'consultation_opened', note: '修改内容后重新征求意见' });
      x.changeset('c', 'empty');
    });
    expect(r.errors).toEqual([]);
  });
  it('a lawful approval after the window, the consultation open on the base', () => {
    const r = attempt((x) => approveMeasure(x));
    expect(r.errors).toEqual([]);
    expect(r.result.required).toBe('minor');
  });
  it('a correction with its history event (patch)', () => {
    const r = attempt((x) => {
      x.edit(ML, (d) => d.set('notes', '勘误：补充说明。'));
      x.event(ML, { date: '2026-11-20', event: 'corrected', note: '补充说明' });
      x.changeset('c', 'patch');
    });
    expect(r.errors).toEqual([]);
  });
  // A lawful amendment and repeal, step by step, pass in test/governance-scenario.test.ts.
});
