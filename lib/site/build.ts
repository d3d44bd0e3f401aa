// Building the site: Astro (with our integration: data check, search index, API) into a temporary folder,
// then swapped into place, so that a failed build leaves the previous site intact.
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { removeStaleTemporaries } from '../atomic.ts';
import { spawnTiedNode } from '../process/tied.ts';

/** Exit code of the Astro process when the data did not validate (the integration prints the validator's report). */
export const DATA_INVALID_EXIT = 3;

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const SITE_DIR = path.join(REPO_ROOT, 'site');

export interface BuildOptions {
  /** Repository whose data is shown (default: this repository). */
  dataRoot?: string;
  /** Release archive to publish (default: <dataRoot>/releases). */
  releasesDir?: string;
  /** Base path, e.g. `/credit-lists/` (default `/`). */
  base?: string;
  /** Public origin for feeds and the sitemap. */
  siteUrl?: string;
  /** Output folder (default: <repo>/dist). */
  outDir?: string;
  /** Day statuses are computed for, YYYY-MM-DD (default: today in China). */
  today?: string;
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

function astroBin(): string {
  // `astro` resolves to <package>/dist/index.js; its CLI sits beside, in bin/.
  const main = fileURLToPath(import.meta.resolve('astro'));
  return path.join(main.slice(0, main.lastIndexOf(`${path.sep}dist${path.sep}`)), 'bin', 'astro.mjs');
}

/** Build the site; never throws for a failed build, reports it in `code`. */
export async function buildSite(opts: BuildOptions = {}): Promise<BuildResult> {
  const outDir = path.resolve(opts.outDir ?? path.join(REPO_ROOT, 'dist'));
  const tmp = `${outDir}.tmp-${process.pid}`;
  // What a killed build left beside the output (its pid no longer running) goes first.
  removeStaleTemporaries(path.dirname(outDir), path.basename(outDir));
  rmSync(tmp, { recursive: true, force: true });
  const env: Record<string, string | undefined> = {
    ...inheritedEnv(),
    ASTRO_TELEMETRY_DISABLED: '1',
    SITE_OUT: tmp,
    ...(opts.dataRoot ? { DATA_ROOT: path.resolve(opts.dataRoot) } : {}),
    ...(opts.releasesDir ? { RELEASES_DIR: path.resolve(opts.releasesDir) } : {}),
    ...(opts.base ? { SITE_BASE: opts.base } : {}),
    ...(opts.siteUrl ? { SITE_URL: opts.siteUrl } : {}),
    ...(opts.today ? { SITE_TODAY: opts.today } : {}),
  };
  const started = performance.now();
  let output = '';
  const status = await new Promise<number>((resolve) => {
    const child = spawnTiedNode(astroBin(), ['build', '--root', SITE_DIR], { cwd: REPO_ROOT, env, quiet: opts.quiet ?? false });
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
