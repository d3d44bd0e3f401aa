// sitemap.xml (sitemaps.org 0.9) from the pages a build wrote.
import { readdirSync } from 'node:fs';
import path from 'node:path';
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

/** Paths of the HTML pages under `dir` (folders with an index.html), prefixed with the base path. */
export function builtPagePaths(dir: string, base: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
    .map((f) => `${base}${f.slice(0, -'index.html'.length)}`);
}
