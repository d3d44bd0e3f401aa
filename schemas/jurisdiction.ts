// The one configuration file of a jurisdiction: who it is, and its profile — every legal choice a rule makes,
// each with the article that sets it. Anything left out takes the national default (schemas/profile.ts).
import { z } from 'zod';
import { BASIS_LEVELS } from './basis.ts';
import { describe, IsoDate, labelledEnum, MAX_ID_LENGTH, MAX_LIST_ITEMS, NonEmptyText, uniqueList, HttpUrl } from './common.ts';
import { AccountFreeChannel, Channel } from './lifecycle.ts';
import { UpstreamPin } from './upstream.ts';

export const JURISDICTION_LEVELS = labelledEnum(
  {
    province: { zh: '省级', en: 'Province' },
    city: { zh: '设区的市', en: 'City' },
    county: { zh: '县级（县、县级市、区）', en: 'County level (county, county-level city, district)' },
  },
  { zh: '行政级别', en: 'Level' },
);

export const Department = z
  .strictObject({
    id: z.string().max(MAX_ID_LENGTH).regex(/^[a-z][a-z0-9-]*$/).meta(describe('部门编号（小写字母、数字、连字符）', 'Department ID (lowercase letters, digits, hyphens)')),
    name: NonEmptyText.meta(describe('部门全称', 'Full name')),
    name_en: NonEmptyText.optional(),
  })
  .meta(describe('部门', 'A department'));

/** Where a setting comes from: the instrument and article, as a reader would cite it. */
export const SettingBasis = NonEmptyText.meta(
  describe('设定此项的依据（文件名称和条款），显示在检查信息和网站上', 'The instrument and article that set this, shown in messages and on the site', {
    examples: ['《某省社会信用条例》第十条第二款'],
  }),
);

export const Levels = z
  .array(BASIS_LEVELS)
  .min(1)
  .meta(describe('足以作为依据的效力层级', 'Levels of instrument that suffice'));

/** A set of instrument levels that suffice for one purpose, and the article that says so. */
export const LevelSetting = z
  .strictObject({ levels: Levels, basis: SettingBasis })
  .meta(describe('效力层级要求', 'Which levels of instrument suffice'));

export const SufficientLevels = z
  .strictObject({
    catalogue_item: LevelSetting.optional().meta(describe('目录事项的依据须达到的层级', 'Levels a catalogue item must rest on')),
    incentive: LevelSetting.optional().meta(describe('守信激励措施的依据须达到的层级', 'Levels an incentive measure must rest on')),
    measure_rights_reducing: LevelSetting.optional().meta(describe('减损权益或增加义务的惩戒措施的依据层级', 'Levels for measures that reduce rights or add obligations')),
    measure_management: LevelSetting.optional().meta(describe('管理措施的依据层级（不填则不检查）', 'Levels for management measures (not checked when absent)')),
    measure_voluntary_market: LevelSetting.optional().meta(describe('其他组织自行实施措施的依据层级（不填则不检查）', 'Levels for measures others apply on their own (not checked when absent)')),
    natural_person_disclosure: LevelSetting.extend({
      consent: z.boolean().optional().meta(describe('经本人同意是否也可公开（默认可以）', 'Whether the person’s consent also allows disclosure (default yes)')),
    })
      .optional()
      .meta(describe('公开自然人信息所需依据的层级', 'Levels that may require disclosure of natural persons’ information')),
    non_standard_period: LevelSetting.optional().meta(describe('可以另行规定公示（披露）期限的依据层级', 'Levels that may set a period other than the standard one')),
    serious_list_standard: LevelSetting.optional().meta(describe('严重失信主体名单认定标准的依据层级', 'Levels that may set the standard of a serious-dishonesty list')),
    local_serious_list_standard: LevelSetting.optional().meta(describe('仅在本地实施的严重失信主体名单认定标准的依据层级', 'Levels that may set the standard of a local-only list')),
  })
  .meta(describe('各用途所需的依据层级', 'Levels of instrument that suffice, per purpose'));

