// The field registry: for each list kind, every field people see — its path, label, kind of value and where it
// shows. The site's tables, entry pages and facets, and the CSV export, are renderers of these declarations.
import type { Citation, EnumLabels, Label } from './common.ts';
import { LEGAL_STATUS } from './legal-status.ts';
import { HISTORY_EVENTS, STATUS } from './lifecycle.ts';
import type { ListKind } from './lists.ts';

/** What a field holds, which decides how every renderer writes it. */
export type ValueKind =
  | 'id' // the entry's ID (its file name)
  | 'text'
  | 'texts' // a list of texts, one per line
  | 'category' // one of the jurisdiction's configured categories
  | 'enum'
  | 'enums' // a list of values of one enumeration
  | 'boolean'
  | 'date'
  | 'number'
  | 'duration'
  | 'citation'
  | 'citations'
  | 'departments' // department IDs of jurisdiction.yaml
  | 'entries' // IDs of entries of another list
  | 'scope' // `all`, or entry IDs by published list name
  | 'group'; // a record of several fields, named but rendered through its parts

/**
 * Where a field shows: the list table, the entry page, the CSV export, the lifecycle trail (its records).
 * A facet is declared by `facet`, its key in the site's filter URLs.
 */
export type Place = 'table' | 'page' | 'csv' | 'trail';

export interface FieldSpec {
  /** Dotted path in the entry; `id` is the entry's ID. */
  path: string;
  label: Label;
  value: ValueKind;
  /** enum, enums: the field's own enumeration. */
  enum?: EnumLabels;
  /** boolean: its words for true and false, where 是 / 否 would not say it. */
  yesNo?: { yes: Label; no: Label };
  /** entries: the list whose IDs these are. */
  list?: ListKind;
  /** scope: the words for `all`. */
  all?: Label;
  /** Words after the value, in brackets: 金融机构（自行实施）. */
  note?: Label;
  /** Stands in the column of that field for an entry that lacks it (voluntary measures name organisations, not departments). */
  standsFor?: string;
  show: readonly Place[];
  /** Key of the site's facet on this field. */
  facet?: string;
  /** May be corrected after approval without a new consultation (translations, notes); others are substantive. */
  editorial?: true;
}

/** A field of every list: the entry's ID. */
export const ID_FIELD: FieldSpec = { path: 'id', label: { zh: '编号', en: 'ID' }, value: 'id', show: ['table', 'csv'] };

const lifecycleText = (path: string, zh: string, en: string, value: ValueKind = 'text', show: readonly Place[] = ['trail']): FieldSpec => ({ path, label: { zh, en }, value, show });

/**
 * The lifecycle records every entry carries, and the legal status a release adds: shown in the trail, and the
 * decisions in the CSV, in this order after a list's own fields.
 */
export const LIFECYCLE_FIELDS: readonly FieldSpec[] = [
  // The CSV's decision columns, in order.
  { path: 'legal_status', label: { zh: '发布日的效力状态', en: 'Legal status on the release date' }, value: 'enum', enum: LEGAL_STATUS, show: ['csv'] },
  lifecycleText('approval.body', '审定机关', 'Approving body', 'text', ['trail', 'csv']),
  lifecycleText('approval.document_number', '审定文件文号', 'Document number of the approval', 'text', ['trail', 'csv']),
  lifecycleText('approval.date', '审定日期', 'Date of approval', 'date', ['trail', 'csv']),
  lifecycleText('approval.effective', '施行日期', 'Effective date', 'date', ['trail', 'csv']),
  lifecycleText('repeal.document_number', '废止审定文号', 'Document number of the repeal', 'text', ['trail', 'csv']),
  lifecycleText('repeal.effective', '废止生效日期', 'Date the repeal takes effect', 'date', ['trail', 'csv']),
  // The trail.
  { path: 'status', label: STATUS.title, value: 'enum', enum: STATUS, show: [], facet: 'status' },
  lifecycleText('proposal', '拟纳入建议', 'The proposal', 'group'),
  lifecycleText('proposal.department', '提出建议的部门', 'Proposing department', 'departments'),
  lifecycleText('proposal.date', '提出日期', 'Date proposed', 'date'),
  lifecycleText('proposal.pull_request', '合并请求', 'Pull request', 'number'),
  lifecycleText('consultation', '公开征求意见记录', 'Public consultation record', 'group'),
  lifecycleText('consultation.opens', '征求意见开始日期', 'Consultation opens', 'date'),
  lifecycleText('consultation.closes', '征求意见截止日期', 'Consultation closes', 'date'),
  lifecycleText('consultation.channel', '公众提交意见的渠道', 'Where the public sends comments', 'group'),
  lifecycleText('consultation.channel.address', '收件邮箱', 'E-mail address'),
  lifecycleText('consultation.channel.url', '平台网址', 'Platform URL'),
  lifecycleText('consultation.comments_received', '收到意见条数', 'Comments received', 'number'),
  lifecycleText('consultation.comments_adopted', '采纳意见条数', 'Comments adopted', 'number'),
  lifecycleText('consultation.response', '意见采纳情况', 'Response to the comments'),
  lifecycleText('expert_evaluation', '专家评估记录', 'Expert evaluation record', 'group'),
  lifecycleText('expert_evaluation.date', '评估完成日期', 'Date the evaluation was completed', 'date'),
  lifecycleText('expert_evaluation.organised_by', '组织评估的单位', 'Who organised it'),
  lifecycleText('expert_evaluation.heard', '听取意见的对象', 'Whom it heard', 'texts'),
  lifecycleText('expert_evaluation.conclusion', '评估结论', 'Conclusion'),
  lifecycleText('expert_evaluation.document_number', '评估报告文号', 'Document number of the report'),
  lifecycleText('approval', '审定记录', 'Approval record', 'group'),
  lifecycleText('approval.pull_request', '合并请求', 'Pull request', 'number'),
  lifecycleText('approval.imported', '接入时导入的已施行条目', 'Imported at onboarding from an edition already in force', 'boolean'),
  lifecycleText('rejection', '未予采纳记录', 'Rejection record', 'group'),
  lifecycleText('rejection.date', '决定日期', 'Date decided', 'date'),
  lifecycleText('rejection.reason', '理由', 'Reason'),
  lifecycleText('rejection.pull_request', '合并请求', 'Pull request', 'number'),
  lifecycleText('repeal', '废止记录', 'Repeal record', 'group'),
  lifecycleText('repeal.reason', '废止理由', 'Reason for repeal'),
  lifecycleText('repeal.body', '废止审定机关', 'Body approving the repeal'),
  lifecycleText('repeal.date', '废止审定日期', 'Date of approval of the repeal', 'date'),
  lifecycleText('repeal.pull_request', '合并请求', 'Pull request', 'number'),
  lifecycleText('repeal.consultation', '废止前的公开征求意见记录', 'The public consultation held on the repeal', 'group'),
  lifecycleText('history', '历史', 'History', 'group'),
  lifecycleText('history.date', '日期', 'Date', 'date'),
  { path: 'history.event', label: HISTORY_EVENTS.title, value: 'enum', enum: HISTORY_EVENTS, show: ['trail'] },
  lifecycleText('history.ref', '文号或其他依据', 'Document number or other reference'),
  lifecycleText('history.pull_request', '合并请求', 'Pull request', 'number'),
  lifecycleText('history.note', '说明', 'Note'),
  lifecycleText('earlier_rounds', '此前各轮的程序记录', 'Records of earlier rounds', 'group'),
];

