import { NATIONAL_DEFAULTS } from '../../schemas/index.ts';
import type { Rule } from './rule.ts';

/** Rule 11 (configuration part): the objection deadline before listing is no longer than the national rule unless an article of the jurisdiction sets it. */
export const rule: Rule = {
  code: 'P11-objection-days',
  severity: 'warning',
  title: { zh: '列入名单前的异议核实时限不超过国家规定', en: 'Objections before listing are answered within the national limit' },
  source: '江苏省实施方案 四（一）；南京市实施方案 四（三）',
  settings: ['time_limits.listing_objection'],
  check(ctx) {
    const j = ctx.repo.jurisdiction;
    if (!j.entry || !ctx.scope.includes(j)) return;
    const own = j.entry.time_limits?.listing_objection;
    const national = NATIONAL_DEFAULTS.listing_objection.working_days;
    // Longer is lawful only where law, regulation or rule provides otherwise — and then the article is cited.
    if (own && own.working_days > national && !own.basis)
      ctx.report(
        j,
        ['time_limits', 'listing_objection', 'working_days'],
        {
          zh: `列入名单前的异议核实时限配置为 ${own.working_days} 个工作日，长于国家规定的 ${national} 个工作日，且未写明依据`,
          en: `Objections before listing are configured to take ${own.working_days} working days, longer than the national ${national}, with no basis given`,
        },
        { zh: `改为不超过 ${national} 个工作日；法律、法规、规章另有规定的，在 basis 中写明该条款。`, en: `Use at most ${national} working days; where law, regulation or rule provides otherwise, cite it in basis.` },
      );
  },
};
