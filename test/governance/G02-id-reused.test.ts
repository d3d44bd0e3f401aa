// G02-id-reused: each attempt is made in a real git repository and rejected with this code at the right line.
import { describe, expect, it } from 'vitest';
import { attempt, ML, useViolationRepo } from '../helpers/governance-attempt.ts';
import { PROPOSAL } from '../helpers/proposal.ts';

useViolationRepo();

describe('G02-id-reused', () => {
  it('G02: an ID that was deleted once is not used again', () => {
    const proposed = attempt((x) => x.write('catalogue/ML-0003.yaml', PROPOSAL).changeset('p', 'patch')).head;
    const deleted = attempt((x) => x.remove('catalogue/ML-0003.yaml'), proposed).head;
    const r = attempt((x) => x.write('catalogue/ML-0003.yaml', PROPOSAL).changeset('p2', 'patch'), deleted);
    expect(r.errors).toEqual(['G02-id-reused']);
  });

  it('G02: an ID in a published release is not used again', () => {
    const r = attempt((x) => x.write('catalogue/ML-0007.yaml', PROPOSAL).changeset('p', 'patch'));
    expect(r.errors).toEqual(['G02-id-reused']);
  });
});
