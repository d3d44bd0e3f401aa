import type { Rule } from './rule.ts';

/** An incentive is granted on recorded positive information or an evaluation result in the catalogue, never on dishonesty information. */
export const rule: Rule = {
  code: 'P16-incentive-positive-information',
  severity: 'error',
  title: { zh: '守信激励须依据目录中的守信信息或评价结果', en: 'Incentives rest on positive information or evaluation results in the catalogue' },
  source: '国办发〔2020〕49号（以具体的守信信息或信用评价结果为依据）',
  check(ctx) {
    for (const f of ctx.entries('incentive'))
      f.entry.qualifying.forEach((id, i) => {
        const item = ctx.repo.get('catalogue', id)?.entry;
        if (item && item.nature === 'dishonesty')
          ctx.report(
            f,
            ['qualifying', i],
            { zh: `据以激励的 ${id} 是失信信息`, en: `Qualifying item ${id} is dishonesty information` },
            { zh: '激励只能依据表彰奖励、志愿服务、信用评价结果等守信信息（信息性质为“其他信息”或“基础信息”）；“没有失信记录”不是可记录的守信信息。', en: 'Only positive information (honours, volunteering, evaluation results) may qualify a subject; the absence of dishonesty is not recorded information.' },
            { related: [ctx.repo.ids.get('catalogue')!.get(id)!] },
          );
      });
  },
};
