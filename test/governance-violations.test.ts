// Each thing the procedure forbids, done in a real git repository, is rejected with its own code at the right line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkGovernance } from '../lib/governance/check.ts';
import { PROPOSAL } from './helpers/proposal.ts';
import { parseDocument } from 'yaml';
import { TempRepo } from './helpers/temp-repo.ts';

const BODY = '山东省人民政府';
const CS = 'measures/CS-0001.yaml';
const ML = 'catalogue/ML-0001.yaml';

let repo: TempRepo;
let base: string;
let n = 0;

beforeAll(() => {
  repo = TempRepo.create();
  // Published releases at base, so that changes to them and reuse of their IDs can be tried.
  repo.write('releases/1.0.0/catalogue.json', JSON.stringify({ formatVersion: 1, entries: [{ id: 'ML-0001' }, { id: 'ML-0007' }] }, null, 2) + '\n');
  repo.write('releases/index.json', JSON.stringify({ latest: '1.0.0', versions: [{ version: '1.0.0', edition: '2026年版' }] }, null, 2) + '\n');
  base = repo.commit('first release');
});
afterAll(() => repo.dispose());

/** Start a branch at `from`, make a change, commit it, and run the check from `from`. */
function attempt(change: (r: TempRepo) => void, from = base) {
  repo.git('checkout', '-q', '-B', `attempt-${++n}`, from);
  change(repo);
  const head = repo.commit(`attempt ${n}`);
  const r = checkGovernance({ root: repo.dir, base: from, head });
  return {
    errors: [...new Set(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code))].sort(),
    warnings: [...new Set(r.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.code))].sort(),
    diagnostics: r.diagnostics,
    result: r,
    head,
  };
}

/** Close CS-0001's consultation and approve it; each option spoils one part. */
function approveMeasure(r: TempRepo, o: { closed?: string; date?: string; body?: string; effective?: string; ref?: string | null; outcome?: boolean; pr?: boolean; documentNumber?: string | null } = {}) {
  const date = o.date ?? '2026-11-10';
  const doc = o.documentNumber === undefined ? '示例〔2026〕7号' : o.documentNumber;
  r.event(CS, { date: o.closed ?? '2026-10-31', event: 'consultation_closed' });
  r.edit(CS, (d) => {
    if (o.outcome !== false) {
      d.setIn(['consultation', 'comments_received'], 2);
      d.setIn(['consultation', 'comments_adopted'], 0);
      d.setIn(['consultation', 'response'], '未采纳，理由已公布。');
    }
    d.set('status', 'approved');
    const approval: Record<string, unknown> = { body: o.body ?? BODY, date, effective: o.effective ?? '2026-12-01' };
    if (doc !== null) approval.document_number = doc;
    if (o.pr !== false) approval.pull_request = 21;
    d.set('approval', d.createNode(approval));
  });
  const event: Record<string, unknown> = { date, event: 'approved' };
  if (o.ref !== null) event.ref = o.ref ?? doc ?? '示例〔2026〕7号';
  r.event(CS, event);
  r.changeset('approve', 'minor');
}

/** The number of the first line of a file that contains `text`. */
const lineOf = (file: string, text: string) => repo.read(file).split('\n').findIndex((l) => l.includes(text)) + 1;

describe('a legitimate change passes', () => {
  it('approving the measure after its consultation, with outcome and changeset', () => {
    const r = attempt((x) => approveMeasure(x));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.result.required).toBe('minor');
  });
  it('a documentation-only change needs no changeset', () => {
    expect(attempt((x) => x.write('docs/note.md', '# note\n')).errors).toEqual([]);
  });
  it('an empty changeset is accepted when no data changes', () => {
    expect(attempt((x) => x.write('lib/extra.ts', 'export {};\n').changeset('tooling', 'empty')).errors).toEqual([]);
  });
  it('a new release folder and a grown index are fine', () => {
    const r = attempt((x) => {
      x.write('releases/1.1.0/catalogue.json', '{"entries":[]}\n');
      x.write('releases/index.json', JSON.stringify({ latest: '1.1.0', versions: [{ version: '1.1.0', edition: '2026年第2版' }, { version: '1.0.0', edition: '2026年版' }] }, null, 2) + '\n');
    });
    expect(r.errors).toEqual([]);
  });
  it('an onboarding import declared as one', () => {
    const r = attempt((x) => {
      x.write(
        'catalogue/ML-0004.yaml',
        repo
          .read('catalogue/ML-0002.yaml')
          .replace('拖欠农民工工资失信联合惩戒对象名单信息', '拖欠工程款失信名单信息（导入）'),
      );
      x.changeset('import', 'minor');
    });
    expect(r.errors).toEqual([]);
  });
});

