// The credit-lists integration: loads and validates the data before Astro starts, injects one route per page kind
// and language (page-kinds.ts), hands pages the settings through a virtual module, and runs the build's own named
// steps once the pages are written (steps/index.ts).
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatText } from '../../lib/format.ts';
import { SiteDataError } from '../../lib/site/model.ts';
import { ReleaseArchiveError } from '../../lib/site/releases.ts';
import { DATA_INVALID_EXIT } from '../build.ts';
import { siteContext, type SiteContext } from './context.ts';
import { ROUTES } from './page-kinds.ts';
import { SiteSettings } from './settings.ts';
import { BUILD_STEPS, type BuildStep } from './steps/index.ts';
import { LANGS, type Lang } from './routes.ts';
import { creditListsVitePlugin } from './virtual.ts';
import { listenForMerge, mergeHelperOutput, writeHelperPages } from './split.ts';

const ENTRYPOINTS = { page: path.join(import.meta.dirname, 'routes', 'page.astro'), feed: path.join(import.meta.dirname, 'routes', 'feed.ts') };

/** Load the build's model, or stop the build with the report: a data mistake gets no stack trace, and its own exit code. */
function loadOrExit(settings: SiteSettings): SiteContext {
  try {
    return siteContext(settings);
  } catch (err) {
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
}

/**
 * The integration's own lines. A split build's processes run Astro at the `warn` level (site/config.ts), which would
 * silence them too: there they go to standard output themselves, the primary's only (the helper is heard on failure).
 */
function teller(settings: SiteSettings, logger: AstroIntegrationLogger): (line: string) => void {
  if (!settings.split) return (line) => logger.info(line);
  if (settings.split.role === 'helper') return () => undefined;
  return (line) => process.stdout.write(`${new Date().toTimeString().slice(0, 8)} [credit-lists] ${line}\n`);
}

export function creditLists(input: SiteSettings): AstroIntegration {
  const settings = SiteSettings.parse(input);
  const helpersFinished = settings.split?.role === 'primary' ? listenForMerge() : undefined;
  let pagesStarted = 0;
  return {
    name: 'credit-lists',
    hooks: {
      'astro:config:setup': ({ updateConfig, injectRoute, logger }) => {
        const say = teller(settings, logger);
        const started = performance.now();
        const ctx = loadOrExit(settings);
        const { model } = ctx;
        if (model.warnings.length) logger.warn(`\n${formatText(model.warnings, model.files)}`);
        say(`timing: data loaded and validated in ${Math.round(performance.now() - started)} ms`);
        say(`${ctx.releases.releases.length} releases in ${settings.releasesDir}`);
        say(`${model.entries.length} entries, ${model.bases.length} instruments, ${model.departments.length} departments from ${settings.dataRoot} (as of ${settings.today})`);
        if (settings.split) say(`rendering the pages in ${settings.split.langs.join(', ')} here, the other languages' in a second process at once…`);
        const langs = settings.split?.langs;
        for (const route of ROUTES.filter((r) => !langs || langs.includes(r.lang)))
          injectRoute({ pattern: route.pattern, entrypoint: 'view' in route.kind.render ? ENTRYPOINTS.page : ENTRYPOINTS.feed, prerender: true });
        updateConfig({ ...(ctx.siteUrl ? { site: ctx.siteUrl } : {}), vite: { plugins: [creditListsVitePlugin(settings)] } });
        if (!ctx.siteUrl) logger.warn('No site URL in the settings and no site_url in jurisdiction.yaml: feeds and the sitemap use links relative to the base path.');
      },
      'astro:build:start': () => {
        pagesStarted = performance.now();
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const say = teller(settings, logger);
        const out = fileURLToPath(dir);
        const written = pages.map((p) => p.pathname);
        if (settings.split) say(`${written.length} pages bundled and written in ${((performance.now() - pagesStarted) / 1000).toFixed(1)} s`);
        const ctx = siteContext(settings);
        const run = async (step: BuildStep, langs: readonly Lang[]) => {
          const t0 = performance.now();
          const summary = await step.run(ctx, out, written, langs);
          say(`${step.name}: ${summary}`);
          say(`timing: ${step.name} written in ${Math.round(performance.now() - t0)} ms`);
        };
        // In a split build each process runs the per-language steps on its own pages at once; the primary runs the
        // others on the merged site once its helpers have finished.
        const own = settings.split?.langs ?? LANGS;
        for (const step of BUILD_STEPS) if (step.perLanguage) await run(step, own);
        if (settings.split?.role === 'helper') return writeHelperPages(out, written);
        if (settings.split?.role === 'primary') {
          await helpersFinished!();
          const t0 = performance.now();
          for (const helper of settings.split.helpers) written.push(...mergeHelperOutput(helper, out));
          say(`timing: split build merged in ${Math.round(performance.now() - t0)} ms`);
        }
        for (const step of BUILD_STEPS) if (!step.perLanguage) await run(step, LANGS);
        if (settings.split) say(`${written.length} pages in all`);
      },
    },
  };
}
