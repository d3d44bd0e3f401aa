// The build's own steps around Astro: load and validate the data first, then index the pages for search and publish the API.
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatText } from '../../lib/format.ts';
import { DATA_INVALID_EXIT, REPO_ROOT } from '../../lib/site/build.ts';
import { SiteDataError } from '../../lib/site/model.ts';
import { publishApi, ReleaseArchiveError } from '../../lib/site/releases.ts';
import { writeSearchIndex } from '../../lib/site/search-index.ts';
import { builtPagePaths, sitemapXml } from '../../lib/site/sitemap.ts';
import { indexedPages } from './routes.ts';
import type { SiteSettings } from './settings.ts';
import { loadSiteContext, site } from './store.ts';

export function creditLists(settings: SiteSettings): AstroIntegration {
  return {
    name: 'credit-lists',
    hooks: {
      'astro:config:setup': ({ updateConfig, logger }) => {
        let ctx;
        const started = performance.now();
        try {
          ctx = loadSiteContext(settings);
        } catch (err) {
          // The validator's report is the whole message: no stack trace for a data mistake, and its own exit code.
          if (err instanceof SiteDataError) {
            process.stderr.write(`${err.message}\n数据校验未通过，网站未生成。The data did not validate; the site was not built.\n`);
            process.exit(DATA_INVALID_EXIT);
          }
          if (err instanceof ReleaseArchiveError) {
            process.stderr.write(`${err.message}\n\n发布档案校验未通过（npm run release:verify），网站未生成。The release archive did not verify (npm run release:verify); the site was not built.\n`);
            process.exit(DATA_INVALID_EXIT);
          }
          throw err;
        }
        const { model } = ctx;
        if (model.warnings.length) logger.warn(`\n${formatText(model.warnings, model.files)}`);
        logger.info(`timing: data loaded and validated in ${Math.round(performance.now() - started)} ms`);
        logger.info(`${ctx.releases.releases.length} releases in ${settings.releasesDir}`);
        logger.info(`${model.entries.length} entries, ${model.bases.length} instruments, ${model.departments.length} departments from ${settings.dataRoot} (as of ${settings.today})`);
        if (ctx.siteUrl) updateConfig({ site: ctx.siteUrl });
        else logger.warn('No SITE_URL and no site_url in jurisdiction.yaml: feeds and the sitemap use links relative to the base path.');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const ctx = site();
        const started = performance.now();
        const pages = await writeSearchIndex(out, indexedPages(ctx.model));
        logger.info(`search index: ${Object.entries(pages).map(([l, n]) => `${n} ${l}`).join(', ')} pages`);
        logger.info(`timing: search index written in ${Math.round(performance.now() - started)} ms`);
        const files = publishApi(ctx.releases, path.join(REPO_ROOT, 'schemas'), out);
        logger.info(`api/v1: ${files} files from ${ctx.releases.releases.length} releases`);
        const pagePaths = builtPagePaths(out, settings.base);
        writeFileSync(path.join(out, 'sitemap.xml'), sitemapXml(ctx.siteUrl, pagePaths));
        logger.info(`sitemap.xml: ${pagePaths.length} pages`);
      },
    },
  };
}
