// Every page's path in one place (without base or language prefix), and how to turn one into a link.
import { LIST_KINDS, LIST_OF_PUBLISHED, LISTS, PUBLISHED_OF_LIST, type ListKind } from '../../schemas/index.ts';

export type Lang = 'zh' | 'en';
export const LANGS: Lang[] = ['zh', 'en'];
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** URL segment of each list (the list vocabulary's slug), and the list of a segment. */
export const LIST_SLUG = Object.fromEntries(LIST_KINDS.map((k) => [k, LISTS[k].slug])) as typeof PUBLISHED_OF_LIST;
export const LIST_OF_SLUG: Record<string, ListKind> = LIST_OF_PUBLISHED;

export const paths = {
  home: '',
  list: (l: ListKind) => `${LIST_SLUG[l]}/`,
  filter: (l: ListKind, facet: string, value: string) => `${LIST_SLUG[l]}/filter/${facet}/${value}/`,
  entry: (l: ListKind, id: string) => `${LIST_SLUG[l]}/${id}/`,
  bases: 'bases/',
  basis: (id: string) => `bases/${id}/`,
  departments: 'departments/',
  department: (id: string) => `departments/${id}/`,
  releases: 'releases/',
  release: (v: string) => `releases/${v}/`,
  consultations: 'consultations/',
  participate: 'participate/',
  about: 'about/',
  glossary: 'glossary/',
  search: 'search/',
  checklist: (id: string) => `checklist/${id}/`,
  /** An upper level's catalogue item cited here (`110000:ML-0023`). */
  upstreamItem: (divisionCode: string, id: string) => `upstream/${divisionCode}/${id}/`,
  feed: (kind: 'releases' | 'consultations') => `${kind}.atom`,
  api: 'api/v1/',
};

/** The site's base path, `/` or `/x/`, as Astro was configured. */
export function basePath(): string {
  const b = import.meta.env.BASE_URL ?? '/';
  return b.endsWith('/') ? b : `${b}/`;
}

/** A page's address under a given base path, in the given language (usable outside the pages, e.g. in build steps). */
export function pageHref(base: string, lang: Lang, p: string): string {
  return `${base}${lang === 'en' ? 'en/' : ''}${p}`;
}

/** A link to a page, under the base path and in the given language. */
export function href(lang: Lang, p: string): string {
  return pageHref(basePath(), lang, p);
}

/** A link to a file that exists once, whatever the language (feeds are per language; the API and assets are not). */
export function assetHref(p: string): string {
  return `${basePath()}${p}`;
}

/** The pages the search indexes as written (everything else it indexes from the model). */
export const STATIC_INDEXED_PAGES = ['about', 'participate', 'glossary'] as const;
