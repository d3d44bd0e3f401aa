// The published format of a release (<archive>/<version>/*.json): distinct from the authoring model it is built from.
// Entries keep the authoring field names (snake_case) so YAML and JSON read the same; release metadata is camelCase.
import { z } from 'zod';
import { Basis } from './basis.ts';
import { CatalogueItem } from './catalogue.ts';
import { BASIS_ID_PATTERN, describe, IsoDate, labelledEnum, NonEmptyText, PullRequest, SEMVER_PATTERN, Sha256 } from './common.ts';

export { SEMVER_PATTERN, Sha256 };
import { Exemption } from './exemption.ts';
import { Incentive } from './incentive.ts';
import { JURISDICTION_LEVELS, Department, IncentiveKindLabels, NatureLabels } from './jurisdiction.ts';
import { Measure } from './measure.ts';
import { ARCHIVE, LIST_KINDS, LISTS, PUBLISHED_LISTS, type ListKind, type PublishedList } from './lists.ts';

export { PUBLISHED_LISTS, type PublishedList };

/**
 * major.minor of the published format; the major is the `/api/v<major>/` path, minors only add.
 * 1.1: the CSV headers are the field registry's labels (1.0 releases keep theirs, see lib/release/csv.ts);
 * the incentive list (incentives.json, incentives.csv) is published.
 * 1.2: the manifest's jurisdiction may carry nature_labels and incentive_kind_labels, the jurisdiction's own words for
 * natures and kinds of incentive, which its CSVs write.
 */
export const FORMAT_VERSION = '1.2';
/** The format from which a manifest may carry the jurisdiction's nature labels. */
export const NATURE_LABELS_SINCE = '1.2';
export const FORMAT_MAJOR = 1;
const FIRST_FORMAT = '1.0';

/** Whether format `a` (major.minor) is at least `b`. */
export function formatAtLeast(a: string, b: string): boolean {
  const [am, an] = a.split('.').map(Number) as [number, number];
  const [bm, bn] = b.split('.').map(Number) as [number, number];
  return am > bm || (am === bm && an >= bn);
}

/** The lists a release of a format publishes, by published name: each list from the format it joined in. */
export function publishedListsIn(format: string): PublishedList[] {
  return LIST_KINDS.filter((k) => formatAtLeast(format, LISTS[k].since)).map((k) => LISTS[k].published);
}

export const FormatVersion = z
  .string()
  .regex(/^1\.\d+$/)
  .meta(describe('发布格式版本（主版本.次版本）', 'Version of the published format (major.minor)', { examples: [FORMAT_VERSION] }));


export const ReleaseVersion = z
  .string()
  .regex(SEMVER_PATTERN)
  .meta(describe('发布版本号（语义化版本）', 'Release version (semver)', { examples: ['2.0.0'] }));

export const Edition = NonEmptyText.meta(describe('版次，如“2026年版”“2026年第2版”', 'Edition label', { examples: ['2026年版', '2026年第2版'] }));


import { LEGAL_STATUS } from './legal-status.ts';

export { LEGAL_STATUS, type LegalStatus } from './legal-status.ts';

export const PUBLISHED_STATUS = z
  .enum(['approved', 'repealed'])
  .meta(describe('状态：已审定或已废止（发布内容不含建议、征求意见中或未予采纳的条目）', 'Status: approved or repealed (a release never holds proposals, consultations or rejections)'));

const publishedFields = {
  id: z.string().regex(/^[A-Z]{2}-\d{4}$/).meta(describe('条目编号', 'Entry ID', { examples: ['ML-0001'] })),
  status: PUBLISHED_STATUS,
  legal_status: LEGAL_STATUS,
};

const [recordItem, seriousListItem] = CatalogueItem.options;
export const PublishedCatalogueItem = z
  .discriminatedUnion('kind', [recordItem.safeExtend(publishedFields), seriousListItem.safeExtend(publishedFields)])
  .meta(describe('已发布的目录事项', 'A published catalogue item'));
