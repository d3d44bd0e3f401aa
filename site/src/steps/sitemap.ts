// sitemap.xml (sitemaps.org 0.9) from the pages Astro reports it wrote.
import { xmlEscape } from '../atom.ts';

/**
 * `origin` is the public origin (https://host); page paths already carry the base path. Without an origin the
 * locations stay root-relative: readable by people and tools, but search engines want SITE_URL set.
 */
export function sitemapXml(origin: string | undefined, pagePaths: readonly string[]): string {
  const loc = (p: string) => (origin ? new URL(p, origin).href : p);
  const urls = [...new Set(pagePaths)].sort().map((p) => `  <url><loc>${xmlEscape(loc(p))}</loc></url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}

/**
 * The HTML pages among the paths Astro reports it wrote (`catalogue/ML-0001/`, `` for the home page), prefixed with the
 * base path: not the 404 page, not files such as the feeds.
 */
export function sitemapPaths(pathnames: readonly string[], base: string): string[] {
  return pathnames
    .map((p) => p.replace(/^\/+/, ''))
    .filter((p) => !/^404\/?$/.test(p) && !/\.[a-z0-9]+$/i.test(p))
    .map((p) => `${base}${p && !p.endsWith('/') ? `${p}/` : p}`);
}
