// The lifecycle every entry carries: status, proposal, consultation, approval, repeal and history.
// Consistency inside one entry is checked here; rules across revisions live in the governance check.
import { z } from 'zod';
import { describe, DepartmentId, IsoDate, labelledEnum, MAX_LIST_ITEMS, NonEmptyText, PullRequest, HttpUrl } from './common.ts';

export const STATUS = labelledEnum(
  {
    proposed: { zh: '拟纳入建议', en: 'Proposed' },
    consultation: { zh: '公开征求意见中', en: 'Under public consultation' },
    approved: { zh: '已审定', en: 'Approved' },
    rejected: { zh: '未予采纳', en: 'Rejected' },
    repealed: { zh: '已废止', en: 'Repealed' },
  },
  { zh: '状态', en: 'Status' },
);
export type Status = z.infer<typeof STATUS>;

export const CHANNEL_KINDS = labelledEnum(
  {
    forge: { zh: '代码托管平台评论', en: 'Comment on the forge' },
    email: { zh: '电子邮件', en: 'E-mail' },
    platform: { zh: '官方征求意见平台', en: 'Official consultation platform' },
  },
  { zh: '意见渠道', en: 'Comment channel' },
);

export const Channel = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('forge') }),
    z.strictObject({ kind: z.literal('email'), address: z.email().meta(describe('收件邮箱', 'E-mail address')) }),
    z.strictObject({ kind: z.literal('platform'), url: HttpUrl.meta(describe('平台网址', 'Platform URL')) }),
  ])
  .meta(describe('公众提交意见的渠道', 'Where the public sends comments'));

export const Proposal = z
  .strictObject({
    department: DepartmentId.meta(describe('提出建议的部门', 'Proposing department')),
    date: IsoDate.meta(describe('提出日期', 'Date proposed')),
    pull_request: PullRequest.optional(),
  })
  .meta(describe('拟纳入建议', 'The proposal'));

export const Consultation = z
  .strictObject({
    opens: IsoDate.meta(describe('征求意见开始日期', 'Consultation opens')),
    closes: IsoDate.meta(describe('征求意见截止日期（含当日）', 'Consultation closes (inclusive)')),
    channel: Channel,
    comments_received: z.int().min(0).optional().meta(describe('收到意见条数', 'Comments received')),
    comments_adopted: z.int().min(0).optional().meta(describe('采纳意见条数', 'Comments adopted')),
    response: NonEmptyText.optional().meta(describe('意见采纳情况说明（公开发布）', 'Published response to the comments (意见采纳情况)')),
  })
  .meta(describe('公开征求意见记录', 'Public consultation record'));

export const Approval = z
  .strictObject({
    body: NonEmptyText.meta(describe('审定机关', 'Approving body')),
    date: IsoDate.meta(describe('审定日期', 'Date of approval')),
    document_number: NonEmptyText.meta(describe('审定文件文号', 'Document number of the approval (文号)', { examples: ['示例〔2026〕1号'] })),
    effective: IsoDate.meta(describe('施行日期', 'Effective date')),
    pull_request: PullRequest.optional(),
    imported: z.literal(true).optional().meta(describe('接入时导入的已施行条目（须引用原审定文件）', 'Imported at onboarding from an edition already in force')),
  })
  .meta(describe('审定记录', 'Approval record'));

export const Rejection = z
  .strictObject({
    date: IsoDate.meta(describe('决定日期', 'Date decided')),
    reason: NonEmptyText.meta(describe('理由', 'Reason')),
    pull_request: PullRequest.optional(),
  })
  .meta(describe('未予采纳记录', 'Rejection record'));

export const Repeal = z
  .strictObject({
    reason: NonEmptyText.meta(describe('废止理由', 'Reason for repeal')),
    body: NonEmptyText.meta(describe('审定机关', 'Approving body')),
    date: IsoDate.meta(describe('审定日期', 'Date of approval of the repeal')),
    document_number: NonEmptyText.meta(describe('审定文件文号', 'Document number')),
    effective: IsoDate.meta(describe('废止生效日期', 'Date the repeal takes effect')),
    pull_request: PullRequest.optional(),
    consultation: Consultation.optional().meta(describe('废止前的公开征求意见记录', 'The public consultation held on the repeal')),
  })
  .meta(describe('废止记录', 'Repeal record'));

