// How the site writes a field's value, by its kind in the field registry: the entry page's rows and the list tables' cells.
import {
  articleOf,
  durationLabel,
  FIELD_REGISTRY,
  fieldsIn,
  LIST_KINDS,
  LISTS,
  valueAt,
  valueLabel,
  type Citation,
  type Duration,
  type FieldSpec,
  type ListKind,
} from '../../schemas/index.ts';
import type { SiteEntry, SiteModel } from '../../lib/site/model.ts';
import { t } from './i18n.ts';
import { articleAnchor, basisTitle, departmentName, entryTitle, esc, joined, markdown, txt } from './present.ts';
import { termHtml } from './terms.ts';

/** Editorial fields written in Markdown (lib/site/markdown.ts): rendered with their lists and tables, sanitized. */
const MARKDOWN_FIELDS = new Set(['notes']);
import { href, paths, type Lang } from './routes.ts';

export interface FieldRow {
  label: string;
  /** Escaped HTML. */
  html: string;
}

/** The table packs values onto lines; the page lists them. */
export type Rendering = 'table' | 'page';

const a = (url: string, text: string, lang: Lang) => `<a href="${esc(url)}">${txt(text, lang)}</a>`;
const sep = (lang: Lang) => (lang === 'zh' ? '、' : ', ');
const text = (s: string, lang: Lang) => txt(s, lang).replace(/\n/g, '<br>');

export function citationHtml(model: SiteModel, c: Citation, lang: Lang): string {
  const first = c.articles[0]!;
  return a(`${href(lang, paths.basis(c.basis))}#${articleAnchor(articleOf(first))}`, `${basisTitle(model, c.basis, lang)}${lang === 'en' ? ' ' : ''}${joined(c.articles, sep(lang))}`, lang);
}

export function departmentsHtml(model: SiteModel, ids: readonly string[], lang: Lang, rendering: Rendering = 'page'): string {
  if (rendering === 'table') return joined(ids.map((d) => a(href(lang, paths.department(d)), departmentName(model, d, lang), lang)), '<br>');
  return joined(ids.map((d) => a(href(lang, paths.department(d)), departmentName(model, d, lang), lang)), sep(lang));
}

/** An upper level's entry, marked as such: its ID, title and release, linked to its page on that level's site when known. */
function upstreamHtml(model: SiteModel, id: string, lang: Lang): string | undefined {
  const u = model.upstreamRef(id);
  if (!u) return undefined;
  const title = lang === 'en' && u.title_en ? u.title_en : u.title;
  // An upper level's catalogue item has its own page here (the measures of every level it triggers); others link to the upper site.
  const item = model.upstreamItems.find((x) => x.id === id);
  const url = item ? href(lang, paths.upstreamItem(item.divisionCode, item.localId)) : u.url;
  const label = url ? `<a href="${esc(url)}">${esc(id)}</a>` : esc(id);
  return `<span class="upstream">${label} ${txt(title, lang)} <small>${esc(lang === 'zh' ? `（上级清单：${u.source.zh}）` : ` (upper level: ${u.source.en})`)}</small></span>`;
}

export function entryLinksHtml(model: SiteModel, ids: readonly string[], lang: Lang, rendering: Rendering = 'page'): string {
  if (rendering === 'table')
    return joined(
      ids.map((id) => {
        const e = model.byId.get(id);
        return e ? `${a(href(lang, paths.entry(e.list, id)), id, lang)} ${txt(entryTitle(e, lang), lang)}` : (upstreamHtml(model, id, lang) ?? esc(id));
      }),
      '<br>',
    );
  const items = ids.map((id) => {
    const e = model.byId.get(id);
    return `<li>${e ? `${a(href(lang, paths.entry(e.list, id)), `${id} ${entryTitle(e, lang)}`, lang)}` : (upstreamHtml(model, id, lang) ?? esc(id))}</li>`;
  });
  return `<ul>${joined(items)}</ul>`;
}

/** IDs named by a scope value (`all` aside), in list order. */
export function scopeIds(value: Record<string, string[]>): string[] {
  return LIST_KINDS.flatMap((k) => value[LISTS[k].published] ?? []);
}

/** A field's value as escaped HTML; empty when the entry has nothing there. */
export function valueHtml(spec: FieldSpec, value: unknown, model: SiteModel, lang: Lang, rendering: Rendering): string {
  if (value === undefined || value === null) return '';
  const note = (html: string) => (spec.note ? `${html}${esc(lang === 'zh' ? `（${spec.note.zh}）` : ` (${spec.note.en})`)}` : html);
  switch (spec.value) {
    // Values the glossary explains link to it.
    case 'enum':
      return note(termHtml(model, spec.enum!.labels, value as string, lang, valueLabel(spec, value as string, model.profile.valueLabels)));
    case 'enums':
      return note(joined((value as string[]).map((v) => termHtml(model, spec.enum!.labels, v, lang, valueLabel(spec, v, model.profile.valueLabels))), sep(lang)));
    case 'boolean':
      return esc(value ? (spec.yesNo?.yes[lang] ?? t(lang, 'yes')) : (spec.yesNo?.no[lang] ?? t(lang, 'noValue')));
    case 'duration':
      return esc(durationLabel(value as Duration)[lang]);
    case 'citation':
      return citationHtml(model, value as Citation, lang);
    case 'citations':
      return joined((value as Citation[]).map((c) => citationHtml(model, c, lang)), '<br>');
    case 'departments':
      return departmentsHtml(model, [value].flat() as string[], lang, rendering);
    case 'entries':
      return entryLinksHtml(model, value as string[], lang, rendering);
    case 'scope':
      return value === 'all' ? esc(spec.all![lang]) : entryLinksHtml(model, scopeIds(value as Record<string, string[]>), lang, rendering);
    case 'texts':
      return rendering === 'table'
        ? joined((value as string[]).map((s) => text(s, lang)), '<br>')
        : `<ul>${joined((value as string[]).map((s) => `<li>${text(s, lang)}</li>`))}</ul>`;
    case 'group':
      return '';
    // A category is the jurisdiction's own text; its English name where the configuration gives one.
    case 'category': {
      const en = lang === 'en' ? model.jurisdiction.categories_en?.[value as string] : undefined;
      return en ? esc(en) : text(String(value), lang);
    }
    case 'id':
    case 'date':
    case 'number':
      return esc(String(value));
    default:
      return MARKDOWN_FIELDS.has(spec.path) ? markdown(String(value), lang) : text(String(value), lang);
  }
}

/** Field rows of an entry, in the registry's order; lifecycle records are shown in the trail instead. */
export function fieldRows(e: SiteEntry, model: SiteModel, lang: Lang): FieldRow[] {
  const rows: FieldRow[] = [];
  for (const spec of fieldsIn(FIELD_REGISTRY[e.list as ListKind], 'page')) {
    const html = valueHtml(spec, valueAt(e.data, spec.path, e.id), model, lang, 'page');
    if (html !== '') rows.push({ label: spec.label[lang], html });
  }
  return rows;
}

