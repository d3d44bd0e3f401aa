// Unit tests of the pure helpers behind the policy rules.
import { describe, expect, it } from 'vitest';
import { durationLabel, durationMonths } from '../schemas/index.ts';
import { consultationDays } from '../schemas/index.ts';
import { COMPULSION, MANDATORY } from '../lib/rules/P08-no-compulsion.ts';
import { SCORE_WORDING } from '../schemas/index.ts';
import { findPersonalData, isIdCardNumber, isUnifiedSocialCreditCode } from '../lib/rules/P14-personal-data.ts';
import { NATIONAL_TIERS } from '../schemas/profile.ts';

describe('P14 personal data', () => {
  it('recognises an ID-card number by its check digit', () => {
    expect(isIdCardNumber('11010519491231002X')).toBe(true);
    expect(isIdCardNumber('110105194912310021')).toBe(false); // wrong check digit
    expect(isIdCardNumber('110105194913310029')).toBe(false); // month 13
  });

  it('recognises a unified social credit code by its check character', () => {
    expect(isUnifiedSocialCreditCode('91350100M000100Y43')).toBe(true);
    expect(isUnifiedSocialCreditCode('91350100M000100Y44')).toBe(false);
  });

  it('finds mobile numbers, with or without separators and country code', () => {
    expect(findPersonalData('电话13812345678').map((f) => f.en)).toEqual(['a mobile phone number']);
    expect(findPersonalData('电话 +86 138-1234-5678')).toHaveLength(1);
  });

  it('leaves ordinary numbers alone', () => {
    expect(findPersonalData('示例〔2026〕1号，第十三条，罚款20000元，2026-03-01，期限36个月')).toEqual([]);
    expect(findPersonalData('编号 12345678901234567')).toEqual([]);
  });

  const kinds = (t: string) => findPersonalData(t).map((f) => f.zh);

  it('recognises an 18-digit ID number whether or not its check digit is right, also in groups', () => {
    expect(kinds('身份证号11010519491231002X')).toEqual(['居民身份证号码']);
    expect(kinds('110105194912310021')).toEqual(['居民身份证号码（校验位不符，抄错的号码仍是某人的号码）']);
    expect(kinds('110105 19491231 002X')).toEqual(['居民身份证号码']);
    expect(kinds('110105-1949-1231-002X')).toEqual(['居民身份证号码']);
    expect(kinds('1101 0519 4912 3100 2X')).toEqual(['居民身份证号码']);
  });

  it('finds the shortest number it looks for, a landline of ten digits, and nothing in nine', () => {
    expect(kinds('电话010 2345678')).toEqual(['固定电话号码']);
    expect(kinds('电话010 234567')).toEqual([]);
  });

  it('recognises an old 15-digit ID number', () => {
    expect(kinds('证号110105491231002')).toEqual(['居民身份证号码（15位旧号码）']);
  });

  it('recognises landlines, private mail addresses and bank card numbers (Luhn)', () => {
    expect(kinds('电话0531-86061234')).toEqual(['固定电话号码']);
    expect(kinds('（0531）86061234')).toEqual(['固定电话号码']);
    expect(kinds('010 62345678转123')).toEqual(['固定电话号码']);
    expect(kinds('联系 zhang.san@qq.com 或 li@163.com')).toEqual(['个人电子邮箱地址（公共免费邮箱）', '个人电子邮箱地址（公共免费邮箱）']);
    expect(kinds('卡号6222 0212 3456 7890 128')).toEqual(['银行卡号']);
    expect(kinds('4111111111111111')).toEqual(['银行卡号']);
    expect(kinds('4111111111111112')).toEqual([]); // fails Luhn
  });

  it('does not take document numbers, dates, article numbers or public mail for personal data', () => {
    for (const t of [
      '国办发〔2020〕49号',
      '国家发展改革委令第36号',
      '鲁政办字〔2021〕12号',
      '2026-10-01至2026-10-30',
      '2026-01-05 2026-02-01 2026-03-02',
      '20260105202602012026',
      '第三十条第一款第（五）项',
      '意见请发送至 consult@credit.example 或 xyb@shandong.gov.cn',
      '罚款 100000 元以上 500000 元以下',
      '统一社会信用代码 18 位',
    ])
      expect(kinds(t), t).toEqual([]);
  });
});

describe('P08 no compulsion', () => {
  it('flags wording that obliges others to punish', () => {
    expect(COMPULSION.test('金融机构应当对其停止授信')).toBe(true);
    expect(COMPULSION.test('要求行业协会取消其会员资格')).toBe(true);
  });
  it('accepts encouragement and negations', () => {
    expect(COMPULSION.test('鼓励行业协会依据章程对失信会员采取降低会员级别等措施')).toBe(false);
    expect(COMPULSION.test('不得强制要求金融机构惩戒失信主体')).toBe(false);
    expect(MANDATORY.test('由金融机构自主决定，不作强制要求')).toBe(false);
    expect(MANDATORY.test('金融机构必须停止授信')).toBe(true);
    expect(COMPULSION.test('对有不良记录的，金融机构应当停止授信')).toBe(true);
  });
});

describe('P07 specific trigger', () => {
  it('flags credit scores in any wording', () => {
    for (const t of ['信用分低于60分', '信用积分不足', '信用评分较低']) expect(SCORE_WORDING.test(t), t).toBe(true);
    expect(SCORE_WORDING.test('被列入严重失信主体名单')).toBe(false);
  });
});

describe('periods', () => {
  it('counts a consultation window with both ends included', () => {
    expect(consultationDays('2022-09-09', '2022-10-09')).toBe(31);
    expect(consultationDays('2026-02-01', '2026-03-02')).toBe(30);
  });
  it('converts durations to months', () => {
    expect(durationMonths({ years: 1, months: 6 })).toBe(18);
    expect(durationMonths({ months: 3 })).toBe(3);
    expect(durationMonths('long_term')).toBe(Infinity);
  });
  it('names durations in both languages', () => {
    expect(durationLabel({ years: 1, months: 6 })).toEqual({ zh: '1年6个月', en: '1 year 6 months' });
    expect(durationLabel({ months: 3 })).toEqual({ zh: '3个月', en: '3 months' });
    expect(durationLabel('long_term')).toEqual({ zh: '长期', en: 'Long term' });
  });
  it('keeps the severity tiers of 国家发展改革委令第36号', () => {
    expect(NATIONAL_TIERS).toEqual({ minor: { min_months: 0, max_months: 3 }, general: { min_months: 3, max_months: 12 }, serious: { min_months: 12, max_months: 36 } });
  });
});

describe('the incentive rules pass a valid incentive', () => {
  it('reports nothing for an incentive granted on recorded honours, resting on 第二十六条', async () => {
    const { readFileSync } = await import('node:fs');
    const { materialise } = await import('./fixture-cases.ts');
    const { validate } = await import('../lib/validate.ts');
    const valid = JSON.parse(readFileSync(new URL('./fixtures/valid/incentive.json', import.meta.url), 'utf8'));
    const result = validate(materialise({ name: 'incentive-valid', ...valid }));
    expect(result.files).toContain('incentives/JL-0001.yaml');
    expect(result.diagnostics).toEqual([]);
  });
});
