// 公共信用信息补充目录: one item is a kind of information public bodies record about credit subjects.
import { z } from 'zod';
import {
  ChineseTitle,
  Citation,
  Citations,
  DepartmentId,
  describe,
  Duration,
  EnglishTitle,
  enumLabels,
  labelledEnum,
  NonEmptyText,
  SUBJECT_TYPES,
  SubjectTypes,
  uniqueList,
} from './common.ts';
import { BASES_FIELD, listRegistry, TITLE_EN_FIELD, type FieldSpec } from './fields.ts';
import { lifecycleFields } from './lifecycle.ts';
import { PERIOD_END_ACTIONS, PERIOD_EXTENSIONS, PERIOD_START_EVENTS } from './jurisdiction.ts';

/** The two kinds of catalogue item (the branches of the model's union). */
export const CATALOGUE_KINDS = enumLabels(
  {
    record: { zh: '一般信息事项', en: 'An ordinary information item' },
    serious_dishonesty_list: { zh: '严重失信主体名单信息', en: 'A serious-dishonesty list' },
  },
  { zh: '事项类型', en: 'Kind of item' },
);

export const NATURE = labelledEnum(
  {
    basic: { zh: '基础信息', en: 'Basic information' },
    dishonesty: { zh: '失信信息', en: 'Dishonesty information' },
    other: { zh: '其他信息', en: 'Other information' },
    trustworthy: { zh: '守信信息', en: 'Trustworthy information' },
  },
  { zh: '信息性质', en: 'Nature of the information' },
);

export const DISCLOSURE_MODES = labelledEnum(
  {
    public: { zh: '公开', en: 'Public' },
    on_request: { zh: '依申请公开（授权查询）', en: 'On request (authorised query)' },
    not_public: { zh: '不公开', en: 'Not public' },
  },
  { zh: '公开属性', en: 'Disclosure' },
);

export const SHARING_MODES = labelledEnum(
  {
    unconditional: { zh: '无条件共享', en: 'Shared without conditions' },
    conditional: { zh: '有条件共享', en: 'Shared on conditions' },
    not_shared: { zh: '不予共享', en: 'Not shared' },
  },
  { zh: '共享属性', en: 'Sharing' },
);

export const UPDATE_FREQUENCIES = labelledEnum(
  {
    realtime: { zh: '实时', en: 'Real time' },
    within_7_working_days: { zh: '作出决定后7个工作日内', en: 'Within 7 working days of the decision' },
    daily: { zh: '每日', en: 'Daily' },
    weekly: { zh: '每周', en: 'Weekly' },
    monthly: { zh: '每月', en: 'Monthly' },
    quarterly: { zh: '每季度', en: 'Quarterly' },
    annually: { zh: '每年', en: 'Annually' },
    on_change: { zh: '发生变化时', en: 'When it changes' },
  },
  { zh: '更新频次', en: 'Update frequency' },
);

export const SEVERITY = labelledEnum(
  {
    minor: { zh: '轻微', en: 'Minor' },
    general: { zh: '一般', en: 'General' },
    serious: { zh: '严重', en: 'Serious' },
  },
  { zh: '失信程度', en: 'Severity tier' },
);

export const SERIOUS_DOMAINS = labelledEnum(
  {
    life_and_health: { zh: '严重危害人民群众身体健康和生命安全', en: 'Serious harm to life and health' },
    market_and_social_order: { zh: '严重破坏市场公平竞争秩序和社会正常秩序', en: 'Serious damage to fair competition and social order' },
    judicial_and_administrative_credibility: {
      zh: '拒不履行法定义务，严重影响司法机关、行政机关公信力',
      en: 'Refusing legal obligations, seriously harming the credibility of courts and administration',
    },
    national_defence: { zh: '拒不履行国防义务', en: 'Refusing national-defence obligations' },
    jurisdiction_ground: { zh: '本辖区法规增设的领域（见 list.ground）', en: 'A ground the jurisdiction’s regulation adds (see list.ground)' },
  },
  { zh: '严重失信主体名单领域', en: 'Serious-dishonesty domain' },
);

