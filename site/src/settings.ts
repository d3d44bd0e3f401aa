// Build settings, from the environment: which data, which base path, where the output goes, and “today”.
import path from 'node:path';
import { normaliseBase } from '../../lib/static-server.ts';
import { todayIn } from '../../lib/site/phase.ts';
import { REPO_ROOT } from '../../lib/site/build.ts';

export interface SiteSettings {
  /** Repository whose data the site shows (DATA_ROOT; default: this repository). */
  dataRoot: string;
  /** The release archive (RELEASES_DIR; default: <dataRoot>/releases). May be absent. */
  releasesDir: string;
  /** Base path, `/` or `/x/` (SITE_BASE). */
  base: string;
  /** Public origin for absolute links in feeds and the sitemap (SITE_URL; default: jurisdiction.yaml site_url). */
  siteUrl?: string;
  /** Output folder (SITE_OUT; default: <repo>/dist). */
  outDir: string;
  /** The day statuses are computed for (SITE_TODAY; default: today in China). */
  today: string;
}

export function siteSettings(env: Record<string, string | undefined>): SiteSettings {
  const dataRoot = path.resolve(REPO_ROOT, env.DATA_ROOT || '.');
  const today = env.SITE_TODAY || todayIn();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`SITE_TODAY must be YYYY-MM-DD, not ${today}`);
  return {
    dataRoot,
    releasesDir: path.resolve(REPO_ROOT, env.RELEASES_DIR || path.join(dataRoot, 'releases')),
    base: normaliseBase(env.SITE_BASE),
    ...(env.SITE_URL ? { siteUrl: env.SITE_URL } : {}),
    outDir: path.resolve(REPO_ROOT, env.SITE_OUT || 'dist'),
    today,
  };
}
