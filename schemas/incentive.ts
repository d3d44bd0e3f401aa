// 守信激励措施清单: one incentive for trustworthy subjects, whom it benefits, on which recorded positive information, and its basis.
import { z } from 'zod';
import { ChineseTitle, Citations, DepartmentId, describe, EnglishTitle, labelledEnum, NonEmptyText, SUBJECT_TYPES, SubjectTypes } from './common.ts';
import { BASES_FIELD, listRegistry, TITLE_EN_FIELD, type FieldSpec } from './fields.ts';
import { lifecycleFields } from './lifecycle.ts';

/** The three groups of incentives of the 通化 plan (2018): by public bodies, by the market, by society. */
export const INCENTIVE_KINDS = labelledEnum(
  {
    administrative: { zh: '行政性激励', en: 'Administrative incentive' },
    market: { zh: '市场性激励', en: 'Market incentive' },
    social: { zh: '社会性激励', en: 'Social incentive' },
  },
  { zh: '激励类别', en: 'Kind of incentive' },
);

export const Beneficiary = z
  .strictObject({
    subject_types: SubjectTypes,
    description: NonEmptyText.meta(describe('激励对象说明', 'Who benefits')),
  })
  .meta(describe('激励对象', 'Beneficiaries'));

export const Incentive = z
  .strictObject({
    title: ChineseTitle.meta(describe('激励措施名称', 'Name of the incentive')),
    title_en: EnglishTitle.optional(),
    kind: INCENTIVE_KINDS,
    content: NonEmptyText.meta(describe('激励措施内容', 'What the incentive gives')),
    beneficiaries: Beneficiary,
    qualifying: z
      .array(z.string())
      .min(1)
      .meta(describe('据以激励的目录事项编号（表彰奖励、志愿服务、信用评价结果等守信信息）', 'IDs of the catalogue items (honours, volunteering, credit evaluation results) that qualify a subject')),
    condition: NonEmptyText.meta(describe('适用条件：所列信息须达到的具体结果（如“获得县级以上表彰”“评价等级为A级”）', 'The specific result the listed information must show (e.g. an honour at county level or above, grade A)')),
    bases: Citations,
    implementers: z.array(DepartmentId).min(1).meta(describe('实施单位（部门编号）', 'Implementing bodies (department IDs)')),
    on_application: z.boolean().meta(describe('是否须由信用主体申请', 'Whether the subject must apply for it')),
    duration: NonEmptyText.meta(describe('激励期限', 'How long the incentive lasts')),
    ends_when: NonEmptyText.meta(describe('激励终止情形（如信息期限届满、产生失信信息）', 'How it ends (the information expires, dishonesty is recorded)')),
    notes: NonEmptyText.optional().meta(describe('备注（包括对警告的说明）', 'Notes (including explanations of warnings)')),
    ...lifecycleFields,
  })
  .meta({ ...describe('守信激励措施清单事项', 'An entry of the list of incentive measures for trustworthy subjects') });
export type Incentive = z.infer<typeof Incentive>;

/** Every field of an incentive people see, in the order of published incentive lists. */
export const INCENTIVE_FIELDS: readonly FieldSpec[] = listRegistry([
  { path: 'title', label: { zh: '激励措施名称', en: 'Name of the incentive' }, value: 'text', show: ['table', 'page', 'csv'] },
  TITLE_EN_FIELD,
  { path: 'kind', label: INCENTIVE_KINDS.title, value: 'enum', enum: INCENTIVE_KINDS, show: ['table', 'page', 'csv'], facet: 'kind' },
  { path: 'content', label: { zh: '激励措施内容', en: 'What the incentive gives' }, value: 'text', show: ['page', 'csv'] },
  { path: 'beneficiaries', label: { zh: '激励对象', en: 'Beneficiaries' }, value: 'group', show: [] },
  { path: 'beneficiaries.description', label: { zh: '激励对象', en: 'Who benefits' }, value: 'text', show: ['table', 'page', 'csv'] },
  { path: 'beneficiaries.subject_types', label: { zh: '主体类型', en: 'Subject types' }, value: 'enums', enum: SUBJECT_TYPES, show: ['page', 'csv'], facet: 'subject' },
  { path: 'qualifying', label: { zh: '据以激励的目录事项', en: 'Catalogue items that qualify' }, value: 'entries', list: 'catalogue', show: ['table', 'page', 'csv'] },
  { path: 'condition', label: { zh: '适用条件', en: 'Condition' }, value: 'text', show: ['table', 'page', 'csv'] },
  BASES_FIELD,
  { path: 'implementers', label: { zh: '实施单位', en: 'Implementing bodies' }, value: 'departments', show: ['table', 'page', 'csv'], facet: 'department' },
  {
    path: 'on_application',
    label: { zh: '是否须申请', en: 'On application' },
    value: 'boolean',
    yesNo: { yes: { zh: '须由信用主体申请', en: 'The subject applies' }, no: { zh: '依职权主动实施', en: 'Applied without application' } },
    show: ['page', 'csv'],
  },
  { path: 'duration', label: { zh: '激励期限', en: 'How long it lasts' }, value: 'text', show: ['page', 'csv'] },
  { path: 'ends_when', label: { zh: '激励终止情形', en: 'How it ends' }, value: 'text', show: ['page', 'csv'] },
]);