export const Disclosure = z
  .strictObject({
    mode: DISCLOSURE_MODES,
    period: Duration.optional().meta(describe('公开（公示）期限；mode 为 not_public 时可省略', 'Disclosure (publicity) period; may be omitted when mode is not_public')),
    period_basis: Citation.optional().meta(
      describe('法律、行政法规对期限另有规定时，引用该规定（此时不按失信程度和本省上限检查期限）', 'Where a law or administrative regulation sets the period itself, cite it (the tier and provincial cap then do not apply)'),
    ),
    starts_from: PERIOD_START_EVENTS.optional().meta(describe('期限起算（不填则按 jurisdiction.yaml 的 periods.start）', 'When the period starts (default: periods.start in jurisdiction.yaml)')),
    extended_until: PERIOD_EXTENSIONS.optional().meta(describe('期限延长（如延至移出严重失信主体名单）', 'How the period is extended (e.g. until removal from the serious list)')),
    on_expiry: PERIOD_END_ACTIONS.optional().meta(describe('期满处理（删除、转为档案保存、停止公开）', 'What happens at expiry (deleted, archived, no longer disclosed)')),
    natural_persons: z
      .strictObject({
        basis: Citation.optional().meta(describe('公开自然人信息的明确依据（法律、行政法规或国务院决定、命令）', 'Explicit basis (law, administrative regulation or State Council decision/order) for disclosing natural persons')),
        consent: z.literal(true).optional().meta(describe('经本人同意', 'With the person’s consent')),
        desensitisation: NonEmptyText.meta(describe('脱敏方式', 'How the data is desensitised (脱敏)')),
      })
      .optional()
      .meta(describe('公开自然人信息时的依据和脱敏方式', 'Basis and desensitisation when natural persons’ information is disclosed')),
    note: NonEmptyText.optional().meta(describe('公开方式说明', 'How it is disclosed')),
  })
  .meta(describe('公开属性', 'Disclosure'));

export const Sharing = z
  .strictObject({
    mode: SHARING_MODES,
    scope: NonEmptyText.optional().meta(describe('共享范围；mode 为 not_shared 时可省略', 'Sharing scope; may be omitted when not shared')),
  })
  .meta(describe('共享属性和共享范围', 'Sharing and its scope'));

export const Repair = z
  .discriminatedUnion('repairable', [
    z.strictObject({
      repairable: z.literal(true),
      note: NonEmptyText.optional().meta(describe('修复方式或条件', 'How it is repaired')),
    }),
    z.strictObject({
      repairable: z.literal(false),
      basis: Citation.meta(describe('明确规定不可修复的依据', 'The basis that expressly makes it not repairable')),
      note: NonEmptyText.optional(),
    }),
  ])
  .meta(describe('信用修复', 'Credit repair'));

const itemFields = {
  title: ChineseTitle.meta(describe('信息事项名称', 'Name of the information item')),
  title_en: EnglishTitle.optional(),
  category: NonEmptyText.meta(describe('信息类别：须为 jurisdiction.yaml 的 categories 之一', 'Category: one of categories in jurisdiction.yaml')),
  content: NonEmptyText.meta(describe('具体行为或信息内容', 'The concrete behaviour or content recorded')),
  subject_types: SubjectTypes,
  providers: uniqueList(DepartmentId).min(1).meta(describe('提供单位（部门编号）', 'Providing bodies (department IDs)')),
  bases: Citations,
  disclosure: Disclosure,
  sharing: Sharing,
  retention: Duration.meta(describe('保存期限', 'Retention period')),
  update_frequency: UPDATE_FREQUENCIES,
  sector: NonEmptyText.optional().meta(describe('行业领域', 'Sector (行业、领域)')),
  data_code: NonEmptyText.optional().meta(describe('数据代码（信息资源编码）', 'Data code')),
  data_format: NonEmptyText.optional().meta(describe('数据格式（数据标准）', 'Data format (data standard)')),
  coverage: NonEmptyText.optional().meta(describe('覆盖范围', 'Coverage')),
  information_items: z.array(NonEmptyText).min(1).optional().meta(describe('信息项（每项一行）', 'Information items (one per line)')),
  collection_channel: NonEmptyText.optional().meta(describe('归集来源和渠道', 'Source and channel of collection')),
  notes: NonEmptyText.optional().meta(describe('备注（包括对警告的说明）', 'Notes (including explanations of warnings)')),
  ...lifecycleFields,
};

const negativeFields = {
  severity: SEVERITY,
  repair: Repair,
};

export const RecordItem = z
  .strictObject({
    kind: z.literal('record').meta(describe(CATALOGUE_KINDS.labels.record.zh, CATALOGUE_KINDS.labels.record.en)),
    nature: NATURE,
    severity: SEVERITY.optional().meta(describe('失信程度（失信信息必填）', 'Severity tier (required for dishonesty information)')),
    repair: Repair.optional().meta(describe('信用修复（失信信息必填）', 'Credit repair (required for dishonesty information)')),
    ...itemFields,
  })
  .meta(describe('目录事项', 'A catalogue item'));

