import type { Rule } from './rule.ts';

/** Wording by which an "incentive" burdens others: restricting, excluding or checking harder those who do not qualify. */
export const RESTRICTING_OTHERS = /限制|禁止|取消|暂停|不予(?:受理|办理|准入)|从严|重点监管|提高[^。；]{0,6}(?:抽查|检查)|(?:其他|未获|不符合)[^。；]{0,12}(?:不得|不予|不能)/;

/** An incentive never takes the form of restricting others: a benefit for the trustworthy is not a burden on everyone else. */
export const rule: Rule = {
  code: 'P17-incentive-no-restriction',
  severity: 'error',
  title: { zh: '守信激励不得以限制其他主体的方式实施', en: 'Incentives never restrict others' },
  source: '国办发〔2020〕49号（激励不得以限制他人的方式实施）',
  check(ctx) {
    for (const f of ctx.entries('incentive'))
      for (const field of ['title', 'content', 'condition'] as const)
        if (RESTRICTING_OTHERS.test(f.entry[field]))
          ctx.report(
            f,
            [field],
            { zh: '激励措施的表述是对其他主体的限制', en: 'The incentive is worded as a restriction on others' },
            { zh: '激励只给予符合条件的主体便利或优先；对其他主体的限制是惩戒，须作为失信惩戒措施依法列入惩戒措施清单。', en: 'An incentive only grants benefits; restricting others is a punishment and belongs, with its own basis, in the measure list.' },
          );
  },
};
