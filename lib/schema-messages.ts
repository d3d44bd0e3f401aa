// Turning zod issues into diagnostics a clerk can act on: bilingual, located, with a fix.
import type { z } from 'zod';
import { DUPLICATE_ITEM, enumOfValues, HTTP_URL_PATTERN } from '../schemas/common.ts';
import type { Bilingual } from './diagnostics.ts';
import { closest, suggestBasis, suggestCode, suggestDepartment, type Suggestion, type Vocabulary } from './suggest.ts';

export interface SchemaProblem {
  code: string;
  path: (string | number)[];
  /** Point at the key (unknown fields) rather than the value. */
  atKey: boolean;
  message: Bilingual;
  hint: Bilingual;
}

const TYPE_NAMES: Record<string, Bilingual> = {
  string: { zh: '文字', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  int: { zh: '整数', en: 'a whole number' },
  boolean: { zh: 'true 或 false', en: 'true or false' },
  array: { zh: '列表（每项以“- ”开头）', en: 'a list (items start with "- ")' },
  object: { zh: '对象（下一级“字段: 值”）', en: 'a mapping (nested "key: value")' },
  null: { zh: '空值', en: 'null' },
  undefined: { zh: '空', en: 'nothing' },
};

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let cur: unknown = data;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, k as string)) return { found: false, value: undefined };
    cur = (cur as Record<string, unknown>)[k as string];
  }
  return { found: true, value: cur };
}

/** The label of the field at a data path (indexes included), from the field registry; undefined where it has none. */
export type LabelAt = (path: readonly (string | number)[]) => Bilingual | undefined;

/**
 * A data path as people read it, counted from 1 and named by the fields' labels: history.3.date →
 * 历史第4项的日期（date） / history item 4, date (Date). The key is kept beside the label, as the file shows it.
 */
export function humanPath(path: readonly (string | number)[], labelAt: LabelAt = () => undefined): Bilingual {
  if (!path.length) return { zh: '（文件顶层）', en: '(top level)' };
  let zh = '';
  const en: string[] = [];
  path.forEach((seg, i) => {
    const last = i === path.length - 1;
    if (typeof seg === 'number') {
      zh += `第${seg + 1}项`;
      en.push(`item ${seg + 1}`);
      return;
    }
    const label = labelAt(path.slice(0, i + 1));
    if (zh) zh += '的';
    zh += label ? (last ? `${label.zh}（${seg}）` : label.zh) : seg;
    en.push(label && last ? `${seg} (${label.en})` : seg);
  });
  return { zh, en: en.join(', ') };
}

/** The allowed values of a field, each with its own enumeration's Chinese name: minor（轻微）. */
function allowedWithLabels(values: readonly unknown[]): string[] {
  const own = enumOfValues(values);
  return values.map((v) => {
    const l = own?.labels[String(v)];
    return l ? `${String(v)}（${l.zh}）` : String(v);
  });
}

/** The labels of a field's own enumeration (so 轻微 is severity's minor, not the exemption ground's), by value. */
function ownLabels(values: readonly unknown[]): (v: string) => Bilingual | undefined {
  const own = enumOfValues(values);
  return (v) => own?.labels[v];
}


/** All field names the model knows, for “did you mean” suggestions. */
export function fieldNames(schema: z.ZodType, into = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  if (seen.has(schema)) return into;
  seen.add(schema);
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  const walk = (s: unknown) => s && fieldNames(s as z.ZodType, into, seen);
  if (def.shape) for (const [k, v] of Object.entries(def.shape as Record<string, unknown>)) (into.add(k), walk(v));
  for (const key of ['innerType', 'element', 'in', 'out', 'left', 'right']) walk(def[key]);
  if (Array.isArray(def.options)) def.options.forEach(walk);
  return into;
}

/** Flatten zod issues, descending into the union branch that came closest to matching. */
function flatten(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[] = []): { issue: z.core.$ZodIssue; path: PropertyKey[] }[] {
  const out: { issue: z.core.$ZodIssue; path: PropertyKey[] }[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0 && !('note' in issue && issue.note)) {
      // A branch that fails on the value itself (wrong type or literal) says less than one that got inside it.
      const getsInside = issue.errors.filter((branch) => !branch.some((i) => i.path.length === 0 && i.code !== 'unrecognized_keys'));
      if (getsInside.length) {
        out.push(...flatten([...getsInside].sort((a, b) => a.length - b.length)[0]!, path));
        continue;
      }
    }
    out.push({ issue, path });
  }
  return out;
}

