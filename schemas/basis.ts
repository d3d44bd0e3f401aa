// 法律依据登记册: one legal instrument, with the articles entries cite, quoted verbatim.
import { z } from 'zod';
import { ARTICLE_PATTERN, ChineseTitle, describe, EnglishTitle, HttpUrl, IsoDate, labelledEnum, NonEmptyText, uniqueList } from './common.ts';
import { TITLE_EN_FIELD, type FieldSpec } from './fields.ts';

export const BASIS_LEVELS = labelledEnum(
  {
    law: { zh: '法律', en: 'Law' },
    administrative_regulation: { zh: '行政法规', en: 'Administrative regulation' },
    state_council_decision: { zh: '国务院决定、命令', en: 'State Council decision or order' },
    central_policy: { zh: '党中央、国务院政策文件', en: 'Party Central Committee / State Council policy document' },
    local_regulation: { zh: '地方性法规', en: 'Local regulation' },
    departmental_rule: { zh: '部门规章', en: 'Ministry rule' },
    local_government_rule: { zh: '地方政府规章', en: 'Local government rule' },
    normative_document: { zh: '规范性文件', en: 'Normative document' },
  },
  { zh: '效力层级', en: 'Level' },
);
export type BasisLevel = z.infer<typeof BASIS_LEVELS>;

export const BASIS_STATUS = labelledEnum(
  {
    in_force: { zh: '现行有效', en: 'In force' },
    not_yet_in_force: { zh: '尚未施行', en: 'Not yet in force' },
    repealed: { zh: '已废止', en: 'Repealed' },
  },
  { zh: '时效性', en: 'Status' },
);

export const Article = z
  .strictObject({
    number: z.string().regex(ARTICLE_PATTERN).meta(describe('条号，如“第十三条”', 'Article number, e.g. 第十三条')),
    text: NonEmptyText.meta(describe('条文原文（逐字引用）', 'The article, quoted verbatim')),
  })
  .meta(describe('条文', 'An article'));

export const Basis = z
  .strictObject({
    title: ChineseTitle.meta(describe('名称', 'Title')),
    title_en: EnglishTitle.optional(),
    level: BASIS_LEVELS,
    jurisdiction: z
      .string()
      .regex(/^(national|\d{6})$/)
      .meta(describe('适用地域：national（全国）或六位行政区划代码', 'Where it applies: national, or a six-digit division code')),
    issuer: NonEmptyText.meta(describe('制定机关', 'Issuing body')),
    document_number: NonEmptyText.optional().meta(describe('文号或主席令、国务院令编号（文本中没有的不要填写）', 'Document number (leave out if the text does not give it)')),
    adopted: IsoDate.optional().meta(describe('通过或公布日期', 'Date adopted or promulgated')),
    amended: uniqueList(IsoDate).optional().meta(describe('修正、修订日期', 'Dates of amendment or revision')),
    effective: IsoDate.optional().meta(describe('施行日期', 'Effective date')),
    status: BASIS_STATUS,
    repealed: IsoDate.optional().meta(describe('废止日期', 'Date repealed')),
    source_url: HttpUrl.optional().meta(describe('官方文本地址', 'URL of the official text')),
    source_note: NonEmptyText.optional().meta(describe('文本来源说明', 'Where the text was taken from')),
    articles: uniqueList(Article, (a) => a.number).min(1).meta(describe('被引用的条文（条号不重复）', 'Articles cited by entries (each number once)')),
  })
  .meta({ ...describe('法律依据', 'A legal instrument in the register') });
export type Basis = z.infer<typeof Basis>;

/** Every field of a legal instrument people see, on its page and in the register's table. */
export const BASIS_FIELDS: readonly FieldSpec[] = [
  { path: 'title', label: { zh: '名称', en: 'Title' }, value: 'text', show: ['table', 'page'] },
  TITLE_EN_FIELD,
  { path: 'level', label: BASIS_LEVELS.title, value: 'enum', enum: BASIS_LEVELS, show: ['table', 'page'] },
  { path: 'jurisdiction', label: { zh: '适用地域', en: 'Where it applies' }, value: 'text', show: ['page'] },
  { path: 'issuer', label: { zh: '制定机关', en: 'Issuing body' }, value: 'text', show: ['table', 'page'] },
  { path: 'document_number', label: { zh: '文号', en: 'Document number' }, value: 'text', show: ['page'] },
  { path: 'adopted', label: { zh: '通过或公布日期', en: 'Date adopted or promulgated' }, value: 'date', show: ['page'] },
  { path: 'amended', label: { zh: '修正、修订日期', en: 'Dates of amendment or revision' }, value: 'texts', show: ['page'] },
  { path: 'effective', label: { zh: '施行日期', en: 'Effective date' }, value: 'date', show: ['page'] },
  { path: 'status', label: BASIS_STATUS.title, value: 'enum', enum: BASIS_STATUS, show: ['table', 'page'] },
  { path: 'repealed', label: { zh: '废止日期', en: 'Date repealed' }, value: 'date', show: ['page'] },
  { path: 'source_url', label: { zh: '官方文本地址', en: 'URL of the official text' }, value: 'text', show: ['page'] },
  { path: 'source_note', label: { zh: '文本来源说明', en: 'Where the text was taken from' }, value: 'text', show: ['page'] },
  { path: 'articles', label: { zh: '被引用的条文', en: 'Articles cited by entries' }, value: 'group', show: ['page'] },
];