export const SeriousList = z
  .strictObject({
    domain: SERIOUS_DOMAINS,
    ground: z.string().regex(/^[a-z][a-z0-9_]*$/).optional().meta(describe('本辖区增设的领域编号（domain 为 jurisdiction_ground 时填写 jurisdiction.yaml serious_list_grounds 的 id）', 'ID of an added ground (with domain jurisdiction_ground: an id from serious_list_grounds in jurisdiction.yaml)')),
    local_only: z.boolean().meta(describe('是否仅在本地实施的名单（须由地方性法规规定认定标准）', 'Whether the list exists only locally (its standard must be set by a local regulation)')),
    standard_bases: Citations.meta(describe('认定标准的依据', 'Bases that set the inclusion standard')),
    inclusion_standard: NonEmptyText.meta(describe('列入标准', 'Inclusion standard')),
    removal_conditions: NonEmptyText.meta(describe('移出条件', 'Removal conditions')),
    removal_procedure: NonEmptyText.meta(describe('移出程序', 'Removal procedure')),
    remedies: NonEmptyText.meta(describe('救济措施', 'Remedies')),
  })
  .meta(describe('严重失信主体名单', 'Serious-dishonesty list'));

export const SeriousListItem = z
  .strictObject({
    kind: z.literal('serious_dishonesty_list').meta(describe(CATALOGUE_KINDS.labels.serious_dishonesty_list.zh, CATALOGUE_KINDS.labels.serious_dishonesty_list.en)),
    nature: z.literal('dishonesty').meta(describe('信息性质：失信信息', 'Nature: dishonesty')),
    ...negativeFields,
    list: SeriousList,
    ...itemFields,
  })
  .meta(describe('严重失信主体名单事项', 'A serious-dishonesty-list item'));

export const CatalogueItem = z
  .discriminatedUnion('kind', [RecordItem, SeriousListItem])
  .meta({ ...describe('公共信用信息补充目录事项', 'An item of the supplementary catalogue of public credit information') });
export type CatalogueItem = z.infer<typeof CatalogueItem>;

