// G14-mixed-change: each attempt is made in a real git repository and rejected with this code at the right line.
import { describe, expect, it } from 'vitest';
import { attempt, approveMeasure, useViolationRepo } from '../helpers/governance-attempt.ts';

useViolationRepo();

describe('G14-mixed-change', () => {
  it('G14: department data and system files in one change', () => {
    const r = attempt((x) => {
      approveMeasure(x);
      x.write('lib/helper.ts', 'export const x = 1;\n');
    });
    expect(r.errors).toEqual(['G14-mixed-change']);
    expect(r.diagnostics.find((d) => d.code === 'G14-mixed-change')!.file).toBe('lib/helper.ts');
  });

  it('G14: department data and the jurisdiction’s configuration in one change (the rules that judge it)', () => {
    const r = attempt((x) => {
      approveMeasure(x);
      x.write('jurisdiction.yaml', x.read('jurisdiction.yaml').replace('minimum_days: 30', 'minimum_days: 10'));
    });
    expect(r.errors).toEqual(['G14-mixed-change']);
    expect(r.diagnostics.find((d) => d.code === 'G14-mixed-change')!.file).toBe('jurisdiction.yaml');
  });

  it('a version bump alone is not the toolkit', () => {
    const r = attempt((x) => {
      approveMeasure(x);
      x.write('package.json', x.read('package.json').replace('"version": "1.0.0"', '"version": "1.1.0"'));
    });
    expect(r.errors).not.toContain('G14-mixed-change');
  });
});
