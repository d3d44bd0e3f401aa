// The integration's Vite plugin: serves the settings to pages as `virtual:credit-lists/settings`, and keeps the
// loaded model's module (context.ts) out of the pages' bundle, so pages import the instance the integration loaded.
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { SiteSettings } from './settings.ts';

export const SETTINGS_MODULE = 'virtual:credit-lists/settings';
const RESOLVED_SETTINGS = `\0${SETTINGS_MODULE}`;
const CONTEXT_FILE = path.join(import.meta.dirname, 'context.ts');

export function creditListsVitePlugin(settings: SiteSettings): Plugin {
  return {
    name: 'credit-lists:virtual',
    enforce: 'pre',
    async resolveId(id, importer, options) {
      if (id === SETTINGS_MODULE) return RESOLVED_SETTINGS;
      if (!importer || !/context(\.ts)?$/.test(id)) return null;
      const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
      if (resolved?.id.split('?')[0] === CONTEXT_FILE) return { id: pathToFileURL(CONTEXT_FILE).href, external: true };
      return null;
    },
    load(id) {
      return id === RESOLVED_SETTINGS ? `export default ${JSON.stringify(settings)};` : null;
    },
  };
}
