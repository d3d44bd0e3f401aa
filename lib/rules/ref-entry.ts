import { entryRefsOf, LIST_KINDS, LISTS } from '../../schemas/index.ts';
import type { Rule, RuleContext } from './rule.ts';

function check(ctx: RuleContext) {
  for (const f of ctx.listEntries())
    for (const { kind, id, path } of entryRefsOf(f.kind, f.entry)) {
      if (ctx.repo.ids.get(kind)!.has(id)) continue;
      const elsewhere = LIST_KINDS.find((k) => ctx.repo.ids.get(k)!.has(id));
      ctx.report(
        f,
        path,
        { zh: `引用的${LISTS[kind].entry.zh} ${id} 不存在`, en: `The referenced ${LISTS[kind].entry.en} ${id} does not exist` },
        elsewhere
          ? { zh: `${id} 是${LISTS[elsewhere].entry.zh}，这里需要${LISTS[kind].entry.zh}的编号。`, en: `${id} is a ${LISTS[elsewhere].entry.en}; a ${LISTS[kind].entry.en} ID is needed here.` }
          : { zh: `检查编号是否写错；现有条目见 ${LISTS[kind].folder}/ 目录。`, en: `Check the ID; existing entries are in ${LISTS[kind].folder}/.` },
      );
    }
}

/** Every reference to another entry resolves to an entry of the right list. */
export const rule: Rule = {
  code: 'ref-entry',
  severity: 'error',
  title: { zh: '引用的条目须存在', en: 'Referenced entries exist' },
  source: '江苏省实施方案 四（二）（惩戒须基于具体的失信行为事实）',
  check,
};