const URL_FIELDS = new Set(['url', 'source_url', 'repository_url', 'site_url']);
const isUrlField = (path: readonly (string | number)[]) => URL_FIELDS.has(String(path.at(-1)));

/** How to write an address so that it passes: the browser's encoding of it when that is enough. */
function urlHint(value: unknown): Bilingual {
  let encoded: string | undefined;
  try {
    const href = typeof value === 'string' ? new URL(value.trim()).href : undefined;
    if (href && HTTP_URL_PATTERN.test(href) && /^https?:/.test(href)) encoded = href;
  } catch {
    encoded = undefined;
  }
  return encoded
    ? { zh: `网址中的中文、空格等须编码。请写作：${encoded}`, en: `Chinese characters, spaces and the like must be percent-encoded in a URL. Write: ${encoded}` }
    : {
        zh: '网址须以 https:// 或 http:// 开头，后接域名；中文、空格等须编码为 %XX（从浏览器地址栏复制即可）。',
        en: 'A URL starts with https:// or http:// and a domain name; Chinese characters, spaces and the like are percent-encoded as %XX (copy it from the browser’s address bar).',
      };
}

/** Whether `field` is already present beside the unknown key: a field that is there is not what the clerk meant. */
function knownAtLevel(data: unknown, path: readonly (string | number)[], field: string): boolean {
  const { value } = valueAt(data, path);
  return value !== null && typeof value === 'object' && Object.hasOwn(value, field);
}

type Noun = 'code' | 'department' | 'basis';
const NOUNS: Record<Noun, { zh: string; code: string; en: string }> = {
  code: { zh: '选项', code: '代码', en: 'option' },
  department: { zh: '部门', code: '编号', en: 'department' },
  basis: { zh: '法律依据', code: '编号', en: 'legal basis' },
};
const sameName = (a: string, b: string) => a.replace(/[\s《》“”"]/g, '') === b.replace(/[\s《》“”"]/g, '');

/** “您是不是要写 X？”, saying how the value was recognised (a name, part of a name, a misspelling). */
function didYouMean(value: string, s: Suggestion, noun: Noun, allowed?: readonly string[]): Bilingual {
  const n = NOUNS[noun];
  const tail = allowed ? { zh: `可选值：${allowedWithLabels(allowed).join('、')}。`, en: ` Allowed values: ${allowed.join(', ')}.` } : { zh: '', en: '' };
  if (s.by === 'spelling') return { zh: `您是不是要写 ${s.code}（${s.name}）？请检查拼写。${tail.zh}`, en: `Did you mean ${s.code}? Check the spelling.${tail.en}` };
  return sameName(value, s.name)
    ? { zh: `您是不是要写 ${s.code}？“${value}”是这个${n.zh}的名称，这里要写它的${n.code}：${s.code}。${tail.zh}`, en: `Did you mean ${s.code}? "${value}" is the name of this ${n.en}; write its code here: ${s.code}.${tail.en}` }
    : { zh: `您是不是要写 ${s.code}？“${value}”指“${s.name}”，这里要写它的${n.code}：${s.code}。${tail.zh}`, en: `Did you mean ${s.code}? "${value}" stands for ${s.code}; write its code here: ${s.code}.${tail.en}` };
}

/** Text where a list belongs, written with full-width brackets or commas (［ML-0001，ML-0002］): the list it meant. */
function asList(value: string): Bilingual | undefined {
  const inner = /^\s*[［【\[]([^\]］】]*)[\]］】]\s*$/.exec(value)?.[1] ?? (/[，、]/.test(value) ? value : undefined);
  if (inner === undefined) return undefined;
  const items = inner.split(/\s*[，、；;,]\s*/).filter(Boolean);
  return {
    zh: `列表要用半角方括号“[ ]”，各项之间用半角逗号加空格。改为：[${items.join(', ')}]`,
    en: `A list takes half-width brackets "[ ]" and a comma and a space between items. Write: [${items.join(', ')}]`,
  };
}

