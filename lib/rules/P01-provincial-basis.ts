import { BASIS_LEVELS } from '../../schemas/index.ts';
import { levelNames, withBasis, type Rule } from './rule.ts';

/** Rule 1: a catalogue item rests on sufficient bases, and a supplementary item on a local regulation of this jurisdiction. */
export const rule: Rule = {
  code: 'P01-provincial-basis',
  severity: 'error',
  title: { zh: '补充目录事项须有本辖区地方性法规依据', en: 'A supplementary catalogue item needs a local regulation of the jurisdiction' },
  source: '江苏省实施方案 三（二）',
  settings: ['sufficient_levels.catalogue_item', 'lists.catalogue.local_basis', 'lists.catalogue.scope', 'division_code', 'parent_division_code'],
  check(ctx) {
    const j = ctx.jurisdiction;
    if (!j) return;
    const own = ctx.ownDivisions('catalogue');
    const { catalogue_item: sufficient } = ctx.profile.levels;
    const local = ctx.profile.lists.catalogue.localBasis;
    // A whole catalogue holds national items too: they rest on national instruments, not on a local regulation.
    const needsLocal = local.requirement !== 'not_required' && ctx.profile.catalogueScope.scope === 'supplement';
    for (const f of ctx.entries('catalogue')) {
      const cited = ctx.citedBases(f.entry.bases);
      if (cited.length < f.entry.bases.length) continue; // unresolved citations are reported by P13
      if (needsLocal && !cited.some(({ basis }) => basis.level === 'local_regulation' && own.has(basis.jurisdiction)))
        ctx.report(
          f,
          ['bases'],
          withBasis({ zh: `目录事项的依据中没有${j.name}的地方性法规`, en: `None of the item's bases is a local regulation of ${j.name_en ?? j.name}` }, local.basis),
          {
            zh: '补充目录只能依据本辖区（或上级）的地方性法规设立：在 bases 中引用该地方性法规的相应条款。',
            en: 'A supplementary item must rest on a local regulation of this (or the parent) jurisdiction: cite its article in bases.',
          },
          local.requirement === 'recommended' ? { severity: 'warning' } : {},
        );
      const levels = new Set<string>(sufficient.levels);
      if (!cited.some(({ basis }) => levels.has(basis.level))) {
        const found = [...new Set(cited.map(({ basis }) => BASIS_LEVELS.labels[basis.level].zh))].join('、');
        const need = levelNames(sufficient.levels);
        ctx.report(
          f,
          ['bases'],
          withBasis({ zh: `目录事项仅以${found}为依据，效力层级不足`, en: `The item rests only on instruments below ${need.en}` }, sufficient.basis),
          { zh: `公共信用信息须以下列层级之一为依据：${need.zh}。`, en: `Public credit information must rest on one of: ${need.en}.` },
        );
      }
    }
  },
};
