// G12-correction-unrecorded: each attempt is made in a real git repository and rejected with this code at the right line.
import { describe, expect, it } from 'vitest';
import { attempt, ML, useViolationRepo } from '../helpers/governance-attempt.ts';

useViolationRepo();

describe('G12-correction-unrecorded', () => {
  it('G12: a correction without a corrected event — and with one it passes', () => {
    const r = attempt((x) => x.edit(ML, (d) => d.set('notes', '示例说明。')).changeset('c', 'patch'));
    expect(r.errors).toEqual(['G12-correction-unrecorded']);
    const ok = attempt((x) => {
      x.edit(ML, (d) => d.set('notes', '示例说明。'));
      x.event(ML, { date: '2026-06-01', event: 'corrected', note: '补充备注' });
      x.changeset('c', 'patch');
    });
    expect(ok.errors).toEqual([]);
    expect(ok.result.required).toBe('patch');
  });
});
