import type { Rule } from './rule.ts';

const NATIONAL_STANDARD_LEVELS = new Set(['law', 'administrative_regulation', 'state_council_decision', 'central_policy', 'departmental_rule']);

/** Rule 10: a serious-dishonesty list stays in the four domains; a local-only list has its standard set by a local regulation. */
export const rule: Rule = {
  code: 'P10-serious-list',
  severity: 'error',
  title: { zh: '严重失信主体名单须有合法的认定标准', en: 'Serious-dishonesty lists have a lawful inclusion standard' },
  source: '江苏省实施方案 二（三）、二（四）；山东条例 第二十九条',
  check(ctx) {
    for (const f of ctx.entries('catalogue')) {
      const e = f.entry;
      if (e.kind !== 'serious_dishonesty_list') continue;
      const cited = ctx.citedBases(e.list.standard_bases);
      if (cited.length < e.list.standard_bases.length) continue;
      if (e.list.local_only) {
        if (!cited.some(({ basis }) => basis.level === 'local_regulation'))
          ctx.report(
            f,
            ['list', 'standard_bases'],
            { zh: '仅在本地实施的严重失信主体名单，其认定标准必须由地方性法规规定', en: 'A local-only serious-dishonesty list needs its standard set by a local regulation' },
            { zh: '在 list.standard_bases 中引用规定认定标准的地方性法规条款；没有的，不能设立该名单。', en: 'Cite the local regulation that sets the standard; without one the list cannot exist.' },
          );
      } else if (!cited.some(({ basis }) => NATIONAL_STANDARD_LEVELS.has(basis.level)))
        ctx.report(
          f,
          ['list', 'standard_bases'],
          { zh: '严重失信主体名单的认定标准须以法律、行政法规、党中央国务院政策文件或部门规章确定', en: 'The standard must be set by law, administrative regulation, central policy or a ministry rule' },
          { zh: '引用设定认定标准的上位依据，或把 local_only 设为 true 并引用地方性法规。', en: 'Cite the instrument that sets the standard, or mark the list local_only with a local regulation.' },
        );
    }
  },
};
