// Enumeration values linked to their explanation on the glossary page, wherever the site shows them.
import type { Label } from '../../schemas/index.ts';
import type { SiteModel } from '../../lib/site/model.ts';
import { esc, txt } from './present.ts';
import { enumerationName, vocabularyOf } from './glossary.ts';
import { href, paths, type Lang } from './routes.ts';

/** A value's label (the jurisdiction's own words where its profile has them), linked to the glossary term that explains it, or plain where none does. */
export function termHtml(model: SiteModel, labels: Record<string, Label>, value: string, lang: Lang, shown: Label = labels[value]!): string {
  const label = txt(shown[lang], lang);
  const name = enumerationName(labels);
  if (!name) return label;
  // The model's root is the build's data root, resolved (no import of the pages' store: this also runs in Node).
  const term = vocabularyOf(model, model.root).termOfValue.get(`${name}.${value}`);
  return term ? `<a class="term" href="${esc(`${href(lang, paths.glossary)}#${term.slug}`)}">${label}</a>` : label;
}
