import { isScalar, visit } from 'yaml';
import type { Rule } from './rule.ts';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** A resident ID-card number (GB 11643) with a valid date and check digit. */
export function isIdCardNumber(s: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(s)) return false;
  const month = Number(s.slice(10, 12));
  const day = Number(s.slice(12, 14));
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(s[i]), 0);
  return ID_CHECK[sum % 11] === s[17]!.toUpperCase();
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A unified social credit code (GB 32100) with a valid check character: it names one organisation. */
export function isUnifiedSocialCreditCode(s: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(s)) return false;
  const sum = USCC_WEIGHTS.reduce((acc, w, i) => acc + w * USCC_CHARS.indexOf(s[i]!), 0);
  return USCC_CHARS[(31 - (sum % 31)) % 31] === s[17];
}

interface Finding {
  offset: number;
  zh: string;
  en: string;
}

/** Personal or identifying data in one piece of text. */
export function findPersonalData(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(/(?<![0-9A-Za-z])[0-9A-Z]{17}[0-9Xx](?![0-9A-Za-z])/g)) {
    if (isIdCardNumber(m[0])) out.push({ offset: m.index, zh: '居民身份证号码', en: 'a resident ID-card number' });
    else if (isUnifiedSocialCreditCode(m[0])) out.push({ offset: m.index, zh: '统一社会信用代码（指向具体单位）', en: 'a unified social credit code (naming one organisation)' });
  }
  for (const m of text.matchAll(/(?<!\d)(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?!\d)/g))
    out.push({ offset: m.index, zh: '手机号码', en: 'a mobile phone number' });
  return out;
}

/** Rule 14: no personal data, nor data that names one person or organisation, in any data file. */
export const rule: Rule = {
  code: 'P14-personal-data',
  severity: 'error',
  title: { zh: '数据文件中不得出现个人信息', en: 'No personal data in data files' },
  source: '江苏省实施方案 五（三）',
  check(ctx) {
    for (const f of ctx.scope) {
      const doc = f.parsed.doc;
      if (!doc) continue;
      visit(doc, {
        Scalar(_key, node) {
          if (!isScalar(node) || node.range === undefined || node.range === null) return;
          const text = String(node.value);
          for (const hit of findPersonalData(text)) {
            const { line, col } = f.parsed.lineCounter.linePos(node.range[0]);
            ctx.diagnostics.push({
              file: f.file,
              line,
              col,
              severity: 'error',
              code: 'P14-personal-data',
              message: { zh: `疑似个人信息：${hit.zh}`, en: `Looks like personal data: ${hit.en}` },
              hint: {
                zh: '清单只描述信息和措施的种类，不得写入具体个人或单位的信息。请删除；如是示例，请用“×××”代替。',
                en: 'The lists describe kinds of information and measures, never particular people or companies. Remove it, or write ××× in an example.',
              },
            });
          }
        },
      });
    }
  },
};
