import type { Rule } from './rule.ts';

/** Rule 2: every item states disclosure, its period, sharing and scope, and a configured category. */
export const rule: Rule = {
  code: 'P02-catalogue-elements',
  severity: 'error',
  title: { zh: '目录事项要素须齐全', en: 'Catalogue items state every required element' },
  source: '江苏省实施方案 三（一）；山东条例 第十条；深圳条例 第三十四条',
  check(ctx) {
    const categories = new Set(ctx.jurisdiction?.categories ?? []);
    for (const f of ctx.entries('catalogue')) {
      const e = f.entry;
      if (e.disclosure.mode !== 'not_public' && e.disclosure.period === undefined)
        ctx.report(
          f,
          ['disclosure'],
          { zh: '公开或依申请公开的信息须写明公开期限（disclosure.period）', en: 'Disclosed information needs a disclosure period (disclosure.period)' },
          { zh: '在 disclosure 下添加 period，如 period: {years: 3}。', en: 'Add period under disclosure, e.g. period: {years: 3}.' },
        );
      if (e.sharing.mode !== 'not_shared' && e.sharing.scope === undefined)
        ctx.report(
          f,
          ['sharing'],
          { zh: '共享的信息须写明共享范围（sharing.scope）', en: 'Shared information needs a sharing scope (sharing.scope)' },
          { zh: '在 sharing 下添加 scope，如“省公共信用信息平台及省直有关部门”。', en: 'Add scope under sharing.' },
        );
      if (categories.size && !categories.has(e.category))
        ctx.report(
          f,
          ['category'],
          { zh: `信息类别“${e.category}”不在 jurisdiction.yaml 的 categories 中`, en: `Category "${e.category}" is not among the categories in jurisdiction.yaml` },
          { zh: `可选类别：${[...categories].join('、')}。`, en: `Allowed: ${[...categories].join(', ')}.` },
        );
    }
  },
};