/** Items of a list run together with full-width commas (hrss，finance): the fix is a list of two. */
function runTogether(value: unknown): Bilingual | undefined {
  if (typeof value !== 'string' || !/[，、；;,]/.test(value)) return undefined;
  const items = value.split(/\s*[，、；;,]\s*/).filter(Boolean);
  return {
    zh: `“${value}”是用全角逗号（或顿号）连在一起的 ${items.length} 项。列表各项用半角逗号加空格分隔，如 [${items.join(', ')}]。`,
    en: `"${value}" is ${items.length} items run together with full-width commas. Separate list items with a comma and a space: [${items.join(', ')}].`,
  };
}

function departmentHint(value: unknown, vocabulary: Vocabulary | undefined): Bilingual {
  const together = runTogether(value);
  if (together) return together;
  const departments = vocabulary?.departments ?? [];
  const meant = typeof value === 'string' ? suggestDepartment(value, departments) : undefined;
  if (meant) return didYouMean(String(value), meant, 'department');
  const known = departments.map((d) => `${d.id}（${d.name}）`).join('、');
  return known
    ? { zh: `填写 jurisdiction.yaml 中登记的部门编号，不是部门名称。已登记：${known}。`, en: `Write a department ID registered in jurisdiction.yaml, not its name. Registered: ${departments.map((d) => d.id).join(', ')}.` }
    : { zh: '填写 jurisdiction.yaml 中登记的部门编号（小写字母、数字和连字符），如 hrss。', en: 'Use a department ID listed in jurisdiction.yaml, e.g. hrss.' };
}

function basisHint(value: unknown, vocabulary: Vocabulary | undefined): Bilingual {
  const meant = typeof value === 'string' ? suggestBasis(value, vocabulary?.bases ?? []) : undefined;
  if (meant) return didYouMean(String(value), meant, 'basis');
  return {
    zh: '这里写法律依据登记册（bases/ 目录）中的依据编号，即文件名（不含 .yaml），只用小写字母、数字和连字符，如 wage-payment-regulation。',
    en: 'Write the ID of an instrument in the legal-basis register (its file name in bases/ without .yaml): lowercase letters, digits and hyphens, e.g. wage-payment-regulation.',
  };
}

