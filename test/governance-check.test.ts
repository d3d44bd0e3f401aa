// What the procedure allows passes the governance check in a real git repository; a repeal's consultation and the
// working tree. Each code's violations are tried in test/governance/<CODE>.test.ts.
import { describe, expect, it } from 'vitest';
import { checkGovernance } from '../lib/governance/check.ts';
import type { TempRepo } from './helpers/temp-repo.ts';
import { PROPOSAL } from './helpers/proposal.ts';
import { parseDocument } from 'yaml';
import { attempt, approveMeasure, repo, base, BODY, ML, lineOf, onboardingBase, useViolationRepo } from './helpers/governance-attempt.ts';

useViolationRepo();

describe('a legitimate change passes', () => {
  it('approving the measure after its consultation, with outcome and changeset', () => {
    const r = attempt((x) => approveMeasure(x));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.result.required).toBe('minor');
  });
  it('a documentation-only change needs no changeset', () => {
    expect(attempt((x) => x.write('docs/note.md', '# note\n')).errors).toEqual([]);
  });
  it('an empty changeset is accepted when no data changes', () => {
    expect(attempt((x) => x.write('lib/extra.ts', 'export {};\n').changeset('tooling', 'empty')).errors).toEqual([]);
  });
  it('a new release folder made by hand is not a release (G18): only a rebuild is (test/governance-attacks.test.ts)', () => {
    const r = attempt((x) => {
      x.write('releases/1.1.0/catalogue.json', '{"entries":[]}\n');
      x.write('releases/index.json', JSON.stringify({ latest: '1.1.0', versions: [{ version: '1.1.0', edition: '2026年第2版' }, { version: '1.0.0', edition: '2026年版' }] }, null, 2) + '\n');
    });
    expect(r.errors).toEqual(['G18-release-not-rebuilt']);
  });
  const importEntry = (x: TempRepo) => {
    x.write('catalogue/ML-0004.yaml', x.read('catalogue/ML-0002.yaml').replace('拖欠农民工工资失信联合惩戒对象名单信息', '拖欠工程款失信名单信息（导入）'));
    x.changeset('import', 'minor');
  };
  it('an onboarding import declared as one, while the base says the jurisdiction is onboarding', () => {
    expect(attempt(importEntry, onboardingBase('2099-12-31')).errors).toEqual([]);
  });
  it('no import outside onboarding, or after it ended', () => {
    for (const from of [base, onboardingBase('2020-01-31')]) {
      const r = attempt(importEntry, from);
      expect(r.errors).toEqual(['G04-transition-not-allowed']);
      expect(r.diagnostics[0]).toMatchObject({ file: 'catalogue/ML-0004.yaml', line: lineOf('catalogue/ML-0004.yaml', 'event: imported') });
    }
  });
});


describe('a repeal’s consultation', () => {
  const REPEAL = { reason: '已由国家目录覆盖。', body: BODY, date: '2026-10-15', document_number: '示例〔2026〕12号', effective: '2026-11-01', pull_request: 30 };
  const ROUND = { opens: '2026-08-20', closes: '2026-09-19', channel: { kind: 'forge' }, comments_received: 2, comments_adopted: 0, response: '均未采纳。' };
  const proposeAndConsult = (x: TempRepo) => {
    x.event(ML, { date: '2026-08-05', event: 'repeal_proposed' });
    x.event(ML, { date: '2026-08-20', event: 'consultation_opened' });
    x.event(ML, { date: '2026-09-19', event: 'consultation_closed' });
  };
  it('may be recorded in repeal.consultation, the approval’s consultation left as it was', () => {
    const r = attempt((x) => {
      proposeAndConsult(x);
      x.edit(ML, (d) => {
        d.set('status', 'repealed');
        d.set('repeal', d.createNode({ ...REPEAL, consultation: ROUND }));
      });
      x.event(ML, { date: '2026-10-15', event: 'repealed', ref: '示例〔2026〕12号' });
      x.changeset('c', 'major');
    });
    expect(r.errors).toEqual([]);
  });
  it('left unrecorded, it is a warning (G05); held too briefly, an error (G06)', () => {
    const unrecorded = attempt((x) => {
      proposeAndConsult(x);
      x.edit(ML, (d) => {
        d.set('status', 'repealed');
        d.set('repeal', d.createNode(REPEAL));
      });
      x.event(ML, { date: '2026-10-15', event: 'repealed', ref: '示例〔2026〕12号' });
      x.changeset('c', 'major');
    });
    // Held but not recorded: the trail is incomplete (a warning), the repeal itself stands.
    expect(unrecorded.errors).toEqual([]);
    expect(unrecorded.warnings).toEqual(['G05-trail-mismatch']);
    const short = attempt((x) => {
      proposeAndConsult(x);
      x.edit(ML, (d) => {
        d.set('status', 'repealed');
        d.set('repeal', d.createNode({ ...REPEAL, consultation: { ...ROUND, closes: '2026-08-30' } }));
      });
      x.event(ML, { date: '2026-10-15', event: 'repealed', ref: '示例〔2026〕12号' });
      x.changeset('c', 'major');
    });
    expect(short.errors).toEqual(['G06-consultation-too-short']);
    expect(short.diagnostics[0]!.path).toBe('repeal.consultation.closes');
  });
  it('held in consultation while open, it moves to repeal.consultation with the decision', () => {
    const open = attempt((x) => {
      x.edit(ML, (d) => {
        d.set('status', 'consultation');
        d.set('consultation', d.createNode({ opens: '2026-08-20', closes: '2026-09-19', channel: { kind: 'forge' } }));
      });
      x.event(ML, { date: '2026-08-05', event: 'repeal_proposed' });
      x.event(ML, { date: '2026-08-20', event: 'consultation_opened' });
      x.changeset('c', 'patch');
    });
    expect(open.errors).toEqual([]);
    const decided = attempt((x) => {
      const original = parseDocument(repo.git('show', `${base}:${ML}`)).get('consultation', true);
      x.event(ML, { date: '2026-09-19', event: 'consultation_closed' });
      x.edit(ML, (d) => {
        d.set('status', 'repealed');
        d.set('repeal', d.createNode({ ...REPEAL, consultation: ROUND }));
        d.set('consultation', original);
      });
      x.event(ML, { date: '2026-10-15', event: 'repealed', ref: '示例〔2026〕12号' });
      x.changeset('c2', 'major');
    }, open.head);
    expect(decided.errors).toEqual([]);
  });
});

describe('the working tree', () => {
  it('without --head, uncommitted and untracked changes are checked', () => {
    repo.git('checkout', '-q', '-B', 'worktree', base);
    repo.write('catalogue/ML-0003.yaml', PROPOSAL);
    const r = checkGovernance({ root: repo.dir, base });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['G15-changeset-missing']);
    repo.remove('catalogue/ML-0003.yaml');
  });
});
