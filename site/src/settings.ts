// The build's settings, one zod-validated object: which data, which release archive, which base path and origin,
// where the output goes, and “today”. The integration hands it to pages through `virtual:credit-lists/settings`.
import path from 'node:path';
import { z } from 'zod';
import { UsageError } from '../../lib/cli.ts';
import { normaliseBase } from '../../lib/static-server.ts';
import { todayIn } from '../../lib/today.ts';

/** The repository this toolkit lives in (its data is the default). */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
/** The Astro project. */
export const SITE_DIR = path.join(REPO_ROOT, 'site');

const absolute = (what: string) => z.string().refine((p) => path.isAbsolute(p), { message: `${what} must be an absolute path` });

export const SiteSettings = z
  .object({
    /** Repository whose data the site shows. */
    dataRoot: absolute('dataRoot'),
    /** The release archive; may be absent (no releases yet). */
    releasesDir: absolute('releasesDir'),
    /** Base path, `/` or `/x/`. */
    base: z.string().regex(/^\/(?:[^/]+\/)*$/, 'base must be / or /x/ (normalised)'),
    /** Public origin for absolute links in feeds and the sitemap; else jurisdiction.yaml's site_url, else relative links. */
    siteUrl: z.url({ protocol: /^https?$/ }).optional(),
    /** Output folder. */
    outDir: absolute('outDir'),
    /** The day statuses are computed for, YYYY-MM-DD. */
    today: z.iso.date(),
    /**
     * A build split across processes (site/build.ts), one per language: a `helper` renders its languages' pages and
     * stops; the `primary` renders its own, then merges the helpers' output folders into its own before the build
     * steps, once its parent says they finished. The processes share the loading of the data through `loadShare`
     * (lib/load-share.ts), a folder their parent makes and removes.
     */
    split: z
      .discriminatedUnion('role', [
        z.object({ role: z.literal('primary'), langs: z.array(z.enum(['zh', 'en'])).min(1), helpers: z.array(absolute('helpers')).min(1), loadShare: absolute('loadShare') }).strict(),
        z.object({ role: z.literal('helper'), langs: z.array(z.enum(['zh', 'en'])).min(1), loadShare: absolute('loadShare') }).strict(),
      ])
      .optional(),
  })
  .strict();
export type SiteSettings = z.infer<typeof SiteSettings>;

/** What a caller may choose; everything else has a default. Relative paths resolve against the repository. */
export interface SiteOptions {
  dataRoot?: string;
  releasesDir?: string;
  base?: string;
  siteUrl?: string;
  outDir?: string;
  today?: string;
}

/** Complete and validate the settings; a bad one is a UsageError naming the field. */
export function resolveSettings(opts: SiteOptions = {}): SiteSettings {
  const dataRoot = path.resolve(REPO_ROOT, opts.dataRoot ?? '.');
  const r = SiteSettings.safeParse({
    dataRoot,
    releasesDir: path.resolve(REPO_ROOT, opts.releasesDir ?? path.join(dataRoot, 'releases')),
    base: normaliseBase(opts.base),
    ...(opts.siteUrl ? { siteUrl: opts.siteUrl } : {}),
    outDir: path.resolve(REPO_ROOT, opts.outDir ?? 'dist'),
    today: opts.today ?? todayIn(),
  });
  if (r.success) return r.data;
  const what = r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  throw new UsageError(`网站设置无效（日期写作 YYYY-MM-DD，网址以 http(s):// 开头）：${what}`, `Invalid site settings (dates are YYYY-MM-DD, URLs start with http(s)://): ${what}`);
}
