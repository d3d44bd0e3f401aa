import { isMap, isPair, isScalar, isSeq, type Scalar } from 'yaml';
import type { ParsedYaml } from '../yaml.ts';
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

/** Region (first digit 1–8) and a real month and day of birth: the shape of an ID number, whatever its check digit. */
function hasIdShape(digits: string, birth: string): boolean {
  if (!/^[1-8]\d{5}$/.test(digits.slice(0, 6))) return false;
  const [y, m, d] = [Number(birth.slice(0, -4)), Number(birth.slice(-4, -2)), Number(birth.slice(-2))];
  if (m < 1 || m > 12 || d < 1) return false;
  const year = birth.length === 8 ? y : 1900 + y;
  if (birth.length === 8 && (year < 1900 || year > 2099)) return false;
  return d <= new Date(Date.UTC(year, m, 0)).getUTCDate();
}

/** A resident ID number in shape (GB 11643: 18 characters, or the old 15 digits), check digit right or wrong. */
export function idNumberShape(s: string): 'valid' | 'bad-check-digit' | 'old' | undefined {
  if (/^\d{17}[\dXx]$/.test(s)) return hasIdShape(s, s.slice(6, 14)) ? (isIdCardNumber(s) ? 'valid' : 'bad-check-digit') : undefined;
  if (/^\d{15}$/.test(s)) return hasIdShape(s, s.slice(6, 12)) ? 'old' : undefined;
  return undefined;
}

/** Luhn check of a payment-card number. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** Free mail services people use privately; an address there names a person, not a public body. */
export const PRIVATE_MAIL_DOMAINS = [
  'qq.com', 'foxmail.com', '163.com', '126.com', 'yeah.net', '188.com', 'sina.com', 'sina.cn', 'sohu.com', '139.com', '189.cn',
  'wo.cn', 'aliyun.com', 'tom.com', '21cn.com', 'gmail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com',
  'icloud.com', 'me.com', 'proton.me', 'protonmail.com',
];

/** A run of digits that may be written in groups with spaces or dashes (110105 19491231 002X, 6222-0202-…). */
const DIGIT_RUN = /(?<![0-9A-Za-z])\d(?:[ \-]?\d){13,18}(?:[ \-]?[Xx])?(?![0-9A-Za-z])/g;

/** The fewest ASCII digits any number below is written with: a landline's area code and number (010 2345678). */
const FEWEST_DIGITS = 10;

/**
 * Whether text may hold any pattern below: each number needs at least FEWEST_DIGITS digits (an ID 14 or more, a mobile 11,
 * a landline 10), a credit code 17 letters and digits in a row, a mail address an @. Dates and document numbers have fewer.
 */
function mayHoldPersonalData(text: string): boolean {
  // Most text has neither a digit nor an @, and every pattern needs one (a credit code has six digits at least).
  if (!ANY_PATTERN_CHARACTER.test(text)) return false;
  if (text.includes('@') || /[0-9A-Z]{17}/.test(text)) return true;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++digits >= FEWEST_DIGITS) return true;
  }
  return false;
}

const ANY_PATTERN_CHARACTER = /[\d@]/;

