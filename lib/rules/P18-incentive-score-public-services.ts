import { SCORE_WORDING } from '../../schemas/index.ts';
import type { Rule } from './rule.ts';

/** Basic public services, which a personal credit score may never make conditional. */
export const BASIC_PUBLIC_SERVICES = /基本公共服务|义务教育|基本医疗|基本养老|社会救助|最低生活保障|公共法律服务|基本公共卫生/;

/** A personal credit score may grant an incentive, but never decide who gets basic public services. */
export const rule: Rule = {
  code: 'P18-incentive-score-public-services',
  severity: 'error',
  title: { zh: '个人信用分不得限制享受基本公共服务', en: 'A personal credit score never restricts basic public services' },
  // The explicit wording is a provincial implementing opinion's (the example's 实施意见 八); nationally it follows from P17 and P19.
  source: '国办发〔2020〕49号（依法依规，保护信用主体合法权益）；省级实施意见：“个人信用分不能用于失信联合惩戒，不能限制个人享受基本公共服务”',
  check(ctx) {
    for (const f of ctx.entries('incentive')) {
      const e = f.entry;
      const scored = SCORE_WORDING.test(e.condition) || SCORE_WORDING.test(e.content);
      if (!scored || !e.beneficiaries.subject_types.includes('natural_person')) continue;
      for (const field of ['content', 'condition'] as const)
        if (BASIC_PUBLIC_SERVICES.test(e[field]))
          ctx.report(
            f,
            [field],
            { zh: '以个人信用分决定基本公共服务的享受', en: 'A personal credit score decides access to basic public services' },
            { zh: '个人信用分可以用于给予激励，但不能限制个人享受基本公共服务：删去基本公共服务，或不以信用分为条件。', en: 'A score may grant an incentive but may not restrict basic public services: leave them out, or drop the score as a condition.' },
          );
    }
  },
};
