import { MEASURE_KINDS } from '../../schemas/index.ts';
import type { LevelRule } from '../../schemas/index.ts';
import { levelNames, withBasis, type Rule } from './rule.ts';

/** Rule 6: a measure rests directly on instruments of the levels its kind requires, and cites the jurisdiction's own regulation where required. */
export const rule: Rule = {
  code: 'P06-measure-basis',
  severity: 'error',
  title: { zh: '减损权益或增加义务的措施须有法律法规依据', en: 'Rights-reducing measures rest on law or regulation' },
  source: '江苏省实施方案 四（二）；庐山市实施意见 二（三）1',
  settings: ['sufficient_levels.measure_rights_reducing', 'sufficient_levels.measure_management', 'sufficient_levels.measure_voluntary_market', 'lists.measure.local_basis'],
  check(ctx) {
    const j = ctx.jurisdiction;
    const own = ctx.ownDivisions('measure');
    const byKind: Record<string, LevelRule | undefined> = {
      rights_reducing: ctx.profile.levels.measure_rights_reducing,
      management: ctx.profile.levels.measure_management,
      voluntary_market: ctx.profile.levels.measure_voluntary_market,
    };
    const local = ctx.profile.lists.measure.localBasis;
    for (const f of ctx.entries('measure')) {
      const cited = ctx.citedBases(f.entry.bases);
      if (cited.length < f.entry.bases.length) continue;
      const setting = byKind[f.entry.kind];
      if (setting && !cited.some(({ basis }) => setting.levels.includes(basis.level))) {
        const names = levelNames(setting.levels);
        const kind = MEASURE_KINDS.labels[f.entry.kind];
        ctx.report(
          f,
          ['bases'],
          withBasis({ zh: `${kind.zh}没有${names.zh}的依据`, en: `The measure (${kind.en.toLowerCase()}) has no basis in a ${names.en}` }, setting.basis),
          { zh: `直接引用设定该措施的${names.zh}条款；其他层级的文件不能单独设定此类措施。`, en: `Cite the ${names.en} that sets the measure; other instruments cannot set it alone.` },
        );
      }
      if (j && local.requirement !== 'not_required' && !cited.some(({ basis }) => basis.level === 'local_regulation' && own.has(basis.jurisdiction)))
        ctx.report(
          f,
          ['bases'],
          withBasis({ zh: `补充清单措施的依据中没有${j.name}的地方性法规`, en: `None of the measure's bases is a local regulation of ${j.name_en ?? j.name}` }, local.basis),
          { zh: '补充清单依据本辖区（或上级）地方性法规编制：同时引用该法规规定惩戒措施的条款。', en: 'The supplementary list is compiled under the local regulation: cite its article on punishment measures as well.' },
          local.requirement === 'recommended' ? { severity: 'warning' } : {},
        );
    }
  },
};
