// G13-release-modified: each attempt is made in a real git repository and rejected with this code at the right line.
import { describe, expect, it } from 'vitest';
import { attempt, lineOf, ML, useViolationRepo } from '../helpers/governance-attempt.ts';

useViolationRepo();

describe('G13-release-modified', () => {
  it('G13: a published release file modified or deleted, or the index losing a version', () => {
    const modified = attempt((x) => x.write('releases/1.0.0/catalogue.json', x.read('releases/1.0.0/catalogue.json').replace('ML-0007', 'ML-0008')));
    expect(modified.errors).toEqual(['G13-release-modified']);
    expect(modified.diagnostics[0]!.line).toBe(lineOf('releases/1.0.0/catalogue.json', 'ML-0008'));
    expect(attempt((x) => x.remove('releases/1.0.0/catalogue.json')).errors).toEqual(['G13-release-modified']);
    // (The index naming 1.1.0 latest while package.json says 1.0.0 is G18's too.)
    expect(attempt((x) => x.write('releases/index.json', '{"latest":"1.1.0","versions":[{"version":"1.1.0"}]}\n')).errors).toEqual(['G13-release-modified', 'G18-release-not-rebuilt']);
  });
});
