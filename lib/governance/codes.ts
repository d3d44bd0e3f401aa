// The governance check's codes: stable, each with one meaning, a severity and the procedure it enforces.
import type { Bilingual, Severity } from '../diagnostics.ts';

export interface GovernanceCode {
  code: string;
  severity: Severity;
  title: Bilingual;
  source: string;
  /** What it reports, in full, for GOVERNANCE.md's table. */
  reports: string;
}

const PROCEDURE = '国办发〔2020〕49号 三（二）、四（二）（公开征求意见、审定、公布）';

export const CODES = {
  unreadable: {
    code: 'G00-unreadable',
    severity: 'error',
    title: { zh: '变更后的数据文件无法读取', en: 'A changed data file cannot be read' },
    source: '运行 npm run validate 查看详情 Run npm run validate for details',
    reports:
      'a changed data file cannot be read at head (run `npm run validate`)',
  },
  deleted: {
    code: 'G01-entry-deleted',
    severity: 'error',
    title: { zh: '条目不得删除或改名', en: 'Entries are never deleted or renamed' },
    source: '废止的条目保留为存档（tombstone） Repealed entries stay as tombstones',
    reports:
      'a data file deleted or renamed (IDs never change; repeal instead)',
  },
  idReused: {
    code: 'G02-id-reused',
    severity: 'error',
    title: { zh: '编号不得复用', en: 'IDs are never reused' },
    source: '已发布版本中的编号永久有效 An ID in a published release is permanent',
    reports:
      'a new entry takes an ID used before: in the history before base, or in a release published at base',
  },
  historyRewritten: {
    code: 'G03-history-rewritten',
    severity: 'error',
    title: { zh: '历史和已完成的程序记录只可追加，不可改写', en: 'History and completed records are append-only' },
    source: PROCEDURE,
    reports:
      'a history event changed or removed; a completed record (proposal after it moved on, closed consultation, approval, rejection, repeal) changed without the step that replaces it',
  },
  transition: {
    code: 'G04-transition-not-allowed',
    severity: 'error',
    title: { zh: '状态变化须符合程序', en: 'Status changes follow the lifecycle' },
    source: PROCEDURE,
    reports:
      'an event the lifecycle does not allow from the entry\'s state (a proposal approved without consultation, a new entry arriving approved without being an import, anything after a repeal or a rejection); a status that does not match the trail',
  },
  trail: {
    code: 'G05-trail-mismatch',
    severity: 'error',
    title: { zh: '每一步须有相应的记录和历史事件', en: 'Every step has its record and its history event' },
    source: PROCEDURE,
    reports:
      'a step without its record, or its record dated differently from its event; a decision event that does not cite the document number in `ref`; an import not declared `approval.imported: true`; an `amended` event without a new approval. A consultation on a repeal held but not recorded (no `repeal.consultation`) is reported as a warning: it is optional, so the repeal stands, but the trail is incomplete',
  },
  consultationShort: {
    code: 'G06-consultation-too-short',
    severity: 'error',
    title: { zh: '征求意见期不少于规定天数', en: 'Consultations last the configured minimum' },
    source: '国办发〔2020〕49号 三（二）；jurisdiction.yaml consultation.minimum_days',
    reports:
      'a consultation window (opened or moved) shorter than `consultation.minimum_days`',
  },
  consultationOpen: {
    code: 'G07-consultation-not-closed',
    severity: 'error',
    title: { zh: '征求意见结束后方可审定', en: 'Approval only after the consultation has closed' },
    source: PROCEDURE,
    reports:
      'approved (or repealed after consultation) on or before `consultation.closes`; a consultation closed before its published end',
  },
  outcome: {
    code: 'G08-consultation-outcome-missing',
    severity: 'error',
    title: { zh: '审定前须公布意见采纳情况', en: 'The consultation outcome is recorded before approval' },
    source: PROCEDURE,
    reports:
      'a decision without `comments_received`, `comments_adopted` and `response`',
  },
  approvalRecord: {
    code: 'G09-approval-record',
    severity: 'error',
    title: { zh: '审定记录须由规定机关作出并写明日期、文号和施行日期', en: 'Approvals are by the configured body, with date, document number and effective date' },
    source: '国办发〔2020〕49号 三（二）、四（二）（提请领导小组审定）；jurisdiction.yaml approving_body',
    reports:
      'an approval or repeal by another body than `approving_body`; without date or document number; with an effective date before it',
  },
  approvalPullRequest: {
    code: 'G10-approval-pull-request',
    severity: 'warning',
    title: { zh: '审定记录宜写明合并请求编号', en: 'Approval records name their pull request' },
    source: '合并请求即审查记录 The pull request is the review trail',
    reports:
      'an approval or repeal made in the change that does not name its pull request',
  },
  substantive: {
    code: 'G11-substantive-change',
    severity: 'error',
    title: { zh: '实质性修改须重新征求意见并审定', en: 'Substantive changes go through consultation and approval again' },
    source: `${PROCEDURE}；schemas/substantive.ts`,
    reports:
      'a substantive field of an approved entry changed outside an amendment; any content change to a tombstone; an amendment not adopted whose content was not restored',
  },
  correction: {
    code: 'G12-correction-unrecorded',
    severity: 'error',
    title: { zh: '对已审定条目的勘误须记入历史', en: 'Corrections of approved entries are recorded in the history' },
    source: 'schemas/substantive.ts（editorial 字段）',
    reports:
      'an editorial field of an approved (or final) entry changed without a `corrected` event',
  },
  releaseModified: {
    code: 'G13-release-modified',
    severity: 'error',
    title: { zh: '已发布的版本不得修改', en: 'A published release never changes' },
    source: 'releases/<version>/ 只可新增 Only new versions may be added',
    reports:
      'a file under `releases/` that exists at base modified or deleted; `releases/index.json` dropping or altering an earlier version (it may only grow)',
  },
  mixed: {
    code: 'G14-mixed-change',
    severity: 'warning',
    title: { zh: '同一变更同时修改了部门数据和系统文件，需维护者审查', en: 'Department data and system files change together: maintainers must review' },
    source: '.github/CODEOWNERS；GOVERNANCE.md',
    reports:
      'department data and system files in one change: maintainers must review',
  },
  changesetMissing: {
    code: 'G15-changeset-missing',
    severity: 'error',
    title: { zh: '数据变更须附变更集（changeset）', en: 'Data changes carry a changeset' },
    source: 'RELEASING.md；.changeset/',
    reports:
      'data changed without a changeset (an empty changeset only for changes without data)',
  },
  changesetBump: {
    code: 'G16-changeset-bump',
    severity: 'error',
    title: { zh: '变更集的版本级别不得低于数据变更的要求', en: 'The changeset bump is at least what the data change requires' },
    source: '勘误 patch · 新增 minor · 废止或破坏已发布数据 major',
    reports:
      'the changeset\'s bump is lower than the data change requires (a release made within the range counts by its version bump)',
  },
  changesetInvalid: {
    code: 'G17-changeset-invalid',
    severity: 'error',
    title: { zh: '变更集格式有误', en: 'A changeset is malformed' },
    source: '.changeset/*.md',
    reports:
      'a changeset without front matter, with an unknown bump, or naming another package',
  },
} as const satisfies Record<string, GovernanceCode>;

export type CodeKey = keyof typeof CODES;
