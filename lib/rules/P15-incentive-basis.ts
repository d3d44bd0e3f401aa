import { BASIS_LEVELS } from '../../schemas/index.ts';
import { SUFFICIENT_LEVELS, type Rule } from './rule.ts';

/** An incentive rests on law, regulation, central policy or a local regulation (山东条例 第二十五条第二款: 依照法律、行政法规和国家有关规定). */
export const rule: Rule = {
  code: 'P15-incentive-basis',
  severity: 'error',
  title: { zh: '守信激励措施须有法律法规或国家政策依据', en: 'Incentives rest on law, regulation or central policy' },
  source: '山东条例 第二十五条第二款、第二十六条',
  check(ctx) {
    const sufficient = new Set<string>(SUFFICIENT_LEVELS);
    for (const f of ctx.entries('incentive')) {
      const cited = ctx.citedBases(f.entry.bases);
      if (cited.length < f.entry.bases.length || cited.some(({ basis }) => sufficient.has(basis.level))) continue;
      const levels = [...new Set(cited.map(({ basis }) => BASIS_LEVELS.labels[basis.level].zh))].join('、');
      ctx.report(
        f,
        ['bases'],
        { zh: `激励措施仅以${levels}为依据`, en: 'The incentive rests only on instruments below law, regulation or central policy' },
        { zh: '引用设定该激励措施的法律、法规或党中央、国务院政策文件条款（如《山东省社会信用条例》第二十六条）。', en: 'Cite the law, regulation or central policy that sets the incentive (e.g. article 26 of the Shandong regulations).' },
      );
    }
  },
};
