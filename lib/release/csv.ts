// The CSV downloads: one per list, for Excel — a renderer of the field registry's CSV fields, Chinese headers and labels.
import {
  columnValue,
  durationLabel,
  FIELD_REGISTRY,
  fieldsIn,
  LIST_KINDS,
  LIST_OF_PUBLISHED,
  LISTS,
  PUBLISHED_OF_LIST,
  specAt,
  valueLabel,
  valueLabelsOf,
  type Citation,
  type Duration,
  type FieldSpec,
  type ListKind,
} from '../../schemas/index.ts';
import { FORMAT_VERSION, type PublishedBasis, type PublishedJurisdiction, type PublishedList } from '../../schemas/release.ts';
import type { PublishedEntry, PublishedLists } from './publish.ts';

/** UTF-8 byte-order mark: without it Excel reads UTF-8 as the local code page. */
export const BOM = '\uFEFF';
const LIST_SEPARATOR = '；';

export interface CsvContext {
  jurisdiction: PublishedJurisdiction;
  bases: readonly PublishedBasis[];
  lists: PublishedLists;
}

interface CsvColumn {
  spec: FieldSpec;
  header: string;
}

const LIFECYCLE_HEADERS_1_0: [string, string][] = [
  ['legal_status', '状态'],
  ['approval.body', '审定机关'],
  ['approval.document_number', '审定文号'],
  ['approval.date', '审定日期'],
  ['approval.effective', '施行日期'],
  ['repeal.document_number', '废止文号'],
  ['repeal.effective', '废止日期'],
  ['notes', '备注'],
];

/**
 * Format 1.0's columns and headers, frozen: releases published in that format must rebuild byte for byte.
 * From format 1.1 on, the headers are the field registry's labels and the columns its CSV fields.
 */
const LAYOUT_1_0: Partial<Record<ListKind, [path: string, header: string][]>> = {
  catalogue: [
    ['id', '编号'], ['title', '信息事项'], ['category', '信息类别'], ['nature', '信息性质'], ['content', '具体内容'], ['subject_types', '主体类型'],
    ['providers', '提供单位'], ['bases', '法律法规及政策依据'], ['disclosure.mode', '公开属性'], ['disclosure.period', '公开期限'], ['sharing.mode', '共享属性'],
    ['sharing.scope', '共享范围'], ['retention', '保存期限'], ['update_frequency', '更新频次'], ['severity', '失信程度'], ['repair.repairable', '可否信用修复'],
    ['list.domain', '严重失信主体名单领域'], ['list.inclusion_standard', '列入标准'], ['list.removal_conditions', '移出条件'], ['list.removal_procedure', '移出程序'],
    ['list.remedies', '救济措施'], ...LIFECYCLE_HEADERS_1_0,
  ],
  measure: [
    ['id', '编号'], ['title', '惩戒措施'], ['kind', '措施类别'], ['target.description', '惩戒对象'], ['target.subject_types', '主体类型'],
    ['target.responsible_persons', '是否惩戒相关责任人员'], ['triggers', '具体事项'], ['content', '实施手段'], ['bases', '法律法规及政策依据'],
    ['implementers', '实施单位'], ['duration', '惩戒期限'], ['ends_when', '终止情形'], ...LIFECYCLE_HEADERS_1_0,
  ],
  exemption: [
    ['id', '编号'], ['title', '豁免行为'], ['ground', '豁免情形'], ['behaviour', '具体行为'], ['conditions', '适用条件'], ['effect', '豁免效果'],
    ['applies_to', '适用范围'], ['bases', '法律依据'], ...LIFECYCLE_HEADERS_1_0,
  ],
};

/** The columns of a list's CSV in a published-format version. */
export function csvColumns(kind: ListKind, format: string = FORMAT_VERSION): CsvColumn[] {
  const registry = FIELD_REGISTRY[kind];
  const frozen = format === '1.0' ? LAYOUT_1_0[kind] : undefined;
  if (frozen) return frozen.map(([path, header]) => ({ spec: specAt(registry, path)!, header }));
  return fieldsIn(registry, 'csv').map((spec) => ({ spec, header: spec.label.zh }));
}

export function durationText(d: Duration | undefined): string {
  return d === undefined ? '' : durationLabel(d).zh;
}

function citationText(citations: readonly Citation[], ctx: CsvContext): string {
  return citations
    .map((c) => {
      const basis = ctx.bases.find((b) => b.id === c.basis);
      return `${basis ? `《${basis.title}》` : c.basis}${c.articles.join('、')}`;
    })
    .join(LIST_SEPARATOR);
}

function entryNames(list: ListKind, ids: readonly string[], ctx: CsvContext): string {
  const entries: readonly PublishedEntry[] = ctx.lists[PUBLISHED_OF_LIST[list]];
  return ids.map((id) => `${id} ${entries.find((e) => e.id === id)?.title ?? ''}`.trim()).join(LIST_SEPARATOR);
}

/** A value in words, as the cell shows it: an enumeration's in the jurisdiction's words where its manifest names them. */
function cellText(spec: FieldSpec, value: unknown, ctx: CsvContext): string {
  if (value === undefined || value === null) return '';
  const labels = valueLabelsOf(ctx.jurisdiction);
  const withNote = (s: string) => (spec.note ? `${s}（${spec.note.zh}）` : s);
  switch (spec.value) {
    case 'enum':
      return withNote(valueLabel(spec, value as string, labels).zh);
    case 'enums':
      return withNote((value as string[]).map((v) => valueLabel(spec, v, labels).zh).join(LIST_SEPARATOR));
    case 'boolean':
      return value ? (spec.yesNo?.yes.zh ?? '是') : (spec.yesNo?.no.zh ?? '否');
    case 'duration':
      return durationText(value as Duration);
    case 'citation':
      return citationText([value as Citation], ctx);
    case 'citations':
      return citationText(value as Citation[], ctx);
    case 'departments':
      return ([value].flat() as string[]).map((id) => ctx.jurisdiction.departments.find((d) => d.id === id)?.name ?? id).join(LIST_SEPARATOR);
    case 'entries':
      return entryNames(spec.list!, value as string[], ctx);
    case 'scope': {
      if (value === 'all') return spec.all!.zh;
      const byName = value as Record<string, string[]>;
      return LIST_KINDS.filter((k) => byName[LISTS[k].published])
        .map((k) => `${LISTS[k].entry.zh}：${entryNames(k, byName[LISTS[k].published]!, ctx)}`)
        .join('\n');
    }
    case 'texts':
      return (value as string[]).join('\n');
    case 'group':
      return '';
    default:
      return String(value);
  }
}

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

/** A list's CSV in a published-format version (default: the current one). */
export function listCsv(list: PublishedList, ctx: CsvContext, format: string = FORMAT_VERSION): string {
  const kind = LIST_OF_PUBLISHED[list];
  const registry = FIELD_REGISTRY[kind];
  const columns = csvColumns(kind, format);
  const rows = [['序号', ...columns.map((c) => c.header)]];
  (ctx.lists[list] as readonly PublishedEntry[]).forEach((e, i) =>
    rows.push([String(i + 1), ...columns.map((c) => {
      const { spec, value } = columnValue(registry, c.spec, e);
      return cellText(spec, value, ctx);
    })]),
  );
  return BOM + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Column headers of a list's CSV, in order. */
export function csvHeaders(list: PublishedList, format: string = FORMAT_VERSION): string[] {
  return ['序号', ...csvColumns(LIST_OF_PUBLISHED[list], format).map((c) => c.header)];
}
