// Synthetic but valid repositories of any size, for benchmarks: the fixture's jurisdiction and bases, and N generated entries.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { FILE_KINDS, LIST_KINDS, LISTS, type ListKind } from '../schemas/index.ts';
import { modelineFor } from './repository.ts';

const FIXTURE = path.join(import.meta.dirname, '..', 'test', 'fixtures', 'base');

// Words to vary titles and text, so that a search index sees realistic vocabulary rather than one repeated phrase.
const FIELDS = ['食品', '药品', '安全生产', '消防', '环境保护', '建筑施工', '交通运输', '税收', '社会保险', '劳动用工', '招标投标', '政府采购', '医疗卫生', '教育培训', '旅游', '电子商务', '物业服务', '家政服务', '统计', '知识产权'];
const ACTS = ['违法行为行政处罚', '拒不履行生效决定', '提供虚假材料', '未按规定报送信息', '拒不缴纳罚款', '违反承诺', '拖欠款项', '擅自变更经营事项'];

function pick<T>(list: readonly T[], i: number, salt: number): T {
  return list[(i * 7 + salt * 13 + Math.floor(i / list.length)) % list.length]!;
}

const id = (prefix: string, n: number) => `${prefix}${String(n).padStart(4, '0')}`;
const ML = LISTS.catalogue.idPrefix;

// The fixture's own names, so the generated entries resolve against its jurisdiction and register.
const JURISDICTION = parse(readFileSync(path.join(FIXTURE, 'jurisdiction.yaml'), 'utf8')) as { approving_body: string; departments: { id: string }[] };
const DEPARTMENT = JURISDICTION.departments[0]!.id;
const REGULATION = readdirSync(path.join(FIXTURE, 'bases'))
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), level: (parse(readFileSync(path.join(FIXTURE, 'bases', f), 'utf8')) as { level: string }).level }))
  .find((b) => b.level === 'local_regulation')!.id;

const LIFECYCLE = `status: approved
proposal:
  department: ${DEPARTMENT}
  date: "2026-01-05"
consultation:
  opens: "2026-02-01"
  closes: "2026-03-02"
  channel: {kind: forge}
  comments_received: 2
  comments_adopted: 1
  response: 采纳1条。
approval:
  body: ${JURISDICTION.approving_body}
  date: "2026-03-20"
  document_number: 示例〔2026〕1号
  effective: "2026-05-01"
history:
  - {date: "2026-01-05", event: proposed}
  - {date: "2026-02-01", event: consultation_opened}
  - {date: "2026-03-02", event: consultation_closed}
  - {date: "2026-03-20", event: approved, ref: 示例〔2026〕1号}
`;

function catalogueItem(i: number): string {
  const field = pick(FIELDS, i, 1);
  const act = pick(ACTS, i, 2);
  return `${modelineFor(FILE_KINDS.catalogue)}
kind: record
title: ${field}领域${act}信息（第${i}项）
category: 行政许可、行政处罚、行政强制、行政确认、行政征收、行政给付、行政裁决、行政补偿、行政奖励和行政监督检查信息
nature: dishonesty
severity: general
repair:
  repairable: true
content: ${field}领域信用主体${act}，被依法作出行政处罚决定的信息。
subject_types: [legal_person, unincorporated_organization]
providers: [hrss]
bases:
  - basis: ${REGULATION}
    articles: [第十三条第一款第（四）项]
disclosure:
  mode: public
  period: {years: 1}
sharing:
  mode: conditional
  scope: 省公共信用信息平台及省直有关部门
retention: {years: 5}
update_frequency: within_7_working_days
${LIFECYCLE}`;
}

function measure(i: number, items: number): string {
  const field = pick(FIELDS, i, 3);
  return `${modelineFor(FILE_KINDS.measure)}
kind: management
title: ${field}领域列为重点监督管理对象（第${i}项）
content: 在${field}领域日常监督管理中，列为重点监督管理对象，适当提高抽查比例和频次。
target:
  subject_types: [legal_person]
  responsible_persons: false
  description: 有相应失信记录的${field}领域法人。
implementers: [${DEPARTMENT}]
triggers: [${id(ML, (i % items) + 1)}]
bases:
  - basis: ${REGULATION}
    articles: [第三十条]
duration: 失信信息公示期间。
ends_when: 公示期届满或信用修复后解除。
${LIFECYCLE}`;
}

function exemption(i: number, items: number): string {
  const field = pick(FIELDS, i, 5);
  return `${modelineFor(FILE_KINDS.exemption)}
title: ${field}领域适用简易程序的行政处罚信息不纳入（第${i}项）
ground: simple_procedure
behaviour: ${field}领域适用简易程序作出行政处罚的违法行为。
conditions:
  - 行政处罚适用简易程序作出。
effect: [not_recorded]
applies_to:
  catalogue: [${id(ML, (i % items) + 1)}]
bases:
  - basis: ${REGULATION}
    articles: [第十三条第二款]
${LIFECYCLE}`;
}

const PROPOSED = `status: proposed
proposal:
  department: ${DEPARTMENT}
  date: "2026-11-02"
history:
  - {date: "2026-11-02", event: proposed}
`;

/** A new catalogue item as a department proposes it by pull request (status proposed). */
export function proposedCatalogueItem(i: number): string {
  return catalogueItem(i).replace(LIFECYCLE, PROPOSED);
}

/** Path of catalogue item number `i`. */
export const catalogueFile = (i: number) => `catalogue/${id('ML-', i)}.yaml`;

export interface SyntheticCounts {
  catalogue: number;
  measure: number;
  exemption: number;
}

/** The most entries a synthetic repository can hold: IDs have four digits (9,999 per list), half of them catalogue items. */
export const MAX_SYNTHETIC_ENTRIES = 19_998;

/** Split N entries over the three lists: half catalogue items, a third measures, the rest exemptions. */
export function splitCount(n: number): SyntheticCounts {
  const catalogue = Math.max(1, Math.round(n / 2));
  const measure = Math.round(n / 3);
  return { catalogue, measure, exemption: Math.max(0, n - catalogue - measure) };
}

/** Write a valid repository with `n` entries into `dir` (which must be empty or absent). */
export function writeSyntheticRepository(dir: string, n: number): SyntheticCounts {
  const counts = splitCount(n);
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(FIXTURE, 'jurisdiction.yaml'), path.join(dir, 'jurisdiction.yaml'));
  cpSync(path.join(FIXTURE, 'bases'), path.join(dir, 'bases'), { recursive: true });
  const write: Partial<Record<ListKind, (i: number) => string>> = { catalogue: catalogueItem, measure: (i) => measure(i, counts.catalogue), exemption: (i) => exemption(i, counts.catalogue) };
  for (const kind of LIST_KINDS) {
    const { folder, idPrefix } = LISTS[kind];
    mkdirSync(path.join(dir, folder), { recursive: true });
    for (let i = 1; i <= (counts[kind as keyof SyntheticCounts] ?? 0); i++) writeFileSync(path.join(dir, folder, `${id(idPrefix, i)}.yaml`), write[kind]!(i));
  }
  return counts;
}