export function schemaProblems(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  knownFields: Set<string>,
  vocabulary?: Vocabulary,
  labelAt: LabelAt = () => undefined,
): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  /** A field named for the clerk: “惩戒期限”（duration）, or “duration” where it has no label. */
  const named = (p: readonly (string | number)[]): Bilingual => {
    const key = String(p.at(-1) ?? '');
    const label = labelAt(p);
    return label ? { zh: `“${label.zh}”（${key}）`, en: `"${key}" (${label.en})` } : { zh: `“${key}”`, en: `"${key}"` };
  };
  for (const { issue, path: rawPath } of flatten(issues)) {
    const path = rawPath.map((k) => (typeof k === 'symbol' ? String(k) : k)) as (string | number)[];
    const human = humanPath(path, labelAt);
    const where = human.zh;
    const whereEn = human.en;
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          const guess = closest(key, [...knownFields].filter((f) => !knownAtLevel(data, path, f)));
          out.push({
            code: 'schema-unknown-field',
            path: [...path, key],
            atKey: true,
            message: { zh: `未知字段“${key}”`, en: `Unknown field "${key}"` },
            hint: guess
              ? { zh: `您是不是要写“${guess}”？请检查拼写。`, en: `Did you mean "${guess}"? Check the spelling.` }
              : { zh: '删除该字段，或检查它是否放错了层级。字段说明见 CONTRIBUTING.md。', en: 'Remove the field, or check that it sits at the right level. Fields are listed in CONTRIBUTING.md.' },
          });
        }
        break;
      case 'invalid_type': {
        const { found, value } = valueAt(data, path);
        const expected = TYPE_NAMES[issue.expected] ?? { zh: issue.expected, en: issue.expected };
        if (!found) {
          const field = String(path.at(-1) ?? '');
          out.push({
            code: 'schema-required',
            path,
            atKey: false,
            message:
              path.length > 1
                ? { zh: `缺少必填字段${named(path).zh}（位于${humanPath(path.slice(0, -1), labelAt).zh}）`, en: `Missing required field ${named(path).en} (in ${humanPath(path.slice(0, -1), labelAt).en})` }
                : { zh: `缺少必填字段${named(path).zh}`, en: `Missing required field ${named(path).en}` },
            hint: { zh: `添加“${field}:”并填写${expected.zh}。`, en: `Add "${field}:" with ${expected.en}.` },
          });
          break;
        }
        const got = typeOf(value);
        const gotName = TYPE_NAMES[got] ?? { zh: got, en: got };
        const quoteHint = issue.expected === 'string' && (got === 'number' || got === 'boolean');
        const listHint = issue.expected === 'array' && typeof value === 'string' ? asList(value) : undefined;
        out.push({
          code: 'schema-type',
          path,
          atKey: false,
          message: {
            zh: `${where}应为${expected.zh}，实际是${gotName.zh}`,
            en: `${whereEn} should be ${expected.en}, but is ${gotName.en}`,
          },
          hint: listHint
            ? listHint
            : quoteHint
            ? { zh: `给值加上引号，如 "${String(value)}"，使其成为文字。`, en: `Put the value in quotes, e.g. "${String(value)}", to make it text.` }
            : { zh: `把${where}改为${expected.zh}。`, en: `Change ${whereEn} to ${expected.en}.` },
        });
        break;
      }
      case 'invalid_value': {
        const { value } = valueAt(data, path);
        const allowed = allowedWithLabels(issue.values);
        const meant = typeof value === 'string' ? suggestCode(value, issue.values.map(String), ownLabels(issue.values)) : undefined;
        out.push({
          code: 'schema-enum',
          path,
          atKey: false,
          message: {
            zh: `${where}的值“${String(value)}”不在允许范围内`,
            en: `${whereEn} has a value "${String(value)}" that is not allowed`,
          },
          hint: meant ? didYouMean(String(value), meant, 'code') : { zh: `可选值：${allowed.join('、')}。`, en: `Allowed values: ${issue.values.map(String).join(', ')}.` },
        });
        break;
      }
      case 'invalid_union': {
        const note = 'discriminator' in issue ? issue : undefined;
        const { found, value } = valueAt(data, path);
        if (note && !found) {
          const field = String(path.at(-1) ?? '');
          const options = (issue as unknown as { options: unknown[] }).options.map(String);
          out.push({
            code: 'schema-required',
            path,
            atKey: false,
            message: { zh: `缺少必填字段${named(path).zh}`, en: `Missing required field ${named(path).en}` },
            hint: { zh: `添加“${field}:”，可选值：${allowedWithLabels(options).join('、')}。`, en: `Add "${field}:" with one of ${options.join(', ')}.` },
          });
        } else if (note && 'options' in issue) {
          const options = (issue as unknown as { options: unknown[] }).options.map(String);
          const meant = typeof value === 'string' ? suggestCode(value, options, ownLabels(options)) : undefined;
          out.push({
            code: 'schema-enum',
            path,
            atKey: false,
            message: { zh: `${where}的值“${String(value)}”不在允许范围内`, en: `${whereEn} has a value "${String(value)}" that is not allowed` },
            hint: meant ? didYouMean(String(value), meant, 'code', options) : { zh: `可选值：${allowedWithLabels(options).join('、')}。`, en: `Allowed values: ${options.join(', ')}.` },
          });
        } else {
          out.push({
            code: 'schema-type',
            path,
            atKey: false,
            message: { zh: `${where}的写法不符合任何允许的形式`, en: `${whereEn} matches none of the allowed forms` },
            hint: { zh: '对照 CONTRIBUTING.md 中该字段的示例改写。', en: 'Rewrite it after the example for this field in CONTRIBUTING.md.' },
          });
        }
        break;
      }
      case 'invalid_format': {
        const { value } = valueAt(data, path);
        if (issue.format === 'regex' && typeof value === 'string' && value.trim() === '') {
          out.push({
            code: 'schema-range',
            path,
            atKey: false,
            message: { zh: `${where}不能为空`, en: `${whereEn} must not be empty` },
            hint: { zh: '填写内容（可选字段不需要时可整行删除）。', en: 'Fill it in (an optional field may be removed instead).' },
          });
          break;
        }
        const fmt = issue.format;
        const byFormat: Record<string, Bilingual> = {
          date: { zh: '日期须为 YYYY-MM-DD 格式的真实日期，如 2026-03-01', en: 'A real date in YYYY-MM-DD form, e.g. 2026-03-01' },
          email: { zh: '须为有效的电子邮箱地址', en: 'A valid e-mail address' },
          url: { zh: '须为以 https:// 或 http:// 开头的网址', en: 'A URL starting with https:// or http://' },
          regex: { zh: '格式不符合要求', en: 'The required pattern' },
        };
        const what = byFormat[fmt] ?? byFormat.regex!;
        out.push({
          code: 'schema-format',
          path,
          atKey: false,
          message: { zh: `${where}的值“${String(value)}”格式不对`, en: `${whereEn} "${String(value)}" is not in the right form` },
          hint:
            fmt === 'regex' && path.includes('articles')
              ? { zh: '条款写作“第十三条”“第十三条第二款”或“第十三条第一款第（四）项”（中文数字、全角括号）。', en: 'Write articles as 第十三条, 第十三条第二款 or 第十三条第一款第（四）项.' }
              : fmt === 'regex' && (path.includes('providers') || path.includes('implementers') || path.at(-1) === 'department')
                ? departmentHint(value, vocabulary)
                : fmt === 'regex' && isUrlField(path)
                  ? urlHint(value)
                : fmt === 'regex' && path.at(-1) === 'basis'
                  ? basisHint(value, vocabulary)
                : { zh: `应为：${what.zh}`, en: `Expected: ${what.en}` },
        });
        break;
      }
      case 'too_small':
      case 'too_big': {
        const small = issue.code === 'too_small';
        const limit = String(small ? (issue as { minimum: unknown }).minimum : (issue as { maximum: unknown }).maximum);
        const origin = (issue as { origin?: string }).origin;
        let message: Bilingual;
        let hint: Bilingual;
        if (origin === 'array') {
          message = small
            ? { zh: `列表${where}至少需要 ${limit} 项`, en: `The list ${whereEn} needs at least ${limit} item(s)` }
            : { zh: `列表${where}最多 ${limit} 项`, en: `The list ${whereEn} allows at most ${limit} item(s)` };
          hint = { zh: '每项另起一行，以“- ”开头。', en: 'Put each item on its own line starting with "- ".' };
        } else if (origin === 'string') {
          message = small
            ? { zh: `${where}不能为空`, en: `${whereEn} must not be empty` }
            : { zh: `${where}过长（最多 ${limit} 个字符）`, en: `${whereEn} is too long (at most ${limit} characters)` };
          hint = small ? { zh: '填写内容（可选字段不需要时可整行删除）。', en: 'Fill it in (an optional field may be removed instead).' } : { zh: '请精简文字。', en: 'Shorten it.' };
        } else {
          message = small
            ? { zh: `${where}不能小于 ${limit}`, en: `${whereEn} must be at least ${limit}` }
            : { zh: `${where}不能大于 ${limit}`, en: `${whereEn} must be at most ${limit}` };
          hint = { zh: '核对这个数字。', en: 'Check the number.' };
        }
        out.push({ code: 'schema-range', path, atKey: false, message, hint });
        break;
      }
      case 'custom': {
        const params = (issue as { params?: { kind?: string; first?: number } }).params;
        if (params?.kind === DUPLICATE_ITEM) {
          const { value } = valueAt(data, path);
          const list = path.slice(0, -1);
          const shown = typeof value === 'string' ? value : JSON.stringify(value);
          out.push({
            code: 'schema-duplicate',
            path,
            atKey: false,
            message: {
              zh: `列表${humanPath(list, labelAt).zh}中“${shown}”重复出现（第${Number(path.at(-1)) + 1}项与第${params.first! + 1}项相同）`,
              en: `"${shown}" appears twice in the list ${humanPath(list, labelAt).en} (item ${Number(path.at(-1)) + 1} repeats item ${params.first! + 1})`,
            },
            hint: { zh: '删除重复的一项：同一项只写一次。', en: 'Remove the repeated item: list each one once.' },
          });
          break;
        }
        const [zh, en] = issue.message.split(' / ');
        out.push({
          code: 'schema-invalid',
          path,
          atKey: false,
          message: { zh: `${where}：${zh}`, en: `${whereEn}: ${en ?? zh}` },
          hint: { zh: '对照 CONTRIBUTING.md 中该字段的说明修改。', en: 'Correct it after the description of this field in CONTRIBUTING.md.' },
        });
        break;
      }
      default:
        out.push({
          code: 'schema-invalid',
          path,
          atKey: false,
          message: { zh: `${where}不符合要求：${issue.message}`, en: `${whereEn} is invalid: ${issue.message}` },
          hint: { zh: '对照 CONTRIBUTING.md 中该字段的说明修改。', en: 'Correct it after the description of this field in CONTRIBUTING.md.' },
        });
    }
  }
  return out;
}
