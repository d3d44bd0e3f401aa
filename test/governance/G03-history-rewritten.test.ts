// G03-history-rewritten: each attempt is made in a real git repository and rejected with this code at the right line.
import { describe, expect, it } from 'vitest';
import { attempt, BODY, lineOf, ML, useViolationRepo, repealCatalogueItem } from '../helpers/governance-attempt.ts';

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

  // The profile may name another body for a list than the records say: the record is corrected, with its reason, not rewritten.
  const DRC = '山东省发展和改革委员会';
  const WHY = '更正审定机关：依《某省社会信用条例》第九条，此清单由发展改革部门编制公布，原记为省人民政府';

  it('a completed approval’s body corrected with a corrected event giving the reason is accepted', () => {
    const r = attempt((x) => {
      x.edit(ML, (d) => d.setIn(['approval', 'body'], DRC));
      x.event(ML, { date: '2026-11-22', event: 'corrected', note: WHY });
      x.changeset('c', 'patch');
    });
    expect(r.errors).toEqual([]);
    expect(r.result.required).toBe('patch');
  });

  it('G03: a completed approval’s body rewritten silently, or corrected without a reason, or with its number', () => {
    const silent = attempt((x) => x.edit(ML, (d) => d.setIn(['approval', 'body'], DRC)).changeset('c', 'patch'));
    expect(silent.errors).toEqual(['G03-history-rewritten']);
    expect(silent.diagnostics[0]!.path).toBe('approval');
    const unexplained = attempt((x) => {
      x.edit(ML, (d) => d.setIn(['approval', 'body'], DRC));
      x.event(ML, { date: '2026-11-22', event: 'corrected' });
      x.changeset('c', 'patch');
    });
    expect(unexplained.errors).toEqual(['G03-history-rewritten']);
    expect(unexplained.diagnostics[0]!.line).toBe(lineOf(ML, 'event: corrected'));
    const renumbered = attempt((x) => {
      x.edit(ML, (d) => {
        d.setIn(['approval', 'body'], DRC);
        d.setIn(['approval', 'document_number'], '示例〔2026〕99号');
      });
      x.event(ML, { date: '2026-11-22', event: 'corrected', note: WHY });
      x.changeset('c', 'patch');
    });
    expect(renumbered.errors).toEqual(['G03-history-rewritten']);
    expect(renumbered.diagnostics[0]!.path).toBe('approval');
  });

  it('a repeal’s body is corrected the same way; the rest of the repeal stays final', () => {
    const repealed = attempt(repealCatalogueItem);
    expect(repealed.errors).toEqual([]);
    const corrected = attempt((x) => {
      x.edit(ML, (d) => d.setIn(['repeal', 'body'], DRC));
      x.event(ML, { date: '2026-11-22', event: 'corrected', note: WHY });
      x.changeset('c2', 'patch');
    }, repealed.head);
    expect(corrected.errors).toEqual([]);
    const moved = attempt((x) => {
      x.edit(ML, (d) => d.setIn(['repeal', 'effective'], '2026-12-01'));
      x.event(ML, { date: '2026-11-22', event: 'corrected', note: WHY });
      x.changeset('c2', 'patch');
    }, repealed.head);
    expect(moved.errors).toEqual(['G03-history-rewritten']);
  });

  it('G03: a completed proposal record changed without a new proposal', () => {
    const r = attempt((x) => x.edit(ML, (d) => d.setIn(['proposal', 'department'], 'sdrc')).changeset('c', 'patch'));
    expect(r.errors).toEqual(['G03-history-rewritten']);
    expect(r.diagnostics[0]!.path).toBe('proposal');
  });
});
