// G04-transition-not-allowed: each attempt is made in a real git repository and rejected with this code at the right line.
import { describe, expect, it } from 'vitest';
import { attempt, lineOf, BODY, ML, useViolationRepo } from '../helpers/governance-attempt.ts';

useViolationRepo();

describe('G04-transition-not-allowed', () => {
  it('G04: a proposal approved without consultation', () => {
    const r = attempt((x) => {
      x.edit('exemptions/HM-0001.yaml', (d) => {
        d.set('status', 'approved');
        d.set('approval', d.createNode({ body: BODY, date: '2026-11-20', document_number: '示例〔2026〕8号', effective: '2026-12-01', pull_request: 3 }));
      });
      x.event('exemptions/HM-0001.yaml', { date: '2026-11-20', event: 'approved', ref: '示例〔2026〕8号' });
      x.changeset('c', 'minor');
    });
    expect(r.errors).toEqual(['G04-transition-not-allowed']);
    expect(r.diagnostics[0]!.message.en).toContain('approved');
  });

  it('G04: a status changed without its history event', () => {
    const r = attempt((x) => x.edit(ML, (d) => d.set('status', 'rejected')).changeset('c', 'major'));
    expect(r.errors).toEqual(['G04-transition-not-allowed']);
    expect(r.diagnostics[0]!.line).toBe(lineOf(ML, 'status: rejected'));
  });

  it('G04: a new entry that arrives approved without being an import', () => {
    const r = attempt((x) => {
      x.write(
        'catalogue/ML-0004.yaml',
        x.read(ML).replace(/history:[\s\S]*$/, 'history:\n  - {date: "2026-03-20", event: approved, ref: 示例〔2026〕1号}\n'),
      );
      x.changeset('c', 'minor');
    });
    expect(r.errors).toEqual(['G04-transition-not-allowed']);
    expect(r.diagnostics[0]!.message.zh).toContain('新条目不能以');
  });

  it('G04: a repealed entry cannot come back', () => {
    const repealed = attempt((x) => {
      x.edit(ML, (d) => {
        d.set('status', 'repealed');
        d.set('repeal', d.createNode({ reason: '上位法修改。', body: BODY, date: '2026-09-01', document_number: '示例〔2026〕5号', effective: '2026-10-01', pull_request: 4 }));
      });
      x.event(ML, { date: '2026-09-01', event: 'repealed', ref: '示例〔2026〕5号' });
      x.changeset('c', 'major');
    });
    expect(repealed.errors).toEqual([]);
    expect(repealed.result.required).toBe('major');
    const r = attempt((x) => {
      x.edit(ML, (d) => d.set('status', 'proposed'));
      x.event(ML, { date: '2026-10-02', event: 'amendment_proposed' });
      x.changeset('c2', 'patch');
    }, repealed.head);
    expect(r.errors).toEqual(['G04-transition-not-allowed']);
  });
});