export const CONSULTATION_SCOPES = labelledEnum(
  {
    all: { zh: '全部条目', en: 'Every entry' },
    rights_reducing: { zh: '仅减损权益或增加义务的条目', en: 'Only entries that reduce rights or add obligations' },
    none: { zh: '不要求', en: 'Not required' },
  },
  { zh: '适用范围', en: 'Which entries' },
);

export const PROCEDURES = labelledEnum(
  {
    approve: { zh: '审定（批准）后公布', en: 'Approved, then published' },
    compile_and_publish: { zh: '编制后公布（条例未规定另行批准）', en: 'Compiled and published (no separate approval named)' },
  },
  { zh: '程序', en: 'Procedure' },
);

export const LOCAL_BASIS_REQUIREMENTS = labelledEnum(
  {
    required: { zh: '必须引用', en: 'Required' },
    recommended: { zh: '宜引用（警告）', en: 'Recommended (warning)' },
    not_required: { zh: '不要求', en: 'Not required' },
  },
  { zh: '本辖区地方性法规依据', en: 'Local regulation of this jurisdiction' },
);

export const CATALOGUE_SCOPES = labelledEnum(
  {
    supplement: { zh: '补充目录（在全国目录基础上补充）', en: 'A supplement to the national catalogue' },
    whole: { zh: '完整目录（含全国目录事项）', en: 'The whole catalogue, national items included' },
  },
  { zh: '目录范围', en: 'Catalogue scope' },
);

const Scoped = (zh: string, en: string) =>
  z.strictObject({ applies_to: CONSULTATION_SCOPES, basis: SettingBasis }).meta(describe(zh, en));

/** Who decides on one list, how, and what the procedure requires. */
export const ListProcedure = z
  .strictObject({
    kept: z
      .boolean()
      .optional()
      .meta(describe('本辖区是否编制此清单（默认是；如目录只由省级编制，设区的市填 false 并在 basis 写明依据）', 'Whether this jurisdiction keeps the list (default yes; e.g. a city where only the province compiles the catalogue writes false, with the article in basis)')),
    approving_body: NonEmptyText.optional().meta(describe('审定（批准）或编制公布机关；不填则为上面的 approving_body', 'The approving (or compiling and publishing) body; default: approving_body above')),
    procedure: PROCEDURES.optional(),
    basis: SettingBasis.optional(),
    consultation: Scoped('公开征求意见的范围', 'Which entries go to public consultation').optional(),
    expert_evaluation: Scoped('须组织评估、听取专家等意见的条目', 'Which entries need an evaluation hearing experts and others').optional(),
    local_basis: z
      .strictObject({
        requirement: LOCAL_BASIS_REQUIREMENTS,
        parent_counts: z.boolean().optional().meta(describe('上级辖区的地方性法规是否也算（默认算；如条例要求“本市地方性法规”则填 false）', 'Whether a local regulation of the parent jurisdiction also counts (default yes; false where the regulation says "of this city")')),
        basis: SettingBasis,
      })
      .optional()
      .meta(describe('条目是否须引用本辖区（或上级）地方性法规', 'Whether an entry must cite a local regulation of this (or the parent) jurisdiction')),
  })
  .meta(describe('清单的编制、审定程序', 'How one list is compiled and approved'));

export const CatalogueProcedure = ListProcedure.extend({
  scope: CATALOGUE_SCOPES.optional(),
  scope_basis: SettingBasis.optional(),
}).meta(describe('目录的编制、审定程序和范围', 'How the catalogue is compiled and approved, and its scope'));

export const TimeLimit = z
  .strictObject({
    working_days: z.int().min(1).max(365).meta(describe('时限（工作日）', 'Working days')),
    extension_working_days: z.int().min(1).max(365).optional().meta(describe('经批准可延长的工作日', 'Working days it may be extended by')),
    total_working_days: z.int().min(1).max(730).optional().meta(describe('延长后合计不超过的工作日', 'Working days in total, extension included')),
    extension_condition: NonEmptyText.optional().meta(describe('延长的条件', 'When it may be extended')),
    basis: SettingBasis.optional(),
  })
  .meta(describe('时限', 'A time limit'));

