// The validator's checks inside one entry, on the replayed history: the status is where the history leads, each
// record exists only where the history puts it, the records a status needs are there, and dates are in order.
import { HISTORY_EVENTS, STATUS, type Lifecycle, type Status } from '../../schemas/index.ts';
import { basisNote } from '../../schemas/profile.ts';
import { allowedAfter, lifecycleOf, statusOf, type EventKind, type Phase, type Procedure, type State } from './index.ts';

/** An issue raised inside one entry: a stable code, a path, and the message in both languages. */
export interface EntryIssue {
  code: string;
  path: (string | number)[];
  /** Point at the key rather than its value. */
  atKey?: boolean;
  zh: string;
  en: string;
  hint: { zh: string; en: string };
}

const PHASE_WORDS: Record<Phase, { zh: string; en: string }> = {
  none: { zh: '新条目', en: 'a new entry' },
  proposed: { zh: '拟纳入建议', en: 'proposed' },
  consultation: { zh: '征求意见中', en: 'under consultation' },
  closed: { zh: '征求意见已结束、待审定', en: 'consultation closed, decision pending' },
  approved: { zh: '已审定', en: 'approved' },
  rejected: { zh: '未予采纳', en: 'rejected' },
  repealed: { zh: '已废止', en: 'repealed' },
};
const TRACK_WORDS = { new: { zh: '', en: '' }, amendment: { zh: '（修订）', en: ' (amendment)' }, repeal: { zh: '（废止）', en: ' (repeal)' } };
const open = (s: State) => s.phase === 'proposed' || s.phase === 'consultation' || s.phase === 'closed';
/** A state in words, for messages: 征求意见中（修订） / under consultation (amendment). */
export const stateWords = (s: State) => ({
  zh: PHASE_WORDS[s.phase].zh + (open(s) ? TRACK_WORDS[s.track].zh : ''),
  en: PHASE_WORDS[s.phase].en + (open(s) ? TRACK_WORDS[s.track].en : ''),
});
export const eventZh = (e: EventKind) => `${e}（${HISTORY_EVENTS.labels[e].zh}）`;
export const eventEn = (e: EventKind) => `${e} (${HISTORY_EVENTS.labels[e].en.toLowerCase()})`;

/** The validator's codes for one entry's lifecycle, with their meaning (registered in lib/codes.ts). */
export const LIFECYCLE_CODES = {
  'lifecycle-record-missing': { zh: '状态所需的记录缺失', en: 'A record the status requires is missing' },
  'lifecycle-record-unexpected': { zh: '出现了与状态不符的记录', en: 'A record the status does not allow' },
  'lifecycle-record-unsupported': { zh: '记录没有相应的历史事件', en: 'A record the history does not support' },
  'lifecycle-date-order': { zh: '日期先后顺序不对', en: 'Dates out of order' },
  'lifecycle-consultation-outcome': { zh: '审定前未写明征求意见结果', en: 'Consultation outcome missing before approval' },
  'lifecycle-history-order': { zh: '历史事件未按时间排列', en: 'History out of date order' },
  'lifecycle-history-status': { zh: '状态与历史记录表明的不符', en: 'The status is not where the history leads' },
  'lifecycle-transition': { zh: '历史中有程序不允许的步骤', en: 'A step in the history the procedure does not allow' },
} as const;
export type LifecycleCode = keyof typeof LIFECYCLE_CODES;

