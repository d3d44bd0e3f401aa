// G08-consultation-outcome-missing: each attempt is made in a real git repository and rejected with this code at the right line.
import { describe, expect, it } from 'vitest';
import { attempt, approveMeasure, useViolationRepo } from '../helpers/governance-attempt.ts';

useViolationRepo();

describe('G08-consultation-outcome-missing', () => {
  it('G08: approved without the consultation outcome', () => {
    const r = attempt((x) => approveMeasure(x, { outcome: false }));
    expect(r.errors).toEqual(['G08-consultation-outcome-missing']);
  });
});