/** Every field of a catalogue item people see, in the order of published catalogues. */
export const CATALOGUE_FIELDS: readonly FieldSpec[] = listRegistry([
  { path: 'kind', label: CATALOGUE_KINDS.title, value: 'enum', enum: CATALOGUE_KINDS, show: [] },
  { path: 'title', label: { zh: '信息事项名称', en: 'Name of the information item' }, value: 'text', show: ['table', 'page', 'csv'] },
  TITLE_EN_FIELD,
  { path: 'category', label: { zh: '信息类别', en: 'Category' }, value: 'category', show: ['table', 'page', 'csv'], facet: 'category' },
  { path: 'nature', label: NATURE.title, value: 'enum', enum: NATURE, show: ['table', 'page', 'csv'], facet: 'nature' },
  { path: 'content', label: { zh: '具体行为或信息内容', en: 'The concrete behaviour or content recorded' }, value: 'text', show: ['page', 'csv'] },
  { path: 'subject_types', label: { zh: '主体类型', en: 'Subject types' }, value: 'enums', enum: SUBJECT_TYPES, show: ['table', 'page', 'csv'], facet: 'subject' },
  { path: 'providers', label: { zh: '提供单位', en: 'Providing bodies' }, value: 'departments', show: ['table', 'page', 'csv'], facet: 'department' },
  BASES_FIELD,
  { path: 'disclosure', label: { zh: '公开属性', en: 'Disclosure' }, value: 'group', show: [] },
  { path: 'disclosure.mode', label: DISCLOSURE_MODES.title, value: 'enum', enum: DISCLOSURE_MODES, show: ['table', 'page', 'csv'], facet: 'disclosure' },
  { path: 'disclosure.period', label: { zh: '公开（公示）期限', en: 'Disclosure (publicity) period' }, value: 'duration', show: ['table', 'page', 'csv'] },
  { path: 'disclosure.period_basis', label: { zh: '公开期限的依据', en: 'Basis of the disclosure period' }, value: 'citation', show: ['page'] },
  { path: 'disclosure.note', label: { zh: '公开方式说明', en: 'How it is disclosed' }, value: 'text', show: ['page'] },
  { path: 'disclosure.starts_from', label: PERIOD_START_EVENTS.title, value: 'enum', enum: PERIOD_START_EVENTS, show: ['page'] },
  { path: 'disclosure.extended_until', label: PERIOD_EXTENSIONS.title, value: 'enum', enum: PERIOD_EXTENSIONS, show: ['page'] },
  { path: 'disclosure.on_expiry', label: PERIOD_END_ACTIONS.title, value: 'enum', enum: PERIOD_END_ACTIONS, show: ['page'] },
  { path: 'disclosure.natural_persons', label: { zh: '公开自然人信息', en: 'Disclosure of natural persons' }, value: 'group', show: [] },
  { path: 'disclosure.natural_persons.basis', label: { zh: '公开自然人信息的明确依据', en: 'Explicit basis for disclosing natural persons' }, value: 'citation', show: ['page'] },
  { path: 'disclosure.natural_persons.consent', label: { zh: '经本人同意', en: 'With the person’s consent' }, value: 'boolean', show: ['page'] },
  { path: 'disclosure.natural_persons.desensitisation', label: { zh: '脱敏方式', en: 'How the data is desensitised' }, value: 'text', show: ['page'] },
  { path: 'sharing', label: { zh: '共享属性和共享范围', en: 'Sharing and its scope' }, value: 'group', show: [] },
  { path: 'sharing.mode', label: SHARING_MODES.title, value: 'enum', enum: SHARING_MODES, show: ['table', 'page', 'csv'] },
  { path: 'sharing.scope', label: { zh: '共享范围', en: 'Sharing scope' }, value: 'text', show: ['page', 'csv'] },
  { path: 'retention', label: { zh: '保存期限', en: 'Retention period' }, value: 'duration', show: ['table', 'page', 'csv'] },
  { path: 'update_frequency', label: UPDATE_FREQUENCIES.title, value: 'enum', enum: UPDATE_FREQUENCIES, show: ['table', 'page', 'csv'] },
  // Per-item elements some regulations require (jurisdiction.yaml catalogue_elements): on the page only, so the CSV layout of format 1.0 stands.
  { path: 'sector', label: { zh: '行业领域', en: 'Sector' }, value: 'text', show: ['page'] },
  { path: 'data_code', label: { zh: '数据代码', en: 'Data code' }, value: 'text', show: ['page'] },
  { path: 'data_format', label: { zh: '数据格式', en: 'Data format' }, value: 'text', show: ['page'] },
  { path: 'coverage', label: { zh: '覆盖范围', en: 'Coverage' }, value: 'text', show: ['page'] },
  { path: 'information_items', label: { zh: '信息项', en: 'Information items' }, value: 'texts', show: ['page'] },
  { path: 'collection_channel', label: { zh: '归集来源和渠道', en: 'Source and channel of collection' }, value: 'text', show: ['page'] },
  { path: 'severity', label: SEVERITY.title, value: 'enum', enum: SEVERITY, show: ['table', 'page', 'csv'] },
  { path: 'repair', label: { zh: '信用修复', en: 'Credit repair' }, value: 'group', show: [] },
  {
    path: 'repair.repairable',
    label: { zh: '可否信用修复', en: 'Repairable' },
    value: 'boolean',
    yesNo: { yes: { zh: '可修复', en: 'Repairable' }, no: { zh: '不可修复', en: 'Not repairable' } },
    show: ['page', 'csv'],
  },
  { path: 'repair.note', label: { zh: '修复方式或条件', en: 'How it is repaired' }, value: 'text', show: ['page'] },
  { path: 'repair.basis', label: { zh: '明确规定不可修复的依据', en: 'The basis that expressly makes it not repairable' }, value: 'citation', show: ['page'] },
  { path: 'list', label: { zh: '严重失信主体名单', en: 'Serious-dishonesty list' }, value: 'group', show: [] },
  { path: 'list.domain', label: SERIOUS_DOMAINS.title, value: 'enum', enum: SERIOUS_DOMAINS, show: ['page', 'csv'] },
  { path: 'list.ground', label: { zh: '本辖区增设的领域', en: 'Ground the jurisdiction adds' }, value: 'text', show: ['page'] },
  { path: 'list.local_only', label: { zh: '是否仅在本地实施的名单', en: 'Whether the list exists only locally' }, value: 'boolean', show: ['page'] },
  { path: 'list.standard_bases', label: { zh: '认定标准的依据', en: 'Bases that set the inclusion standard' }, value: 'citations', show: ['page'] },
  { path: 'list.inclusion_standard', label: { zh: '列入标准', en: 'Inclusion standard' }, value: 'text', show: ['page', 'csv'] },
  { path: 'list.removal_conditions', label: { zh: '移出条件', en: 'Removal conditions' }, value: 'text', show: ['page', 'csv'] },
  { path: 'list.removal_procedure', label: { zh: '移出程序', en: 'Removal procedure' }, value: 'text', show: ['page', 'csv'] },
  { path: 'list.remedies', label: { zh: '救济措施', en: 'Remedies' }, value: 'text', show: ['page', 'csv'] },
]);
