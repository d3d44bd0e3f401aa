import type { Rule } from './rule.ts';

/** Wording that makes an incentive cost a subject its legal rights: waiving review, litigation, objection or repair. */
export const WAIVING_RIGHTS = /放弃[^。；]{0,10}(?:权|复议|诉讼|异议|申诉|修复)|不得(?:申请|提起|提出)[^。；]{0,6}(?:复议|诉讼|异议|申诉)|承诺不(?:申请|提起|提出)/;

/** Nothing in an incentive limits a subject's legal rights: no incentive is bought by waiving them. */
export const rule: Rule = {
  code: 'P19-incentive-legal-rights',
  severity: 'error',
  title: { zh: '守信激励不得限制信用主体的合法权利', en: 'Incentives never limit a subject’s legal rights' },
  source: '国办发〔2020〕49号（依法依规、保护信用主体合法权益）',
  check(ctx) {
    for (const f of ctx.entries('incentive'))
      for (const field of ['content', 'condition', 'ends_when'] as const)
        if (WAIVING_RIGHTS.test(f.entry[field]))
          ctx.report(
            f,
            [field],
            { zh: '激励以放弃或限制信用主体的合法权利为条件', en: 'The incentive requires the subject to waive or limit legal rights' },
            { zh: '删去要求放弃行政复议、诉讼、异议或信用修复等权利的条件：激励只能在法定权限范围内给予便利。', en: 'Remove any condition waiving review, litigation, objection or repair: an incentive only grants benefits within the law.' },
          );
  },
};
