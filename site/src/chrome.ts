// The parts of every page's frame that depend only on the language and the navigation section (the menu, the
// footer), written once per build as escaped HTML: Base.astro rendered them afresh on each of 20,000 pages.
import { LIST_KINDS, LISTS } from '../../schemas/index.ts';
import { oncePerModel, type SiteModel } from '../../lib/site/model.ts';
import { colon, t } from './i18n.ts';
import { esc } from './present.ts';
import { assetHref, href, paths, type Lang } from './routes.ts';

/** An attribute value as Astro writes one (only `&` and `"` escaped), so the pages read exactly as before. */
const attr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The main menu, the current section marked with aria-current. */
export function navHtml(model: SiteModel, lang: Lang, section: string | undefined): string {
  return oncePerModel(model, `nav:${lang}:${section ?? ''}`, () => {
    const items = [
      ...LIST_KINDS.map((list) => ({ key: list as string, path: paths.list(list), label: LISTS[list].short[lang] })),
      { key: 'consultations', path: paths.consultations, label: t(lang, 'consultations') },
      { key: 'releases', path: paths.releases, label: t(lang, 'releases') },
      { key: 'search', path: paths.search, label: t(lang, 'search') },
      { key: 'participate', path: paths.participate, label: t(lang, 'participateShort') },
      { key: 'glossary', path: paths.glossary, label: t(lang, 'glossary') },
      { key: 'about', path: paths.about, label: t(lang, 'about') },
    ];
    const li = items.map((n) => `<li><a href="${attr(href(lang, n.path))}"${section === n.key ? ' aria-current="page"' : ''}>${esc(n.label)}</a></li>`);
    return `<nav class="wrap" aria-label="${attr(t(lang, 'menu'))}"><ul class="nav">${li.join('')}</ul></nav>`;
  });
}

/** The footer: when the statuses were computed, the repository, bases, departments, API, feeds and sitemap. */
export function footerHtml(model: SiteModel, lang: Lang): string {
  return oncePerModel(model, `footer:${lang}`, () => {
    const link = (url: string, text: string) => `<a href="${attr(url)}">${esc(text)}</a>`;
    const today = esc(model.today);
    const asOf = `${esc(t(lang, 'builtFrom'))}${lang === 'en' ? ' ' : ''}${esc(t(lang, 'asOf'))}<time datetime="${attr(model.today)}">${today}</time>${esc(lang === 'en' ? `. ${t(lang, 'dataChinese')}` : '。')}`;
    const items = [
      link(model.jurisdiction.repository_url, t(lang, 'repository')),
      link(href(lang, paths.bases), t(lang, 'bases')),
      link(href(lang, paths.departments), t(lang, 'departments')),
      link(`${href(lang, paths.about)}#api`, t(lang, 'api')),
      `${esc(t(lang, 'feeds'))}${esc(colon(lang))}${link(href(lang, paths.feed('releases')), t(lang, 'releases'))} · ${link(href(lang, paths.feed('consultations')), t(lang, 'consultations'))}`,
      link(assetHref('sitemap.xml'), t(lang, 'sitemap')),
    ];
    return `<footer class="site-footer"><div class="wrap"><p>${asOf}</p><ul class="footer-links">${items.map((i) => `<li>${i}</li>`).join('')}</ul></div></footer>`;
  });
}
