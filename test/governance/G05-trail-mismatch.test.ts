// G05-trail-mismatch: each attempt is made in a real git repository and rejected with this code at the right line.
import { describe, expect, it } from 'vitest';
import { attempt, approveMeasure, ML, onboardingBase, useViolationRepo } from '../helpers/governance-attempt.ts';

useViolationRepo();

describe('G05-trail-mismatch', () => {
  it('G05: an approval event that does not cite the document number', () => {
    const r = attempt((x) => approveMeasure(x, { ref: null }));
    expect(r.errors).toEqual(['G05-trail-mismatch']);
  });

  it('G05: an import not declared as one', () => {
    const r = attempt((x) => {
      x.write('catalogue/ML-0004.yaml', x.read('catalogue/ML-0002.yaml').replace('  imported: true\n', ''));
      x.changeset('c', 'minor');
    }, onboardingBase('2099-12-31'));
    expect(r.errors).toEqual(['G05-trail-mismatch']);
  });
});
