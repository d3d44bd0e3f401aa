// Enumeration values linked to their explanation on the glossary page, wherever the site shows them.
import type { Label } from '../../schemas/index.ts';
import { esc, txt } from './present.ts';
import { enumerationName, vocabularyOf } from './glossary.ts';
import { href, paths, type Lang } from './routes.ts';
import { site } from './store.ts';

/** A value's label, linked to the glossary term that explains it, or plain where none does. */
export function termHtml(labels: Record<string, Label>, value: string, lang: Lang): string {
  const label = txt(labels[value]![lang], lang);
  const name = enumerationName(labels);
  if (!name) return label;
  const { model, settings } = site();
  const term = vocabularyOf(model, settings.dataRoot).termOfValue.get(`${name}.${value}`);
  return term ? `<a class="term" href="${esc(`${href(lang, paths.glossary)}#${term.slug}`)}">${label}</a>` : label;
}
