// G11-substantive-change: each attempt is made in a real git repository and rejected with this code at the right line.
import { describe, expect, it } from 'vitest';
import { attempt, lineOf, BODY, ML, useViolationRepo } from '../helpers/governance-attempt.ts';

useViolationRepo();

describe('G11-substantive-change', () => {
  it('G11: a substantive change to an approved entry, even called a correction', () => {
    const r = attempt((x) => {
      x.edit(ML, (d) => d.set('content', '用人单位拒不缴纳社会保险费的信息。'));
      x.event(ML, { date: '2026-06-01', event: 'corrected' });
      x.changeset('c', 'patch');
    });
    expect(r.errors).toEqual(['G11-substantive-change']);
    expect(r.diagnostics[0]).toMatchObject({ file: ML, line: lineOf(ML, 'content: '), col: 1 });
  });

  it('G11: a tombstone’s content cannot change', () => {
    const repealed = attempt((x) => {
      x.edit('catalogue/ML-0002.yaml', (d) => {
        d.set('status', 'repealed');
        d.set('repeal', d.createNode({ reason: '国家名单调整。', body: BODY, date: '2026-09-01', document_number: '示例〔2026〕6号', effective: '2026-10-01', pull_request: 5 }));
      });
      x.event('catalogue/ML-0002.yaml', { date: '2026-09-01', event: 'repealed', ref: '示例〔2026〕6号' });
      x.changeset('c', 'major');
    }).head;
    const r = attempt((x) => x.edit('catalogue/ML-0002.yaml', (d) => d.set('severity', 'general')).changeset('c2', 'patch'), repealed);
    expect(r.errors).toEqual(['G11-substantive-change']);
  });
});
