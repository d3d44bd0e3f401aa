// Unit tests of the pure helpers behind the policy rules.
import { describe, expect, it } from 'vitest';
import { durationLabel, durationMonths } from '../schemas/index.ts';
import { consultationDays } from '../schemas/index.ts';
import { COMPULSION, MANDATORY } from '../lib/rules/P08-no-compulsion.ts';
import { SCORE_WORDING } from '../lib/rules/P07-specific-trigger.ts';
import { findPersonalData, isIdCardNumber, isUnifiedSocialCreditCode } from '../lib/rules/P14-personal-data.ts';
import { TIER_MONTHS } from '../lib/rules/P05-severity-period.ts';

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
    expect(TIER_MONTHS).toEqual({ minor: { min: 0, max: 3 }, general: { min: 3, max: 12 }, serious: { min: 12, max: 36 } });
  });
});