/** The English title every list may carry. */
export const TITLE_EN_FIELD: FieldSpec = { path: 'title_en', label: { zh: '英文名称', en: 'English title' }, value: 'text', show: ['page'], editorial: true };

/** The legal bases every list cites (the entry page quotes them in a section of their own). */
export const BASES_FIELD: FieldSpec = { path: 'bases', label: { zh: '依据', en: 'Legal bases' }, value: 'citations', show: ['table', 'csv'] };

/** The notes every list ends with. */
export const NOTES_FIELD: FieldSpec = { path: 'notes', label: { zh: '备注', en: 'Notes' }, value: 'text', show: ['page', 'csv'], editorial: true };

/** A list's registry: the ID, its own fields in display order, then the lifecycle records and the notes. */
export function listRegistry(own: readonly FieldSpec[]): readonly FieldSpec[] {
  return [ID_FIELD, ...own, ...LIFECYCLE_FIELDS, NOTES_FIELD];
}

/** The value at a dotted path, or undefined where the entry has nothing there. */
export function valueAt(entry: unknown, path: string, id?: string): unknown {
  if (path === 'id') return id ?? (entry as { id?: string }).id;
  let cur: unknown = entry;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** The spec of a field at `path` in `registry`, or of its nearest registered ancestor (array indexes are skipped). */
export function specAt(registry: readonly FieldSpec[], path: string): FieldSpec | undefined {
  const parts = path.split('.').filter((p) => !/^\d+$/.test(p));
  for (let n = parts.length; n > 0; n--) {
    const want = parts.slice(0, n).join('.');
    const spec = registry.find((f) => f.path === want);
    if (spec) return spec;
  }
  return undefined;
}

/** Fields of a registry shown in a place, in order; those standing in for another field's column are not columns of their own. */
export function fieldsIn(registry: readonly FieldSpec[], place: Place): FieldSpec[] {
  return registry.filter((f) => f.show.includes(place) && !(place !== 'page' && f.standsFor));
}

/** The value a column shows for an entry: its own field's, or that of a field standing in for it. */
export function columnValue(registry: readonly FieldSpec[], column: FieldSpec, entry: unknown, id?: string): { spec: FieldSpec; value: unknown } {
  const own = valueAt(entry, column.path, id);
  if (own !== undefined) return { spec: column, value: own };
  const stand = registry.find((f) => f.standsFor === column.path && valueAt(entry, f.path) !== undefined);
  return stand ? { spec: stand, value: valueAt(entry, stand.path) } : { spec: column, value: undefined };
}

/** Entries named by a value of kind `entries` (its list) or `scope` (by list name), with each ID's path below the field. */
export function entryRefsIn(spec: FieldSpec, value: unknown, listOfName: (name: string) => ListKind | undefined): { list: ListKind; id: string; at: (string | number)[] }[] {
  if (spec.value === 'entries' && Array.isArray(value)) return value.map((id: string, i) => ({ list: spec.list!, id, at: [i] }));
  if (spec.value === 'scope' && value && typeof value === 'object')
    return Object.entries(value as Record<string, string[]>).flatMap(([name, ids]) => {
      const list = listOfName(name);
      return list ? ids.map((id, i) => ({ list, id, at: [name, i] })) : [];
    });
  return [];
}

/** Citations held by a value of kind `citation` or `citations`, with each one's path below the field. */
export function citationsIn(spec: FieldSpec, value: unknown): { citation: Citation; at: number[] }[] {
  if (spec.value === 'citation' && value) return [{ citation: value as Citation, at: [] }];
  if (spec.value === 'citations' && Array.isArray(value)) return (value as Citation[]).map((citation, i) => ({ citation, at: [i] }));
  return [];
}
