// What the search index holds, built from the model rather than read back from the written pages: for each entry,
// instrument and department, in each language, only what a reader searches — title, ID, what it is, its content and
// the names of its legal bases (no boilerplate, no quoted articles) — with the filters the search page offers.
import { CATALOGUE_KINDS } from '../../../schemas/index.ts';
import type { SiteEntry } from '../../../lib/site/model.ts';
import type { SiteContext } from '../context.ts';
import { t } from '../i18n.ts';
import { listLabel } from '../present.ts';
import { LEGAL_LABELS, PROCEDURE_LABELS, publicStatus } from '../status.ts';
import { LANGS, pageHref, paths, SEARCH_LANG, type Lang } from '../routes.ts';

/** A Pagefind custom record (pagefind's CustomRecord). */
export interface SearchRecord {
  /** Site-relative (`/catalogue/ML-0001/`): the search page's script puts the base path in front. */
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
}

const localised = (lang: Lang, zh: string, en: string | undefined) => (lang === 'en' && en ? en : zh);

/** The text a reader searches an entry by. */
export function entryText(ctx: SiteContext, e: SiteEntry, lang: Lang): string {
  const d = e.data;
  const kind = e.list === 'catalogue' ? CATALOGUE_KINDS.labels[e.data.kind][lang] : undefined;
  const body = e.list === 'exemption' ? [e.data.behaviour, ...e.data.conditions] : [e.data.content];
  const bases = [...new Set(e.citations.map((c) => c.citation.basis))].map((id) => {
    const b = ctx.model.basisById.get(id)?.data;
    return b ? `《${b.title}》${lang === 'en' && b.title_en ? ` ${b.title_en}` : ''}` : id;
  });
  // The list's name too, so that a list's own term (守信激励, 失信惩戒) finds its entries.
  return [d.title, lang === 'en' ? d.title_en : undefined, e.id, listLabel(e.list)[lang], kind, ...body, ...bases].filter(Boolean).join('\n');
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
    content: entryText(ctx, e, lang),
    language: SEARCH_LANG[lang],
    meta: { title: localised(lang, d.title, d.title_en), id: e.id },
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

/** Every record of the index, per language: entries, then legal instruments, then departments (once per model). */
export function searchRecords(ctx: SiteContext): SearchRecord[] {
  let records = RECORDS.get(ctx);
  if (!records) RECORDS.set(ctx, (records = buildRecords(ctx)));
  return records;
}

/** A filter's values and how many records carry each, in the order the search page lists them. */
export type FilterOptions = Record<string, { value: string; count: number }[]>;

/**
 * What Pagefind's `filters()` answers for a language, known at build time: the search page renders its options from
 * this, so that a search downloads no filter index unless the reader filters (71 KB at 10,000 entries).
 */
export function searchFilterOptions(ctx: SiteContext, lang: Lang): FilterOptions {
  const counts: Record<string, Map<string, number>> = {};
  for (const r of searchRecords(ctx))
    if (r.language === SEARCH_LANG[lang])
      for (const [key, values] of Object.entries(r.filters ?? {})) {
        const m = (counts[key] ??= new Map());
        for (const v of new Set(values)) m.set(v, (m.get(v) ?? 0) + 1);
      }
  return Object.fromEntries(Object.entries(counts).map(([key, m]) => [key, [...m.keys()].sort().map((value) => ({ value, count: m.get(value)! }))]));
}

function buildRecords(ctx: SiteContext): SearchRecord[] {
  const { model } = ctx;
  return LANGS.flatMap((lang) => [
    ...model.entries.map((e) => entryRecord(ctx, e, lang)),
    ...model.bases.map((b) => ({
      url: pageHref('/', lang, paths.basis(b.id)),
      content: [b.data.title, lang === 'en' ? b.data.title_en : undefined, b.data.issuer, b.data.document_number].filter(Boolean).join('\n'),
      language: SEARCH_LANG[lang],
      meta: { title: localised(lang, b.data.title, b.data.title_en) },
      filters: { list: [t(lang, 'bases')] },
    })),
    ...model.departments.map((d) => ({
      url: pageHref('/', lang, paths.department(d.id)),
      content: [d.name, lang === 'en' ? d.name_en : undefined].filter(Boolean).join('\n'),
      language: SEARCH_LANG[lang],
      meta: { title: localised(lang, d.name, d.name_en) },
      filters: { list: [t(lang, 'departments')], department: [localised(lang, d.name, d.name_en)] },
    })),
  ]);
}