export const TIME_LIMITS = {
  listing_objection: { zh: '列入严重失信主体名单前的异议核实', en: 'Objection before listing on a serious-dishonesty list' },
  information_objection: { zh: '信用信息异议处理', en: 'Handling an objection to credit information' },
  information_objection_assisted: { zh: '需其他单位协助核查的信息异议处理', en: 'Handling an objection that other units must help verify' },
  objection_marking: { zh: '收到异议后作出异议标注', en: 'Marking information as under objection' },
  objection_transfer: { zh: '把异议转交信息提供单位', en: 'Passing an objection to the providing body' },
  repair_decision: { zh: '信用修复申请的处理', en: 'Deciding a credit-repair application' },
  revocation_report: { zh: '据以认定失信的文书被撤销或变更后报送平台', en: 'Reporting that the decision behind the information was revoked or changed' },
} as const;
export type TimeLimitName = keyof typeof TIME_LIMITS;

export const TimeLimits = z
  .strictObject(
    Object.fromEntries(Object.entries(TIME_LIMITS).map(([k, l]) => [k, TimeLimit.optional().meta(describe(l.zh, l.en))])) as Record<TimeLimitName, z.ZodOptional<typeof TimeLimit>>,
  )
  .meta(describe('法定时限', 'Time limits the regulation names'));

export const PERIOD_MODES = labelledEnum(
  {
    separate: { zh: '公开期限与保存期限分别规定', en: 'Disclosure and retention periods set separately' },
    combined: { zh: '公开与保存适用同一期限', en: 'One period for disclosure and retention' },
  },
  { zh: '期限方式', en: 'Period mode' },
);

export const PERIOD_START_EVENTS = labelledEnum(
  {
    behaviour_ended: { zh: '失信行为（或事件）终止之日', en: 'The day the behaviour (or event) ended' },
    decision_date: { zh: '认定（作出决定）之日', en: 'The day it was decided' },
    recorded_date: { zh: '记录（归集）之日', en: 'The day it was recorded' },
    sentence_served: { zh: '刑罚执行完毕之日', en: 'The day the sentence was served' },
  },
  { zh: '期限起算', en: 'Period starts' },
);

export const PERIOD_EXTENSIONS = labelledEnum(
  {
    until_removed_from_serious_list: { zh: '延至移出严重失信主体名单之日', en: 'Until removal from the serious-dishonesty list' },
    until_obligation_performed: { zh: '延至履行相关义务之日', en: 'Until the obligation is performed' },
  },
  { zh: '期限延长', en: 'Period extension' },
);

export const PERIOD_END_ACTIONS = labelledEnum(
  {
    delete: { zh: '删除（不再提供查询）', en: 'Deleted (no longer available)' },
    archive: { zh: '转为档案保存', en: 'Archived' },
    stop_disclosure: { zh: '停止公开，不再作为惩戒依据', en: 'No longer disclosed or used to punish' },
  },
  { zh: '期满处理', en: 'At expiry' },
);

export const Tier = z.strictObject({ min_months: z.int().min(0), max_months: z.int().min(1) }).meta(describe('公示期限范围（月）', 'Publicity window in months'));

export const Periods = z
  .strictObject({
    mode: PERIOD_MODES.optional(),
    mode_basis: SettingBasis.optional(),
    start: z
      .strictObject({
        event: PERIOD_START_EVENTS,
        custodial_sentence: PERIOD_START_EVENTS.optional().meta(describe('判处自由刑的，起算事件', 'Start event where a custodial sentence was imposed')),
        basis: SettingBasis,
      })
      .optional()
      .meta(describe('期限起算', 'When the period starts')),
    extension: z.strictObject({ until: PERIOD_EXTENSIONS, basis: SettingBasis }).optional().meta(describe('期限延长', 'When the period is extended')),
    end_action: z.strictObject({ action: PERIOD_END_ACTIONS, basis: SettingBasis }).optional().meta(describe('期满处理', 'What happens at expiry')),
    cap: z
      .strictObject({
        max_months: z.int().min(1).meta(describe('失信信息披露期限上限（月）', 'Longest disclosure period of dishonesty information, months')),
        exempt_levels: Levels.optional().meta(describe('另有规定即不受上限限制的依据层级（默认同 non_standard_period）', 'Levels whose own period is not capped (default: those of non_standard_period)')),
        basis: SettingBasis,
      })
      .optional()
      .meta(describe('披露期限上限', 'Cap on the disclosure period')),
    tiers: z
      .strictObject({ minor: Tier, general: Tier, serious: Tier, basis: SettingBasis })
      .optional()
      .meta(describe('按失信程度的公示期限（默认为国家信用修复规定）', 'Publicity windows by severity (default: the national repair rules)')),
  })
  .meta(describe('公开和保存期限规则', 'Disclosure and retention period rules'));

