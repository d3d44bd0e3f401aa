import type { Rule } from './rule.ts';

const RESPONSIBLE_PERSONS = /法定代表人|主要负责人|实际控制人|直接负责的主管人员|负责人/;

/** Rule 9: responsible persons are targeted only where a cited article says so. */
export const rule: Rule = {
  code: 'P09-measure-target',
  severity: 'error',
  title: { zh: '惩戒对象须与依据一致', en: 'The target matches what the basis allows' },
  source: '江苏省实施方案 四（二）',
  check(ctx) {
    for (const f of ctx.entries('measure')) {
      const e = f.entry;
      if (!e.target.responsible_persons) continue;
      const cited = ctx.citedBases(e.bases);
      if (cited.length < e.bases.length) continue;
      if (!cited.some(({ citation }) => RESPONSIBLE_PERSONS.test(ctx.citedText(citation))))
        ctx.report(
          f,
          ['target', 'responsible_persons'],
          { zh: '措施同时惩戒法定代表人等责任人员，但所引条款没有这样的规定', en: 'Responsible persons are targeted, but no cited article provides for it' },
          { zh: '引用规定惩戒法定代表人、主要负责人或实际控制人的条款（通常是本辖区信用条例中关于严重失信主体责任人员的条款），或把 responsible_persons 改为 false。', en: 'Cite an article that provides for it, or set responsible_persons to false.' },
        );
      if (e.target.subject_types.every((t) => t === 'natural_person'))
        ctx.report(
          f,
          ['target', 'responsible_persons'],
          { zh: '惩戒对象仅为自然人，不存在单位的责任人员', en: 'The target is only natural persons, who have no responsible persons' },
          { zh: '把 responsible_persons 改为 false。', en: 'Set responsible_persons to false.' },
        );
    }
  },
};
