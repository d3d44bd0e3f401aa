import { CATALOGUE_ELEMENTS, NATURE } from '../../schemas/index.ts';
import { withBasis, type Rule } from './rule.ts';

/** Rule 2: every item states disclosure, its period, sharing and scope, a configured category, and the elements the jurisdiction adds. */
export const rule: Rule = {
  code: 'P02-catalogue-elements',
  severity: 'error',
  title: { zh: '目录事项要素须齐全', en: 'Catalogue items state every required element' },
  source: '江苏省实施方案 三（一）',
  settings: ['categories', 'catalogue_elements', 'periods.mode', 'trustworthy_information'],
  check(ctx) {
    const categories = new Set(ctx.jurisdiction?.categories ?? []);
    const { catalogueElements, periods, trustworthyInformation } = ctx.profile;
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
          { zh: '在 sharing 下添加 scope，如“公共信用信息平台及有关部门”。', en: 'Add scope under sharing.' },
        );
      if (categories.size && !categories.has(e.category))
        ctx.report(
          f,
          ['category'],
          { zh: `信息类别“${e.category}”不在 jurisdiction.yaml 的 categories 中`, en: `Category "${e.category}" is not among the categories in jurisdiction.yaml` },
          { zh: `可选类别：${[...categories].join('、')}。`, en: `Allowed: ${[...categories].join(', ')}.` },
        );
      for (const element of catalogueElements?.required ?? []) {
        if (e[element as keyof typeof e] !== undefined) continue;
        const label = CATALOGUE_ELEMENTS.labels[element as keyof typeof CATALOGUE_ELEMENTS.labels];
        ctx.report(
          f,
          [],
          withBasis({ zh: `目录事项须写明${label.zh}（${element}）`, en: `The item must state its ${label.en.toLowerCase()} (${element})` }, catalogueElements!.basis),
          { zh: `添加 ${element} 字段。`, en: `Add the ${element} field.` },
        );
      }
      // One period for both: the retention period is the disclosure period.
      const period = e.disclosure.period;
      if (periods.mode === 'combined' && period !== undefined && JSON.stringify(period) !== JSON.stringify(e.retention))
        ctx.report(
          f,
          ['retention'],
          withBasis({ zh: '本辖区公开和保存适用同一期限，retention 须与 disclosure.period 相同', en: 'This jurisdiction sets one period for disclosure and retention: retention must equal disclosure.period' }, periods.modeBasis),
          { zh: '把 retention 改为与 disclosure.period 相同的期限。', en: 'Set retention to the same period as disclosure.period.' },
        );
      if (e.nature === 'trustworthy' && !trustworthyInformation)
        ctx.report(
          f,
          ['nature'],
          { zh: `本辖区的 jurisdiction.yaml 未设“${NATURE.labels.trustworthy.zh}”这一信息性质`, en: 'jurisdiction.yaml provides for no trustworthy information' },
          { zh: '改用 basic、dishonesty 或 other；本辖区法规设有守信信息的，由信用办在 jurisdiction.yaml 的 trustworthy_information 中写明依据。', en: 'Use basic, dishonesty or other; where the regulation provides for trustworthy information, the credit office cites it in trustworthy_information.' },
        );
    }
  },
};
