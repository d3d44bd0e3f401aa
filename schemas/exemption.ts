// 社会信用惩戒豁免行为清单: a behaviour that is not recorded, not published or not punished.
import { z } from 'zod';
import { ChineseTitle, Citations, describe, EnglishTitle, labelledEnum, MAX_ID_LENGTH, MAX_LIST_ITEMS, NonEmptyText, SUBJECT_TYPES, SubjectTypes, uniqueList } from './common.ts';
import { BASES_FIELD, listRegistry, TITLE_EN_FIELD, type FieldSpec } from './fields.ts';
import { lifecycleFields } from './lifecycle.ts';

export const EXEMPTION_GROUNDS = labelledEnum(
  {
    minor: { zh: '未成年人', en: 'Minors' },
    force_majeure: { zh: '不可抗力（自然灾害、疫情等）', en: 'Force majeure (natural disaster, epidemic)' },
    no_fault: { zh: '非主观故意', en: 'No subjective fault' },
    minor_corrected: { zh: '轻微并及时改正、没有造成危害后果', en: 'Minor violation promptly corrected, no harm' },
    first_violation: { zh: '初次违法且危害后果轻微', en: 'First violation with slight harm' },
    simple_procedure: { zh: '适用简易程序的行政处罚', en: 'Penalty under the simple procedure' },
    harm_removed: { zh: '违法行为轻微且主动消除、减轻危害后果', en: 'Minor violation whose harm was actively removed or reduced' },
    other: { zh: '其他', en: 'Other' },
  },
  { zh: '豁免情形', en: 'Ground of exemption' },
);

export const EXEMPTION_EFFECTS = labelledEnum(
  {
    not_recorded: { zh: '不记录（不纳入）', en: 'Not recorded' },
    not_published: { zh: '不公示', en: 'Not published' },
    not_punished: { zh: '不惩戒', en: 'Not punished' },
    may_not_punish: { zh: '可不惩戒', en: 'May be left unpunished' },
    lenient: { zh: '从轻或减轻惩戒', en: 'Punished leniently' },
  },
  { zh: '豁免效果', en: 'Effect' },
);

const EntryIds = (zh: string, en: string) => uniqueList(z.string().max(MAX_ID_LENGTH)).min(1).meta(describe(zh, en));

export const AppliesTo = z
  .union([
    z.literal('all').meta(describe('适用于全部目录事项和惩戒措施', 'Applies to every catalogue item and measure')),
    z.strictObject({ catalogue: EntryIds('适用的目录事项编号', 'Catalogue item IDs'), measures: EntryIds('适用的惩戒措施编号', 'Measure IDs').optional() }),
    z.strictObject({ measures: EntryIds('适用的惩戒措施编号', 'Measure IDs') }),
  ])
  .meta(describe('适用范围：all，或列出目录事项（catalogue）和/或惩戒措施（measures）编号', 'What it applies to: all, or lists of catalogue item and/or measure IDs'));

export const Exemption = z
  .strictObject({
    title: ChineseTitle.meta(describe('豁免行为名称', 'Name of the exempt behaviour')),
    title_en: EnglishTitle.optional(),
    ground: EXEMPTION_GROUNDS,
    behaviour: NonEmptyText.meta(describe('豁免的行为', 'The exempt behaviour')),
    conditions: z.array(NonEmptyText).min(1).max(MAX_LIST_ITEMS).meta(describe('适用条件（每条一项）', 'Conditions (one per line)')),
    effect: uniqueList(EXEMPTION_EFFECTS).min(1).meta(describe('豁免效果（可多项）', 'Effects (one or more)')),
    applies_to: AppliesTo,
    subject_types: SubjectTypes.optional().meta(describe('豁免涉及的主体类型（如未成年人豁免仅涉及自然人）；不填则不限', 'Subject types the exemption concerns (a minors exemption: natural persons only); all when absent')),
    bases: Citations,
    notes: NonEmptyText.optional().meta(describe('备注（包括对警告的说明）', 'Notes (including explanations of warnings)')),
    ...lifecycleFields,
  })
  .meta({ ...describe('社会信用惩戒豁免行为清单事项', 'An entry of the list of behaviours exempt from credit punishment') });
export type Exemption = z.infer<typeof Exemption>;

/** Every field of an exemption people see, in the order of published exemption lists. */
export const EXEMPTION_FIELDS: readonly FieldSpec[] = listRegistry([
  { path: 'title', label: { zh: '豁免行为名称', en: 'Name of the exempt behaviour' }, value: 'text', show: ['table', 'page', 'csv'] },
  TITLE_EN_FIELD,
  { path: 'ground', label: EXEMPTION_GROUNDS.title, value: 'enum', enum: EXEMPTION_GROUNDS, show: ['table', 'page', 'csv'], facet: 'ground' },
  { path: 'behaviour', label: { zh: '豁免的行为', en: 'The exempt behaviour' }, value: 'text', show: ['page', 'csv'] },
  { path: 'conditions', label: { zh: '适用条件', en: 'Conditions' }, value: 'texts', show: ['table', 'page', 'csv'] },
  { path: 'effect', label: EXEMPTION_EFFECTS.title, value: 'enums', enum: EXEMPTION_EFFECTS, show: ['table', 'page', 'csv'], facet: 'effect' },
  {
    path: 'applies_to',
    label: { zh: '适用范围', en: 'What it applies to' },
    value: 'scope',
    all: { zh: '全部目录事项和惩戒措施', en: 'every catalogue item and measure' },
    show: ['table', 'page', 'csv'],
  },
  { path: 'subject_types', label: { zh: '涉及的主体类型', en: 'Subject types concerned' }, value: 'enums', enum: SUBJECT_TYPES, show: ['page'] },
  BASES_FIELD,
]);
