// What the search index holds, built from the model rather than read back from the written pages: for each entry,
// instrument, department and cited upstream item, in each language, only what a reader searches — title, ID, what it is, its content and
// the names of its legal bases (no boilerplate, no quoted articles) — with the filters the search page offers.
import { CATALOGUE_KINDS } from '../../../schemas/index.ts';
import type { SiteEntry } from '../../../lib/site/model.ts';
import type { SiteContext } from '../context.ts';
import { t } from '../i18n.ts';
import { listLabel } from '../present.ts';
import { LEGAL_LABELS, PROCEDURE_LABELS, publicStatus } from '../status.ts';
import { LANGS, pageHref, paths, type Lang } from '../routes.ts';
import type { SearchDoc } from '../../../lib/search/build.ts';

/** A document of one language's index. */
export interface SearchRecord extends SearchDoc {
  lang: Lang;
}

const localised = (lang: Lang, zh: string, en: string | undefined) => (lang === 'en' && en ? en : zh);

/** The text a reader searches an entry by, besides its title and ID. */
export function entryText(ctx: SiteContext, e: SiteEntry, lang: Lang): string {
  const d = e.data;
  const kind = e.list === 'catalogue' ? CATALOGUE_KINDS.labels[e.data.kind][lang] : undefined;
  const body = e.list === 'exemption' ? [e.data.behaviour, ...e.data.conditions] : [e.data.content];
  const bases = [...new Set(e.citations.map((c) => c.citation.basis))].map((id) => {
    const b = ctx.model.basisById.get(id)?.data;
    return b ? `《${b.title}》${lang === 'en' && b.title_en ? ` ${b.title_en}` : ''}` : id;
  });
  // The list's name too, so that a list's own term (守信激励, 失信惩戒) finds its entries.
  // On the English pages the Chinese title is searched too (the data is Chinese first).
  return [lang === 'en' && d.title_en ? d.title : undefined, ...body, ...bases, listLabel(e.list)[lang], kind].filter(Boolean).join('\n');
}

function departmentNames(ctx: SiteContext, ids: readonly string[], lang: Lang): string[] {
  return ids.map((id) => {
    const d = ctx.model.departmentById.get(id);
    return d ? localised(lang, d.name, d.name_en) : id;
  });
}

function entryRecord(ctx: SiteContext, e: SiteEntry, lang: Lang): SearchRecord {
  const d = e.data;
  const status = publicStatus(e, ctx.model.today);
  const departments = e.list === 'catalogue' ? e.data.providers : e.list === 'measure' && 'implementers' in e.data ? e.data.implementers : [];
  return {
    url: pageHref('/', lang, paths.entry(e.list, e.id)),
    title: localised(lang, d.title, d.title_en),
    id: e.id,
    text: entryText(ctx, e, lang),
    lang,
    filters: {
      list: [listLabel(e.list)[lang]],
      // The site's one vocabulary of status: the legal status, and the procedure under way beside it.
      status: [LEGAL_LABELS[status.legal][lang]],
      ...(status.procedure ? { procedure: [PROCEDURE_LABELS[status.procedure][lang]] } : {}),
      ...(e.list === 'catalogue' ? { category: [lang === 'en' ? (ctx.model.jurisdiction.categories_en?.[e.data.category] ?? e.data.category) : e.data.category] } : {}),
      ...(departments.length ? { department: departmentNames(ctx, departments, lang) } : {}),
    },
  };
}

const RECORDS = new WeakMap<SiteContext, SearchRecord[]>();

/** Every record of the index, per language: entries, legal instruments, departments, upstream items (once per model). */
export function searchRecords(ctx: SiteContext): SearchRecord[] {
  let records = RECORDS.get(ctx);
  if (!records) RECORDS.set(ctx, (records = buildRecords(ctx)));
  return records;
}

/** A filter's values and how many records carry each, in the order the search page lists them. */
export type FilterOptions = Record<string, { value: string; count: number }[]>;

/**
 * Each filter's values and counts for a language, known at build time: the search page renders its options from
 * this, so that a search downloads no filter index unless the reader filters.
 */
export function searchFilterOptions(ctx: SiteContext, lang: Lang): FilterOptions {
  const counts: Record<string, Map<string, number>> = {};
  for (const r of searchRecords(ctx))
    if (r.lang === lang)
      for (const [key, values] of Object.entries(r.filters ?? {})) {
        const m = (counts[key] ??= new Map());
        for (const v of new Set(values)) m.set(v, (m.get(v) ?? 0) + 1);
      }
  return Object.fromEntries(Object.entries(counts).map(([key, m]) => [key, [...m.keys()].sort().map((value) => ({ value, count: m.get(value)! }))]));
}

function buildRecords(ctx: SiteContext): SearchRecord[] {
  const { model } = ctx;
  return LANGS.flatMap((lang): SearchRecord[] => [
    ...model.entries.map((e) => entryRecord(ctx, e, lang)),
    ...model.bases.map((b) => ({
      url: pageHref('/', lang, paths.basis(b.id)),
      title: localised(lang, b.data.title, b.data.title_en),
      text: [lang === 'en' && b.data.title_en ? b.data.title : undefined, b.data.issuer, b.data.document_number].filter(Boolean).join('\n'),
      lang,
      filters: { list: [t(lang, 'bases')] },
    })),
    ...model.departments.map((d) => ({
      url: pageHref('/', lang, paths.department(d.id)),
      title: localised(lang, d.name, d.name_en),
      text: lang === 'en' && d.name_en ? d.name : '',
      lang,
      filters: { list: [t(lang, 'departments')], department: [localised(lang, d.name, d.name_en)] },
    })),
    // The upper level's items this jurisdiction cites have pages here, so they are found here too.
    ...model.upstreamItems.map((u) => ({
      url: pageHref('/', lang, paths.upstreamItem(u.divisionCode, u.localId)),
      title: localised(lang, u.title, u.title_en),
      id: u.id,
      text: [u.source[lang], u.content].filter(Boolean).join('\n'),
      lang,
      filters: { list: [listLabel('catalogue')[lang]] },
    })),
  ]);
}
