// G10-approval-pull-request: each attempt is made in a real git repository and rejected with this code at the right line.
import { describe, expect, it } from 'vitest';
import { attempt, approveMeasure, useViolationRepo } from '../helpers/governance-attempt.ts';

useViolationRepo();

describe('G10-approval-pull-request', () => {
  it('G10 (warning): an approval that names no pull request', () => {
    const r = attempt((x) => approveMeasure(x, { pr: false }));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual(['G10-approval-pull-request']);
  });
});
