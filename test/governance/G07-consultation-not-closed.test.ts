// G07-consultation-not-closed: each attempt is made in a real git repository and rejected with this code at the right line.
import { describe, expect, it } from 'vitest';
import { attempt, approveMeasure, useViolationRepo } from '../helpers/governance-attempt.ts';

useViolationRepo();

describe('G07-consultation-not-closed', () => {
  it('G07: approved on the consultation’s last day', () => {
    const r = attempt((x) => approveMeasure(x, { closed: '2026-10-30', date: '2026-10-30' }));
    expect(r.errors).toEqual(['G07-consultation-not-closed']);
  });

  it('G07: a consultation closed before its published end', () => {
    const r = attempt((x) => approveMeasure(x, { closed: '2026-10-20' }));
    expect(r.errors).toEqual(['G07-consultation-not-closed']);
  });
});
