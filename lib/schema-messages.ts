// Turning zod issues into diagnostics a clerk can act on: bilingual, located, with a fix.
import type { z } from 'zod';
import { enumOfValues } from '../schemas/common.ts';
import type { Bilingual } from './diagnostics.ts';

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

const dotted = (path: readonly PropertyKey[]) => (path.length ? path.map(String).join('.') : '（文件顶层）');
const dottedEn = (path: readonly PropertyKey[]) => (path.length ? path.map(String).join('.') : '(top level)');

/** The allowed values of a field, each with its own enumeration's Chinese name: minor（轻微）. */
function allowedWithLabels(values: readonly unknown[]): string[] {
  const own = enumOfValues(values);
  return values.map((v) => {
    const l = own?.labels[String(v)];
    return l ? `${String(v)}（${l.zh}）` : String(v);
  });
}

/** The code a clerk meant by writing a value's Chinese or English name, looked up in the field's own enumeration. */
function codeForLabel(values: readonly unknown[], written: unknown): string | undefined {
  const own = enumOfValues(values);
  if (!own || typeof written !== 'string') return undefined;
  const w = written.trim();
  return values.map(String).find((v) => own.labels[v]?.zh === w || own.labels[v]?.en.toLowerCase() === w.toLowerCase());
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

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const dist = editDistance(word.toLowerCase(), c);
    if (dist < bestD) [best, bestD] = [c, dist];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
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

export function schemaProblems(issues: readonly z.core.$ZodIssue[], data: unknown, knownFields: Set<string>): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  for (const { issue, path: rawPath } of flatten(issues)) {
    const path = rawPath.map((k) => (typeof k === 'symbol' ? String(k) : k)) as (string | number)[];
    const where = dotted(path);
    const whereEn = dottedEn(path);
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          const guess = closest(key, knownFields);
          out.push({
            code: 'schema-unknown-field',
            path: [...path, key],
            atKey: true,
            message: { zh: `未知字段“${key}”`, en: `Unknown field "${key}"` },
            hint: guess
              ? { zh: `是否应为“${guess}”？请检查拼写。`, en: `Did you mean "${guess}"? Check the spelling.` }
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
                ? { zh: `缺少必填字段“${field}”（位于 ${dotted(path.slice(0, -1))}）`, en: `Missing required field "${field}" (in ${dottedEn(path.slice(0, -1))})` }
                : { zh: `缺少必填字段“${field}”`, en: `Missing required field "${field}"` },
            hint: { zh: `添加“${field}:”并填写${expected.zh}。`, en: `Add "${field}:" with ${expected.en}.` },
          });
          break;
        }
        const got = typeOf(value);
        const gotName = TYPE_NAMES[got] ?? { zh: got, en: got };
        const quoteHint = issue.expected === 'string' && (got === 'number' || got === 'boolean');
        out.push({
          code: 'schema-type',
          path,
          atKey: false,
          message: {
            zh: `字段 ${where} 应为${expected.zh}，实际是${gotName.zh}`,
            en: `${whereEn} should be ${expected.en}, but is ${gotName.en}`,
          },
          hint: quoteHint
            ? { zh: `给值加上引号，如 "${String(value)}"，使其成为文字。`, en: `Put the value in quotes, e.g. "${String(value)}", to make it text.` }
            : { zh: `把 ${where} 改为${expected.zh}。`, en: `Change ${whereEn} to ${expected.en}.` },
        });
        break;
      }
      case 'invalid_value': {
        const { value } = valueAt(data, path);
        const allowed = allowedWithLabels(issue.values);
        const byLabel = codeForLabel(issue.values, value);
        out.push({
          code: 'schema-enum',
          path,
          atKey: false,
          message: {
            zh: `字段 ${where} 的值“${String(value)}”不在允许范围内`,
            en: `${whereEn} has a value "${String(value)}" that is not allowed`,
          },
          hint: byLabel
            ? { zh: `“${String(value)}”请写作代码 ${String(byLabel)}。`, en: `Write "${String(value)}" as the code ${String(byLabel)}.` }
            : { zh: `可选值：${allowed.join('、')}。`, en: `Allowed values: ${issue.values.map(String).join(', ')}.` },
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
            message: { zh: `缺少必填字段“${field}”`, en: `Missing required field "${field}"` },
            hint: { zh: `添加“${field}:”，可选值：${allowedWithLabels(options).join('、')}。`, en: `Add "${field}:" with one of ${options.join(', ')}.` },
          });
        } else if (note && 'options' in issue) {
          const options = (issue as unknown as { options: unknown[] }).options.map(String);
          const byLabel = codeForLabel(options, value);
          out.push({
            code: 'schema-enum',
            path,
            atKey: false,
            message: { zh: `字段 ${where} 的值“${String(value)}”不在允许范围内`, en: `${whereEn} has a value "${String(value)}" that is not allowed` },
            hint: byLabel
              ? { zh: `“${String(value)}”请写作代码 ${byLabel}。`, en: `Write "${String(value)}" as the code ${byLabel}.` }
              : { zh: `可选值：${allowedWithLabels(options).join('、')}。`, en: `Allowed values: ${options.join(', ')}.` },
          });
        } else {
          out.push({
            code: 'schema-type',
            path,
            atKey: false,
            message: { zh: `字段 ${where} 的写法不符合任何允许的形式`, en: `${whereEn} matches none of the allowed forms` },
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
            message: { zh: `字段 ${where} 不能为空`, en: `${whereEn} must not be empty` },
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
          message: { zh: `字段 ${where} 的值“${String(value)}”格式不对`, en: `${whereEn} "${String(value)}" is not in the right form` },
          hint:
            fmt === 'regex' && path.includes('articles')
              ? { zh: '条款写作“第十三条”“第十三条第二款”或“第十三条第一款第（四）项”（中文数字、全角括号）。', en: 'Write articles as 第十三条, 第十三条第二款 or 第十三条第一款第（四）项.' }
              : fmt === 'regex' && (path.includes('providers') || path.includes('implementers') || path.at(-1) === 'department')
                ? { zh: '填写 jurisdiction.yaml 中登记的部门编号（小写字母、数字和连字符），如 hrss。', en: 'Use a department ID listed in jurisdiction.yaml, e.g. hrss.' }
                : fmt === 'regex' && path.at(-1) === 'basis'
                  ? { zh: '依据编号只能用小写字母、数字和连字符，如 shandong-social-credit-regulation。', en: 'Basis IDs use lowercase letters, digits and hyphens, e.g. shandong-social-credit-regulation.' }
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
            ? { zh: `列表 ${where} 至少需要 ${limit} 项`, en: `The list ${whereEn} needs at least ${limit} item(s)` }
            : { zh: `列表 ${where} 最多 ${limit} 项`, en: `The list ${whereEn} allows at most ${limit} item(s)` };
          hint = { zh: '每项另起一行，以“- ”开头。', en: 'Put each item on its own line starting with "- ".' };
        } else if (origin === 'string') {
          message = small
            ? { zh: `字段 ${where} 不能为空`, en: `${whereEn} must not be empty` }
            : { zh: `字段 ${where} 过长（最多 ${limit} 个字符）`, en: `${whereEn} is too long (at most ${limit} characters)` };
          hint = small ? { zh: '填写内容（可选字段不需要时可整行删除）。', en: 'Fill it in (an optional field may be removed instead).' } : { zh: '请精简文字。', en: 'Shorten it.' };
        } else {
          message = small
            ? { zh: `字段 ${where} 不能小于 ${limit}`, en: `${whereEn} must be at least ${limit}` }
            : { zh: `字段 ${where} 不能大于 ${limit}`, en: `${whereEn} must be at most ${limit}` };
          hint = { zh: '核对这个数字。', en: 'Check the number.' };
        }
        out.push({ code: 'schema-range', path, atKey: false, message, hint });
        break;
      }
      case 'custom': {
        const [zh, en] = issue.message.split(' / ');
        out.push({
          code: 'schema-invalid',
          path,
          atKey: false,
          message: { zh: `字段 ${where}：${zh}`, en: `${whereEn}: ${en ?? zh}` },
          hint: { zh: '对照 CONTRIBUTING.md 中该字段的说明修改。', en: 'Correct it after the description of this field in CONTRIBUTING.md.' },
        });
        break;
      }
      default:
        out.push({
          code: 'schema-invalid',
          path,
          atKey: false,
          message: { zh: `字段 ${where} 不符合要求：${issue.message}`, en: `${whereEn} is invalid: ${issue.message}` },
          hint: { zh: '对照 CONTRIBUTING.md 中该字段的说明修改。', en: 'Correct it after the description of this field in CONTRIBUTING.md.' },
        });
    }
  }
  return out;
}
