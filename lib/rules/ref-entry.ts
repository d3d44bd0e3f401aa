import { entryRefsOf, LIST_KINDS, LISTS, parseQualifiedRef } from '../../schemas/index.ts';
import { unresolvedUpstreamRef } from '../upstream/refs.ts';
import type { Rule, RuleContext } from './rule.ts';

function check(ctx: RuleContext) {
  for (const f of ctx.listEntries())
    for (const { kind, id, path } of entryRefsOf(f.kind, f.entry)) {
      if (parseQualifiedRef(id)) {
        const problem = unresolvedUpstreamRef(ctx.repo.upstream, kind, id);
        if (problem) ctx.report(f, path, problem.message, problem.hint);
        continue;
      }
      if (ctx.repo.ids.get(kind)!.has(id)) continue;
      const elsewhere = LIST_KINDS.find((k) => ctx.repo.ids.get(k)!.has(id));
      const parts = id.split(/\s*[，、；;,]\s*/).filter(Boolean);
      if (parts.length > 1) {
        ctx.report(
          f,
          path,
          { zh: `“${id}”是用全角逗号（或顿号）连在一起的 ${parts.length} 个编号`, en: `"${id}" is ${parts.length} IDs run together with full-width commas` },
          { zh: `列表各项用半角逗号加空格分隔。改为：[${parts.join(', ')}]`, en: `Separate list items with a comma and a space: [${parts.join(', ')}]` },
        );
        continue;
      }
      // IDs differ by one digit from their neighbours, so only a mis-written form is corrected: ml-23, ML0023 → ML-0023.
      const form = /^\s*([A-Za-z]{2})\s*[-－—_ ]?\s*(\d{1,4})\s*$/.exec(id);
      const normal = form ? `${form[1]!.toUpperCase()}-${form[2]!.padStart(4, '0')}` : undefined;
      const near = normal && normal !== id && ctx.repo.ids.get(kind)!.has(normal) ? normal : undefined;
      ctx.report(
        f,
        path,
        { zh: `引用的${LISTS[kind].entry.zh} ${id} 不存在`, en: `The referenced ${LISTS[kind].entry.en} ${id} does not exist` },
        elsewhere
          ? { zh: `${id} 是${LISTS[elsewhere].entry.zh}，这里需要${LISTS[kind].entry.zh}的编号。`, en: `${id} is a ${LISTS[elsewhere].entry.en}; a ${LISTS[kind].entry.en} ID is needed here.` }
          : near
            ? { zh: `您是不是要写 ${near}？请检查编号。`, en: `Did you mean ${near}? Check the ID.` }
            : { zh: `检查编号是否写错；现有条目见 ${LISTS[kind].folder}/ 目录。`, en: `Check the ID; existing entries are in ${LISTS[kind].folder}/.` },
      );
    }
}

/** Every reference to another entry resolves to an entry of the right list. */
export const rule: Rule = {
  code: 'ref-entry',
  severity: 'error',
  title: { zh: '引用的条目须存在', en: 'Referenced entries exist' },
  source: '江苏省实施方案 四（二）（惩戒须基于具体的失信行为事实）；引用上级条目写“行政区划代码:编号”，见 jurisdiction.yaml upstream',
  check,
};