/** Personal or identifying data in one piece of text. */
export function findPersonalData(text: string): Finding[] {
  if (!mayHoldPersonalData(text)) return [];
  const out: Finding[] = [];
  const idOffsets = new Set<number>();
  for (const m of text.matchAll(/(?<![0-9A-Za-z])[0-9A-Z]{17}[0-9Xx](?![0-9A-Za-z])/g)) {
    if (!/^\d{17}/.test(m[0]) && isUnifiedSocialCreditCode(m[0])) out.push({ offset: m.index, zh: '统一社会信用代码（指向具体单位）', en: 'a unified social credit code (naming one organisation)' });
  }
  for (const m of text.matchAll(DIGIT_RUN)) {
    const raw = m[0];
    // Separators only between groups of one kind: a list of dates (2026-10-01 2026-10-30) is not one number.
    if (/[ ]/.test(raw) && /-/.test(raw)) continue;
    const compact = raw.replace(/[ \-]/g, '');
    const shape = idNumberShape(compact);
    if (shape) {
      idOffsets.add(m.index);
      out.push(
        shape === 'valid'
          ? { offset: m.index, zh: '居民身份证号码', en: 'a resident ID-card number' }
          : shape === 'old'
            ? { offset: m.index, zh: '居民身份证号码（15位旧号码）', en: 'a resident ID-card number (old 15-digit form)' }
            : { offset: m.index, zh: '居民身份证号码（校验位不符，抄错的号码仍是某人的号码）', en: 'a resident ID-card number (its check digit is wrong; a mistyped number is still someone’s)' },
      );
      continue;
    }
    if (/^\d{16,19}$/.test(compact) && luhnValid(compact) && (raw === compact || /^\d{4}(?:[ \-]\d{4})+(?:[ \-]\d{1,3})?$/.test(raw) || /^\d{6}[ \-]\d+$/.test(raw)))
      out.push({ offset: m.index, zh: '银行卡号', en: 'a bank card number' });
  }
  for (const m of text.matchAll(/(?<![\d+])(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?!\d)/g))
    if (!idOffsets.has(m.index)) out.push({ offset: m.index, zh: '手机号码', en: 'a mobile phone number' });
  for (const m of text.matchAll(/(?<![\d\w])(?:[(（]0\d{2,3}[)）][ -]?|0\d{2,3}[-－ ])[2-9]\d{6,7}(?:[-－转]\d{1,5})?(?!\d)/g))
    out.push({ offset: m.index, zh: '固定电话号码', en: 'a landline telephone number' });
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g))
    if (PRIVATE_MAIL_DOMAINS.includes(m[1]!.toLowerCase()))
      out.push({ offset: m.index, zh: '个人电子邮箱地址（公共免费邮箱）', en: 'a private e-mail address (a free public mail service)' });
  return out.sort((a, b) => a.offset - b.offset);
}

/** Personal data found in a file, where it starts. */
export interface PersonalDataHit {
  line: number;
  col: number;
  zh: string;
  en: string;
}

/**
 * Every scalar of the parsed file checked for personal data. The loader calls this while the file's tree is at hand
 * (it lets the tree go after loading), and the rule reports what it found for the files in scope.
 */
export function personalDataIn(parsed: ParsedYaml): PersonalDataHit[] {
  const doc = parsed.doc;
  if (!doc) return [];
  const out: PersonalDataHit[] = [];
  eachScalar(doc.contents, (node) => {
    if (node.range === undefined || node.range === null) return;
    // A number keeps its digits as written: 110105194912310021 as a JS number has lost its last digit.
    const text = typeof node.value === 'string' ? node.value : ((node as { source?: string }).source ?? String(node.value));
    for (const hit of findPersonalData(text)) {
      const { line, col } = parsed.lineCounter.linePos(node.range[0]);
      out.push({ line, col, zh: hit.zh, en: hit.en });
    }
  });
  return out;
}

/** Rule 14: no personal data, nor data that names one person or organisation, in any data file. */
export const rule: Rule = {
  code: 'P14-personal-data',
  severity: 'error',
  title: { zh: '数据文件中不得出现个人信息', en: 'No personal data in data files' },
  source: '江苏省实施方案 五（三）',
  check(ctx) {
    for (const f of ctx.scope)
      for (const hit of f.personalData)
        ctx.diagnostics.push({
          file: f.file,
          line: hit.line,
          col: hit.col,
          severity: 'error',
          code: 'P14-personal-data',
          message: { zh: `疑似个人信息：${hit.zh}`, en: `Looks like personal data: ${hit.en}` },
          hint: {
            zh: '清单只描述信息和措施的种类，不得写入具体个人或单位的信息。请删除；如是示例，请用“×××”代替。',
            en: 'The lists describe kinds of information and measures, never particular people or companies. Remove it, or write ××× in an example.',
          },
        });
  },
};

/** Every scalar of a document, keys included, in document order (yaml's generic visit costs more than this walk). */
function eachScalar(node: unknown, fn: (node: Scalar) => void): void {
  if (isScalar(node)) fn(node);
  else if (isMap(node) || isSeq(node))
    for (const item of node.items as unknown[])
      if (isPair(item)) {
        eachScalar(item.key, fn);
        eachScalar(item.value, fn);
      } else eachScalar(item, fn);
}