export const HISTORY_EVENTS = labelledEnum(
  {
    imported: { zh: '接入导入', en: 'Imported' },
    proposed: { zh: '提出建议', en: 'Proposed' },
    consultation_opened: { zh: '开始征求意见', en: 'Consultation opened' },
    consultation_closed: { zh: '征求意见结束', en: 'Consultation closed' },
    approved: { zh: '审定通过', en: 'Approved' },
    rejected: { zh: '未予采纳', en: 'Rejected' },
    corrected: { zh: '勘误', en: 'Corrected' },
    amendment_proposed: { zh: '提出修订', en: 'Amendment proposed' },
    amended: { zh: '修订审定', en: 'Amendment approved' },
    repeal_proposed: { zh: '提出废止', en: 'Repeal proposed' },
    repealed: { zh: '废止', en: 'Repealed' },
  },
  { zh: '事件', en: 'Event' },
);

export const HistoryEvent = z
  .strictObject({
    date: IsoDate,
    event: HISTORY_EVENTS,
    ref: NonEmptyText.optional().meta(describe('文号或其他依据', 'Document number or other reference')),
    pull_request: PullRequest.optional(),
    note: NonEmptyText.optional().meta(describe('说明', 'Note')),
  })
  .meta(describe('历史事件', 'A history event'));

/** The records of a round that a later amendment or repeal superseded: kept so the whole trail travels with the entry. */
export const EarlierRound = z
  .strictObject({
    proposal: Proposal.optional(),
    consultation: Consultation.optional(),
    approval: Approval.optional(),
    rejection: Rejection.optional(),
  })
  .meta(describe('此前一轮的程序记录', 'The records of an earlier round'));

/** Fields every entry of the three lists carries. */
export const lifecycleFields = {
  status: STATUS,
  proposal: Proposal.optional(),
  consultation: Consultation.optional(),
  approval: Approval.optional(),
  rejection: Rejection.optional(),
  repeal: Repeal.optional(),
  history: z.array(HistoryEvent).min(1).max(MAX_LIST_ITEMS).meta(describe('历史（只可追加）', 'History (append-only)')),
  earlier_rounds: z
    .array(EarlierRound)
    .min(1)
    .max(MAX_LIST_ITEMS)
    .optional()
    .meta(
      describe(
        '此前各轮的程序记录（只可追加）：提出修订或废止时，把当时的 proposal、consultation、approval 原样移入此处',
        'Records of earlier rounds (append-only): when an amendment or repeal is proposed, the then-current proposal, consultation and approval are moved here unchanged',
      ),
    ),
};

export interface Lifecycle {
  status: Status;
  proposal?: z.infer<typeof Proposal>;
  consultation?: z.infer<typeof Consultation>;
  approval?: z.infer<typeof Approval>;
  rejection?: z.infer<typeof Rejection>;
  repeal?: z.infer<typeof Repeal>;
  history: z.infer<typeof HistoryEvent>[];
  earlier_rounds?: z.infer<typeof EarlierRound>[];
}

/** An issue raised inside one entry: a stable code, a path, and the message in both languages. */
export interface EntryIssue {
  code: string;
  path: (string | number)[];
  zh: string;
  en: string;
  hint: { zh: string; en: string };
}

