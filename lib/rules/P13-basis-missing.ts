import { articleOf, type Citation } from '../../schemas/index.ts';
import type { LoadedFile } from '../repository.ts';
import { suggestBasis } from '../suggest.ts';
import type { Rule, RuleContext } from './rule.ts';

/** Every citation of an entry with its data path: bases, repair basis, natural-person basis, list standard. */
export function citationsOf(f: LoadedFile): { citation: Citation; path: (string | number)[] }[] {
  const out: { citation: Citation; path: (string | number)[] }[] = [];
  const e = f.entry as Record<string, unknown> | undefined;
  if (!e || f.kind === 'basis' || f.kind === 'jurisdiction') return out;
  ((e.bases as Citation[] | undefined) ?? []).forEach((citation, i) => out.push({ citation, path: ['bases', i] }));
  if (f.kind === 'catalogue') {
    const item = f.entry as LoadedFile<'catalogue'>['entry'] & {};
    if (item.repair && item.repair.repairable === false) out.push({ citation: item.repair.basis, path: ['repair', 'basis'] });
    if (item.disclosure.period_basis) out.push({ citation: item.disclosure.period_basis, path: ['disclosure', 'period_basis'] });
    if (item.disclosure.natural_persons?.basis) out.push({ citation: item.disclosure.natural_persons.basis, path: ['disclosure', 'natural_persons', 'basis'] });
    if (item.kind === 'serious_dishonesty_list')
      item.list.standard_bases.forEach((citation, i) => out.push({ citation, path: ['list', 'standard_bases', i] }));
  }
  return out;
}

function check(ctx: RuleContext) {
  for (const f of ctx.listEntries()) {
    for (const { citation, path } of citationsOf(f)) {
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
