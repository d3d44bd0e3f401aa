import { levelNames, withBasis, type Rule } from './rule.ts';

/** Rule 10: a serious-dishonesty list stays in the national domains or a ground the jurisdiction's regulation adds; its standard is set by a sufficient instrument. */
export const rule: Rule = {
  code: 'P10-serious-list',
  severity: 'error',
  title: { zh: '严重失信主体名单须有合法的认定标准', en: 'Serious-dishonesty lists have a lawful inclusion standard' },
  source: '江苏省实施方案 二（三）、二（四）',
  settings: ['sufficient_levels.serious_list_standard', 'sufficient_levels.local_serious_list_standard', 'serious_list_grounds'],
  check(ctx) {
    const { serious_list_standard: national, local_serious_list_standard: local } = ctx.profile.levels;
    const grounds = new Map(ctx.profile.seriousListGrounds.map((g) => [g.id, g]));
    for (const f of ctx.entries('catalogue')) {
      const e = f.entry;
      if (e.kind !== 'serious_dishonesty_list') continue;
      const added = e.list.domain === 'jurisdiction_ground';
      if (added && (!e.list.ground || !grounds.has(e.list.ground)))
        ctx.report(
          f,
          ['list', e.list.ground ? 'ground' : 'domain'],
          { zh: e.list.ground ? `jurisdiction.yaml 的 serious_list_grounds 中没有“${e.list.ground}”` : 'domain 为 jurisdiction_ground 时须在 list.ground 中写明增设领域的编号', en: e.list.ground ? `serious_list_grounds in jurisdiction.yaml has no "${e.list.ground}"` : 'With domain jurisdiction_ground, list.ground names the added ground' },
          {
            zh: grounds.size ? `可选：${[...grounds.keys()].join('、')}；或改用国家规定的四个领域之一。` : '本辖区未增设领域：domain 只能是国家规定的四个领域之一。',
            en: grounds.size ? `Allowed: ${[...grounds.keys()].join(', ')}; or use one of the four national domains.` : 'The jurisdiction adds no grounds: use one of the four national domains.',
          },
        );
      if (!added && e.list.ground !== undefined)
        ctx.report(f, ['list', 'ground'], { zh: 'list.ground 只用于 domain: jurisdiction_ground', en: 'list.ground is only for domain: jurisdiction_ground' }, { zh: '删除 ground，或把 domain 改为 jurisdiction_ground。', en: 'Remove ground, or set domain to jurisdiction_ground.' });
      const cited = ctx.citedBases(e.list.standard_bases);
      if (cited.length < e.list.standard_bases.length) continue;
      // A ground only the jurisdiction's regulation adds can only be a local list.
      const setting = e.list.local_only || added ? local : national;
      if (!cited.some(({ basis }) => setting.levels.includes(basis.level))) {
        const names = levelNames(setting.levels);
        ctx.report(
          f,
          ['list', 'standard_bases'],
          withBasis(
            e.list.local_only || added
              ? { zh: `仅在本地实施的严重失信主体名单，其认定标准必须由${names.zh}规定`, en: `A local-only serious-dishonesty list needs its standard set by a ${names.en}` }
              : { zh: `严重失信主体名单的认定标准须以${names.zh}确定`, en: `The standard must be set by a ${names.en}` },
            setting.basis,
          ),
          e.list.local_only || added
            ? { zh: `在 list.standard_bases 中引用规定认定标准的${names.zh}条款；没有的，不能设立该名单。`, en: `Cite the ${names.en} that sets the standard; without one the list cannot exist.` }
            : { zh: '引用设定认定标准的上位依据，或把 local_only 设为 true 并引用地方性法规。', en: 'Cite the instrument that sets the standard, or mark the list local_only with a local regulation.' },
        );
      }
    }
  },
};
