// Every field of an entry as a labelled row in plain language; labels come from the model, values from its enumerations.
import {
  articleOf,
  DISCLOSURE_MODES,
  EXEMPTION_EFFECTS,
  EXEMPTION_GROUNDS,
  MEASURE_KINDS,
  NATURE,
  ORGANISATION_TYPES,
  SERIOUS_DOMAINS,
  SEVERITY,
  SHARING_MODES,
  SUBJECT_TYPES,
  UPDATE_FREQUENCIES,
  type Citation,
  type Label,
  type ListKind,
} from '../../schemas/index.ts';
import { enumTitle, mustLabel } from '../../lib/site/labels.ts';
import { appliesToIds, type SiteEntry, type SiteModel } from '../../lib/site/model.ts';
import { durationText, t } from './i18n.ts';
import { articleAnchor, basisTitle, departmentName, entryTitle, esc, markdown, txt } from './present.ts';
import { href, paths, type Lang } from './routes.ts';
import { termHtml, termsHtml } from './terms.ts';

export interface FieldRow {
  label: string;
  /** Escaped HTML. */
  html: string;
  /** A Pagefind filter carried by this value, if any. */
  filter?: string;
}

const a = (url: string, text: string, lang: Lang, attrs = '') => `<a href="${esc(url)}"${attrs}>${txt(text, lang)}</a>`;
const sep = (lang: Lang) => (lang === 'zh' ? '、' : ', ');
const labels = (values: readonly string[], all: Record<string, Label>, lang: Lang) => esc(values.map((v) => all[v]![lang]).join(sep(lang)));
const yesNo = (b: boolean, lang: Lang) => esc(t(lang, b ? 'yes' : 'noValue'));
const text = (s: string, lang: Lang) => txt(s, lang).replace(/\n/g, '<br>');

export function citationHtml(model: SiteModel, c: Citation, lang: Lang): string {
  const first = c.articles[0]!;
  return a(`${href(lang, paths.basis(c.basis))}#${articleAnchor(articleOf(first))}`, `${basisTitle(model, c.basis, lang)}${lang === 'en' ? ' ' : ''}${c.articles.join(sep(lang))}`, lang);
}

export function departmentsHtml(model: SiteModel, ids: readonly string[], lang: Lang): string {
  return ids.map((d) => a(href(lang, paths.department(d)), departmentName(model, d, lang), lang, ' data-pagefind-filter="department"')).join(sep(lang));
}

