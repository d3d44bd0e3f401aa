// G03-history-rewritten: each attempt is made in a real git repository and rejected with this code at the right line.
import { describe, expect, it } from 'vitest';
import { attempt, lineOf, ML, useViolationRepo } from '../helpers/governance-attempt.ts';

useViolationRepo();

describe('G03-history-rewritten', () => {
  it('G03: a history event rewritten', () => {
    const r = attempt((x) => x.edit(ML, (d) => d.setIn(['history', 0, 'date'], '2026-01-06')).changeset('c', 'patch'));
    expect(r.errors).toEqual(['G03-history-rewritten']);
    expect(r.diagnostics[0]!.line).toBe(lineOf(ML, '2026-01-06'));
  });

  it('G03: a completed approval record changed without a new approval', () => {
    const r = attempt((x) => x.edit(ML, (d) => d.setIn(['approval', 'document_number'], '示例〔2026〕99号')).changeset('c', 'patch'));
    expect(r.errors).toEqual(['G03-history-rewritten']);
  });

  it('G03: a completed proposal record changed without a new proposal', () => {
    const r = attempt((x) => x.edit(ML, (d) => d.setIn(['proposal', 'department'], 'sdrc')).changeset('c', 'patch'));
    expect(r.errors).toEqual(['G03-history-rewritten']);
    expect(r.diagnostics[0]!.path).toBe('proposal');
  });
});
