// G15-changeset-missing: each attempt is made in a real git repository and rejected with this code at the right line.
import { describe, expect, it } from 'vitest';
import { attempt, ML, useViolationRepo } from '../helpers/governance-attempt.ts';
import { PROPOSAL } from '../helpers/proposal.ts';

useViolationRepo();

describe('G15-changeset-missing', () => {
  it('G15: data changed without a changeset; an empty one suffices only when nothing published changes', () => {
    expect(attempt((x) => x.write('catalogue/ML-0003.yaml', PROPOSAL)).errors).toEqual(['G15-changeset-missing']);
    expect(attempt((x) => x.write('catalogue/ML-0003.yaml', PROPOSAL).changeset('empty', 'empty')).errors).toEqual([]);
  });
});
