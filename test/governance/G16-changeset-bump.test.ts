// G16-changeset-bump: each attempt is made in a real git repository and rejected with this code at the right line.
import { describe, expect, it } from 'vitest';
import { attempt, approveMeasure, useViolationRepo } from '../helpers/governance-attempt.ts';

useViolationRepo();

describe('G16-changeset-bump', () => {
  it('G16: a bump lower than the change requires', () => {
    const r = attempt((x) => {
      approveMeasure(x);
      x.changeset('approve', 'patch');
    });
    expect(r.errors).toEqual(['G16-changeset-bump']);
    expect(r.diagnostics[0]).toMatchObject({ file: '.changeset/approve.md', line: 2 });
    // A release made within the range counts as the bump it made.
    const released = attempt((x) => {
      approveMeasure(x);
      x.remove('.changeset/approve.md');
      x.write('package.json', JSON.stringify({ name: 'shandong-credit-lists', version: '1.1.0', private: true }, null, 2) + '\n');
    });
    expect(released.errors).toEqual([]);
  });
});
