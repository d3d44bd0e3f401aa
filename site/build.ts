// Building the site: Astro (with our integration: data check, routes, search index, API, sitemap) in its own process,
// into a temporary folder, then swapped into place, so that a failed build leaves the previous site intact. A large
// site is rendered by one process per language at once (Astro renders one page at a time on one thread), and the
// language helper's folder is merged into the primary's before the build steps.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { LISTS, LIST_KINDS } from '../schemas/index.ts';
import { REPO_ROOT, resolveSettings, type SiteOptions, type SiteSettings } from './src/settings.ts';
import { removeStaleTemporaries } from '../lib/atomic.ts';
import { spawnTiedNode } from '../lib/process/tied.ts';

/** Exit code of the Astro process when the data did not validate (the integration prints the validator's report). */
export const DATA_INVALID_EXIT = 3;

export { REPO_ROOT };

/** The site's settings (site/src/settings.ts: data, releases, base, origin, output, today), and how to run. */
export interface BuildOptions extends SiteOptions {
  /** Capture Astro's output instead of passing it through. */
  quiet?: boolean;
  /** Render with one process (1) or one per language (2); by default 2 for a large site on a machine with two cores. */
  processes?: 1 | 2;
}

/** From this many entries a site is rendered by one process per language (each loads the data itself). */
export const SPLIT_FROM_ENTRIES = 2_000;

/** Entries in the data folders, counted by file name (cheap: nothing is read). */
function entryFiles(dataRoot: string): number {
  return LIST_KINDS.reduce((n, k) => {
    const dir = path.join(dataRoot, LISTS[k].folder);
    return n + (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).length : 0);
  }, 0);
}

export function processesFor(opts: BuildOptions, settings: SiteSettings): 1 | 2 {
  if (opts.processes) return opts.processes;
  return os.availableParallelism() >= 2 && entryFiles(settings.dataRoot) >= SPLIT_FROM_ENTRIES ? 2 : 1;
}

export interface BuildResult {
  /** 0 built; 1 the data did not validate; 2 the build failed for another reason. */
  code: 0 | 1 | 2;
  outDir: string;
  ms: number;
  /** Astro's output, when quiet. */
  output: string;
  /** How many Astro processes rendered it (one per language for a large site). */
  processes: 1 | 2;
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

/**
 * Where Astro bundles a build's pages when its output folder is outside its working directory: that directory's
 * .astro/, which builds running at once (a split build's processes, the tests' builds) would share and overwrite
 * under each other. So each process works in its own directory, inside the repository, so that the bundle finds
 * node_modules.
 */
const WORKDIRS = path.join(REPO_ROOT, 'node_modules', '.cache', 'site-build');

/**
 * Node's cache of compiled modules for the Astro processes: Astro, Vite and our modules load about a fifth faster
 * once it is warm (keyed by each file's contents, so a changed file is compiled again). A NODE_COMPILE_CACHE of the
 * caller's own wins; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
 */
export const COMPILE_CACHE = path.join(REPO_ROOT, 'node_modules', '.cache', 'node-compile');

/** One Astro process: resolves with its exit code; its output is added to `output` when captured. */
let processCount = 0;

function astroProcess(settings: SiteSettings, quiet: boolean, sink: { output: string }, role: string): { child: ChildProcess; done: Promise<number> } {
  // One directory per process, even for builds started at once by one caller.
  const cwd = path.join(WORKDIRS, `${role}-${++processCount}.tmp-${process.pid}`);
  rmSync(cwd, { recursive: true, force: true });
  mkdirSync(cwd, { recursive: true });
  const child = spawnTiedNode(path.join(import.meta.dirname, 'astro-build.ts'), [JSON.stringify(settings)], {
    cwd,
    env: { ...inheritedEnv(), ASTRO_TELEMETRY_DISABLED: '1', NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE ?? COMPILE_CACHE },
    quiet,
  });
  child.stdout?.on('data', (b: Buffer) => (sink.output += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (sink.output += b.toString()));
  const done = new Promise<number>((resolve) => {
    child.on('error', () => resolve(2));
    child.on('close', (c) => resolve(c ?? 2));
  }).finally(() => rmSync(cwd, { recursive: true, force: true }));
  return { child, done };
}

/** Build the site; never throws for a failed build, reports it in `code`. */
export async function buildSite(opts: BuildOptions = {}): Promise<BuildResult> {
  const { quiet, processes: _, ...options } = opts;
  const outDir = resolveSettings(options).outDir;
  const tmp = `${outDir}.tmp-${process.pid}`;
  const helperOut = `${outDir}.tmp-${process.pid}-en`;
  const loadShare = `${outDir}.tmp-${process.pid}-load`;
  // What a killed build left beside the output (its pid no longer running) goes first.
  removeStaleTemporaries(path.dirname(outDir), path.basename(outDir));
  rmSync(tmp, { recursive: true, force: true });
  rmSync(helperOut, { recursive: true, force: true });
  rmSync(loadShare, { recursive: true, force: true });
  const whole = resolveSettings({ ...options, outDir: tmp });
  const split = processesFor(opts, whole) === 2;
  const started = performance.now();
  const primary = { output: '' };
  let status: number;
  removeStaleTemporaries(WORKDIRS);
  if (!split) status = await astroProcess(whole, quiet ?? false, primary, 'whole').done;
  else {
    // The helper's output is shown only when it fails; the primary's as usual.
    const helperSink = { output: '' };
    const helper = astroProcess({ ...whole, outDir: helperOut, split: { role: 'helper', langs: ['en'], loadShare } }, true, helperSink, 'helper');
    const main = astroProcess({ ...whole, split: { role: 'primary', langs: ['zh'], helpers: [helperOut], loadShare } }, quiet ?? false, primary, 'primary');
    const helperStatus = await Promise.race([helper.done, main.done.then(() => undefined)]);
    if (helperStatus === undefined) {
      // The primary ended before its helper (it failed: it waits for the helper otherwise).
      helper.child.kill('SIGTERM');
      await helper.done;
      status = await main.done;
    } else if (helperStatus !== 0) {
      // Its report is the build's (invalid data stops both processes alike).
      main.child.kill('SIGTERM');
      await main.done;
      status = helperStatus;
      primary.output = helperSink.output;
      if (!quiet) process.stderr.write(helperSink.output);
    } else {
      main.child.send('merge');
      status = await main.done;
    }
    rmSync(helperOut, { recursive: true, force: true });
    rmSync(loadShare, { recursive: true, force: true });
  }
  const ms = performance.now() - started;
  const output = primary.output;
  if (status !== 0) {
    rmSync(tmp, { recursive: true, force: true });
    return { code: status === DATA_INVALID_EXIT ? 1 : 2, outDir, ms, output, processes: split ? 2 : 1 };
  }
  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(tmp, outDir);
  rmSync(old, { recursive: true, force: true });
  return { code: 0, outDir, ms, output, processes: split ? 2 : 1 };
}
