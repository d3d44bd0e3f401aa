import { BASIS_LEVELS } from '../../schemas/index.ts';
import { withBasis, type Rule } from './rule.ts';

/** An incentive rests on the levels of instrument the jurisdiction's profile accepts (default: law, regulation, central policy, local regulation). */
export const rule: Rule = {
  code: 'P15-incentive-basis',
  severity: 'error',
  title: { zh: '守信激励措施须有法律法规或国家政策依据', en: 'Incentives rest on law, regulation or central policy' },
  source: '国办发〔2020〕49号；jurisdiction.yaml sufficient_levels.incentive',
  check(ctx) {
    const setting = ctx.profile.levels.incentive;
    const sufficient = new Set<string>(setting.levels);
    for (const f of ctx.entries('incentive')) {
      const cited = ctx.citedBases(f.entry.bases);
      if (cited.length < f.entry.bases.length || cited.some(({ basis }) => sufficient.has(basis.level))) continue;
      const levels = [...new Set(cited.map(({ basis }) => BASIS_LEVELS.labels[basis.level].zh))].join('、');
      ctx.report(
        f,
        ['bases'],
        withBasis({ zh: `激励措施仅以${levels}为依据`, en: 'The incentive rests only on instruments below the levels that suffice' }, setting.basis),
        { zh: '引用设定该激励措施的法律、法规或党中央、国务院政策文件条款（如本辖区社会信用条例中规定激励措施的条款）。', en: 'Cite the law, regulation or central policy that sets the incentive (e.g. the article of the jurisdiction’s social-credit regulation that provides for incentives).' },
      );
    }
  },
};
