import { consultationDays } from '../../schemas/index.ts';
import { withBasis, type Rule } from './rule.ts';

/** The public consultation lasts at least the configured number of days. */
export const rule: Rule = {
  code: 'L01-consultation-length',
  severity: 'error',
  title: { zh: '征求意见期不少于规定天数', en: 'Consultations last the configured minimum' },
  source: '江苏省实施方案 三（二）、四（二）',
  settings: ['consultation.minimum_days', 'consultation.basis'],
  check(ctx) {
    const min = ctx.jurisdiction?.consultation.minimum_days;
    if (!min) return;
    for (const f of ctx.listEntries()) {
      const rounds: [typeof f.entry.consultation, string[]][] = [
        [f.entry.approval?.imported ? undefined : f.entry.consultation, ['consultation', 'closes']],
        [f.entry.repeal?.consultation, ['repeal', 'consultation', 'closes']],
      ];
      for (const [c, path] of rounds) {
        if (!c) continue;
        const days = consultationDays(c.opens, c.closes);
        if (days >= min) continue;
        ctx.report(
          f,
          path,
          withBasis({ zh: `征求意见期只有 ${days} 天，少于规定的 ${min} 天`, en: `The consultation lasts ${days} days, fewer than the required ${min}` }, ctx.jurisdiction?.consultation.basis),
          { zh: `把 closes 延后到至少 opens 之后第 ${min - 1} 天。`, en: `Move closes to at least ${min - 1} days after opens.` },
        );
      }
    }
  },
};
