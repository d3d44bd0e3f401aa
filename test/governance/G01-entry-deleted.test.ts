// G01-entry-deleted: each attempt is made in a real git repository and rejected with this code at the right line.
import { describe, expect, it } from 'vitest';
import { attempt, ML, useViolationRepo } from '../helpers/governance-attempt.ts';

useViolationRepo();

describe('G01-entry-deleted', () => {
  it('G01: a deleted entry', () => {
    const r = attempt((x) => x.remove(ML).changeset('c', 'major'));
    expect(r.errors).toEqual(['G01-entry-deleted']);
    expect(r.diagnostics[0]).toMatchObject({ file: ML, line: 1 });
  });

  it('G01: a renamed entry', () => {
    const r = attempt((x) => {
      x.write('catalogue/ML-0009.yaml', x.read('catalogue/ML-0002.yaml'));
      x.remove('catalogue/ML-0002.yaml');
      x.changeset('c', 'major');
    });
    // The new name is a new entry arriving approved, too.
    expect(r.errors).toEqual(['G01-entry-deleted', 'G04-transition-not-allowed']);
    expect(r.diagnostics.find((d) => d.code === 'G01-entry-deleted')!.message.en).toContain('renamed to catalogue/ML-0009.yaml');
  });
});
