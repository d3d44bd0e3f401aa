// The Atom feeds: releases, and consultations (opened, and concluded with their outcome), in each language.
import { atomFeed, chinaDateTime, tagUri, type AtomEntry } from './atom.ts';
import { CHANGE_KINDS } from '../../schemas/release.ts';
import { t } from './i18n.ts';
import { entryTitle, esc, listLabel } from './present.ts';
import { href, HTML_LANG, paths, type Lang } from './routes.ts';
import { site } from './store.ts';

/** A feed carries the most recent news only (readers poll it); the site's pages keep everything. */
export const FEED_ENTRIES = 100;

/** Absolute where the site's address is known, else relative to the base path (Atom resolves it against the feed). */
function link(p: string): string {
  const { siteUrl } = site();
  return siteUrl ? new URL(p, siteUrl).href : p;
}

function feed(lang: Lang, kind: 'releases' | 'consultations', title: string, entries: AtomEntry[]): Response {
  const { model } = site();
  const j = model.jurisdiction;
  const place = lang === 'en' ? (j.name_en ?? j.name) : j.name;
  const xml = atomFeed({
    // The feed's id never changes, so its tag date is fixed rather than taken from the data.
    id: tagUri(j.repository_url, '2026', `${kind}/${lang}`),
    title: `${place} · ${title}`,
    selfHref: link(href(lang, paths.feed(kind))),
    pageHref: link(href(lang, kind === 'releases' ? paths.releases : paths.consultations)),
    lang: HTML_LANG[lang],
    author: j.credit_office,
    fallbackUpdated: chinaDateTime(model.today),
    entries,
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}

export function releasesFeed(lang: Lang): Response {
  const { model, releases } = site();
  const entries = releases.releases.map((r): AtomEntry => {
    const s = r.changes.summary;
    const summary = (Object.keys(CHANGE_KINDS.labels) as (keyof typeof s)[]).map((k) => `${CHANGE_KINDS.labels[k][lang]} ${s[k]}`).join(' · ');
    const changes = r.changes.changes.map((c) => `<li>${esc(CHANGE_KINDS.labels[c.change][lang])}：${esc(c.id)} ${esc(c.title)}（${esc(c.effective)}）</li>`).join('');
    return {
      id: tagUri(model.jurisdiction.repository_url, r.record.releaseDate, `release/${r.record.version}`),
      title: `${r.record.version} · ${r.record.edition}`,
      updated: chinaDateTime(r.record.releaseDate),
      href: link(href(lang, paths.release(r.record.version))),
      summary,
      html: `<p>${esc(summary)}</p><ul>${changes}</ul>`,
    };
  });
  return feed(lang, 'releases', t(lang, 'releases'), entries);
}

export function consultationsFeed(lang: Lang): Response {
  const { model } = site();
  const entries: AtomEntry[] = [];
  for (const e of model.entries) {
    const c = e.data.consultation;
    if (!c) continue;
    const concluded = c.closes < model.today && e.data.status !== 'consultation';
    const title = `${e.id} ${entryTitle(e, lang)}`;
    const window = t(lang, 'phase_window', { opens: c.opens, closes: c.closes });
    const outcome = concluded
      ? `${t(lang, 'commentsReceived')} ${c.comments_received ?? '—'} · ${t(lang, 'commentsAdopted')} ${c.comments_adopted ?? '—'}${c.response ? ` · ${c.response}` : ''}`
      : '';
    entries.push({
      id: tagUri(model.jurisdiction.repository_url, c.opens, `consultation/${e.id}/${c.opens}`),
      title: `${concluded ? `[${t(lang, 'concluded')}] ` : `[${t(lang, 'consultations')}] `}${title}`,
      // A concluded consultation is news again when it closes with its outcome.
      updated: chinaDateTime(concluded ? c.closes : c.opens),
      href: link(href(lang, paths.entry(e.list, e.id))),
      summary: `${listLabel(e.list)[lang]} · ${window}${outcome ? ` ${outcome}` : ''}`,
    });
  }
  entries.sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
  return feed(lang, 'consultations', t(lang, 'consultations'), entries.slice(0, FEED_ENTRIES));
}
