// The one loaded model of a build: validated data and the verified release archive, loaded once per settings.
// The integration loads it before Astro renders; the pages' bundle imports this very module (kept external by the
// integration's Vite plugin), so both see the same instance without globals.
import { loadSiteModel, type SiteModel } from '../../lib/site/model.ts';
import { loadReleases, type SiteReleases } from '../../lib/site/releases.ts';
import type { SiteSettings } from './settings.ts';

export interface SiteContext {
  settings: SiteSettings;
  model: SiteModel;
  releases: SiteReleases;
  /** Public origin for absolute links, if known (the settings' siteUrl, else jurisdiction.yaml site_url). */
  siteUrl?: string;
}

const loaded = new Map<string, SiteContext>();

/** Load (once) the model and the release archive; throws SiteDataError or ReleaseArchiveError with the report. */
export function siteContext(settings: SiteSettings): SiteContext {
  const key = JSON.stringify(settings);
  let ctx = loaded.get(key);
  if (ctx) return ctx;
  const model = loadSiteModel(settings.dataRoot, settings.today, settings.split ? { dir: settings.split.loadShare } : undefined);
  const siteUrl = settings.siteUrl ?? model.jurisdiction.site_url;
  const releases = loadReleases(settings.releasesDir);
  ctx = { settings, model, releases, ...(siteUrl ? { siteUrl } : {}) };
  loaded.set(key, ctx);
  return ctx;
}
