// G06-consultation-too-short: A consultation window, when it is opened or moved, lasts at least the configured minimum.
import { consultationDays } from '../../../schemas/index.ts';
import { type GovernanceCheck } from './check.ts';

export const check = {
  key: 'consultationShort',
  code: 'G06-consultation-too-short',
  severity: 'error',
  title: { zh: '征求意见期不少于规定天数', en: 'Consultations last the configured minimum' },
  source: '国办发〔2020〕49号 三（二）；jurisdiction.yaml consultation.minimum_days',
  reports:
    'a consultation window (opened or moved) shorter than `consultation.minimum_days`',
  entry(e, report) {
    const { c, path: cPath, base: baseC } = e.round;
    const { minimumDays } = e.config;
    if (!c || !(e.has('consultation_opened') || (baseC && baseC.closes !== c.closes && e.headState?.phase === 'consultation'))) return;
    const days = consultationDays(c.opens, c.closes);
    if (days < minimumDays)
      report(
        [...cPath, 'closes'],
        { zh: `征求意见期只有 ${days} 天，少于规定的 ${minimumDays} 天`, en: `The consultation lasts ${days} days, fewer than the required ${minimumDays}` },
        { zh: `把 closes 定在 opens 之后至少第 ${minimumDays - 1} 天。`, en: `Set closes at least ${minimumDays - 1} days after opens.` },
      );
  },
} as const satisfies GovernanceCheck;
