import type { Rule } from './rule.ts';

/** 江苏省实施方案 四（一）, 南京市实施方案 四（三）: objections answered within 10 working days unless law provides otherwise. */
export const SEED_OBJECTION_DAYS = 10;

/** Rule 11 (configuration part): the objection deadline is configured and no longer than the implementing plans allow. */
export const rule: Rule = {
  code: 'P11-objection-days',
  severity: 'warning',
  title: { zh: '异议核实时限不超过10个工作日', en: 'Objections are answered within 10 working days' },
  source: '江苏省实施方案 四（一）；南京市实施方案 四（三）',
  check(ctx) {
    const j = ctx.repo.jurisdiction;
    if (!j.entry || !ctx.scope.includes(j)) return;
    if (j.entry.objection_working_days > SEED_OBJECTION_DAYS)
      ctx.report(
        j,
        ['objection_working_days'],
        {
          zh: `异议核实时限配置为 ${j.entry.objection_working_days} 个工作日，长于实施方案通行的 ${SEED_OBJECTION_DAYS} 个工作日`,
          en: `Objections are configured to take ${j.entry.objection_working_days} working days, longer than the ${SEED_OBJECTION_DAYS} the implementing plans set`,
        },
        { zh: '除法律、法规、规章另有规定外，应在10个工作日内核实并书面反馈。', en: 'Unless law provides otherwise, answer within 10 working days.' },
      );
  },
};