export type PublishedCatalogueItem = z.infer<typeof PublishedCatalogueItem>;

const [rightsReducing, management, voluntaryMarket] = Measure.options;
export const PublishedMeasure = z
  .discriminatedUnion('kind', [rightsReducing.safeExtend(publishedFields), management.safeExtend(publishedFields), voluntaryMarket.safeExtend(publishedFields)])
  .meta(describe('已发布的惩戒措施', 'A published measure'));
export type PublishedMeasure = z.infer<typeof PublishedMeasure>;

export const PublishedExemption = Exemption.safeExtend(publishedFields).meta(describe('已发布的豁免行为', 'A published exemption'));
export type PublishedExemption = z.infer<typeof PublishedExemption>;

export const PublishedIncentive = Incentive.safeExtend(publishedFields).meta(describe('已发布的守信激励措施', 'A published incentive'));
export type PublishedIncentive = z.infer<typeof PublishedIncentive>;

export const PublishedBasis = Basis.safeExtend({
  id: z.string().regex(BASIS_ID_PATTERN).meta(describe('依据编号', 'Basis ID', { examples: ['provincial-credit-regulation'] })),
}).meta(describe('法律依据', 'A legal instrument'));
export type PublishedBasis = z.infer<typeof PublishedBasis>;

/** What every payload says about itself. */
const envelope = {
  formatVersion: FormatVersion,
  version: ReleaseVersion,
  edition: Edition,
  releaseDate: IsoDate.meta(describe('发布日期：所发布的最后一项审定、废止或勘误的日期', 'Release date: the latest approval, repeal or correction it publishes')),
};

const listFile = <K extends keyof typeof LISTS, E extends z.ZodType>(kind: K, entry: E) =>
  z
    .strictObject({ ...envelope, list: z.literal(LISTS[kind].published), entries: z.array(entry).meta(describe('条目，按编号排序', 'Entries, sorted by ID')) })
    .meta(describe(`${LISTS[kind].label.zh}（发布版）`, `${LISTS[kind].label.en} (release)`));

export const CatalogueFile = listFile('catalogue', PublishedCatalogueItem);
export const MeasuresFile = listFile('measure', PublishedMeasure);
export const ExemptionsFile = listFile('exemption', PublishedExemption);
export const IncentivesFile = listFile('incentive', PublishedIncentive);
export type CatalogueFile = z.infer<typeof CatalogueFile>;
export type MeasuresFile = z.infer<typeof MeasuresFile>;
export type ExemptionsFile = z.infer<typeof ExemptionsFile>;
export type IncentivesFile = z.infer<typeof IncentivesFile>;

export const BasesFile = z
  .strictObject({ ...envelope, bases: z.array(PublishedBasis).meta(describe('法律依据，按编号排序', 'Legal instruments, sorted by ID')) })
  .meta(describe('法律依据登记册（发布版）', 'Legal-basis register (release)'));
export type BasesFile = z.infer<typeof BasesFile>;

export const PublishedJurisdiction = z
  .strictObject({
    name: NonEmptyText,
    name_en: NonEmptyText.optional(),
    level: JURISDICTION_LEVELS,
    division_code: z.string().regex(/^\d{6}$/),
    example: z.boolean().meta(describe('是否为示例数据（非官方发布）', 'Whether this is example data, not an official publication')),
    approving_body: NonEmptyText,
    credit_office: NonEmptyText,
    departments: z.array(Department).meta(describe('部门（条目中的部门编号在此解析为名称）', 'Departments: resolves the department IDs used in entries')),
    nature_labels: NatureLabels.optional().meta(describe('本辖区对信息性质的称呼（格式 1.2 起；CSV 按此书写，JSON 中的取值不变）', 'What the jurisdiction calls each nature (from format 1.2; the CSVs write these, the JSON values stay)')),
    incentive_kind_labels: IncentiveKindLabels.optional().meta(describe('本辖区对激励类别的称呼（格式 1.2 起；CSV 按此书写，JSON 中的取值不变）', 'What the jurisdiction calls each kind of incentive (from format 1.2; the CSVs write these, the JSON values stay)')),
  })
  .meta(describe('辖区', 'Jurisdiction'));