export function entryLinksHtml(model: SiteModel, ids: readonly string[], lang: Lang): string {
  const items = ids.map((id) => {
    const e = model.byId.get(id);
    return `<li>${e ? `${a(href(lang, paths.entry(e.list, id)), `${id} ${entryTitle(e, lang)}`, lang)}` : esc(id)}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

/** Field rows of an entry, in the order a reader needs them; lifecycle records are shown in the trail instead. */
export function fieldRows(e: SiteEntry, model: SiteModel, lang: Lang): FieldRow[] {
  const L = (p: string) => mustLabel(e.list as ListKind, p)[lang];
  const rows: FieldRow[] = [];
  const add = (label: string, html: string | undefined, filter?: string) => {
    if (html !== undefined && html !== '') rows.push({ label, html, ...(filter ? { filter } : {}) });
  };
  add(L('title'), txt(e.data.title, lang));
  if (e.data.title_en) add(L('title_en'), esc(e.data.title_en));
  switch (e.list) {
    case 'catalogue': {
      const d = e.data;
      add(L('category'), txt(d.category, lang), 'category');
      add(enumTitle(NATURE)[lang], termHtml(`NATURE.${d.nature}`, NATURE.labels[d.nature], lang));
      if (d.severity) add(L('severity'), esc(SEVERITY.labels[d.severity][lang]));
      add(L('content'), text(d.content, lang));
      add(L('subject_types'), labels(d.subject_types, SUBJECT_TYPES.labels, lang));
      add(L('providers'), departmentsHtml(model, d.providers, lang));
      add(L('disclosure.mode'), termHtml(`DISCLOSURE_MODES.${d.disclosure.mode}`, DISCLOSURE_MODES.labels[d.disclosure.mode], lang));
      if (d.disclosure.period) add(L('disclosure.period'), esc(durationText(d.disclosure.period, lang)));
      if (d.disclosure.note) add(L('disclosure.note'), text(d.disclosure.note, lang));
      const np = d.disclosure.natural_persons;
      if (np) {
        if (np.basis) add(L('disclosure.natural_persons.basis'), citationHtml(model, np.basis, lang));
        if (np.consent) add(L('disclosure.natural_persons.consent'), yesNo(true, lang));
        add(L('disclosure.natural_persons.desensitisation'), text(np.desensitisation, lang));
      }
      add(L('sharing.mode'), esc(SHARING_MODES.labels[d.sharing.mode][lang]));
      if (d.sharing.scope) add(L('sharing.scope'), text(d.sharing.scope, lang));
      add(L('retention'), esc(durationText(d.retention, lang)));
      add(L('update_frequency'), esc(UPDATE_FREQUENCIES.labels[d.update_frequency][lang]));
      if (d.repair) {
        add(L('repair'), yesNo(d.repair.repairable, lang));
        if (d.repair.note) add(L('repair.note'), text(d.repair.note, lang));
        if (d.repair.repairable === false) add(L('repair.basis'), citationHtml(model, d.repair.basis, lang));
      }
      if (d.kind === 'serious_dishonesty_list') {
        const s = d.list;
        add(L('list.domain'), esc(SERIOUS_DOMAINS.labels[s.domain][lang]));
        add(L('list.local_only'), yesNo(s.local_only, lang));
        add(L('list.standard_bases'), s.standard_bases.map((c) => citationHtml(model, c, lang)).join('<br>'));
        add(L('list.inclusion_standard'), text(s.inclusion_standard, lang));
        add(L('list.removal_conditions'), text(s.removal_conditions, lang));
        add(L('list.removal_procedure'), text(s.removal_procedure, lang));
        add(L('list.remedies'), text(s.remedies, lang));
      }
      break;
    }
    case 'measure': {
      const d = e.data;
      add(enumTitle(MEASURE_KINDS)[lang], esc(MEASURE_KINDS.labels[d.kind][lang]));
      add(L('content'), text(d.content, lang));
      add(L('target.description'), text(d.target.description, lang));
      add(L('target.subject_types'), labels(d.target.subject_types, SUBJECT_TYPES.labels, lang));
      add(L('target.responsible_persons'), yesNo(d.target.responsible_persons, lang));
      add(L('triggers'), entryLinksHtml(model, d.triggers, lang));
      if ('implementers' in d) add(L('implementers'), departmentsHtml(model, d.implementers, lang));
      else add(L('applied_by'), labels(d.applied_by, ORGANISATION_TYPES.labels, lang));
      add(L('duration'), text(d.duration, lang));
      add(L('ends_when'), text(d.ends_when, lang));
      break;
    }
    case 'exemption': {
      const d = e.data;
      add(L('ground'), esc(EXEMPTION_GROUNDS.labels[d.ground][lang]));
      add(L('behaviour'), text(d.behaviour, lang));
      add(L('conditions'), `<ul>${d.conditions.map((c) => `<li>${text(c, lang)}</li>`).join('')}</ul>`);
      add(L('effect'), termsHtml('EXEMPTION_EFFECTS', d.effect, EXEMPTION_EFFECTS.labels, lang));
      const at = d.applies_to;
      add(
        L('applies_to'),
        at === 'all' ? esc(t(lang, 'appliesToAll')) : entryLinksHtml(model, appliesToIds(at), lang),
      );
      break;
    }
  }
  if (e.data.notes) add(L('notes'), markdown(e.data.notes, lang));
  return rows;
}
