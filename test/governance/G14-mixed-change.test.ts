// G14-mixed-change: each attempt is made in a real git repository and rejected with this code at the right line.
import { describe, expect, it } from 'vitest';
import { attempt, approveMeasure, useViolationRepo } from '../helpers/governance-attempt.ts';

useViolationRepo();

describe('G14-mixed-change', () => {
  it('G14 (warning): department data and system files in one change', () => {
    const r = attempt((x) => {
      approveMeasure(x);
      x.write('lib/helper.ts', 'export const x = 1;\n');
    });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual(['G14-mixed-change']);
    expect(r.diagnostics.find((d) => d.code === 'G14-mixed-change')!.file).toBe('lib/helper.ts');
  });
});
