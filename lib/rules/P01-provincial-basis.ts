import { BASIS_LEVELS } from '../../schemas/index.ts';
import { SUFFICIENT_LEVELS, type Rule } from './rule.ts';

/** Rule 1: a catalogue item rests on law-level bases, and a supplementary item on a local regulation of this jurisdiction. */
export const rule: Rule = {
  code: 'P01-provincial-basis',
  severity: 'error',
  title: { zh: '补充目录事项须有本省地方性法规依据', en: 'A supplementary catalogue item needs a provincial local regulation' },
  source: '江苏省实施方案 三（二）；深圳条例 第三十三条',
  check(ctx) {
    const j = ctx.jurisdiction;
    if (!j) return;
    const own = new Set([j.division_code, j.parent_division_code].filter(Boolean));
    for (const f of ctx.entries('catalogue')) {
      const cited = ctx.citedBases(f.entry.bases);
      if (cited.length < f.entry.bases.length) continue; // unresolved citations are reported by P13
      if (!cited.some(({ basis }) => basis.level === 'local_regulation' && own.has(basis.jurisdiction)))
        ctx.report(
          f,
          ['bases'],
          { zh: `目录事项的依据中没有${j.name}的地方性法规`, en: `None of the item's bases is a local regulation of ${j.name_en ?? j.name}` },
          {
            zh: `补充目录只能依据省级地方性法规设立：在 bases 中引用本省地方性法规的相应条款（如《${j.name}社会信用条例》）。`,
            en: 'A supplementary item must rest on a provincial local regulation: cite its article in bases.',
          },
        );
      const sufficient = new Set<string>(SUFFICIENT_LEVELS);
      if (!cited.some(({ basis }) => sufficient.has(basis.level))) {
        const levels = [...new Set(cited.map(({ basis }) => BASIS_LEVELS.labels[basis.level].zh))].join('、');
        ctx.report(
          f,
          ['bases'],
          { zh: `目录事项仅以${levels}为依据，效力层级不足`, en: 'The item rests only on instruments below law, regulation or central policy' },
          { zh: '公共信用信息须以法律、法规或党中央、国务院政策文件为依据。', en: 'Public credit information must rest on law, regulation or central policy.' },
        );
      }
    }
  },
};
