// The scaffolder's core: a new entry in the proposal state (or a new legal basis), valid as written, every field commented.
import path from 'node:path';
import { stringify } from 'yaml';
import type { z } from 'zod';
import {
  BASIS_ID_PATTERN,
  BASIS_LEVELS,
  DISCLOSURE_MODES,
  EXEMPTION_EFFECTS,
  EXEMPTION_GROUNDS,
  FILE_KINDS,
  INCENTIVE_KINDS,
  LIST_KINDS,
  MEASURE_KINDS,
  NATURE,
  SEVERITY,
  SHARING_MODES,
  SUBJECT_TYPES,
  type BasisLevel,
  type FileKind,
  type Label,
  type ListKind,
} from '../schemas/index.ts';
import { usedIds, nextSerialId } from './ids.ts';
import { modelineFor, Repository } from './repository.ts';
import { suggestBasis, suggestDepartment } from './suggest.ts';
import { UsageError } from './validate.ts';
import type { Bilingual } from './diagnostics.ts';

export type ScaffoldKind = ListKind | 'basis';
export const SCAFFOLD_KINDS: ScaffoldKind[] = [...LIST_KINDS, 'basis'];

export interface ScaffoldInput {
  kind: ScaffoldKind;
  title: string;
  /** Proposal date, YYYY-MM-DD. */
  date: string;
  department?: string;
  content?: string;
  category?: string;
  basis?: string;
  articles?: string[];
  triggers?: string[];
  /** Basis only. */
  id?: string;
  level?: BasisLevel;
  issuer?: string;
  article?: string;
  text?: string;
}

export interface Scaffolded {
  id: string;
  /** Repository-relative path. */
  file: string;
  text: string;
}

/** An answer taken (perhaps as the code it names), or refused with the reason. */
export type Answer = { value: string; recognised?: Bilingual } | { refused: Bilingual };

/**
 * A department as a clerk gives it: its ID, or its registered name (某省财政厅 → finance). A misspelt ID is refused
 * with the one it resembles; anything else with the registered departments.
 */
export function departmentAnswer(answer: string, departments: readonly { id: string; name: string }[]): Answer {
  const given = answer.trim();
  if (departments.some((d) => d.id === given)) return { value: given };
  const meant = suggestDepartment(given, departments);
  if (meant?.by === 'name') return { value: meant.code, recognised: { zh: `已按部门名称“${meant.name}”取其编号 ${meant.code}`, en: `Taken as ${meant.code}, the ID of ${meant.name}` } };
  const known = departments.map((d) => `${d.id}（${d.name}）`).join('、');
  if (meant)
    return { refused: { zh: `“${given}”不是已登记的部门编号。您是不是要写 ${meant.code}（${meant.name}）？`, en: `"${given}" is not a registered department ID. Did you mean ${meant.code} (${meant.name})?` } };
  return {
    refused: given
      ? { zh: `“${given}”既不是已登记的部门编号，也不是已登记的部门名称。可填：${known}`, en: `"${given}" is neither a registered department ID nor a registered name. Registered: ${departments.map((d) => d.id).join(', ')}` }
      : { zh: `请填写部门编号或名称。可填：${known}`, en: `Give a department ID or name. Registered: ${departments.map((d) => d.id).join(', ')}` },
  };
}

/** A legal basis as a clerk gives it: its ID, or its title (保障农民工工资支付条例 → wage-payment-regulation). */
export function basisAnswer(answer: string, bases: readonly { id: string; title: string }[]): Answer {
  const given = answer.trim();
  if (bases.some((b) => b.id === given)) return { value: given };
  const meant = suggestBasis(given, bases);
  if (meant?.by === 'name') return { value: meant.code, recognised: { zh: `已按名称《${meant.name}》取其编号 ${meant.code}`, en: `Taken as ${meant.code}, the ID of ${meant.name}` } };
  if (meant) return { refused: { zh: `“${given}”不是登记册中的依据编号。您是不是要写 ${meant.code}（《${meant.name}》）？`, en: `"${given}" is not a basis ID in the register. Did you mean ${meant.code} (${meant.name})?` } };
  return {
    refused: {
      zh: `“${given}”不在法律依据登记册中。可填：${bases.map((b) => `${b.id}（《${b.title}》）`).join('、')}；新依据先用 npm run new -- basis 登记`,
      en: `"${given}" is not in the legal-basis register. Registered: ${bases.map((b) => b.id).join(', ')}; register a new one first with npm run new -- basis`,
    },
  };
}

/** What the repository offers as choices and defaults: departments, categories, bases, triggers. */
export interface Choices {
  divisionCode: string;
  departments: { id: string; name: string }[];
  categories: string[];
  /** Legal bases in the register, the jurisdiction's own local regulations first. */
  bases: { id: string; title: string; articles: string[] }[];
  /** Live dishonesty items that can trigger a measure. */
  triggers: { id: string; title: string }[];
  /** Live positive items (honours, evaluation results…) that can qualify a subject for an incentive. */
  qualifying: { id: string; title: string }[];
}

