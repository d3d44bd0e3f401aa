import type { ListKind } from '../../schemas/index.ts';
import type { ListFile, Rule, RuleContext } from './rule.ts';

/** Entry-to-entry references of one entry: measure triggers and exemption scopes. */
export function entryRefsOf(f: ListFile): { kind: ListKind; id: string; path: (string | number)[] }[] {
  const out: { kind: ListKind; id: string; path: (string | number)[] }[] = [];
  if (f.kind === 'measure' && f.entry) (f.entry as { triggers: string[] }).triggers.forEach((id, i) => out.push({ kind: 'catalogue', id, path: ['triggers', i] }));
  if (f.kind === 'exemption' && f.entry) {
    const a = (f.entry as { applies_to: 'all' | { catalogue?: string[]; measures?: string[] } }).applies_to;
    if (a !== 'all') {
      (a.catalogue ?? []).forEach((id, i) => out.push({ kind: 'catalogue', id, path: ['applies_to', 'catalogue', i] }));
      (a.measures ?? []).forEach((id, i) => out.push({ kind: 'measure', id, path: ['applies_to', 'measures', i] }));
    }
  }
  return out;
}

const NAMES = { catalogue: { zh: '目录事项', en: 'catalogue item', folder: 'catalogue' }, measure: { zh: '惩戒措施', en: 'measure', folder: 'measures' }, exemption: { zh: '豁免事项', en: 'exemption', folder: 'exemptions' } };

function check(ctx: RuleContext) {
  for (const f of ctx.listEntries())
    for (const { kind, id, path } of entryRefsOf(f)) {
      if (ctx.repo.ids.get(kind)!.has(id)) continue;
      const elsewhere = (['catalogue', 'measure', 'exemption'] as const).find((k) => ctx.repo.ids.get(k)!.has(id));
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
        { zh: `引用的${NAMES[kind].zh} ${id} 不存在`, en: `The referenced ${NAMES[kind].en} ${id} does not exist` },
        elsewhere
          ? { zh: `${id} 是${NAMES[elsewhere].zh}，这里需要${NAMES[kind].zh}的编号。`, en: `${id} is a ${NAMES[elsewhere].en}; a ${NAMES[kind].en} ID is needed here.` }
          : near
            ? { zh: `您是不是要写 ${near}？请检查编号。`, en: `Did you mean ${near}? Check the ID.` }
            : { zh: `检查编号是否写错；现有条目见 ${NAMES[kind].folder}/ 目录。`, en: `Check the ID; existing entries are in ${NAMES[kind].folder}/.` },
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
