// Enumeration values linked to their explanation on the glossary page, wherever the site shows them.
import type { Label } from '../../schemas/index.ts';
import { esc, txt } from './present.ts';
import { vocabularyOf } from './glossary.ts';
import { href, paths, type Lang } from './routes.ts';
import { site } from './store.ts';

/** A value's label, linked to the glossary term that explains it (`NATURE.dishonesty`), or plain where none does. */
export function termHtml(value: string, label: Label, lang: Lang): string {
  const { model, settings } = site();
  const term = vocabularyOf(model, settings.dataRoot).termOfValue.get(value);
  return term ? `<a class="term" href="${esc(`${href(lang, paths.glossary)}#${term.slug}`)}">${txt(label[lang], lang)}</a>` : txt(label[lang], lang);
}

/** Several values of one enumeration, each linked. */
export function termsHtml(enumName: string, values: readonly string[], labels: Record<string, Label>, lang: Lang): string {
  return values.map((v) => termHtml(`${enumName}.${v}`, labels[v]!, lang)).join(lang === 'zh' ? '、' : ', ');
}
