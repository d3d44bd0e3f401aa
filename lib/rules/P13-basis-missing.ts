import { articleOf, citationsOf } from '../../schemas/index.ts';
import { suggestBasis } from '../suggest.ts';
import type { Rule, RuleContext } from './rule.ts';

function check(ctx: RuleContext) {
  for (const f of ctx.listEntries()) {
    for (const { citation, path } of citationsOf(f.kind, f.entry)) {
      const file = ctx.repo.ids.get('basis')!.get(citation.basis);
      const basis = ctx.basis(citation.basis);
      if (!file) {
        const meant = suggestBasis(citation.basis, ctx.repo.vocabulary().bases);
        ctx.report(
          f,
          [...path, 'basis'],
          { zh: `依据“${citation.basis}”不在法律依据登记册中`, en: `Basis "${citation.basis}" is not in the legal-basis register` },
          meant
            ? { zh: `您是不是要写 ${meant.code}（《${meant.name}》）？请检查拼写。`, en: `Did you mean ${meant.code} (${meant.name})? Check the spelling.` }
            : { zh: `检查拼写；新依据须先在 bases/${citation.basis}.yaml 登记（npm run new -- basis）。`, en: `Check the spelling; register a new instrument first as bases/${citation.basis}.yaml.` },
        );
        continue;
      }
      if (!basis) continue; // the basis file itself is broken and reported there
      citation.articles.forEach((a, i) => {
        if (!basis.articles.some((x) => x.number === articleOf(a)))
          ctx.report(
            f,
            [...path, 'articles', i],
            { zh: `《${basis.title}》${articleOf(a)}未在登记册中收录`, en: `${articleOf(a)} of "${basis.title_en ?? basis.title}" is not in the register` },
            { zh: `在 bases/${citation.basis}.yaml 的 articles 中逐字收录该条原文，或更正条号。`, en: `Quote the article verbatim in bases/${citation.basis}.yaml, or correct the number.` },
            { related: [file] },
          );
      });
    }
  }
}

/** Rule 13 (first part): every cited instrument and article exists in the legal-basis register. */
export const rule: Rule = {
  code: 'P13-basis-missing',
  severity: 'error',
  title: { zh: '所引依据和条款须在登记册中', en: 'Cited instruments and articles are in the register' },
  source: '江苏省实施方案 三（一）、四（二）',
  check,
};
