// G08-consultation-outcome-missing: Before a decision, the consultation it rests on records its outcome: comments received and adopted, and the response.
import { decisionsMade } from '../entry-change.ts';
import { PROCEDURE, type GovernanceCheck } from './check.ts';

export const check = {
  key: 'outcome',
  code: 'G08-consultation-outcome-missing',
  severity: 'error',
  title: { zh: '审定前须公布意见采纳情况', en: 'The consultation outcome is recorded before approval' },
  source: PROCEDURE,
  reports:
    'a decision without `comments_received`, `comments_adopted` and `response`',
  entry(e, report) {
    for (const d of decisionsMade(e).decisions) {
      const c = d.round;
      if (!c) continue;
      const absent = (['comments_received', 'comments_adopted', 'response'] as const).filter((k) => c[k] === undefined);
      if (absent.length)
        report(
          d.roundPath,
          { zh: `审定前须写明征求意见结果，缺少：${absent.join('、')}`, en: `The consultation outcome must be recorded before approval; missing: ${absent.join(', ')}` },
          { zh: '写明收到意见条数（comments_received）、采纳条数（comments_adopted）和公开的意见采纳情况（response）。', en: 'State comments_received, comments_adopted and the published response.' },
        );
    }
  },
} as const satisfies GovernanceCheck;
