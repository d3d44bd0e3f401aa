// G04-transition-not-allowed: each attempt is made in a real git repository and rejected with this code at the right line.
import { describe, expect, it } from 'vitest';
import { attempt, base, lineOf, BODY, ML, useViolationRepo, repealCatalogueItem } from '../helpers/governance-attempt.ts';

useViolationRepo();

describe('G04-transition-not-allowed', () => {
  it('G04: a proposal approved without consultation', () => {
    const r = attempt((x) => {
      x.edit('exemptions/HM-0001.yaml', (d) => {
        d.set('status', 'approved');
        d.set('approval', d.createNode({ body: BODY, date: '2026-11-20', document_number: '示例〔2026〕8号', effective: '2026-12-01', pull_request: 3 }));
      });
      x.event('exemptions/HM-0001.yaml', { date: '2026-11-20', event: 'approved', ref: '示例〔2026〕8号' });
      x.changeset('c', 'minor');
    });
    expect(r.errors).toEqual(['G04-transition-not-allowed']);
    expect(r.diagnostics[0]!.message.en).toContain('approved');
  });

  // The exemption list's profile asks consultation only of entries that reduce rights; an exemption never does.
  const scoped = (x: Parameters<Parameters<typeof attempt>[0]>[0]) =>
    x.edit('jurisdiction.yaml', (d) => d.setIn(['lists', 'exemption', 'consultation'], d.createNode({ applies_to: 'rights_reducing', basis: '《某省社会信用条例》第九条' })));
  const approveExemption = (x: Parameters<Parameters<typeof attempt>[0]>[0]) => {
    x.edit('exemptions/HM-0001.yaml', (d) => {
      d.set('status', 'approved');
      d.set('approval', d.createNode({ body: BODY, date: '2026-11-20', document_number: '示例〔2026〕8号', effective: '2026-12-01', pull_request: 3 }));
    });
    x.event('exemptions/HM-0001.yaml', { date: '2026-11-20', event: 'approved', ref: '示例〔2026〕8号' });
    x.changeset('c', 'minor');
  };

  it('outside the base profile’s consultation scope, a proposal the base holds is approved as it stands', () => {
    const scopedBase = attempt((x) => scoped(x).changeset('s', 'patch')).head;
    const r = attempt(approveExemption, scopedBase);
    expect(r.errors).toEqual([]);
    expect(r.result.required).toBe('minor');
    // Without the setting on the base, the same change is refused: a change cannot loosen the rules it is checked against.
    const loosened = attempt((x) => {
      scoped(x);
      approveExemption(x);
    }, base);
    expect(loosened.errors).toEqual(['G04-transition-not-allowed', 'G14-mixed-change']);
    expect(loosened.diagnostics.find((d) => d.code === 'G04-transition-not-allowed')!.message.zh).toContain('须先公开征求意见');
  });

  it('G04: outside the consultation scope, still no entry arrives approved in one change', () => {
    const scopedBase = attempt((x) => scoped(x).changeset('s', 'patch')).head;
    const r = attempt((x) => {
      x.write(
        'exemptions/HM-0002.yaml',
        x.read('exemptions/HM-0001.yaml')
          .replace('status: proposed', 'status: approved\napproval: {body: 山东省人民政府, date: "2026-11-20", document_number: 示例〔2026〕8号, effective: "2026-12-01", pull_request: 3}')
          .replace('event: proposed}', 'event: proposed}\n  - {date: "2026-11-20", event: approved, ref: 示例〔2026〕8号}'),
      );
      x.changeset('c', 'minor');
    }, scopedBase);
    expect(r.errors).toEqual(['G04-transition-not-allowed']);
    expect(r.diagnostics.find((d) => d.code === 'G04-transition-not-allowed')!.message.zh).toContain('基准分支上已提出的建议');
  });

  it('G04: a status changed without its history event', () => {
    const r = attempt((x) => x.edit(ML, (d) => d.set('status', 'rejected')).changeset('c', 'major'));
    expect(r.errors).toEqual(['G04-transition-not-allowed']);
    expect(r.diagnostics[0]!.line).toBe(lineOf(ML, 'status: rejected'));
  });

  it('G04: a new entry that arrives approved without being an import', () => {
    const r = attempt((x) => {
      x.write(
        'catalogue/ML-0004.yaml',
        x.read(ML).replace(/history:[\s\S]*$/, 'history:\n  - {date: "2026-03-20", event: approved, ref: 示例〔2026〕1号}\n'),
      );
      x.changeset('c', 'minor');
    });
    expect(r.errors).toEqual(['G04-transition-not-allowed']);
    expect(r.diagnostics[0]!.message.zh).toContain('新条目不能以');
  });

  it('G04: a repealed entry cannot come back', () => {
    const repealed = attempt(repealCatalogueItem);
    expect(repealed.errors).toEqual([]);
    expect(repealed.result.required).toBe('major');
    const r = attempt((x) => {
      x.edit(ML, (d) => d.set('status', 'proposed'));
      x.event(ML, { date: '2026-10-02', event: 'amendment_proposed' });
      x.changeset('c2', 'patch');
    }, repealed.head);
    expect(r.errors).toEqual(['G04-transition-not-allowed']);
  });
});