export function choices(root: string): Choices {
  const repo = new Repository(root);
  const j = repo.jurisdiction.entry;
  if (!j) throw new UsageError(`无法读取 ${path.join(root, 'jurisdiction.yaml')}：请先运行 npm run validate`, `Cannot read jurisdiction.yaml in ${root}: run npm run validate first`);
  const own = (b: { level: string; jurisdiction: string }) => b.level === 'local_regulation' && b.jurisdiction === j.division_code;
  const bases = repo
    .all('basis')
    .flatMap((f) => (f.entry && f.entry.status !== 'repealed' ? [{ id: f.id, entry: f.entry }] : []))
    .sort((a, b) => Number(own(b.entry)) - Number(own(a.entry)) || a.id.localeCompare(b.id))
    .map(({ id, entry }) => ({ id, title: entry.title, articles: entry.articles.map((a) => a.number) }));
  const live = repo.all('catalogue').filter((f) => f.entry && f.entry.status !== 'repealed' && f.entry.status !== 'rejected');
  const items = (dishonesty: boolean) => live.filter((f) => (f.entry!.nature === 'dishonesty') === dishonesty).map((f) => ({ id: f.id, title: f.entry!.title }));
  return { divisionCode: j.division_code, departments: j.departments.map((d) => ({ id: d.id, name: d.name })), categories: j.categories, bases, triggers: items(true), qualifying: items(false) };
}

// ——— YAML writing: values through the yaml library (quoting done right), comments written here.

const scalar = (v: string | number | boolean) => stringify(v, { lineWidth: 0 }).trimEnd();
const date = (d: string) => JSON.stringify(d);
const flow = (items: string[]) => `[${items.map(scalar).join(', ')}]`;
const legend = (e: { labels: Record<string, Label> }) =>
  Object.entries(e.labels)
    .map(([v, l]) => `${v} ${l.zh}`)
    .join(' / ');

/** The Chinese title the model gives a top-level field, as its comment. */
function titleOf(kind: FileKind, field: string): string {
  const schema = FILE_KINDS[kind].schema as unknown as { _zod: { def: { shape?: Record<string, z.ZodType>; options?: { shape: Record<string, z.ZodType> }[] } } };
  const shapes = schema._zod.def.shape ? [schema._zod.def.shape] : (schema._zod.def.options ?? []).map((o) => o.shape);
  for (const shape of shapes) {
    // Optional fields carry their title on the inner schema.
    for (let s = shape[field] as (z.ZodType & { _zod: { def: { innerType?: z.ZodType } } }) | undefined; s; s = s._zod.def.innerType as typeof s) {
      const title = (s.meta() as { title?: string } | undefined)?.title;
      if (title) return title.replace(/\s+[A-Za-z].*$/, '');
    }
  }
  return field;
}

function line(key: string, value: string, comment: string, indent = ''): string {
  return `${indent}${key}: ${value}  # ${comment}`;
}

function lifecycle(kind: ListKind, department: string, on: string): string[] {
  return [
    line('status', 'proposed', '状态：拟纳入建议（征求意见、审定时由信用办更新）'),
    `proposal:  # ${titleOf(kind, 'proposal')}`,
    line('department', scalar(department), '提出建议的部门', '  '),
    line('date', date(on), '提出日期', '  '),
    `history:  # ${titleOf(kind, 'history')}：每一步在末尾追加一条`,
    `  - {date: ${date(on)}, event: proposed}`,
  ];
}

function citation(kind: ListKind, basis: string, articles: string[]): string[] {
  return [`bases:  # ${titleOf(kind, 'bases')}：请改为本条目的实际依据（bases/ 中的编号和条款）`, `  - basis: ${basis}`, `    articles: ${flow(articles)}`];
}

