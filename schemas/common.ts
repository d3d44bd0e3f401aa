// Building blocks shared by every file kind: dates, bilingual labels, citations, durations.
import { z } from 'zod';

/** A value of an enumeration with its Chinese and English names, shown to people. */
export interface Label {
  zh: string;
  en: string;
}

/** The values of one enumeration with their names, and the enumeration's own name. */
export interface EnumLabels<T extends string = string> {
  labels: Record<T, Label>;
  title: Label;
}

/** Every labelled enumeration, each with its own labels: two enumerations may share a value and name it differently. */
const LABELLED_ENUMS: EnumLabels[] = [];

/** Name the values of an enumeration that is not itself a zod enum (e.g. the literals of a discriminated union). */
export function enumLabels<const T extends Record<string, Label>>(labels: T, title: Label): EnumLabels<keyof T & string> {
  const e = { labels, title } as EnumLabels<keyof T & string>;
  LABELLED_ENUMS.push(e as EnumLabels);
  return e;
}

/** The labelled enumeration whose values are exactly these (the one a zod issue about a field's value came from). */
export function enumOfValues(values: readonly unknown[]): EnumLabels | undefined {
  const want = new Set(values.map(String));
  return LABELLED_ENUMS.find((e) => {
    const keys = Object.keys(e.labels);
    return keys.length === want.size && keys.every((k) => want.has(k));
  });
}

/** An enumeration whose values are stable ASCII codes and whose labels are defined once, here. */
export function labelledEnum<const T extends Record<string, Label>>(labels: T, title: Label) {
  const values = Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
  const legend = values.map((v) => `${v} = ${labels[v]!.zh}（${labels[v]!.en}）`).join('；');
  return Object.assign(
    z.enum(values).meta({ title: `${title.zh} ${title.en}`, description: `可选值 Allowed values: ${legend}` }),
    enumLabels(labels, title),
  );
}

/** Chinese first, then English: the form of every title and description in the model. */
export function describe(zh: string, en: string, extra: { examples?: unknown[] } = {}) {
  return { title: zh, description: `${zh}。${en}`, ...extra };
}

const URL_HOST_LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const URL_PCHAR = "(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})";

/**
 * An http(s) address as RFC 3986 writes it: a domain name whose last label begins with a letter, an optional port,
 * and a path, query and fragment in ASCII with any other character percent-encoded (中文 → %E4%B8%AD%E6%96%87).
 * One pattern for zod and the JSON Schema alike, a subset of both WHATWG URLs and JSON Schema's `format: uri`,
 * so that an address the validator accepts is one every consumer's schema check accepts too.
 */
export const HTTP_URL_PATTERN = new RegExp(
  `^https?://(?:${URL_HOST_LABEL}\\.)*[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?::\\d{1,5})?(?:/${URL_PCHAR}*)*(?:\\?(?:${URL_PCHAR}|[/?])*)?(?:#(?:${URL_PCHAR}|[/?])*)?$`,
);
export const MAX_URL_LENGTH = 2_000;

/** A web address (see HTTP_URL_PATTERN); `format: uri` tells editors what it is, the pattern is what is checked. */
export const HttpUrl = z.string().max(MAX_URL_LENGTH).regex(HTTP_URL_PATTERN).meta({ format: 'uri' });

export const IsoDate = z.iso.date().meta(describe('日期，格式 YYYY-MM-DD（请加引号或直接书写）', 'A calendar date, YYYY-MM-DD', { examples: ['2026-03-01'] }));

/** Longest text of any one field: far above the longest article quoted, far below what could exhaust memory. */
export const MAX_TEXT_LENGTH = 20_000;
/** Most items in any list of an entry (history, triggers, articles…): generous, and a bound on what one file can make the tools hold. */
export const MAX_LIST_ITEMS = 1_000;
/** Longest ID or code (department, basis, entry ID). */
export const MAX_ID_LENGTH = 100;

/** Text with at least one visible character; a pattern rather than trim() so JSON Schema agrees. */
export const NonEmptyText = z.string().regex(/\S/).max(MAX_TEXT_LENGTH);

/** Marks the issue a duplicate list item raises, so that the message can name both places. */
export const DUPLICATE_ITEM = 'duplicate_item';

/**
 * A list whose items must not repeat (compared by `key`, the whole item by default). The duplicate is reported at its
 * own index; with the default key, uniqueItems carries the rule into JSON Schema so editors and ajv enforce it too.
 */
export function uniqueList<T extends z.ZodType>(item: T, key?: (v: z.output<T>) => unknown) {
  const list = z
    .array(item)
    .max(MAX_LIST_ITEMS)
    .superRefine((items, ctx) => {
      const seen = new Map<string, number>();
      items.forEach((v, i) => {
        const k = JSON.stringify(key ? key(v) : v);
        const first = seen.get(k);
        if (first === undefined) seen.set(k, i);
        else ctx.addIssue({ code: 'custom', path: [i], input: v, params: { kind: DUPLICATE_ITEM, first }, message: `与第${first + 1}项重复 / repeats item ${first + 1}` });
      });
    });
  return key ? list : list.meta({ uniqueItems: true });
}

