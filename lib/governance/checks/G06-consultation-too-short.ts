// G06-consultation-too-short: A consultation window, when it is opened or moved, lasts at least the configured minimum.
import { consultationDays } from '../../../schemas/index.ts';
import { decisionsMade } from '../entry-change.ts';
import { type GovernanceCheck } from './check.ts';

export const check = {
  key: 'consultationShort',
  code: 'G06-consultation-too-short',
  severity: 'error',
  title: { zh: '征求意见期不少于规定天数', en: 'Consultations last the configured minimum' },
  source: '国办发〔2020〕49号 三（二）；jurisdiction.yaml consultation.minimum_days',
  reports:
    'a consultation window — opened, moved, or the one a decision rests on — shorter than `consultation.minimum_days` of the base',
  entry(e, report) {
    const { c, path: cPath, base: baseC } = e.round;
    const { minimumDays } = e.config;
    const short = (round: typeof c, path: (string | number)[]) => {
      const days = consultationDays(round!.opens, round!.closes);
      if (days < minimumDays)
        report(
          [...path, 'closes'],
          { zh: `征求意见期只有 ${days} 天，少于规定的 ${minimumDays} 天`, en: `The consultation lasts ${days} days, fewer than the required ${minimumDays}` },
          { zh: `把 closes 定在 opens 之后至少第 ${minimumDays - 1} 天。`, en: `Set closes at least ${minimumDays - 1} days after opens.` },
        );
      return days < minimumDays;
    };
    const checked = new Set<string>();
    if (c && (e.has('consultation_opened') || (baseC && baseC.closes !== c.closes))) {
      short(c, cPath);
      checked.add(cPath.join('.'));
    }
    // A decision rests on a consultation of the base's minimum length, however the window got there.
    for (const d of decisionsMade(e).decisions)
      if (d.round && !checked.has(d.roundPath.join('.'))) {
        short(d.round, d.roundPath);
        checked.add(d.roundPath.join('.'));
      }
  },
} as const satisfies GovernanceCheck;
