// The one loaded model of a build, shared by the integration and every page (Astro prerenders in the same process).
import { loadSiteModel, type SiteModel } from '../../lib/site/model.ts';
import { loadReleases, type SiteReleases } from '../../lib/site/releases.ts';
import { siteSettings, type SiteSettings } from './settings.ts';

export interface SiteContext {
  settings: SiteSettings;
  model: SiteModel;
  releases: SiteReleases;
  /** Public origin for absolute links, if known (SITE_URL, else jurisdiction.yaml site_url). */
  siteUrl?: string;
}

const KEY = Symbol.for('credit-lists.site-context');
type Holder = { [KEY]?: SiteContext };

/** Load and remember the model and the release archive; throws SiteDataError or ReleaseArchiveError with the report. */
export function loadSiteContext(settings: SiteSettings): SiteContext {
  const model = loadSiteModel(settings.dataRoot, settings.today);
  const siteUrl = settings.siteUrl ?? model.jurisdiction.site_url;
  const releases = loadReleases(settings.releasesDir);
  const ctx: SiteContext = { settings, model, releases, ...(siteUrl ? { siteUrl } : {}) };
  (globalThis as Holder)[KEY] = ctx;
  return ctx;
}

/** The model of this build: loaded by the integration, or here if a page runs without it. */
export function site(): SiteContext {
  return (globalThis as Holder)[KEY] ?? loadSiteContext(siteSettings(process.env));
}