function render(input: Required<Pick<ScaffoldInput, 'kind' | 'title' | 'date'>> & ScaffoldInput, c: Choices, id: string): string {
  const kind = input.kind;
  const spec = FILE_KINDS[kind];
  const head = [
    modelineFor(spec),
    kind === 'basis'
      ? `# ${spec.label.zh}：${input.title}（${id}），由 npm run new 于 ${input.date} 生成。条文须逐字引用官方文本。`
      : `# ${spec.label.zh}的拟纳入建议 ${id}，由 npm run new 于 ${input.date} 生成。各字段已填入能通过校验的初始值，请逐项核对、改为实际内容。`,
    kind === 'basis'
      ? '# A legal instrument for the register, generated by npm run new. Articles are quoted verbatim from the official text.'
      : '# A new proposal generated by npm run new: every field holds a valid starting value; check and edit each one.',
  ];
  if (kind === 'basis') {
    const level = input.level!;
    const local = level === 'local_regulation' || level === 'local_government_rule';
    return [
      ...head,
      line('title', scalar(input.title), titleOf('basis', 'title')),
      line('level', level, `效力层级：${legend(BASIS_LEVELS)}`),
      line('jurisdiction', scalar(local ? c.divisionCode : 'national'), '适用地域：national 或六位行政区划代码'),
      line('issuer', scalar(input.issuer!), titleOf('basis', 'issuer')),
      line('status', 'in_force', '时效性：in_force 现行有效 / not_yet_in_force 尚未施行 / repealed 已废止'),
      `articles:  # ${titleOf('basis', 'articles')}：条文原文，逐字引用，不得改写`,
      `  - number: ${input.article!}`,
      `    text: ${scalar(input.text!)}`,
      '',
    ].join('\n');
  }
  const department = input.department!;
  const basis = input.basis ?? c.bases[0]?.id;
  if (!basis) throw new UsageError('法律依据登记册（bases/）是空的：请先用 npm run new -- basis 登记依据', 'The legal-basis register (bases/) is empty: register an instrument first with npm run new -- basis');
  const articles = input.articles?.length ? input.articles : [c.bases.find((b) => b.id === basis)?.articles[0] ?? '第一条'];
  const content = input.content ?? input.title;
  const subjects = flow(['legal_person', 'unincorporated_organization']);
  const subjectsComment = `主体类型：${legend(SUBJECT_TYPES)}`;
  if (kind === 'catalogue')
    return [
      ...head,
      line('kind', 'record', '事项类型：record 一般信息事项 / serious_dishonesty_list 严重失信主体名单'),
      line('title', scalar(input.title), titleOf(kind, 'title')),
      line('category', scalar(input.category ?? c.categories[0]!), '信息类别：须为 jurisdiction.yaml 中 categories 之一'),
      line('nature', 'dishonesty', `信息性质：${legend(NATURE)}`),
      line('severity', 'general', `失信程度：${legend(SEVERITY)}（公示期限随之不同）`),
      `repair:  # 信用修复：不可修复的，须引用明确规定的依据`,
      line('repairable', 'true', '可以修复', '  '),
      line('content', scalar(content), titleOf(kind, 'content')),
      line('subject_types', subjects, subjectsComment),
      line('providers', flow([department]), titleOf(kind, 'providers')),
      ...citation(kind, basis, articles),
      `disclosure:  # 公开属性`,
      line('mode', 'public', `公开方式：${legend(DISCLOSURE_MODES)}`, '  '),
      line('period', '{years: 1}', '公示期限：轻微不公示，一般 3个月至1年，严重 1至3年', '  '),
      `sharing:  # 共享属性`,
      line('mode', 'conditional', `共享方式：${legend(SHARING_MODES)}`, '  '),
      line('scope', scalar('省公共信用信息平台及省直有关部门'), '共享范围', '  '),
      line('retention', '{years: 5}', titleOf(kind, 'retention')),
      line('update_frequency', 'within_7_working_days', '更新频次：作出决定后7个工作日内；其他可选值见编辑器提示'),
      ...lifecycle(kind, department, input.date),
      '',
    ].join('\n');
  if (kind === 'measure') {
    const triggers = input.triggers?.length ? input.triggers : c.triggers.slice(0, 1).map((t) => t.id);
    if (!triggers.length)
      throw new UsageError('目录中还没有可触发惩戒措施的失信信息事项：请用 --trigger 指定，或先提出目录事项', 'No dishonesty item in the catalogue can trigger a measure yet: give --trigger, or propose the catalogue item first');
    return [
      ...head,
      line('kind', 'management', `措施类别：${Object.keys(MEASURE_KINDS.labels).join(' / ')}（减损权益 / 管理措施 / 其他组织自行实施）`),
      line('title', scalar(input.title), titleOf(kind, 'title')),
      line('content', scalar(content), titleOf(kind, 'content')),
      `target:  # 惩戒对象`,
      line('subject_types', subjects, subjectsComment, '  '),
      line('responsible_persons', 'false', '是否同时惩戒法定代表人等责任人员（须依据有规定）', '  '),
      line('description', scalar('触发事项所记录的失信主体。'), '惩戒对象说明', '  '),
      line('implementers', flow([department]), '实施单位（部门编号）'),
      line('triggers', flow(triggers), titleOf(kind, 'triggers')),
      ...citation(kind, basis, articles),
      line('duration', scalar('触发事项的失信信息公示期限内。'), titleOf(kind, 'duration')),
      line('ends_when', scalar('公示期限届满或者依法完成信用修复后终止。'), titleOf(kind, 'ends_when')),
      ...lifecycle(kind, department, input.date),
      '',
    ].join('\n');
  }
  if (kind === 'incentive') {
    const qualifying = input.triggers?.length ? input.triggers : c.qualifying.slice(0, 1).map((t) => t.id);
    if (!qualifying.length)
      throw new UsageError('目录中还没有可据以激励的守信信息事项：请用 --trigger 指定，或先提出目录事项', 'No positive item in the catalogue can qualify a subject yet: give --trigger, or propose the catalogue item first');
    return [
      ...head,
      line('title', scalar(input.title), titleOf(kind, 'title')),
      line('kind', 'administrative', `激励类别：${legend(INCENTIVE_KINDS)}`),
      line('content', scalar(content), titleOf(kind, 'content')),
      `beneficiaries:  # 激励对象`,
      line('subject_types', subjects, subjectsComment, '  '),
      line('description', scalar('据以激励的目录事项中记录有相应信息的信用主体。'), '激励对象说明', '  '),
      line('qualifying', flow(qualifying), titleOf(kind, 'qualifying')),
      line('condition', scalar('所列目录事项中记录的信息须达到的具体结果（如获得县级以上表彰），请改为实际条件。'), '适用条件：不得只写“信用良好”'),
      ...citation(kind, basis, articles),
      line('implementers', flow([department]), '实施单位（部门编号）'),
      line('on_application', 'true', '是否须由信用主体申请'),
      line('duration', scalar('所依据信息的公开（披露）期限内。'), titleOf(kind, 'duration')),
      line('ends_when', scalar('所依据的信息期限届满或者被撤销，或者信用主体产生失信信息的，停止激励。'), titleOf(kind, 'ends_when')),
      ...lifecycle(kind, department, input.date),
      '',
    ].join('\n');
  }
  return [
    ...head,
    line('title', scalar(input.title), titleOf(kind, 'title')),
    line('ground', 'other', `豁免情形：${Object.keys(EXEMPTION_GROUNDS.labels).join(' / ')}`),
    line('behaviour', scalar(content), titleOf(kind, 'behaviour')),
    `conditions:  # ${titleOf(kind, 'conditions')}`,
    `  - ${scalar('经依法认定属于上述情形。')}`,
    line('effect', flow(['not_punished']), `豁免效果：${legend(EXEMPTION_EFFECTS)}`),
    line('applies_to', 'all', '适用范围：all 全部，或 {catalogue: [ML-…], measures: [CS-…]}'),
    ...citation(kind, basis, articles),
    ...lifecycle(kind, department, input.date),
    '',
  ].join('\n');
}

