// G07-consultation-not-closed: A decision comes after the consultation it rests on has closed, and a consultation runs its whole window.
import { allowedAppended, decisionsMade } from '../entry-change.ts';
import { PROCEDURE, type GovernanceCheck } from './check.ts';

export const check = {
  key: 'consultationOpen',
  code: 'G07-consultation-not-closed',
  severity: 'error',
  title: { zh: '征求意见结束后方可审定', en: 'Approval only after the consultation has closed' },
  source: PROCEDURE,
  reports:
    'approved (or repealed after consultation) on or before `consultation.closes`; a consultation closed before its published end',
  entry(e, report) {
    const lastClosed = e.lastIndexOf('consultation_closed');
    const c = e.round.c;
    for (const { h, i } of allowedAppended(e))
      if (h.event === 'consultation_closed' && i === lastClosed && lastClosed > e.lastIndexOf('consultation_opened') && c && h.date < c.closes)
        report(
          ['history', i, 'date'],
          { zh: `征求意见在 ${h.date} 提前结束，早于公布的截止日期 ${c.closes}`, en: `The consultation was closed on ${h.date}, before its published end ${c.closes}` },
          { zh: '征求意见期须完整进行：consultation_closed 的日期不早于 consultation.closes。', en: 'Run the full window: date consultation_closed on or after consultation.closes.' },
        );
    for (const d of decisionsMade(e).decisions)
      if (d.round && d.date <= d.round.closes)
        report(
          [d.record, 'date'],
          { zh: `审定日期 ${d.date} 时征求意见尚未结束（截止 ${d.round.closes}，含当日）`, en: `On ${d.date} the consultation was still open (it closes ${d.round.closes}, inclusive)` },
          { zh: `征求意见截止后方可审定：审定日期须晚于 ${d.roundPath.join('.')}.closes。`, en: `Approve only after the consultation closes: the date must be after ${d.roundPath.join('.')}.closes.` },
        );
  },
} as const satisfies GovernanceCheck;
