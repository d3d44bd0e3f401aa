// G03-history-rewritten: History is append-only, and a completed record changes only by the step that replaces it.
import { isDeepStrictEqual } from 'node:util';
import type { Bilingual } from '../../diagnostics.ts';
import { firstRewrite } from '../entry-change.ts';
import { PROCEDURE, type GovernanceCheck } from './check.ts';

export const check = {
  key: 'historyRewritten',
  code: 'G03-history-rewritten',
  severity: 'error',
  title: { zh: '历史和已完成的程序记录只可追加，不可改写', en: 'History and completed records are append-only' },
  source: PROCEDURE,
  reports:
    'a history event changed or removed; a completed record (proposal after it moved on, closed consultation, approval, rejection, repeal) changed without the step that replaces it — except the approving body of an approval or repeal, corrected with a `corrected` event whose note gives the reason',
  entry(e, report) {
    const { base, head, baseState } = e;
    if (!base) return;
    const at = firstRewrite(base, head);
    if (at >= 0) {
      const kept = at < head.history.length;
      report(
        kept ? ['history', at] : ['history'],
        kept
          ? { zh: `历史第 ${at + 1} 条事件被改动（原为 ${base.history[at]!.date} ${base.history[at]!.event}）`, en: `History event ${at + 1} was altered (it was ${base.history[at]!.date} ${base.history[at]!.event})` }
          : { zh: `历史事件被删除（原有 ${base.history.length} 条，现有 ${head.history.length} 条）`, en: `History events were removed (${base.history.length} before, ${head.history.length} now)` },
        { zh: '历史只能在末尾追加新事件；已有事件保持原样。需要说明时，追加一条 corrected 事件并写明 note。', en: 'Only append new events at the end; leave existing ones as they were. To explain, append a corrected event with a note.' },
      );
      return;
    }
    const has = e.has;
    const frozen = (field: 'approval' | 'repeal' | 'rejection' | 'proposal' | 'consultation', why: Bilingual) => {
      if (!isDeepStrictEqual(base[field], head[field]))
        report(
          [field],
          { zh: `已完成的 ${field} 记录被改动：${why.zh}`, en: `The completed ${field} record was changed: ${why.en}` },
          { zh: `恢复原来的 ${field} 记录；新的程序步骤须追加相应历史事件。`, en: `Restore the previous ${field} record; a new step appends its history event.` },
        );
    };
    // A decision record that misnames the body that took it is corrected, not rewritten: only the body, and only with a
    // corrected event appended in the same change saying why. Dates, numbers and effect stay as decided.
    const correction = e.appended.find(({ h }) => h.event === 'corrected');
    const decisionRecord = (field: 'approval' | 'repeal', why: Bilingual) => {
      const was = base[field];
      const now = head[field];
      if (isDeepStrictEqual(was, now)) return;
      const bodyOnly = was !== undefined && now !== undefined && isDeepStrictEqual({ ...was, body: now.body }, now);
      if (!bodyOnly || !correction) return frozen(field, why);
      if (!correction.h.note)
        report(
          ['history', correction.i],
          { zh: `${field}.body 的更正没有写明理由：corrected 事件缺少 note`, en: `The correction of ${field}.body gives no reason: the corrected event has no note` },
          { zh: `在该 corrected 事件中写明 note：更正了什么、依据什么（如“更正审定机关：依……第×条，原记为……”）。`, en: 'Give the corrected event a note: what was corrected and on what ground (e.g. the article naming the body, and what was recorded before).' },
        );
    };
    if (base.approval && !has('approved', 'amended'))
      decisionRecord('approval', { zh: '审定记录只能由新的审定（approved / amended）取代；记错的审定机关（body）可以更正，须同时追加写明理由的 corrected 事件', en: 'an approval is replaced only by a new approval (approved / amended); a misnamed body may be corrected, with a corrected event giving the reason' });
    if (base.repeal) decisionRecord('repeal', { zh: '废止记录不可更改；记错的审定机关（body）可以更正，须同时追加写明理由的 corrected 事件', en: 'a repeal record is final; a misnamed body may be corrected, with a corrected event giving the reason' });
    const baseRounds = base.earlier_rounds ?? [];
    const headRounds = head.earlier_rounds ?? [];
    if (baseRounds.some((r, k) => !isDeepStrictEqual(r, headRounds[k])))
      report(
        ['earlier_rounds'],
        { zh: 'earlier_rounds 只能在末尾追加，已有的记录不可更改或删除', en: 'earlier_rounds is append-only: existing records cannot change or go' },
        { zh: '恢复原有的 earlier_rounds 记录，新的记录追加在末尾。', en: 'Restore the existing records and append new ones at the end.' },
      );
    if (base.rejection) frozen('rejection', { zh: '未予采纳的决定不可更改', en: 'a rejection is final' });
    if (base.proposal && !(baseState.phase === 'proposed' && baseState.track === 'new') && !has('proposed', 'amendment_proposed', 'repeal_proposed'))
      frozen('proposal', { zh: '建议已进入征求意见或审定程序', en: 'the proposal has moved on to consultation or decision' });
    const b = base.consultation;
    const c = e.round.c;
    const sameWindow = (x: typeof b, y: typeof b) => !!x && !!y && x.opens === y.opens && x.closes === y.closes && isDeepStrictEqual(x.channel, y.channel);
    // A repeal's consultation, held in consultation while open, may move into repeal.consultation with the decision;
    // consultation then returns to the round the approval rested on.
    const movedToRepeal = has('repealed') && sameWindow(b, head.repeal?.consultation);
    if (movedToRepeal) {
      const approved = e.lastApproved?.()?.consultation;
      if (approved && !isDeepStrictEqual(head.consultation, approved))
        frozen('consultation', { zh: '废止的征求意见记录移入 repeal.consultation 后，consultation 应恢复为审定所依据的记录', en: 'with the repeal’s consultation moved to repeal.consultation, consultation returns to the round the approval rested on' });
    } else if (b && !has('consultation_opened')) {
      if (baseState.phase === 'consultation') {
        if (!c || c.opens !== b.opens) frozen('consultation', { zh: '征求意见已经开始，开始日期不可更改', en: 'the consultation has opened; its start cannot move' });
      } else if (baseState.phase === 'closed') {
        if (!sameWindow(c, b)) frozen('consultation', { zh: '征求意见已经结束，只能补充意见采纳情况', en: 'the consultation has closed; only its outcome may be added' });
      } else frozen('consultation', { zh: '征求意见记录已随审定完成', en: 'the consultation record was completed with the decision' });
    }
  },
} as const satisfies GovernanceCheck;
