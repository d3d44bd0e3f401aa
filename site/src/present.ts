// How model values read on the page: titles, department names, citations, phases — and the big list tables,
// rendered once per entry as escaped HTML strings because a list of thousands is repeated on every filter page.
import { columnValue, FIELD_REGISTRY, fieldsIn, LIST_KINDS, LISTS, STATUS, type Citation, type FieldSpec, type Label, type ListKind } from '../../schemas/index.ts';
import type { PhaseOn as Phase } from '../../lib/lifecycle/index.ts';
import { oncePerModel, type SiteEntry, type SiteModel } from '../../lib/site/model.ts';
import { valueHtml } from './fields.ts';
import { durationText, t, type UiKey } from './i18n.ts';
import { LEGAL_STATUS } from '../../schemas/release.ts';
import { href, paths, type Lang } from './routes.ts';
import { markdownHtml } from '../../lib/site/markdown.ts';
import { publicStatus, statusBadges } from './status.ts';

/** Escape text for HTML element content and double-quoted attributes. */
/**
 * `parts.join(sep)` by concatenation. V8's join copies Chinese (two-byte) text several times slower than `+=` builds
 * a string, and the page is copied once more when it is written anyway: on list pages the join was the largest cost.
 */
export function joined(parts: readonly string[], sep = ''): string {
  let s = parts[0] ?? '';
  for (let i = 1; i < parts.length; i++) s += sep + parts[i];
  return s;
}

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const ESCAPABLE = /[&<>"']/;

export function esc(s: string): string {
  // Most text from the data has nothing to escape: test before replacing.
  return ESCAPABLE.test(s) ? s.replace(/[&<>"']/g, (c) => ENTITY[c]!) : s;
}

const HAN = /\p{Script=Han}/u;

/** On English pages, Chinese text is marked as Chinese (WCAG 3.1.2, language of parts); undefined otherwise. */
export function partLang(lang: Lang, text: string | undefined): 'zh-CN' | undefined {
  return lang === 'en' && text !== undefined && HAN.test(text) ? 'zh-CN' : undefined;
}

/** Escaped text, wrapped in a Chinese-language span where partLang says so. */
export function txt(s: string, lang: Lang): string {
  return partLang(lang, s) ? `<span lang="zh-CN">${esc(s)}</span>` : esc(s);
}

/** Editorial Markdown (notes, the response to comments) as safe HTML, marked Chinese on English pages where it is. */
export function markdown(text: string, lang: Lang): string {
  const html = markdownHtml(text);
  return partLang(lang, text) ? `<div lang="zh-CN" class="md">${html}</div>` : `<div class="md">${html}</div>`;
}

/** Interface text with Chinese terms inside (document numbers, 示例): each Chinese run marked on English pages. */
export function markedHtml(text: string, lang: Lang): string {
  if (lang !== 'en') return esc(text);
  return esc(text).replace(/\p{Script=Han}[\p{Script=Han}\d〔〕《》（）、]*/gu, (run) => `<span lang="zh-CN">${run}</span>`);
}

export const listLabel = (list: ListKind): Label => LISTS[list].label;

/** The title in the reader's language: the English title where the entry has one, else the Chinese. */
export function entryTitle(e: SiteEntry, lang: Lang): string {
  return lang === 'en' && e.data.title_en ? e.data.title_en : e.data.title;
}

export function departmentName(model: SiteModel, id: string, lang: Lang): string {
  const d = model.departmentById.get(id);
  if (!d) return id;
  return lang === 'en' && d.name_en ? d.name_en : d.name;
}

export function basisTitle(model: SiteModel, id: string, lang: Lang): string {
  const b = model.basisById.get(id)?.data;
  if (!b) return id;
  return lang === 'en' && b.title_en ? b.title_en : `《${b.title}》`;
}

/** “《某省社会信用条例》第十三条第二款” */
export function citationText(model: SiteModel, c: Citation, lang: Lang): string {
  return `${basisTitle(model, c.basis, lang)}${lang === 'en' ? ' ' : ''}${c.articles.join(lang === 'zh' ? '、' : ', ')}`;
}

/** A quoted article's paragraphs (the register separates them with blank lines). */
export function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

/** Anchor of an article on its instrument's page. */
export function articleAnchor(number: string): string {
  return `art-${number}`;
}

/** Interface text naming the role a citation plays in an entry. */
export const ROLE_KEY = { bases: 'role_bases', repair: 'role_repair', natural_persons: 'role_natural_persons', standard: 'role_standard' } as const satisfies Record<string, UiKey>;

/** A phase's title: the release format's legal-status labels, the model's status labels, or the site's words for a window. */
export function phaseTitle(p: Phase, lang: Lang): string {
  switch (p.code) {
    case 'in_force':
    case 'scheduled':
    case 'amendment_scheduled':
    case 'repeal_scheduled':
    case 'repealed':
      return LEGAL_STATUS.labels[p.code][lang];
    case 'consultation_open':
      return STATUS.labels.consultation[lang];
    case 'proposed':
    case 'rejected':
      return STATUS.labels[p.code][lang];
    case 'consultation_upcoming':
      return t(lang, 'phase_consultation_upcoming');
    case 'consultation_closed':
      return t(lang, 'phase_consultation_closed');
  }
}

/** The one-line explanation under a phase's title. */
export function phaseDetail(e: SiteEntry, lang: Lang): string {
  const p = e.phase;
  const d = e.data;
  const window = p.opens && p.closes ? t(lang, 'phase_window', { opens: p.opens, closes: p.closes }) : '';
  const amending = p.inForce ? `${lang === 'en' ? ' ' : ''}${t(lang, 'phase_amending')}` : '';
  switch (p.code) {
    case 'in_force':
      return t(lang, 'phase_in_force_since', { date: p.effective! });
    case 'scheduled':
      return t(lang, 'phase_scheduled_on', { date: p.effective! });
    case 'amendment_scheduled':
      return t(lang, 'phase_amendment_on', { date: p.effective! });
    case 'consultation_upcoming':
    case 'consultation_open':
    case 'consultation_closed':
      return `${window}${amending}`;
    case 'proposed': {
      const date = d.proposal?.date ?? d.history.at(-1)!.date;
      return p.inForce ? `${t(lang, 'phase_change_proposed_on', { date })}${amending}` : t(lang, 'phase_proposed_on', { date });
    }
    case 'rejected':
      return t(lang, 'phase_rejected_on', { date: d.rejection!.date });
    case 'repeal_scheduled':
      return t(lang, 'phase_repeal_on', { date: p.repealEffective! });
    case 'repealed':
      return t(lang, 'phase_repealed_on', { date: p.repealEffective! });
  }
}

/** A CSS class per phase family, so colour is never the only signal (the text says it too). */
export function phaseClass(p: Phase): string {
  if (p.code === 'in_force' || p.code === 'amendment_scheduled') return 'ok';
  if (p.code.startsWith('consultation')) return 'open';
  if (p.code === 'repealed' || p.code === 'rejected') return 'gone';
  return 'pending';
}

const link = (url: string, text: string, lang?: Lang) => `<a href="${esc(url)}">${lang ? txt(text, lang) : esc(text)}</a>`;

interface Column {
  label: Label;
  /** Cell HTML for an entry. */
  cell: (e: SiteEntry, model: SiteModel, lang: Lang) => string;
}

/** The status column: the legal status, with the procedure under way beside it (status.ts). */
export const STATUS_COLUMN: Column = {
  label: STATUS.title,
  cell: (e, model, lang) => statusBadges(publicStatus(e, model.today), lang),
};

/** A table column of a registry field; the ID and the title link to the entry. */
function fieldColumn(list: ListKind, spec: FieldSpec): Column {
  const registry = FIELD_REGISTRY[list];
  if (spec.path === 'id') return { label: spec.label, cell: (e, _m, lang) => link(href(lang, paths.entry(e.list, e.id)), e.id) };
  if (spec.path === 'title') return { label: spec.label, cell: (e, _m, lang) => link(href(lang, paths.entry(e.list, e.id)), entryTitle(e, lang), lang) };
  return {
    label: spec.label,
    cell: (e, model, lang) => {
      const { spec: shown, value } = columnValue(registry, spec, e.data, e.id);
      return valueHtml(shown, value, model, lang, 'table');
    },
  };
}

/** The columns of each list's printable table: the registry's table fields, then the phase on the build date. */
export const COLUMNS = Object.fromEntries(
  LIST_KINDS.map((list) => [list, [...fieldsIn(FIELD_REGISTRY[list], 'table').map((spec) => fieldColumn(list, spec)), STATUS_COLUMN]]),
) as Record<ListKind, Column[]>;

/**
 * The cells of an entry's row (without its running number), rendered once per language. A cell's end tag is left out
 * where the next cell begins (HTML allows it; the parsed table is the same) and its column's label is not repeated in
 * it: `listLabelCss` gives each column's label once per page.
 */
function rowCells(e: SiteEntry, model: SiteModel, lang: Lang): string {
  return oncePerModel(model, `row:${lang}:${e.id}`, () => {
    let html = '';
    for (const c of COLUMNS[e.list]) html += `<td>${c.cell(e, model, lang)}`;
    return `${html}</td>`;
  });
}

/** The list table of `entries`, numbered from `first` (a later page of a long list goes on counting): the columns of real lists. */
export function listTable(list: ListKind, entries: readonly SiteEntry[], model: SiteModel, lang: Lang, caption: string, first = 1): string {
  const no = esc(t(lang, 'no'));
  const head = `<tr><th scope="col">${no}</th>${joined(COLUMNS[list].map((c) => `<th scope="col">${esc(c.label[lang])}</th>`))}</tr>`;
  let body = '';
  entries.forEach((e, i) => (body += `${i ? '\n' : ''}<tr><td>${first + i}${rowCells(e, model, lang)}</tr>`));
  return `<table class="list-table list-${list}"><caption>${markedHtml(caption, lang)}</caption><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

/** Text as a CSS string: quotes, backslashes, line breaks and other controls, and `<` (which could close the style element), as escapes. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<\u0000-\u001f\u007f]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;
}

const labelCssCache = new Map<string, string>();

/**
 * The column labels of a list's table, once for the page: on narrow screens each cell shows its column's `--label`
 * before its value (site.css), so the label is not written into every cell of every row. From `COLUMNS`, scoped by the
 * table's list class, so the tables of two lists on one page keep their own labels.
 */
export function listLabelCss(list: ListKind, lang: Lang): string {
  const key = `${lang}:${list}`;
  let css = labelCssCache.get(key);
  if (css === undefined) {
    css = '';
    [t(lang, 'no'), ...COLUMNS[list].map((c) => c.label[lang])].forEach((label, i) => (css += `.list-${list} td:nth-child(${i + 1}){--label:${cssString(label)}}`));
    labelCssCache.set(key, css);
  }
  return css;
}

const isCitation = (v: unknown): v is Citation =>
  typeof v === 'object' && v !== null && 'basis' in v && 'articles' in v && Array.isArray((v as Citation).articles);
const isDuration = (v: unknown): v is { years?: number; months?: number } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).every((k) => k === 'years' || k === 'months');

/** A field's old or new value in a release diff, in words where the shape is known (citations, periods, lists, records). */
export function diffValue(model: SiteModel, v: unknown, lang: Lang, labelOf?: (key: string) => string | undefined): string {
  if (v === undefined || v === null) return '—';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return t(lang, v ? 'yes' : 'noValue');
  if (isDuration(v)) return durationText(v as Parameters<typeof durationText>[0], lang);
  if (isCitation(v)) return citationText(model, v, lang);
  if (Array.isArray(v)) return v.map((x) => diffValue(model, x, lang, labelOf)).join(lang === 'zh' ? '；' : '; ');
  // A record (a consultation, an approval…): each part under its field's label.
  return Object.entries(v as Record<string, unknown>)
    .map(([k, x]) => `${labelOf?.(k) ?? k}${lang === 'zh' ? '：' : ': '}${diffValue(model, x, lang, (sub) => labelOf?.(`${k}.${sub}`))}`)
    .join(lang === 'zh' ? '，' : ', ');
}
