// G12-correction-unrecorded: An editorial correction of an approved (or final) entry is recorded by a corrected event.
import { fieldClass } from '../../../schemas/index.ts';
import { type GovernanceCheck } from './check.ts';

export const check = {
  key: 'correction',
  code: 'G12-correction-unrecorded',
  severity: 'error',
  title: { zh: '对已审定条目的勘误须记入历史', en: 'Corrections of approved entries are recorded in the history' },
  source: 'schemas/substantive.ts（editorial 字段）',
  reports:
    'an editorial field of an approved (or final) entry changed without a `corrected` event',
  entry(e, report) {
    const { kind, base, baseState, headState } = e;
    if (!base || !headState || e.amending || e.has('corrected')) return;
    const editorial = e.changed.filter((f) => fieldClass(kind, f) === 'editorial');
    const recordedAsPublished = baseState.published || baseState.phase === 'repealed' || baseState.phase === 'rejected';
    if (recordedAsPublished && editorial.length)
      report(
        [editorial[0]!],
        { zh: `对已审定条目的勘误（${editorial.join('、')}）没有记入历史`, en: `A correction to an approved entry (${editorial.join(', ')}) is not recorded in the history` },
        { zh: '在 history 末尾追加 {date: 今天, event: corrected, note: 勘误内容}。', en: 'Append {date: today, event: corrected, note: what was corrected} to history.' },
        { atKey: true },
      );
  },
} as const satisfies GovernanceCheck;