export const ChineseTitle = NonEmptyText.max(120).meta(describe('中文名称', 'Chinese title'));
export const EnglishTitle = NonEmptyText.max(200).meta(describe('英文名称（可选）', 'English title (optional)'));

/** 第十三条, 第十三条第二款, 第十三条第一款第（四）项 — the way Chinese statutes are cited. */
export const ARTICLE_PATTERN =
  /^第[一二三四五六七八九十百零]+条(?:之[一二三四五六七八九十]+)?(?:第[一二三四五六七八九十]+款)?(?:第（[一二三四五六七八九十]+）项)?$/;

export const ArticleRef = z
  .string()
  .regex(ARTICLE_PATTERN)
  .meta(describe('条款，如“第十三条”“第十三条第二款”“第十三条第一款第（四）项”', 'An article, optionally narrowed to a paragraph (款) and item (项)', { examples: ['第十三条', '第十三条第二款'] }));

/** The article part of a citation: 第十三条第二款 → 第十三条. */
export function articleOf(ref: string): string {
  const m = /^第[一二三四五六七八九十百零]+条(?:之[一二三四五六七八九十]+)?/.exec(ref);
  return m ? m[0] : ref;
}

export const BASIS_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export const Citation = z
  .strictObject({
    basis: z.string().max(MAX_ID_LENGTH).regex(BASIS_ID_PATTERN).meta(describe('依据编号：bases/ 目录中的文件名（不含 .yaml）', 'ID of a legal instrument in bases/')),
    articles: uniqueList(ArticleRef).min(1).meta(describe('所引条款（不重复）', 'Articles cited (no repeats)')),
  })
  .meta(describe('法律依据引用', 'A citation of a legal instrument and its articles'));
export type Citation = z.infer<typeof Citation>;

export const Citations = z.array(Citation).min(1).max(MAX_LIST_ITEMS).meta(describe('依据（至少一项）', 'Legal bases (at least one)'));

/** A period such as a disclosure window: whole years and/or months, or long-term. Written without refinements so JSON Schema says the same. */
export const Duration = z
  .union([
    z.strictObject({
      years: z.int().min(1).max(100).meta(describe('年', 'years')),
      months: z.int().min(0).max(11).optional().meta(describe('另加月数', 'additional months')),
    }),
    z.strictObject({ months: z.int().min(1).max(1200).meta(describe('月', 'months')) }),
    z.literal('long_term'),
  ])
  .meta(describe('期限：{years: 3} 或 {months: 6}，或 long_term（长期）', 'A period: {years: 3} or {months: 6}, or long_term', { examples: [{ years: 3 }, { months: 6 }, 'long_term'] }));
export type Duration = z.infer<typeof Duration>;

/** Months in a finite duration; long-term counts as infinite. */
export function durationMonths(d: Duration): number {
  if (d === 'long_term') return Number.POSITIVE_INFINITY;
  return 'years' in d ? d.years * 12 + (d.months ?? 0) : d.months;
}

/** A period in words: 1年6个月 / 1 year 6 months, 长期 / long term. */
export function durationLabel(d: Duration): Label {
  if (d === 'long_term') return { zh: '长期', en: 'Long term' };
  const y = 'years' in d ? d.years : 0;
  const m = d.months ?? 0;
  const en = [y ? `${y} year${y > 1 ? 's' : ''}` : '', m ? `${m} month${m > 1 ? 's' : ''}` : ''].filter(Boolean).join(' ');
  return { zh: `${y ? `${y}年` : ''}${m ? `${m}个月` : ''}`, en };
}

export const DepartmentId = z
  .string()
  .max(MAX_ID_LENGTH)
  .regex(/^[a-z][a-z0-9-]*$/)
  .meta(describe('部门编号：jurisdiction.yaml 中 departments 列出的 id', 'A department ID listed in jurisdiction.yaml'));

export const SUBJECT_TYPES = labelledEnum(
  {
    natural_person: { zh: '自然人', en: 'Natural person' },
    legal_person: { zh: '法人', en: 'Legal person' },
    unincorporated_organization: { zh: '非法人组织', en: 'Unincorporated organization' },
  },
  { zh: '主体类型', en: 'Subject type' },
);

export const SubjectTypes = uniqueList(SUBJECT_TYPES)
  .min(1)
  .meta(describe('主体类型（至少一项，不重复）', 'Subject types (at least one, no repeats)'));

export const PullRequest = z.int().positive().meta(describe('合并请求（PR）编号', 'Pull-request number'));

export const SEMVER_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/).meta(describe('SHA-256（十六进制小写）', 'SHA-256, lowercase hex'));

/** Days in a window such as a consultation, both ends included (YYYY-MM-DD). */
export function consultationDays(opens: string, closes: string): number {
  return Math.round((Date.parse(closes) - Date.parse(opens)) / 86_400_000) + 1;
}

/** Wording that refers to a credit score (信用分、积分、评分): never a ground for punishment, and never for restricting basic public services. */
export const SCORE_WORDING = /信用(?:积?分|评分|分值|分数)/;
