import type { Rule } from './rule.ts';

/** Rule 12: an exemption's effects agree with each other and it applies to negative information or measures. */
export const rule: Rule = {
  code: 'P12-exemption-effect',
  severity: 'error',
  title: { zh: '豁免效果和适用范围须明确一致', en: 'An exemption’s effect and scope are clear and consistent' },
  source: '江苏省实施方案 四（三）；南京市实施方案 四（二）；行政处罚法 第三十条、第三十三条',
  check(ctx) {
    for (const f of ctx.entries('exemption')) {
      const e = f.entry;
      const effects = new Set(e.effect);
      if (effects.has('not_punished') && (effects.has('lenient') || effects.has('may_not_punish')))
        ctx.report(
          f,
          ['effect'],
          { zh: '“不惩戒”不能与“可不惩戒”或“从轻”同时适用', en: '"not_punished" contradicts "may_not_punish" or "lenient"' },
          { zh: '只保留一种惩戒上的效果。', en: 'Keep one punishment effect.' },
        );
      const subjects = e.subject_types;
      if (e.ground === 'minor' && subjects && subjects.some((t) => t !== 'natural_person'))
        ctx.report(
          f,
          ['subject_types'],
          { zh: '未成年人豁免只涉及自然人', en: 'A minors exemption concerns natural persons only' },
          { zh: '把 subject_types 改为 [natural_person]。', en: 'Set subject_types to [natural_person].' },
        );
      if (e.applies_to === 'all') continue;
      ('catalogue' in e.applies_to ? e.applies_to.catalogue : []).forEach((id, i) => {
        const item = ctx.referenced('catalogue', id)?.entry;
        if (item && subjects && !item.subject_types.some((t) => subjects.includes(t)))
          ctx.report(
            f,
            ['applies_to', 'catalogue', i],
            { zh: `目录事项 ${id} 的主体类型与本豁免涉及的主体类型没有交集`, en: `Catalogue item ${id} concerns none of the exemption's subject types` },
            { zh: '核对 subject_types 或适用的目录事项。', en: 'Check subject_types or the items it applies to.' },
            { severity: 'warning' },
          );
        if (item && item.nature !== 'dishonesty')
          ctx.report(
            f,
            ['applies_to', 'catalogue', i],
            { zh: `豁免适用的目录事项 ${id} 不是${ctx.nature('dishonesty').zh}（是${ctx.nature(item.nature).zh}）`, en: `Catalogue item ${id} is not ${ctx.nature('dishonesty').en.toLowerCase()}` },
            { zh: `豁免只针对${ctx.nature('dishonesty').zh}的记录、公示和惩戒。`, en: 'Exemptions concern recording, publishing and punishing dishonesty.' },
            { severity: 'warning' },
          );
      });
    }
  },
};
