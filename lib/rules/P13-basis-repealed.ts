import { citationsOf } from '../../schemas/index.ts';
import { isLive, type Rule } from './rule.ts';

/** Rule 13 (second part): a repealed instrument cannot support an entry that is, or will be, in force. */
export const rule: Rule = {
  code: 'P13-basis-repealed',
  severity: 'error',
  title: { zh: '已废止的依据不能支撑现行条目', en: 'A repealed basis cannot support an entry in force' },
  source: '江苏省实施方案 二（一）',
  check(ctx) {
    for (const f of ctx.listEntries()) {
      if (!isLive(f.entry)) continue;
      for (const { citation, path } of citationsOf(f.kind, f.entry)) {
        const basis = ctx.basis(citation.basis);
        if (basis?.status === 'repealed')
          ctx.report(
            f,
            [...path, 'basis'],
            { zh: `《${basis.title}》已于 ${basis.repealed ?? '（日期未载）'} 废止，不能作为现行条目的依据`, en: `"${basis.title_en ?? basis.title}" was repealed${basis.repealed ? ' on ' + basis.repealed : ''} and cannot support an entry in force` },
            { zh: '改为引用现行有效的依据，或提出废止本条目。', en: 'Cite an instrument in force, or propose repealing this entry.' },
            { related: [ctx.repo.ids.get('basis')!.get(citation.basis)!] },
          );
      }
    }
  },
};