describe('each violation is rejected with its code', () => {
  it('G00: a changed file that cannot be read', () => {
    const r = attempt((x) => x.write(ML, x.read(ML).replace('title: 拒不缴纳社会保险费信息', 'title: [未闭合')).changeset('c', 'patch'));
    expect(r.errors).toEqual(['G00-unreadable']);
  });

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
    expect(r.errors).toEqual(['G01-entry-deleted']);
    expect(r.diagnostics.find((d) => d.code === 'G01-entry-deleted')!.message.en).toContain('renamed to catalogue/ML-0009.yaml');
  });

  it('G02: an ID that was deleted once is not used again', () => {
    const proposed = attempt((x) => x.write('catalogue/ML-0003.yaml', PROPOSAL).changeset('p', 'patch')).head;
    const deleted = attempt((x) => x.remove('catalogue/ML-0003.yaml'), proposed).head;
    const r = attempt((x) => x.write('catalogue/ML-0003.yaml', PROPOSAL).changeset('p2', 'patch'), deleted);
    expect(r.errors).toEqual(['G02-id-reused']);
  });

  it('G02: an ID in a published release is not used again', () => {
    const r = attempt((x) => x.write('catalogue/ML-0007.yaml', PROPOSAL).changeset('p', 'patch'));
    expect(r.errors).toEqual(['G02-id-reused']);
  });

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
    const repealed = attempt((x) => {
      x.edit(ML, (d) => {
        d.set('status', 'repealed');
        d.set('repeal', d.createNode({ reason: '上位法修改。', body: BODY, date: '2026-09-01', document_number: '示例〔2026〕5号', effective: '2026-10-01', pull_request: 4 }));
      });
      x.event(ML, { date: '2026-09-01', event: 'repealed', ref: '示例〔2026〕5号' });
      x.changeset('c', 'major');
    });
    expect(repealed.errors).toEqual([]);
    expect(repealed.result.required).toBe('major');
    const r = attempt((x) => {
      x.edit(ML, (d) => d.set('status', 'proposed'));
      x.event(ML, { date: '2026-10-02', event: 'amendment_proposed' });
      x.changeset('c2', 'patch');
    }, repealed.head);
    expect(r.errors).toEqual(['G04-transition-not-allowed']);
  });

  it('G05: an approval event that does not cite the document number', () => {
    const r = attempt((x) => approveMeasure(x, { ref: null }));
    expect(r.errors).toEqual(['G05-trail-mismatch']);
  });

  it('G05: an import not declared as one', () => {
    const r = attempt((x) => {
      x.write('catalogue/ML-0004.yaml', x.read('catalogue/ML-0002.yaml').replace('  imported: true\n', ''));
      x.changeset('c', 'minor');
    });
    expect(r.errors).toEqual(['G05-trail-mismatch']);
  });

  it('G06: a consultation shorter than configured', () => {
    const r = attempt((x) => {
      x.write(
        'catalogue/ML-0003.yaml',
        PROPOSAL.replace('status: proposed', 'status: consultation\nconsultation:\n  opens: "2026-11-10"\n  closes: "2026-11-19"\n  channel: {kind: forge}') +
          '  - {date: "2026-11-10", event: consultation_opened}\n',
      );
      x.changeset('c', 'patch');
    });
    expect(r.errors).toEqual(['G06-consultation-too-short']);
    expect(r.diagnostics[0]!.line).toBe(lineOf('catalogue/ML-0003.yaml', 'closes: "2026-11-19"'));
  });

  it('G07: approved on the consultation’s last day', () => {
    const r = attempt((x) => approveMeasure(x, { closed: '2026-10-30', date: '2026-10-30' }));
    expect(r.errors).toEqual(['G07-consultation-not-closed']);
  });

  it('G07: a consultation closed before its published end', () => {
    const r = attempt((x) => approveMeasure(x, { closed: '2026-10-20' }));
    expect(r.errors).toEqual(['G07-consultation-not-closed']);
  });

  it('G08: approved without the consultation outcome', () => {
    const r = attempt((x) => approveMeasure(x, { outcome: false }));
    expect(r.errors).toEqual(['G08-consultation-outcome-missing']);
  });

  it('G09: approved by another body', () => {
    const r = attempt((x) => approveMeasure(x, { body: '山东省财政厅' }));
    expect(r.errors).toEqual(['G09-approval-record']);
    expect(r.diagnostics[0]!.path).toBe('approval.body');
  });

  it('G09: an effective date before the approval', () => {
    expect(attempt((x) => approveMeasure(x, { effective: '2026-11-01' })).errors).toEqual(['G09-approval-record']);
  });

  it('G09: an approval without document number', () => {
    const r = attempt((x) => approveMeasure(x, { documentNumber: null, ref: '示例' }));
    expect(r.errors).toEqual(['G09-approval-record']);
    expect(r.diagnostics[0]!.message.en).toContain('document_number');
  });

  it('G10 (warning): an approval that names no pull request', () => {
    const r = attempt((x) => approveMeasure(x, { pr: false }));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual(['G10-approval-pull-request']);
  });

  it('G11: a substantive change to an approved entry, even called a correction', () => {
    const r = attempt((x) => {
      x.edit(ML, (d) => d.set('content', '用人单位拒不缴纳社会保险费的信息。'));
      x.event(ML, { date: '2026-06-01', event: 'corrected' });
      x.changeset('c', 'patch');
    });
    expect(r.errors).toEqual(['G11-substantive-change']);
    expect(r.diagnostics[0]).toMatchObject({ file: ML, line: lineOf(ML, 'content: '), col: 1 });
  });

  it('G11: a tombstone’s content cannot change', () => {
    const repealed = attempt((x) => {
      x.edit('catalogue/ML-0002.yaml', (d) => {
        d.set('status', 'repealed');
        d.set('repeal', d.createNode({ reason: '国家名单调整。', body: BODY, date: '2026-09-01', document_number: '示例〔2026〕6号', effective: '2026-10-01', pull_request: 5 }));
      });
      x.event('catalogue/ML-0002.yaml', { date: '2026-09-01', event: 'repealed', ref: '示例〔2026〕6号' });
      x.changeset('c', 'major');
    }).head;
    const r = attempt((x) => x.edit('catalogue/ML-0002.yaml', (d) => d.set('severity', 'general')).changeset('c2', 'patch'), repealed);
    expect(r.errors).toEqual(['G11-substantive-change']);
  });

  it('G12: a correction without a corrected event — and with one it passes', () => {
    const r = attempt((x) => x.edit(ML, (d) => d.set('notes', '示例说明。')).changeset('c', 'patch'));
    expect(r.errors).toEqual(['G12-correction-unrecorded']);
    const ok = attempt((x) => {
      x.edit(ML, (d) => d.set('notes', '示例说明。'));
      x.event(ML, { date: '2026-06-01', event: 'corrected', note: '补充备注' });
      x.changeset('c', 'patch');
    });
    expect(ok.errors).toEqual([]);
    expect(ok.result.required).toBe('patch');
  });

  it('G13: a published release file modified or deleted, or the index losing a version', () => {
    const modified = attempt((x) => x.write('releases/1.0.0/catalogue.json', x.read('releases/1.0.0/catalogue.json').replace('ML-0007', 'ML-0008')));
    expect(modified.errors).toEqual(['G13-release-modified']);
    expect(modified.diagnostics[0]!.line).toBe(lineOf('releases/1.0.0/catalogue.json', 'ML-0008'));
    expect(attempt((x) => x.remove('releases/1.0.0/catalogue.json')).errors).toEqual(['G13-release-modified']);
    expect(attempt((x) => x.write('releases/index.json', '{"latest":"1.1.0","versions":[{"version":"1.1.0"}]}\n')).errors).toEqual(['G13-release-modified']);
  });

  it('G14 (warning): department data and system files in one change', () => {
    const r = attempt((x) => {
      approveMeasure(x);
      x.write('lib/helper.ts', 'export const x = 1;\n');
    });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual(['G14-mixed-change']);
    expect(r.diagnostics.find((d) => d.code === 'G14-mixed-change')!.file).toBe('lib/helper.ts');
  });

  it('G15: data changed without a changeset; an empty one suffices only when nothing published changes', () => {
    expect(attempt((x) => x.write('catalogue/ML-0003.yaml', PROPOSAL)).errors).toEqual(['G15-changeset-missing']);
    expect(attempt((x) => x.write('catalogue/ML-0003.yaml', PROPOSAL).changeset('empty', 'empty')).errors).toEqual([]);
  });

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

  it('G17: a changeset for another package, or malformed', () => {
    expect(attempt((x) => x.changeset('other', 'patch', 'left-pad')).errors).toEqual(['G17-changeset-invalid']);
    expect(attempt((x) => x.write('.changeset/bad.md', '"shandong-credit-lists": patch\n')).errors).toEqual(['G17-changeset-invalid']);
    expect(attempt((x) => x.write('.changeset/bad.md', '---\n"shandong-credit-lists": huge\n---\n')).errors).toEqual(['G17-changeset-invalid']);
  });
});