export type PublishedJurisdiction = z.infer<typeof PublishedJurisdiction>;

const count = z.int().min(0);
export const ListCounts = z
  .strictObject({ total: count, inForce: count, scheduled: count, amendmentScheduled: count, repealScheduled: count, repealed: count })
  .meta(describe('按效力状态计数', 'Counts by legal status'));

export const ManifestFileRecord = z
  .strictObject({
    path: z.string().regex(/^[a-z]+\.(json|csv)$/).meta(describe('文件名', 'File name')),
    bytes: z.int().min(0).meta(describe('字节数', 'Size in bytes')),
    sha256: Sha256,
    mediaType: z.enum(['application/json', 'text/csv; charset=utf-8; header=present']),
    schema: z.string().optional().meta(describe('该文件所符合的 JSON Schema（位于 /api/v1/schemas/）', 'The JSON Schema the file conforms to (under /api/v1/schemas/)')),
  })
  .meta(describe('发布文件', 'A file of the release'));

/** An upper level's release that this one was built on (a layered repository's `upstream:`). */
export const PublishedUpstream = z
  .strictObject({
    divisionCode: z.string().regex(/^\d{6}$/),
    name: NonEmptyText,
    version: ReleaseVersion,
    manifestSha256: Sha256.meta(describe('所依据版本 manifest.json 的 SHA-256', 'SHA-256 of that release’s manifest.json')),
  })
  .meta(describe('所依据的上级发布版本', 'An upstream release this one builds on'));

export const Manifest = z
  .strictObject({
    ...envelope,
    previousVersion: ReleaseVersion.optional().meta(describe('上一发布版本（首个版本没有）', 'The previous release (absent for the first)')),
    jurisdiction: PublishedJurisdiction,
    upstream: z
      .array(PublishedUpstream)
      .min(1)
      .optional()
      .meta(describe('本版本所依据的上级发布版本（分层的辖区才有）', 'The upstream releases this one was built on (layered jurisdictions only)')),
    counts: z.strictObject({
      // A list first published in a later format is optional: manifests of earlier releases have no count for it.
      ...(Object.fromEntries(LIST_KINDS.map((k) => [LISTS[k].published, LISTS[k].since === FIRST_FORMAT ? ListCounts : ListCounts.optional()])) as Record<PublishedList, typeof ListCounts>),
      bases: count,
    }),
    files: z.array(ManifestFileRecord).meta(describe('本版本的其他全部文件，按文件名排序', 'Every other file of the release, sorted by name')),
  })
  .meta(describe('发布清单（manifest）', 'Release manifest'));
export type Manifest = z.infer<typeof Manifest>;

export const CHANGE_KINDS = labelledEnum(
  {
    added: { zh: '新增', en: 'Added' },
    amended: { zh: '修订', en: 'Amended' },
    corrected: { zh: '勘误', en: 'Corrected' },
    repealed: { zh: '废止', en: 'Repealed' },
  },
  { zh: '变更类型', en: 'Kind of change' },
);
export type ChangeKind = z.infer<typeof CHANGE_KINDS>;

export const FieldChange = z
  .strictObject({
    path: z.string().min(1).meta(describe('字段路径（以点分隔）', 'Dotted field path', { examples: ['disclosure.period'] })),
    old: z.json().optional().meta(describe('原值（新增字段时没有）', 'Old value (absent when the field was added)')),
    new: z.json().optional().meta(describe('新值（删除字段时没有）', 'New value (absent when the field was removed)')),
  })
  .meta(describe('字段变更', 'A field change'));
export type FieldChange = z.infer<typeof FieldChange>;

export const DecisionRef = z
  .strictObject({
    body: NonEmptyText,
    date: IsoDate,
    document_number: NonEmptyText,
    pull_request: PullRequest.optional(),
  })
  .meta(describe('据以变更的审定记录（审定机关、日期、文号）', 'The approval behind the change: body, date, document number'));

