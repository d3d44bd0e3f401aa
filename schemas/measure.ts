// 失信惩戒措施补充清单: one measure, its target, trigger, implementer and basis.
import { z } from 'zod';
import { ChineseTitle, Citations, DepartmentId, describe, EnglishTitle, labelledEnum, MAX_ID_LENGTH, NonEmptyText, SUBJECT_TYPES, SubjectTypes, uniqueList } from './common.ts';
import { BASES_FIELD, listRegistry, TITLE_EN_FIELD, type FieldSpec } from './fields.ts';
import { lifecycleFields } from './lifecycle.ts';

export const MEASURE_KINDS = labelledEnum(
  {
    rights_reducing: { zh: '公共管理机构实施的减损权益或增加义务的措施', en: 'Measure by public bodies that reduces rights or adds obligations' },
    management: { zh: '公共管理机构实施的管理措施', en: 'Management measure by public bodies' },
    voluntary_market: { zh: '其他组织自行实施的措施', en: 'Measure other organisations apply on their own' },
  },
  { zh: '措施类别', en: 'Kind of measure' },
);

export const ORGANISATION_TYPES = labelledEnum(
  {
    financial_institution: { zh: '金融机构', en: 'Financial institutions' },
    credit_service_agency: { zh: '信用服务机构', en: 'Credit-service agencies' },
    trade_association: { zh: '行业协会商会', en: 'Trade associations and chambers of commerce' },
    media: { zh: '新闻媒体', en: 'News media' },
    market_entity: { zh: '市场主体', en: 'Market entities' },
  },
  { zh: '组织类型', en: 'Kind of organisation' },
);

export const Target = z
  .strictObject({
    subject_types: SubjectTypes,
    responsible_persons: z
      .boolean()
      .meta(describe('是否同时惩戒法定代表人、主要负责人、实际控制人等（须依据有规定）', 'Whether responsible persons of an organisation are also targeted (only where the basis says so)')),
    description: NonEmptyText.meta(describe('惩戒对象说明', 'Who is targeted')),
  })
  .meta(describe('惩戒对象', 'Target'));

const measureFields = {
  title: ChineseTitle.meta(describe('措施名称', 'Name of the measure')),
  title_en: EnglishTitle.optional(),
  content: NonEmptyText.meta(describe('措施内容（实施手段）', 'What the measure does')),
  target: Target,
  triggers: uniqueList(z.string().max(MAX_ID_LENGTH))
    .min(1)
    .meta(describe('触发本措施的目录事项编号（失信信息或严重失信主体名单）', 'IDs of the catalogue items (dishonesty information or serious-dishonesty lists) that trigger it')),
  bases: Citations,
  duration: NonEmptyText.meta(describe('惩戒期限', 'How long the measure lasts')),
  ends_when: NonEmptyText.meta(describe('措施终止情形（如信用修复、移出名单、期限届满）', 'How it ends (repair, removal from the list, expiry)')),
  notes: NonEmptyText.optional().meta(describe('备注（包括对警告的说明）', 'Notes (including explanations of warnings)')),
  ...lifecycleFields,
};

const PublicMeasure = (kind: 'rights_reducing' | 'management') =>
  z
    .strictObject({
      kind: z.literal(kind).meta(describe(MEASURE_KINDS.labels[kind].zh, MEASURE_KINDS.labels[kind].en)),
      implementers: uniqueList(DepartmentId).min(1).meta(describe('实施单位（部门编号）', 'Implementing bodies (department IDs)')),
      ...measureFields,
    })
    .meta(describe(MEASURE_KINDS.labels[kind].zh, MEASURE_KINDS.labels[kind].en));

export const Measure = z
  .discriminatedUnion('kind', [
    PublicMeasure('rights_reducing'),
    PublicMeasure('management'),
    z
      .strictObject({
        kind: z.literal('voluntary_market'),
        applied_by: uniqueList(ORGANISATION_TYPES)
          .min(1)
          .meta(describe('自行实施的组织类型（清单不得要求其惩戒）', 'Organisations that may apply it on their own (no list may require them to)')),
        ...measureFields,
      })
      .meta(describe(MEASURE_KINDS.labels.voluntary_market.zh, MEASURE_KINDS.labels.voluntary_market.en)),
  ])
  .meta({ ...describe('失信惩戒措施补充清单事项', 'A measure of the supplementary list of punishment measures') });
export type Measure = z.infer<typeof Measure>;

/** Every field of a measure people see, in the order of published measure lists. */
export const MEASURE_FIELDS: readonly FieldSpec[] = listRegistry([
  { path: 'title', label: { zh: '措施名称', en: 'Name of the measure' }, value: 'text', show: ['table', 'page', 'csv'] },
  TITLE_EN_FIELD,
  { path: 'kind', label: MEASURE_KINDS.title, value: 'enum', enum: MEASURE_KINDS, show: ['table', 'page', 'csv'], facet: 'kind' },
  { path: 'target', label: { zh: '惩戒对象', en: 'Target' }, value: 'group', show: [] },
  { path: 'target.description', label: { zh: '惩戒对象', en: 'Who is targeted' }, value: 'text', show: ['table', 'page', 'csv'] },
  { path: 'target.subject_types', label: { zh: '主体类型', en: 'Subject types' }, value: 'enums', enum: SUBJECT_TYPES, show: ['page', 'csv'], facet: 'subject' },
  { path: 'target.responsible_persons', label: { zh: '是否同时惩戒相关责任人员', en: 'Responsible persons also targeted' }, value: 'boolean', show: ['page', 'csv'] },
  { path: 'triggers', label: { zh: '触发本措施的目录事项', en: 'Catalogue items that trigger it' }, value: 'entries', list: 'catalogue', show: ['table', 'page', 'csv'] },
  { path: 'content', label: { zh: '措施内容', en: 'What the measure does' }, value: 'text', show: ['page', 'csv'] },
  BASES_FIELD,
  { path: 'implementers', label: { zh: '实施单位', en: 'Implementing bodies' }, value: 'departments', show: ['table', 'page', 'csv'], facet: 'department' },
  {
    path: 'applied_by',
    label: { zh: '自行实施的组织类型', en: 'Organisations that may apply it on their own' },
    value: 'enums',
    enum: ORGANISATION_TYPES,
    note: { zh: '自行实施', en: 'on their own' },
    standsFor: 'implementers',
    show: ['page'],
  },
  { path: 'duration', label: { zh: '惩戒期限', en: 'How long the measure lasts' }, value: 'text', show: ['table', 'page', 'csv'] },
  { path: 'ends_when', label: { zh: '措施终止情形', en: 'How it ends' }, value: 'text', show: ['page', 'csv'] },
]);
