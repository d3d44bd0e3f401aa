import { evaluationRequired } from '../../schemas/index.ts';
import { withBasis, type Rule } from './rule.ts';

/** Where the jurisdiction's regulation requires it, an entry that reduces rights is evaluated, hearing experts and the groups concerned, before approval. */
export const rule: Rule = {
  code: 'L03-expert-evaluation',
  severity: 'error',
  title: { zh: '规定须评估的条目须有专家评估记录', en: 'Entries that must be evaluated have an expert-evaluation record' },
  source: 'jurisdiction.yaml lists.<list>.expert_evaluation',
  settings: ['lists.<list>.expert_evaluation'],
  check(ctx) {
    for (const f of ctx.listEntries()) {
      const e = f.entry;
      const a = e.approval;
      if (!a || a.imported || !evaluationRequired(ctx.jurisdiction, f.kind, e)) continue;
      const basis = ctx.profile.lists[f.kind].expertEvaluation.basis;
      const ev = e.expert_evaluation;
      if (!ev)
        ctx.report(
          f,
          ['approval'],
          withBasis({ zh: '本条目减损权益或增加义务，审定前须组织评估并听取专家等方面的意见，但没有评估记录（expert_evaluation）', en: 'The entry reduces rights or adds obligations and must be evaluated before approval, but has no expert_evaluation record' }, basis),
          { zh: '添加 expert_evaluation：日期（date）、组织单位（organised_by）、听取意见的对象（heard）和结论（conclusion）。', en: 'Add expert_evaluation with date, organised_by, heard and conclusion.' },
        );
      else if (ev.date > a.date)
        ctx.report(
          f,
          ['expert_evaluation', 'date'],
          withBasis({ zh: `评估日期 ${ev.date} 晚于审定日期 ${a.date}`, en: `The evaluation (${ev.date}) comes after the approval (${a.date})` }, basis),
          { zh: '评估须在审定前完成：核对两个日期。', en: 'The evaluation comes before approval: check both dates.' },
        );
    }
  },
};
