// The build's own steps after Astro has written the pages, in order, each named (its timing line in the build's output
// is `timing: <name> written in N ms`).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SiteContext } from '../context.ts';
import { indexedPages } from '../routes.ts';
import { REPO_ROOT } from '../settings.ts';
import { publishApi } from './api.ts';
import { cachedArchive, publishChecklistApi } from '../../../lib/checklist/index.ts';
import { writeSearchIndex } from './search-index.ts';
import { builtPagePaths, sitemapXml } from './sitemap.ts';

export interface BuildStep {
  name: string;
  /** Runs on the written site in `out`; returns a one-line summary for the log. */
  run: (ctx: SiteContext, out: string) => Promise<string> | string;
}

export const BUILD_STEPS: BuildStep[] = [
  {
    name: 'search index',
    run: async (ctx, out) => {
      const pages = await writeSearchIndex(out, indexedPages(ctx.model));
      return `${Object.entries(pages).map(([l, n]) => `${n} ${l}`).join(', ')} pages`;
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
    run: (ctx, out) => {
      const pagePaths = builtPagePaths(out, ctx.settings.base);
      writeFileSync(path.join(out, 'sitemap.xml'), sitemapXml(ctx.siteUrl, pagePaths));
      return `sitemap.xml: ${pagePaths.length} pages`;
    },
  },
];
