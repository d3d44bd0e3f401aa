// The CSV downloads: one per list, in the columns of real published lists, Chinese headers and labels, for Excel.
import {
  DISCLOSURE_MODES,
  EXEMPTION_EFFECTS,
  EXEMPTION_GROUNDS,
  MEASURE_KINDS,
  NATURE,
  ORGANISATION_TYPES,
  SERIOUS_DOMAINS,
  SEVERITY,
  SHARING_MODES,
  SUBJECT_TYPES,
  UPDATE_FREQUENCIES,
  durationLabel,
  type Citation,
  type Duration,
} from '../../schemas/index.ts';
import { LEGAL_STATUS, type PublishedBasis, type PublishedCatalogueItem, type PublishedExemption, type PublishedJurisdiction, type PublishedList, type PublishedMeasure } from '../../schemas/release.ts';
import type { PublishedEntry, PublishedLists } from './publish.ts';

/** UTF-8 byte-order mark: without it Excel reads UTF-8 as the local code page. */
export const BOM = '\uFEFF';
const LIST_SEPARATOR = '；';

export interface CsvContext {
  jurisdiction: PublishedJurisdiction;
  bases: readonly PublishedBasis[];
  lists: PublishedLists;
}

type Column<E> = [header: string, cell: (entry: E, ctx: CsvContext) => string];

const zh = <T extends string>(labels: Record<T, { zh: string }>) => (v: T) => labels[v].zh;
const zhAll = <T extends string>(labels: Record<T, { zh: string }>, vs: readonly T[]) => vs.map((v) => labels[v].zh).join(LIST_SEPARATOR);

export function durationText(d: Duration | undefined): string {
  return d === undefined ? '' : durationLabel(d).zh;
}

function departmentNames(ids: readonly string[], ctx: CsvContext): string {
  return ids.map((id) => ctx.jurisdiction.departments.find((d) => d.id === id)?.name ?? id).join(LIST_SEPARATOR);
}

function citationText(citations: readonly Citation[], ctx: CsvContext): string {
  return citations
    .map((c) => {
      const basis = ctx.bases.find((b) => b.id === c.basis);
      return `${basis ? `《${basis.title}》` : c.basis}${c.articles.join('、')}`;
    })
    .join(LIST_SEPARATOR);
}

function entryNames(list: PublishedList, ids: readonly string[], ctx: CsvContext): string {
  const entries: readonly PublishedEntry[] = ctx.lists[list];
  return ids.map((id) => `${id} ${entries.find((e) => e.id === id)?.title ?? ''}`.trim()).join(LIST_SEPARATOR);
}

/** The columns every list ends with: legal status and the decisions behind it. */
const lifecycleColumns = <E extends PublishedEntry>(): Column<E>[] => [
  ['状态', (e) => LEGAL_STATUS.labels[e.legal_status].zh],
  ['审定机关', (e) => e.approval?.body ?? ''],
  ['审定文号', (e) => e.approval?.document_number ?? ''],
  ['审定日期', (e) => e.approval?.date ?? ''],
  ['施行日期', (e) => e.approval?.effective ?? ''],
  ['废止文号', (e) => e.repeal?.document_number ?? ''],
  ['废止日期', (e) => e.repeal?.effective ?? ''],
  ['备注', (e) => e.notes ?? ''],
];

const CATALOGUE_COLUMNS: Column<PublishedCatalogueItem>[] = [
  ['编号', (e) => e.id],
  ['信息事项', (e) => e.title],
  ['信息类别', (e) => e.category],
  ['信息性质', (e) => zh(NATURE.labels)(e.nature)],
  ['具体内容', (e) => e.content],
  ['主体类型', (e) => zhAll(SUBJECT_TYPES.labels, e.subject_types)],
  ['提供单位', (e, ctx) => departmentNames(e.providers, ctx)],
  ['法律法规及政策依据', (e, ctx) => citationText(e.bases, ctx)],
  ['公开属性', (e) => zh(DISCLOSURE_MODES.labels)(e.disclosure.mode)],
  ['公开期限', (e) => durationText(e.disclosure.period)],
  ['共享属性', (e) => zh(SHARING_MODES.labels)(e.sharing.mode)],
  ['共享范围', (e) => e.sharing.scope ?? ''],
  ['保存期限', (e) => durationText(e.retention)],
  ['更新频次', (e) => zh(UPDATE_FREQUENCIES.labels)(e.update_frequency)],
  ['失信程度', (e) => (e.severity ? SEVERITY.labels[e.severity].zh : '')],
  ['可否信用修复', (e) => (e.repair === undefined ? '' : e.repair.repairable ? '可修复' : '不可修复')],
  ['严重失信主体名单领域', (e) => (e.kind === 'serious_dishonesty_list' ? SERIOUS_DOMAINS.labels[e.list.domain].zh : '')],
  ['列入标准', (e) => (e.kind === 'serious_dishonesty_list' ? e.list.inclusion_standard : '')],
  ['移出条件', (e) => (e.kind === 'serious_dishonesty_list' ? e.list.removal_conditions : '')],
  ['移出程序', (e) => (e.kind === 'serious_dishonesty_list' ? e.list.removal_procedure : '')],
  ['救济措施', (e) => (e.kind === 'serious_dishonesty_list' ? e.list.remedies : '')],
  ...lifecycleColumns<PublishedCatalogueItem>(),
];

