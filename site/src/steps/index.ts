// The build's own steps, in order, each named, run once the pages are written. The build's output times each
// (`timing: <name> written in N ms`).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SiteContext } from '../context.ts';
import { pageHref, paths, STATIC_INDEXED_PAGES, type Lang } from '../routes.ts';
import { REPO_ROOT } from '../settings.ts';
import { publishApi } from './api.ts';
import { cachedArchive, publishChecklistApi } from '../../../lib/checklist/index.ts';
import { writeSearchIndex } from './search-index.ts';
import { searchRecords } from './search-records.ts';
import { sitemapPaths, sitemapXml } from './sitemap.ts';

export interface BuildStep {
  name: string;
  /**
   * Runs in each process of a split build, on its own languages' pages, as soon as they are written (else once, on
   * the whole site).
   */
  perLanguage?: boolean;
  /** Runs on the written site in `out` (`pages`: the paths Astro wrote; `langs`: the languages it is for); returns a one-line summary for the log. */
  run: (ctx: SiteContext, out: string, pages: readonly string[], langs: readonly Lang[]) => Promise<string> | string;
}

export const BUILD_STEPS: BuildStep[] = [
  {
    name: 'search index',
    perLanguage: true,
    run: (ctx, out, _, langs) => {
      const html = langs.flatMap((lang) =>
        STATIC_INDEXED_PAGES.map((p) => ({ file: path.join(pageHref('', lang, paths[p]), 'index.html'), url: pageHref('/', lang, paths[p]), lang })),
      );
      const docs = writeSearchIndex(out, searchRecords(ctx).filter((r) => langs.includes(r.lang)), html);
      return `${Object.entries(docs).map(([l, n]) => `${n} ${l}`).join(', ')} documents`;
    },
  },
  {
    name: 'api',
    run: (ctx, out) => `api/v1: ${publishApi(ctx.releases, path.join(REPO_ROOT, 'schemas'), out)} files from ${ctx.releases.releases.length} releases`,
  },
  {
    // After the archive is copied: adds checklists/<ID>.json to every version and entries/<ID>.json beside them.
    name: 'checklists',
    run: (ctx, out) => {
      const archive = cachedArchive(ctx.settings.releasesDir);
      const n = archive ? publishChecklistApi(archive, ctx.model.jurisdiction, ctx.settings.today, out) : 0;
      return `api/v1: ${n} checklist and entry-history files`;
    },
  },
  {
    name: 'sitemap',
    run: (ctx, out, pages) => {
      const pagePaths = sitemapPaths(pages, ctx.settings.base);
      writeFileSync(path.join(out, 'sitemap.xml'), sitemapXml(ctx.siteUrl, pagePaths));
      return `sitemap.xml: ${pagePaths.length} pages`;
    },
  },
];