/** The records each status requires, and dates in order — checked within one entry. */
export function lifecycleIssues(e: Lifecycle): EntryIssue[] {
  const out: EntryIssue[] = [];
  const need = (field: keyof Lifecycle, zh: string, en: string) => {
    if (e[field] === undefined)
      out.push({
        code: 'lifecycle-record-missing',
        path: ['status'],
        zh: `状态为“${STATUS.labels[e.status].zh}”的条目必须有 ${field} 记录：${zh}`,
        en: `An entry with status "${e.status}" needs a ${field} record: ${en}`,
        hint: { zh: `补充 ${field} 字段，或把 status 改为与已有记录相符的状态。`, en: `Add the ${field} field, or set status to match the records present.` },
      });
  };
  const forbid = (field: keyof Lifecycle) => {
    if (e[field] !== undefined)
      out.push({
        code: 'lifecycle-record-unexpected',
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
      if (!imported) need('consultation', '征求意见记录', 'the consultation record');
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

  // An approved (or repealed) entry published its consultation outcome before approval.
  if ((e.status === 'approved' || e.status === 'repealed') && e.consultation && !imported && e.approval && e.consultation.closes <= e.approval.date) {
    const c = e.consultation;
    if (c.comments_received === undefined || c.response === undefined)
      out.push({
        code: 'lifecycle-consultation-outcome',
        path: ['consultation'],
        zh: '审定前，征求意见记录必须写明收到意见条数（comments_received）和意见采纳情况（response）',
        en: 'Before approval the consultation record must state comments_received and the published response',
        hint: { zh: '补充 comments_received、comments_adopted 和 response。', en: 'Add comments_received, comments_adopted and response.' },
      });
  }
  if (e.consultation?.comments_adopted !== undefined && e.consultation.comments_adopted > (e.consultation.comments_received ?? 0))
    out.push({
      code: 'lifecycle-date-order',
      path: ['consultation', 'comments_adopted'],
      zh: '采纳意见条数不能多于收到意见条数',
      en: 'comments_adopted cannot exceed comments_received',
      hint: { zh: '核对两个数字。', en: 'Check both numbers.' },
    });

  const order: [(string | number)[], string | undefined, (string | number)[], string | undefined, boolean][] = [];
  const amending = e.approval !== undefined && e.consultation !== undefined && e.consultation.opens > e.approval.date;
  // An amendment's or repeal's proposal, made after the approval, is not followed by the earlier consultation.
  const laterProposal = e.approval !== undefined && e.proposal !== undefined && e.proposal.date > e.approval.date && !amending;
  if (!laterProposal) order.push([['proposal', 'date'], e.proposal?.date, ['consultation', 'opens'], e.consultation?.opens, false]);
  order.push([['consultation', 'opens'], e.consultation?.opens, ['consultation', 'closes'], e.consultation?.closes, true]);
  if (!amending) order.push([['consultation', 'closes'], e.consultation?.closes, ['approval', 'date'], e.approval?.date, false]);
  order.push([['approval', 'date'], e.approval?.date, ['approval', 'effective'], e.approval?.effective, false]);
  order.push([['approval', 'date'], e.approval?.date, ['repeal', 'date'], e.repeal?.date, false]);
  order.push([['repeal', 'date'], e.repeal?.date, ['repeal', 'effective'], e.repeal?.effective, false]);
  order.push([['proposal', 'date'], e.proposal?.date, ['rejection', 'date'], e.rejection?.date, false]);
  for (const [pa, a, pb, b, strict] of order) {
    if (a === undefined || b === undefined) continue;
    if (strict ? a >= b : a > b)
      out.push({
        code: 'lifecycle-date-order',
        path: pb,
        zh: `${pb.join('.')}（${b}）不能早于${strict ? '或等于' : ''} ${pa.join('.')}（${a}）`,
        en: `${pb.join('.')} (${b}) must come ${strict ? 'after' : 'on or after'} ${pa.join('.')} (${a})`,
        hint: { zh: '核对这两个日期。', en: 'Check both dates.' },
      });
  }

  e.history.forEach((h, i) => {
    const prev = e.history[i - 1];
    if (prev && h.date < prev.date)
      out.push({
        code: 'lifecycle-history-order',
        path: ['history', i, 'date'],
        zh: `历史事件须按时间先后排列：${h.date} 早于上一条的 ${prev.date}`,
        en: `History must be in date order: ${h.date} is before the previous event's ${prev.date}`,
        hint: { zh: '新事件只能追加在末尾，日期不早于上一条。', en: 'Append new events at the end, dated no earlier than the last one.' },
      });
  });
  const last = e.history.at(-1)?.event;
  const expected: Record<Status, string[]> = {
    proposed: ['proposed', 'amendment_proposed', 'repeal_proposed', 'corrected'],
    consultation: ['consultation_opened', 'consultation_closed', 'corrected'],
    // rejected: an amendment or repeal was not adopted and the approved version stands.
    approved: ['approved', 'amended', 'imported', 'corrected', 'rejected'],
    rejected: ['rejected', 'corrected'],
    repealed: ['repealed', 'corrected'],
  };
  if (last && !expected[e.status].includes(last))
    out.push({
      code: 'lifecycle-history-status',
      path: ['history', e.history.length - 1, 'event'],
      zh: `最后一条历史事件“${last}”与状态“${e.status}”不符（应为 ${expected[e.status].join(' / ')} 之一）`,
      en: `The last history event "${last}" does not match status "${e.status}" (expected one of ${expected[e.status].join(', ')})`,
      hint: { zh: '每次改变状态时，在 history 末尾追加相应事件。', en: 'Append the matching event to history whenever the status changes.' },
    });
  return out;
}
