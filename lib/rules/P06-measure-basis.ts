import { SUFFICIENT_LEVELS, type Rule } from './rule.ts';

/** Rule 6: a measure that reduces rights or adds obligations rests directly on law, regulation, central policy or a local regulation. */
export const rule: Rule = {
  code: 'P06-measure-basis',
  severity: 'error',
  title: { zh: '减损权益或增加义务的措施须有法律法规依据', en: 'Rights-reducing measures rest on law or regulation' },
  source: '江苏省实施方案 四（二）；庐山市实施意见 二（三）1',
  check(ctx) {
    const sufficient = new Set<string>(SUFFICIENT_LEVELS);
    const j = ctx.jurisdiction;
    const own = new Set([j?.division_code, j?.parent_division_code].filter(Boolean));
    for (const f of ctx.entries('measure')) {
      const cited = ctx.citedBases(f.entry.bases);
      if (cited.length < f.entry.bases.length) continue;
      if (f.entry.kind === 'rights_reducing' && !cited.some(({ basis }) => sufficient.has(basis.level)))
        ctx.report(
          f,
          ['bases'],
          { zh: '减损权益或增加义务的惩戒措施没有法律、法规或党中央、国务院政策文件依据', en: 'The rights-reducing measure has no basis in law, regulation or central policy' },
          { zh: '直接引用设定该措施的法律、法规条款；规章和规范性文件不能单独设定此类措施。', en: 'Cite the law or regulation that sets the measure; rules and normative documents cannot set it alone.' },
        );
      if (j && !cited.some(({ basis }) => basis.level === 'local_regulation' && own.has(basis.jurisdiction)))
        ctx.report(
          f,
          ['bases'],
          { zh: `补充清单措施的依据中没有${j.name}的地方性法规`, en: `None of the measure's bases is a local regulation of ${j.name_en ?? j.name}` },
          { zh: '补充清单依据省级地方性法规编制：同时引用本省条例的相应条款（如第二十八条或第三十条）。', en: 'The supplementary list is compiled under the provincial regulation: cite its article as well.' },
          { severity: 'warning' },
        );
    }
  },
};
