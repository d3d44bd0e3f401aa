import { durationMonths, SEVERITY } from '../../schemas/index.ts';
import type { Rule } from './rule.ts';

/** Publicity windows by severity tier, in months: 国家发展改革委令第36号 (in force 2026-04-01). */
export const TIER_MONTHS = { minor: { min: 0, max: 3 }, general: { min: 3, max: 12 }, serious: { min: 12, max: 36 } } as const;

const LEVELS_THAT_SET_PERIODS = new Set(['law', 'administrative_regulation']);

/** Rule 5: negative items state severity and repair; their publicity window fits the tier and the provincial cap. */
export const rule: Rule = {
  code: 'P05-severity-period',
  severity: 'error',
  title: { zh: '失信信息须明确失信程度、公示期限和可否修复', en: 'Dishonesty information states severity, publicity window and repair' },
  source: '国家发展改革委令第36号《信用修复管理办法》；国办发〔2020〕49号 五（一）；山东条例 第三十八条',
  check(ctx) {
    const cap = ctx.jurisdiction?.disclosure_caps.max_months;
    for (const f of ctx.entries('catalogue')) {
      const e = f.entry;
      if (e.nature !== 'dishonesty') {
        if (e.severity !== undefined)
          ctx.report(f, ['severity'], { zh: '只有失信信息才有失信程度', en: 'Only dishonesty information has a severity tier' }, { zh: '删除 severity，或把 nature 改为 dishonesty。', en: 'Remove severity, or set nature to dishonesty.' }, { severity: 'warning' });
        continue;
      }
      if (e.severity === undefined || e.repair === undefined) {
        ctx.report(
          f,
          ['nature'],
          { zh: '失信信息须写明失信程度（severity）和信用修复（repair）', en: 'Dishonesty information needs severity and repair' },
          { zh: '添加 severity: minor / general / serious，以及 repair: {repairable: true}。', en: 'Add severity (minor, general or serious) and repair: {repairable: true}.' },
        );
        continue;
      }
      const tier = TIER_MONTHS[e.severity];
      const label = SEVERITY.labels[e.severity];
      const period = e.disclosure.period;
      if (period === undefined) continue; // not disclosed: no window to check
      // 山东条例 第三十八条: “法律、行政法规另有规定的除外” — a period set by law stands as the law sets it.
      const setByLaw = e.disclosure.period_basis && LEVELS_THAT_SET_PERIODS.has(ctx.basis(e.disclosure.period_basis.basis)?.level ?? '');
      if (setByLaw) continue;
      const months = durationMonths(period);
      if (months > tier.max || months < tier.min)
        ctx.report(
          f,
          ['disclosure', 'period'],
          {
            zh: `${label.zh}失信信息的公示期限应为 ${tier.min}–${tier.max} 个月，此处为 ${Number.isFinite(months) ? months + ' 个月' : '长期'}`,
            en: `A ${label.en.toLowerCase()} item's publicity window is ${tier.min}–${tier.max} months; this one is ${Number.isFinite(months) ? months + ' months' : 'long-term'}`,
          },
          {
            zh: '按《信用修复管理办法》调整期限，或核对失信程度是否正确；法律、行政法规另有规定的，在 disclosure.period_basis 中引用该规定。',
            en: 'Adjust the period to the tier, or check the severity; where a law or administrative regulation sets the period, cite it in disclosure.period_basis.',
          },
        );
      else if (cap !== undefined && months > cap)
        ctx.report(
          f,
          ['disclosure', 'period'],
          { zh: `失信信息披露期限超过本辖区上限 ${cap} 个月`, en: `The disclosure period exceeds the jurisdiction's cap of ${cap} months` },
          { zh: `按 ${ctx.jurisdiction!.disclosure_caps.basis} 缩短期限。`, en: 'Shorten the period to the cap.' },
        );
    }
  },
};
