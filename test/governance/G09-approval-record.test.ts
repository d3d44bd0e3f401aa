// G09-approval-record: each attempt is made in a real git repository and rejected with this code at the right line.
import { describe, expect, it } from 'vitest';
import { attempt, approveMeasure, useViolationRepo } from '../helpers/governance-attempt.ts';

useViolationRepo();

describe('G09-approval-record', () => {
  it('G09: approved by another body', () => {
    const r = attempt((x) => approveMeasure(x, { body: '山东省财政厅' }));
    expect(r.errors).toEqual(['G09-approval-record']);
    expect(r.diagnostics[0]!.path).toBe('approval.body');
  });

  it('G09: an effective date before the approval', () => {
    expect(attempt((x) => approveMeasure(x, { effective: '2026-11-01' })).errors).toEqual(['G09-approval-record']);
  });

  it('G09: an approval without document number', () => {
    const r = attempt((x) => approveMeasure(x, { documentNumber: null, ref: '示例' }));
    expect(r.errors).toEqual(['G09-approval-record']);
    expect(r.diagnostics[0]!.message.en).toContain('document_number');
  });
});