describe('a repeal’s consultation', () => {
  const REPEAL = { reason: '已由国家目录覆盖。', body: BODY, date: '2026-10-15', document_number: '示例〔2026〕12号', effective: '2026-11-01', pull_request: 30 };
  const ROUND = { opens: '2026-08-20', closes: '2026-09-19', channel: { kind: 'forge' }, comments_received: 2, comments_adopted: 0, response: '均未采纳。' };
  const proposeAndConsult = (x: TempRepo) => {
    x.event(ML, { date: '2026-08-05', event: 'repeal_proposed' });
    x.event(ML, { date: '2026-08-20', event: 'consultation_opened' });
    x.event(ML, { date: '2026-09-19', event: 'consultation_closed' });
  };
  it('may be recorded in repeal.consultation, the approval’s consultation left as it was', () => {
    const r = attempt((x) => {
      proposeAndConsult(x);
      x.edit(ML, (d) => {
        d.set('status', 'repealed');
        d.set('repeal', d.createNode({ ...REPEAL, consultation: ROUND }));
      });
      x.event(ML, { date: '2026-10-15', event: 'repealed', ref: '示例〔2026〕12号' });
      x.changeset('c', 'major');
    });
    expect(r.errors).toEqual([]);
  });
  it('left unrecorded, it is a warning (G05); held too briefly, an error (G06)', () => {
    const unrecorded = attempt((x) => {
      proposeAndConsult(x);
      x.edit(ML, (d) => {
        d.set('status', 'repealed');
        d.set('repeal', d.createNode(REPEAL));
      });
      x.event(ML, { date: '2026-10-15', event: 'repealed', ref: '示例〔2026〕12号' });
      x.changeset('c', 'major');
    });
    // Held but not recorded: the trail is incomplete (a warning), the repeal itself stands.
    expect(unrecorded.errors).toEqual([]);
    expect(unrecorded.warnings).toEqual(['G05-trail-mismatch']);
    const short = attempt((x) => {
      proposeAndConsult(x);
      x.edit(ML, (d) => {
        d.set('status', 'repealed');
        d.set('repeal', d.createNode({ ...REPEAL, consultation: { ...ROUND, closes: '2026-08-30' } }));
      });
      x.event(ML, { date: '2026-10-15', event: 'repealed', ref: '示例〔2026〕12号' });
      x.changeset('c', 'major');
    });
    expect(short.errors).toEqual(['G06-consultation-too-short']);
    expect(short.diagnostics[0]!.path).toBe('repeal.consultation.closes');
  });
  it('held in consultation while open, it moves to repeal.consultation with the decision', () => {
    const open = attempt((x) => {
      x.edit(ML, (d) => {
        d.set('status', 'consultation');
        d.set('consultation', d.createNode({ opens: '2026-08-20', closes: '2026-09-19', channel: { kind: 'forge' } }));
      });
      x.event(ML, { date: '2026-08-05', event: 'repeal_proposed' });
      x.event(ML, { date: '2026-08-20', event: 'consultation_opened' });
      x.changeset('c', 'patch');
    });
    expect(open.errors).toEqual([]);
    const decided = attempt((x) => {
      const original = parseDocument(repo.git('show', `${base}:${ML}`)).get('consultation', true);
      x.event(ML, { date: '2026-09-19', event: 'consultation_closed' });
      x.edit(ML, (d) => {
        d.set('status', 'repealed');
        d.set('repeal', d.createNode({ ...REPEAL, consultation: ROUND }));
        d.set('consultation', original);
      });
      x.event(ML, { date: '2026-10-15', event: 'repealed', ref: '示例〔2026〕12号' });
      x.changeset('c2', 'major');
    }, open.head);
    expect(decided.errors).toEqual([]);
  });
});

describe('the working tree', () => {
  it('without --head, uncommitted and untracked changes are checked', () => {
    repo.git('checkout', '-q', '-B', 'worktree', base);
    repo.write('catalogue/ML-0003.yaml', PROPOSAL);
    const r = checkGovernance({ root: repo.dir, base });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['G15-changeset-missing']);
    repo.remove('catalogue/ML-0003.yaml');
  });
});
