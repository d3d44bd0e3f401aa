// The public site: a static Astro build of the repository's data, read through the project's own loader and model.
import { defineConfig } from 'astro/config';
import path from 'node:path';
import { creditLists } from './src/integration.ts';
import { siteSettings } from './src/settings.ts';

const settings = siteSettings(process.env);

export default defineConfig({
  root: import.meta.dirname,
  outDir: settings.outDir,
  base: settings.base,
  ...(settings.siteUrl ? { site: settings.siteUrl } : {}),
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  prefetch: false,
  integrations: [creditLists(settings)],
  vite: { server: { fs: { allow: [path.join(import.meta.dirname, '..')] } } },
});
