import { durationMonths, SEVERITY } from '../../schemas/index.ts';
import { levelNames, withBasis, type Rule } from './rule.ts';

/** Rule 5: negative items state severity and repair; their publicity window fits the tier and the jurisdiction's cap. */
export const rule: Rule = {
  code: 'P05-severity-period',
  severity: 'error',
  title: { zh: '失信信息须明确失信程度、公示期限和可否修复', en: 'Dishonesty information states severity, publicity window and repair' },
  source: '国家发展改革委令第36号；江苏省实施方案 五（一）',
  settings: ['periods.tiers', 'periods.cap', 'sufficient_levels.non_standard_period'],
  check(ctx) {
    const { tiers, cap } = ctx.profile.periods;
    const nonStandard = ctx.profile.levels.non_standard_period;
    const setters = new Set<string>(nonStandard.levels);
    const capExempt = new Set<string>(cap?.exempt_levels ?? []);
    const inMonths = (m: number) => (Number.isFinite(m) ? { zh: `${m} 个月`, en: `${m} months` } : { zh: '长期', en: 'long-term' });
    for (const f of ctx.entries('catalogue')) {
      const e = f.entry;
      if (e.nature !== 'dishonesty') {
        if (e.severity !== undefined)
          ctx.report(f, ['severity'], { zh: `只有${ctx.nature('dishonesty').zh}才有失信程度`, en: 'Only dishonesty information has a severity tier' }, { zh: '删除 severity，或把 nature 改为 dishonesty。', en: 'Remove severity, or set nature to dishonesty.' }, { severity: 'warning' });
        continue;
      }
      if (e.severity === undefined || e.repair === undefined) {
        ctx.report(
          f,
          ['nature'],
          { zh: `${ctx.nature('dishonesty').zh}须写明失信程度（severity）和信用修复（repair）`, en: 'Dishonesty information needs severity and repair' },
          { zh: '添加 severity: minor / general / serious，以及 repair: {repairable: true}。', en: 'Add severity (minor, general or serious) and repair: {repairable: true}.' },
        );
        continue;
      }
      const period = e.disclosure.period;
      if (period === undefined) continue; // not disclosed: no window to check
      const months = durationMonths(period);
      const periodLevel = e.disclosure.period_basis ? ctx.basis(e.disclosure.period_basis.basis)?.level : undefined;
      // The cap and the tiers are separate limits: a period set by another instrument may escape the tier and still be capped.
      if (cap && months > cap.max_months && !(periodLevel && capExempt.has(periodLevel)))
        ctx.report(
          f,
          ['disclosure', 'period'],
          withBasis(
            { zh: `失信信息披露期限 ${inMonths(months).zh}，超过本辖区上限 ${cap.max_months} 个月`, en: `The disclosure period (${inMonths(months).en}) exceeds the jurisdiction's cap of ${cap.max_months} months` },
            cap.basis,
          ),
          { zh: `缩短到 ${cap.max_months} 个月以内；只有${levelNames(cap.exempt_levels).zh}另有规定的，才可在 disclosure.period_basis 中引用该规定。`, en: `Shorten it to at most ${cap.max_months} months; only a ${levelNames(cap.exempt_levels).en} may set a longer one (cite it in disclosure.period_basis).` },
        );
      if (periodLevel && setters.has(periodLevel)) continue; // a period set by a sufficient instrument stands as it sets it
      const tier = tiers[e.severity];
      const label = SEVERITY.labels[e.severity];
      if (months > tier.max_months || months < tier.min_months)
        ctx.report(
          f,
          ['disclosure', 'period'],
          withBasis(
            {
              zh: `${label.zh}失信信息的公示期限应为 ${tier.min_months}–${tier.max_months} 个月，此处为 ${inMonths(months).zh}`,
              en: `A ${label.en.toLowerCase()} item's publicity window is ${tier.min_months}–${tier.max_months} months; this one is ${inMonths(months).en}`,
            },
            tiers.basis,
          ),
          {
            zh: `按分级期限调整，或核对失信程度是否正确；${levelNames(nonStandard.levels).zh}另有规定的，在 disclosure.period_basis 中引用该规定。`,
            en: `Adjust the period to the tier, or check the severity; where a ${levelNames(nonStandard.levels).en} sets the period, cite it in disclosure.period_basis.`,
          },
        );
    }
  },
};