/** The new file's ID, path and text; throws a UsageError when an input is not usable. */
export function scaffold(root: string, input: ScaffoldInput, c: Choices = choices(root)): Scaffolded {
  const spec = FILE_KINDS[input.kind];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date) || Number.isNaN(Date.parse(input.date)))
    throw new UsageError(`日期“${input.date}”无效，应为 YYYY-MM-DD`, `Invalid date "${input.date}": use YYYY-MM-DD`);
  if (!input.title.trim()) throw new UsageError('名称不能为空', 'The title cannot be empty');
  const used = usedIds(root);
  let id: string;
  if (input.kind === 'basis') {
    id = input.id ?? '';
    if (!BASIS_ID_PATTERN.test(id))
      throw new UsageError(`依据编号“${id}”无效：用小写字母、数字和连字符，如 provincial-credit-regulation`, `Invalid basis ID "${id}": lowercase letters, digits and hyphens, e.g. provincial-credit-regulation`);
    if (used.has(id)) throw new UsageError(`依据编号 ${id} 已被使用（现有数据、已发布版本或历史中）`, `Basis ID ${id} is already used (in the data, a release or the history)`);
    if (!input.level || !(input.level in BASIS_LEVELS.labels)) throw new UsageError(`效力层级须为：${Object.keys(BASIS_LEVELS.labels).join('、')}`, `The level must be one of ${Object.keys(BASIS_LEVELS.labels).join(', ')}`);
  } else {
    id = nextSerialId(input.kind, used);
    const department = departmentAnswer(input.department ?? '', c.departments);
    if ('refused' in department) throw new UsageError(`${department.refused.zh}（jurisdiction.yaml 的 departments）`, `${department.refused.en} (departments in jurisdiction.yaml)`);
    input = { ...input, department: department.value };
    if (input.basis !== undefined) {
      const basis = basisAnswer(input.basis, c.bases);
      if ('refused' in basis) throw new UsageError(basis.refused.zh, basis.refused.en);
      input = { ...input, basis: basis.value };
    }
  }
  return { id, file: `${spec.folder}/${id}.yaml`, text: render({ ...input }, c, id) };
}