export const Change = z
  .strictObject({
    list: z.enum(PUBLISHED_LISTS as [PublishedList, ...PublishedList[]]),
    id: z.string(),
    title: NonEmptyText,
    change: CHANGE_KINDS,
    effective: IsoDate.meta(describe('生效日期（新增、修订：施行日期；废止：废止生效日期；勘误：勘误日期）', 'Effective date (added/amended: in force from; repealed: repeal effective; corrected: date of the correction)')),
    approval: DecisionRef,
    reason: NonEmptyText.optional().meta(describe('理由或说明', 'Reason or note')),
    fields: z.array(FieldChange).optional().meta(describe('逐字段的原值和新值（修订、勘误）', 'Field by field, old and new (amended, corrected)')),
  })
  .meta(describe('一个条目的变更', 'A change to one entry'));
export type Change = z.infer<typeof Change>;

export const ChangesFile = z
  .strictObject({
    ...envelope,
    previousVersion: ReleaseVersion.optional().meta(describe('比较的上一版本（首个版本没有，全部条目记为新增）', 'The release compared against (absent for the first: every entry is added)')),
    summary: z.strictObject({ added: count, amended: count, corrected: count, repealed: count }),
    changes: z.array(Change).meta(describe('按清单、编号排序', 'Sorted by list, then ID')),
  })
  .meta(describe('与上一版本相比的变更（changes.json）', 'Changes since the previous release'));
export type ChangesFile = z.infer<typeof ChangesFile>;

export const IndexRecord = z
  .strictObject({
    version: ReleaseVersion,
    edition: Edition,
    releaseDate: IsoDate,
    formatVersion: FormatVersion,
    previousVersion: ReleaseVersion.optional(),
    manifestSha256: Sha256.meta(describe('该版本 manifest.json 的 SHA-256', 'SHA-256 of that version’s manifest.json')),
  })
  .meta(describe('一个已发布版本', 'A published version'));

export const ReleaseIndex = z
  .strictObject({
    formatVersion: FormatVersion,
    latest: ReleaseVersion,
    releases: z.array(IndexRecord).min(1).meta(describe('全部版本，新版本在前', 'Every version, newest first')),
  })
  .meta(describe(`版本索引（${ARCHIVE.dir}/${ARCHIVE.index}）`, 'Index of every release'));
export type ReleaseIndex = z.infer<typeof ReleaseIndex>;

/** Every published JSON document: its file name in a release and its schema file (relative `$id`). */
const listDocument = <L extends PublishedList, S extends z.ZodType>(list: L, schema: S) => ({ file: `${list}.json` as const, schemaFile: `${list}.schema.json` as const, schema });

/** Each list's release file schema, by list kind. */
export const LIST_FILE_SCHEMAS = { catalogue: CatalogueFile, measure: MeasuresFile, exemption: ExemptionsFile, incentive: IncentivesFile } as const satisfies Record<ListKind, z.ZodType>;

const listDocuments = Object.fromEntries(LIST_KINDS.map((k) => [LISTS[k].published, listDocument(LISTS[k].published, LIST_FILE_SCHEMAS[k])])) as unknown as {
  [L in PublishedList]: { file: `${L}.json`; schemaFile: `${L}.schema.json`; schema: z.ZodType };
};

export const PUBLISHED_SCHEMAS = {
  ...listDocuments,
  bases: { file: 'bases.json', schemaFile: 'bases.schema.json', schema: BasesFile },
  changes: { file: 'changes.json', schemaFile: 'changes.schema.json', schema: ChangesFile },
  manifest: { file: 'manifest.json', schemaFile: 'manifest.schema.json', schema: Manifest },
  index: { file: ARCHIVE.index, schemaFile: 'index.schema.json', schema: ReleaseIndex },
} as const satisfies Record<string, { file: string; schemaFile: string; schema: z.ZodType }>;
export type PublishedDocument = keyof typeof PUBLISHED_SCHEMAS;