export const NatureLabels = z
  .strictObject({
    basic: NonEmptyText.optional(),
    dishonesty: NonEmptyText.optional(),
    other: NonEmptyText.optional(),
    trustworthy: NonEmptyText.optional(),
  })
  .meta(describe('信息性质在本辖区的名称（如“不良信息”“守信信息”）', 'What this jurisdiction calls each nature (e.g. 不良信息, 守信信息)'));

export const IncentiveKindLabels = z
  .strictObject({
    administrative: NonEmptyText.optional(),
    market: NonEmptyText.optional(),
    social: NonEmptyText.optional(),
  })
  .meta(describe('守信激励类别在本辖区的名称（如“政务便利类”）', 'What this jurisdiction calls each kind of incentive (e.g. 政务便利类)'));

export const AddedGround = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9_]*$/).meta(describe('编号（小写字母、数字、下划线）', 'ID (lowercase letters, digits, underscores)')),
    zh: NonEmptyText.meta(describe('名称', 'Name')),
    en: NonEmptyText.optional(),
    basis: SettingBasis,
  })
  .meta(describe('本辖区法规增设的严重失信主体名单领域', 'A serious-dishonesty ground the jurisdiction’s regulation adds'));

export const CATALOGUE_ELEMENTS = labelledEnum(
  {
    sector: { zh: '行业领域', en: 'Sector' },
    data_code: { zh: '数据代码', en: 'Data code' },
    data_format: { zh: '数据格式', en: 'Data format' },
    coverage: { zh: '覆盖范围', en: 'Coverage' },
    information_items: { zh: '信息项', en: 'Information items' },
    collection_channel: { zh: '归集来源和渠道', en: 'Source and channel of collection' },
  },
  { zh: '目录要素', en: 'Catalogue element' },
);

