// G17-changeset-invalid: each attempt is made in a real git repository and rejected with this code at the right line.
import { describe, expect, it } from 'vitest';
import { attempt, useViolationRepo } from '../helpers/governance-attempt.ts';

useViolationRepo();

describe('G17-changeset-invalid', () => {
  it('G17: a changeset for another package, or malformed', () => {
    expect(attempt((x) => x.changeset('other', 'patch', 'left-pad')).errors).toEqual(['G17-changeset-invalid']);
    expect(attempt((x) => x.write('.changeset/bad.md', '"shandong-credit-lists": patch\n')).errors).toEqual(['G17-changeset-invalid']);
    expect(attempt((x) => x.write('.changeset/bad.md', '---\n"shandong-credit-lists": huge\n---\n')).errors).toEqual(['G17-changeset-invalid']);
  });
});
