// The Astro configuration of the public site, from the build's settings: a static build of the repository's data,
// read through the project's own loader and model, with every route and build step from the credit-lists integration.
import type { AstroInlineConfig } from 'astro';
import { creditLists } from './src/integration.ts';
import { REPO_ROOT, SITE_DIR, type SiteSettings } from './src/settings.ts';

export function siteConfig(settings: SiteSettings): AstroInlineConfig {
  return {
    root: SITE_DIR,
    outDir: settings.outDir,
    base: settings.base,
    ...(settings.siteUrl ? { site: settings.siteUrl } : {}),
    trailingSlash: 'ignore',
    build: { format: 'directory', inlineStylesheets: 'never' },
    devToolbar: { enabled: false },
    prefetch: false,
    // A split build's processes log warnings and errors only: Astro's line per page (ten thousand each at 10,000 entries)
    // cost each a second; the integration says what they did in a few lines of its own.
    ...(settings.split ? { logLevel: 'warn' as const } : {}),
    integrations: [creditLists(settings)],
    vite: { server: { fs: { allow: [REPO_ROOT] } } },
  };
}