export const Jurisdiction = z
  .strictObject({
    name: NonEmptyText.meta(describe('名称', 'Name', { examples: ['某某省'] })),
    name_en: NonEmptyText.optional(),
    level: JURISDICTION_LEVELS,
    self_name: NonEmptyText.optional().meta(describe('网站上的自称（默认按级别：本省、本市、本县）', 'How the site refers to the jurisdiction (default by level: 本省, 本市, 本县)')),
    division_code: z.string().regex(/^\d{6}$/).meta(describe('行政区划代码', 'Administrative division code', { examples: ['110000'] })),
    parent_division_code: z.string().regex(/^\d{6}$/).optional().meta(describe('上级行政区划代码（设区的市、县级填写上级）', 'Parent division code (for a city or county, the level above)')),
    example: z.boolean().meta(describe('是否为示例数据（网站会显著标注）', 'Whether this is example data (the site says so prominently)')),
    approving_body: NonEmptyText.meta(describe('审定机关（各清单未另行配置时）', 'The approving body (for lists not configured otherwise)')),
    approving_body_basis: SettingBasis.optional(),
    credit_office: NonEmptyText.meta(describe('信用办', 'The credit office')),
    contact: z
      .strictObject({
        channel: AccountFreeChannel,
        example: z
          .boolean()
          .optional()
          .meta(describe('是否为示例地址（官方文本未载明时填写 true，网站注明“示例”）', 'Whether the address is an example (true where the official texts give none; the site says so)')),
      })
      .optional()
      .meta(
        describe(
          '信用办受理意见的联系方式：每项征求意见都同时提供这一无需账号的渠道',
          'The credit office’s contact for comments: every consultation offers this channel, which needs no account',
        ),
      ),
    approvers: uniqueList(NonEmptyText).min(1).meta(describe('有权记录审定的代码托管平台账号', 'Forge accounts that may record approvals')),
    consultation: z
      .strictObject({
        minimum_days: z.int().min(1).meta(describe('征求意见最少天数', 'Minimum consultation length in days')),
        basis: SettingBasis.optional(),
        default_channel: Channel,
      })
      .meta(describe('公开征求意见', 'Public consultation')),
    onboarding: z
      .strictObject({
        until: IsoDate.meta(describe('接入期截止日期（含当日）', 'Last day of onboarding (inclusive)')),
        note: NonEmptyText.optional().meta(describe('说明（如接入的现行版本及其审定文件）', 'Note (such as the edition in force being imported and its approval)')),
      })
      .optional()
      .meta(
        describe(
          '接入期：在此期间可导入已施行的条目（imported）；期满后每个条目都须在本仓库经征求意见和审定',
          'Onboarding: until this date, entries already in force may be imported (imported); after it, every entry goes through consultation and approval here',
        ),
      ),
    lists: z
      .strictObject({
        catalogue: CatalogueProcedure.optional(),
        measure: ListProcedure.optional(),
        exemption: ListProcedure.optional(),
        incentive: ListProcedure.optional(),
      })
      .optional()
      .meta(describe('各清单的审定机关和程序', 'Who approves each list, and how')),
    sufficient_levels: SufficientLevels.optional(),
    time_limits: TimeLimits.optional(),
    periods: Periods.optional(),
    catalogue_elements: z
      .strictObject({ required: z.array(CATALOGUE_ELEMENTS).min(1), basis: SettingBasis })
      .optional()
      .meta(describe('目录事项还须写明的要素', 'Further elements each catalogue item must state')),
    nature_labels: NatureLabels.optional(),
    incentive_kind_labels: IncentiveKindLabels.optional(),
    trustworthy_information: SettingBasis.optional().meta(describe('设有守信信息（trustworthy）性质的依据；不填则不可使用该性质', 'The article that provides for trustworthy information; without it that nature is not allowed')),
    serious_list_grounds: z.array(AddedGround).min(1).optional().meta(describe('本辖区增设的严重失信主体名单领域', 'Serious-dishonesty grounds the jurisdiction adds')),
    categories: uniqueList(NonEmptyText).min(1).meta(describe('目录信息类别', 'Catalogue categories')),
    categories_en: z
      .record(NonEmptyText, NonEmptyText)
      .optional()
      .meta(describe('目录信息类别的英文名称（键为上面的类别名称），用于英文界面', 'English names of the catalogue categories (keyed by the names above), for the English interface')),
    national_catalogue: z
      .array(NonEmptyText)
      .max(MAX_LIST_ITEMS)
      .optional()
      .meta(describe('全国公共信用信息基础目录已列事项名称（补充目录不得重复）', 'Titles already in the national base catalogue (the supplement must not repeat them)')),
    departments: uniqueList(Department, (d) => d.id).min(1).meta(describe('部门', 'Departments')),
    upstream: z
      .array(UpstreamPin)
      .min(1)
      .optional()
      .meta(describe('本辖区清单所依据的上级清单（固定版本）；引用其条目时写“行政区划代码:编号”，如 110000:ML-0023', 'Upper levels whose published lists this repository builds on (pinned); cite their entries as <division code>:<ID>, e.g. 110000:ML-0023')),
    repository_url: HttpUrl.meta(describe('仓库地址（用于评论链接）', 'Repository URL, for comment links')),
    site_url: HttpUrl.optional().meta(describe('网站地址', 'Published site URL')),
  })
  .meta({ ...describe('辖区配置', 'Jurisdiction configuration') });
export type Jurisdiction = z.infer<typeof Jurisdiction>;
