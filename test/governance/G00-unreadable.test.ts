// G00-unreadable: each attempt is made in a real git repository and rejected with this code at the right line.
import { describe, expect, it } from 'vitest';
import { attempt, ML, useViolationRepo } from '../helpers/governance-attempt.ts';

useViolationRepo();

describe('G00-unreadable', () => {
  it('G00: a changed file that cannot be read', () => {
    const r = attempt((x) => x.write(ML, x.read(ML).replace('title: 拒不缴纳社会保险费信息', 'title: [未闭合')).changeset('c', 'patch'));
    expect(r.errors).toEqual(['G00-unreadable']);
  });
});
