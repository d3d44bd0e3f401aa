// The lifecycle every entry carries: status, proposal, consultation, approval, repeal and history.
// What the records mean and which are consistent is the lifecycle module's concern: lib/lifecycle/.
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

const EmailChannel = z.strictObject({ kind: z.literal('email'), address: z.email().meta(describe('收件邮箱', 'E-mail address')) });
const PlatformChannel = z.strictObject({ kind: z.literal('platform'), url: HttpUrl.meta(describe('平台网址', 'Platform URL')) });

export const Channel = z
  .discriminatedUnion('kind', [z.strictObject({ kind: z.literal('forge') }), EmailChannel, PlatformChannel])
  .meta(describe('公众提交意见的渠道', 'Where the public sends comments'));

/** A channel anyone can use: e-mail or the official platform, never the forge (which needs an account). */
export const AccountFreeChannel = z
  .discriminatedUnion('kind', [EmailChannel, PlatformChannel])
  .meta(describe('无需账号的意见渠道（电子邮件或官方征求意见平台）', 'A channel that needs no account (e-mail or the official consultation platform)'));

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

/** 专家评估: where the regulation requires one before an entry that reduces rights is listed. */
export const ExpertEvaluation = z
  .strictObject({
    date: IsoDate.meta(describe('评估完成日期', 'Date the evaluation was completed')),
    organised_by: NonEmptyText.meta(describe('组织评估的单位', 'Who organised it')),
    heard: z.array(NonEmptyText).min(1).meta(describe('听取意见的对象（如相关群体代表、专家）', 'Whom it heard (e.g. representatives of the groups concerned, experts)')),
    conclusion: NonEmptyText.meta(describe('评估结论', 'Conclusion')),
    document_number: NonEmptyText.optional().meta(describe('评估报告文号', 'Document number of the report')),
  })
  .meta(describe('专家评估记录', 'Expert evaluation record'));

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
  expert_evaluation: ExpertEvaluation.optional(),
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
  expert_evaluation?: z.infer<typeof ExpertEvaluation>;
  approval?: z.infer<typeof Approval>;
  rejection?: z.infer<typeof Rejection>;
  repeal?: z.infer<typeof Repeal>;
  history: z.infer<typeof HistoryEvent>[];
  earlier_rounds?: z.infer<typeof EarlierRound>[];
}
