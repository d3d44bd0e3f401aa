// Building the site: Astro (with our integration: data check, routes, search index, API, sitemap) in its own process,
// into a temporary folder, then swapped into place, so that a failed build leaves the previous site intact.
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, resolveSettings, type SiteOptions } from './src/settings.ts';
import { removeStaleTemporaries } from '../lib/atomic.ts';
import { spawnTiedNode } from '../lib/process/tied.ts';

/** Exit code of the Astro process when the data did not validate (the integration prints the validator's report). */
export const DATA_INVALID_EXIT = 3;

export { REPO_ROOT };

/** The site's settings (site/src/settings.ts: data, releases, base, origin, output, today), and how to run. */
export interface BuildOptions extends SiteOptions {
  /** Capture Astro's output instead of passing it through. */
  quiet?: boolean;
}

export interface BuildResult {
  /** 0 built; 1 the data did not validate; 2 the build failed for another reason. */
  code: 0 | 1 | 2;
  outDir: string;
  ms: number;
  /** Astro's output, when quiet. */
  output: string;
}

// Variables a parent Vite or Vitest process sets, which Astro would take as its own (BASE_URL would drop the base path).
const PARENT_VITE_ENV = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*|VITE_.*)$/;

function inheritedEnv(): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !PARENT_VITE_ENV.test(k)));
}

/** The command line's settings (`npm run build`, `npm start`): SITE_BASE, SITE_URL, DATA_ROOT, RELEASES_DIR, SITE_OUT, SITE_TODAY. */
export function optionsFromEnvironment(env: Record<string, string | undefined>): SiteOptions {
  const names = { base: 'SITE_BASE', siteUrl: 'SITE_URL', dataRoot: 'DATA_ROOT', releasesDir: 'RELEASES_DIR', outDir: 'SITE_OUT', today: 'SITE_TODAY' } as const;
  return Object.fromEntries(Object.entries(names).flatMap(([k, v]) => (env[v] ? [[k, env[v]]] : [])));
}

/** Build the site; never throws for a failed build, reports it in `code`. */
export async function buildSite(opts: BuildOptions = {}): Promise<BuildResult> {
  const { quiet, ...options } = opts;
  const outDir = resolveSettings(options).outDir;
  const tmp = `${outDir}.tmp-${process.pid}`;
  // What a killed build left beside the output (its pid no longer running) goes first.
  removeStaleTemporaries(path.dirname(outDir), path.basename(outDir));
  rmSync(tmp, { recursive: true, force: true });
  const settings = resolveSettings({ ...options, outDir: tmp });
  const started = performance.now();
  let output = '';
  const status = await new Promise<number>((resolve) => {
    const child = spawnTiedNode(path.join(import.meta.dirname, 'astro-build.ts'), [JSON.stringify(settings)], {
      cwd: REPO_ROOT,
      env: { ...inheritedEnv(), ASTRO_TELEMETRY_DISABLED: '1' },
      quiet: quiet ?? false,
    });
    child.stdout?.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr?.on('data', (b: Buffer) => (output += b.toString()));
    child.on('error', () => resolve(2));
    child.on('close', (c) => resolve(c ?? 2));
  });
  const ms = performance.now() - started;
  if (status !== 0) {
    rmSync(tmp, { recursive: true, force: true });
    return { code: status === DATA_INVALID_EXIT ? 1 : 2, outDir, ms, output };
  }
  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(tmp, outDir);
  rmSync(old, { recursive: true, force: true });
  return { code: 0, outDir, ms, output };
}