const MEASURE_COLUMNS: Column<PublishedMeasure>[] = [
  ['编号', (e) => e.id],
  ['惩戒措施', (e) => e.title],
  ['措施类别', (e) => MEASURE_KINDS.labels[e.kind].zh],
  ['惩戒对象', (e) => e.target.description],
  ['主体类型', (e) => zhAll(SUBJECT_TYPES.labels, e.target.subject_types)],
  ['是否惩戒相关责任人员', (e) => (e.target.responsible_persons ? '是' : '否')],
  ['具体事项', (e, ctx) => entryNames('catalogue', e.triggers, ctx)],
  ['实施手段', (e) => e.content],
  ['法律法规及政策依据', (e, ctx) => citationText(e.bases, ctx)],
  ['实施单位', (e, ctx) => (e.kind === 'voluntary_market' ? `${zhAll(ORGANISATION_TYPES.labels, e.applied_by)}（自行实施）` : departmentNames(e.implementers, ctx))],
  ['惩戒期限', (e) => e.duration],
  ['终止情形', (e) => e.ends_when],
  ...lifecycleColumns<PublishedMeasure>(),
];

const EXEMPTION_COLUMNS: Column<PublishedExemption>[] = [
  ['编号', (e) => e.id],
  ['豁免行为', (e) => e.title],
  ['豁免情形', (e) => EXEMPTION_GROUNDS.labels[e.ground].zh],
  ['具体行为', (e) => e.behaviour],
  ['适用条件', (e) => e.conditions.join('\n')],
  ['豁免效果', (e) => zhAll(EXEMPTION_EFFECTS.labels, e.effect)],
  [
    '适用范围',
    (e, ctx) => {
      if (e.applies_to === 'all') return '全部目录事项和惩戒措施';
      const { catalogue, measures } = e.applies_to as { catalogue?: string[]; measures?: string[] };
      return [catalogue && `目录事项：${entryNames('catalogue', catalogue, ctx)}`, measures && `惩戒措施：${entryNames('measures', measures, ctx)}`].filter(Boolean).join('\n');
    },
  ],
  ['法律依据', (e, ctx) => citationText(e.bases, ctx)],
  ...lifecycleColumns<PublishedExemption>(),
];

/** Characters a spreadsheet may drop before reading a cell: whitespace (also U+00A0, U+3000), BOMs and zero-width marks. */
const DROPPED_BEFORE_FORMULA = /^[\s\u200b-\u200d\u2060\ufeff]*/;
/** What starts a formula, after normalisation: full-width ＝＋－＠ and small ﹦﹢﹣ fold to these under NFKC; U+2212 is a minus too. */
const FORMULA_START = /^[=+\-@\u2212]/;

/** Whether a spreadsheet could read the cell as a formula, once it trims and normalises the text. */
export function couldRunAsFormula(value: string): boolean {
  if (/^[\t\r\n]/.test(value)) return true;
  const rest = value.replace(DROPPED_BEFORE_FORMULA, '');
  const first = rest.codePointAt(0);
  return first !== undefined && FORMULA_START.test(String.fromCodePoint(first).normalize('NFKC'));
}

/** A cell as RFC 4180 wants it; one a spreadsheet could run as a formula gets a leading quote mark, so it stays text. */
export function csvCell(value: string): string {
  const safe = couldRunAsFormula(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function table<E>(columns: Column<E>[], entries: readonly E[], ctx: CsvContext): string {
  const rows = [['序号', ...columns.map(([h]) => h)]];
  entries.forEach((e, i) => rows.push([String(i + 1), ...columns.map(([, cell]) => cell(e, ctx))]));
  return BOM + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function listCsv(list: PublishedList, ctx: CsvContext): string {
  if (list === 'catalogue') return table(CATALOGUE_COLUMNS, ctx.lists.catalogue, ctx);
  if (list === 'measures') return table(MEASURE_COLUMNS, ctx.lists.measures, ctx);
  return table(EXEMPTION_COLUMNS, ctx.lists.exemptions, ctx);
}

/** Column headers of a list's CSV, in order. */
export function csvHeaders(list: PublishedList): string[] {
  const cols: Column<never>[] = list === 'catalogue' ? (CATALOGUE_COLUMNS as Column<never>[]) : list === 'measures' ? (MEASURE_COLUMNS as Column<never>[]) : (EXEMPTION_COLUMNS as Column<never>[]);
  return ['序号', ...cols.map(([h]) => h)];
}