/** The records each status requires, each record backed by its history event, and dates in order — within one entry, under its procedure. */
export function lifecycleIssues(e: Lifecycle, procedure: Procedure): EntryIssue[] {
  const out: EntryIssue[] = [];
  const push = (code: LifecycleCode, issue: Omit<EntryIssue, 'code'>) => out.push({ code, ...issue });
  const lc = lifecycleOf(e, procedure);
  const why = basisNote(procedure.consultation ? procedure.basis : undefined);
  const need = (field: keyof Lifecycle, zh: string, en: string) => {
    if (e[field] === undefined)
      push('lifecycle-record-missing', {
        path: ['status'],
        zh: `状态为“${STATUS.labels[e.status].zh}”的条目必须有 ${field} 记录：${zh}`,
        en: `An entry with status "${e.status}" needs a ${field} record: ${en}`,
        hint: { zh: `补充 ${field} 字段，或把 status 改为与已有记录相符的状态。`, en: `Add the ${field} field, or set status to match the records present.` },
      });
  };
  const forbid = (field: keyof Lifecycle) => {
    if (e[field] !== undefined)
      push('lifecycle-record-unexpected', {
        path: [field],
        zh: `状态为“${STATUS.labels[e.status].zh}”的条目不应有 ${field} 记录`,
        en: `An entry with status "${e.status}" must not have a ${field} record`,
        hint: { zh: `删除 ${field}，或把 status 改为相应状态。`, en: `Remove ${field}, or change status accordingly.` },
      });
  };
  const imported = e.approval?.imported === true;
  switch (e.status) {
    case 'proposed':
      need('proposal', '提出部门和日期', 'the proposing department and date');
      forbid('rejection');
      forbid('repeal');
      break;
    case 'consultation':
      need('consultation', '征求意见的起止日期和渠道', 'the consultation window and channel');
      forbid('rejection');
      forbid('repeal');
      break;
    case 'approved':
      need('approval', '审定机关、日期、文号和施行日期', 'approving body, date, document number and effective date');
      if (!imported && procedure.consultation) need('consultation', `征求意见记录${why.zh}`, `the consultation record${why.en}`);
      forbid('rejection');
      forbid('repeal');
      break;
    case 'rejected':
      need('rejection', '决定日期和理由', 'date and reason');
      forbid('repeal');
      break;
    case 'repealed':
      need('approval', '原审定记录', 'the original approval');
      need('repeal', '废止的审定记录', 'the approval of the repeal');
      break;
  }

  // Each decision record exists only where the history puts its event (so a proposal cannot carry an approval).
  const unsupported = (field: keyof Lifecycle, events: EventKind[], zh: string, en: string) => {
    if (e[field] !== undefined && lc.lastIndexOf(...events) < 0)
      push('lifecycle-record-unsupported', {
        path: [field],
        atKey: true,
        zh: `有 ${field} 记录，但历史中没有${events.map(eventZh).join('、')}事件：${zh}`,
        en: `There is a ${field} record, but no ${events.join(' / ')} event in the history: ${en}`,
        hint: {
          zh: `删除 ${field}；只有经过相应程序步骤（并在 history 中追加该事件）后才写入此记录。`,
          en: `Remove ${field}; it is written only with the step that makes it, appended to history.`,
        },
      });
  };
  unsupported('approval', ['approved', 'amended', 'imported'], '未经审定的条目不能有审定记录', 'an entry nobody approved has no approval');
  unsupported('rejection', ['rejected'], '未经决定的条目不能有未予采纳记录', 'an entry nobody decided on has no rejection');
  unsupported('repeal', ['repealed'], '未经审定废止的条目不能有废止记录', 'an entry nobody repealed has no repeal record');
  // Earlier rounds grow only when an amendment or repeal starts a new round: one at most per such event.
  const newRounds = e.history.filter((h) => h.event === 'amendment_proposed' || h.event === 'repeal_proposed').length;
  const rounds = e.earlier_rounds ?? [];
  if (rounds.length > newRounds)
    push('lifecycle-record-unsupported', {
      path: ['earlier_rounds', newRounds],
      zh: `earlier_rounds 有 ${rounds.length} 轮记录，但历史中只有 ${newRounds} 次提出修订或废止（amendment_proposed / repeal_proposed）`,
      en: `earlier_rounds holds ${rounds.length} rounds, but the history starts only ${newRounds} amendment or repeal round(s) (amendment_proposed / repeal_proposed)`,
      hint: {
        zh: '此前一轮的记录只在提出修订时原样移入 earlier_rounds；删除没有相应历史事件的记录。',
        en: 'A round’s records move to earlier_rounds, unchanged, only when an amendment starts; remove the rounds the history does not start.',
      },
    });

  // An approved (or repealed) entry published its consultation outcome before approval.
  if ((e.status === 'approved' || e.status === 'repealed') && e.consultation && !imported && e.approval && e.consultation.closes <= e.approval.date) {
    const c = e.consultation;
    if (c.comments_received === undefined || c.response === undefined)
      push('lifecycle-consultation-outcome', {
        path: ['consultation'],
        zh: '审定前，征求意见记录必须写明收到意见条数（comments_received）和意见采纳情况（response）',
        en: 'Before approval the consultation record must state comments_received and the published response',
        hint: { zh: '补充 comments_received、comments_adopted 和 response。', en: 'Add comments_received, comments_adopted and response.' },
      });
  }
  if (e.consultation?.comments_adopted !== undefined && e.consultation.comments_adopted > (e.consultation.comments_received ?? 0))
    push('lifecycle-date-order', {
      path: ['consultation', 'comments_adopted'],
      zh: '采纳意见条数不能多于收到意见条数',
      en: 'comments_adopted cannot exceed comments_received',
      hint: { zh: '核对两个数字。', en: 'Check both numbers.' },
    });

  // Dates in order within the round each record belongs to (an amendment's or repeal's records follow the approval).
  const order: [(string | number)[], string | undefined, (string | number)[], string | undefined, boolean][] = [];
  const amending = lc.consultationAfterApproval;
  const laterProposal = lc.proposalAfterApproval && !amending;
  if (!laterProposal) order.push([['proposal', 'date'], e.proposal?.date, ['consultation', 'opens'], e.consultation?.opens, false]);
  // Decided without a consultation (outside the consultation scope): the decision follows the proposal.
  if (!laterProposal && !e.consultation) order.push([['proposal', 'date'], e.proposal?.date, ['approval', 'date'], e.approval?.date, false]);
  order.push([['consultation', 'opens'], e.consultation?.opens, ['consultation', 'closes'], e.consultation?.closes, true]);
  if (!amending) order.push([['consultation', 'closes'], e.consultation?.closes, ['approval', 'date'], e.approval?.date, false]);
  order.push([['approval', 'date'], e.approval?.date, ['approval', 'effective'], e.approval?.effective, false]);
  order.push([['approval', 'date'], e.approval?.date, ['repeal', 'date'], e.repeal?.date, false]);
  order.push([['repeal', 'date'], e.repeal?.date, ['repeal', 'effective'], e.repeal?.effective, false]);
  order.push([['proposal', 'date'], e.proposal?.date, ['rejection', 'date'], e.rejection?.date, false]);
  for (const [pa, a, pb, b, strict] of order) {
    if (a === undefined || b === undefined) continue;
    if (strict ? a >= b : a > b)
      push('lifecycle-date-order', {
        path: pb,
        zh: `${pb.join('.')}（${b}）不能早于${strict ? '或等于' : ''} ${pa.join('.')}（${a}）`,
        en: `${pb.join('.')} (${b}) must come ${strict ? 'after' : 'on or after'} ${pa.join('.')} (${a})`,
        hint: { zh: '核对这两个日期。', en: 'Check both dates.' },
      });
  }

  e.history.forEach((h, i) => {
    const prev = e.history[i - 1];
    if (prev && h.date < prev.date)
      push('lifecycle-history-order', {
        path: ['history', i, 'date'],
        zh: `历史事件须按时间先后排列：${h.date} 早于上一条的 ${prev.date}`,
        en: `History must be in date order: ${h.date} is before the previous event's ${prev.date}`,
        hint: { zh: '新事件只能追加在末尾，日期不早于上一条。', en: 'Append new events at the end, dated no earlier than the last one.' },
      });
  });

  // The history is a path through the procedure, and the status is where it leads.
  const failed = lc.replay.failedAt;
  if (failed !== undefined) {
    const from = lc.before(failed);
    const ev = e.history[failed]!.event;
    const allowed = allowedAfter(from, procedure);
    // A decision on a proposal that had to go to consultation first: say so, with the article.
    const unconsulted = from.phase === 'proposed' && (ev === 'approved' || ev === 'amended') && procedure.consultation;
    push('lifecycle-transition', {
      path: ['history', failed, 'event'],
      zh:
        from.phase === 'none'
          ? `条目不能以“${eventZh(ev)}”开始`
          : `条目处于“${stateWords(from).zh}”时，不能接着“${eventZh(ev)}”${unconsulted ? `：本条目须先公开征求意见${why.zh}` : ''}`,
      en:
        from.phase === 'none'
          ? `An entry cannot start with ${eventEn(ev)}`
          : `${eventEn(ev)} is not allowed when the entry is ${stateWords(from).en}${unconsulted ? `: this entry must go to public consultation first${why.en}` : ''}`,
      hint: {
        zh: from.phase === 'none' ? '新条目以 proposed 或 consultation_opened 开始；接入时导入的现行条目以 imported 开始。' : `此时可接的事件：${allowed.map(eventZh).join('、') || '无（该条目已终结）'}。`,
        en: from.phase === 'none' ? 'A new entry starts with proposed or consultation_opened; an entry imported at onboarding with imported.' : `Allowed next: ${allowed.join(', ') || 'none (the entry is final)'}.`,
      },
    });
  } else {
    const expected: Status | undefined = statusOf(lc.state.phase);
    const last = e.history.at(-1)!;
    if (expected !== undefined && expected !== e.status)
      push('lifecycle-history-status', {
        path: ['history', e.history.length - 1, 'event'],
        zh: `状态为“${e.status}”，但历史记录（最后一条为“${last.event}”）表明条目${stateWords(lc.state).zh}：状态应为 ${expected}`,
        en: `Status is "${e.status}", but the history (last event "${last.event}") shows the entry ${stateWords(lc.state).en}: status should be ${expected}`,
        hint: { zh: '每次改变状态时，在 history 末尾追加相应事件。', en: 'Append the matching event to history whenever the status changes.' },
      });
  }
  return out;
}
