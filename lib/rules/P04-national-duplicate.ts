import type { Rule } from './rule.ts';

const normalise = (s: string) => s.replace(/[\s（）()、，,。.“”"《》]/g, '');

/** Rule 4: an item already in the national base catalogue is not repeated in the supplement. */
export const rule: Rule = {
  code: 'P04-national-duplicate',
  severity: 'error',
  title: { zh: '不得重复列入全国基础目录已有事项', en: 'Do not repeat items of the national base catalogue' },
  source: '江苏省实施方案 三（二）',
  settings: ['national_catalogue', 'lists.catalogue.scope'],
  check(ctx) {
    const national = new Map((ctx.jurisdiction?.national_catalogue ?? []).map((t) => [normalise(t), t]));
    // A whole catalogue contains the national items by design.
    if (!national.size || ctx.profile.catalogueScope.scope === 'whole') return;
    for (const f of ctx.entries('catalogue')) {
      const hit = national.get(normalise(f.entry.title));
      if (hit)
        ctx.report(
          f,
          ['title'],
          { zh: `“${hit}”已列入全国公共信用信息基础目录，补充目录不再列入`, en: `"${hit}" is already in the national base catalogue` },
          { zh: '删除此提议，或说明其与全国目录事项的区别并更改名称和内容。', en: 'Withdraw the proposal, or make clear how it differs from the national item.' },
        );
    }
  },
};
