// Site benchmark: build time on synthetic repositories against a bare Astro build of as many trivial pages (the
// stack's floor), the build's phases, the largest page, and what a search downloads, measured in Chromium and split
// by kind (scripts, the index's meta, its shards, filters, fragments).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { writeSyntheticRepository } from '../lib/synthetic.ts';
import { buildSite, COMPILE_CACHE, REPO_ROOT } from './build.ts';
import { serveStatic } from '../lib/static-server.ts';
import { UsageError } from '../lib/cli.ts';
import { SEARCH_DIR } from './src/steps/search-index.ts';

/** What a search fetches, by kind of file. */
export const SEARCH_PARTS = ['scripts', 'meta', 'index', 'filters', 'fragments'] as const;
export type SearchPart = (typeof SEARCH_PARTS)[number];

export interface SearchFigures {
  query: string;
  /** Bytes as fetched (uncompressed: the test server sends files as they are). */
  bytes: number;
  /** Bytes over the wire from a server that gzips text, as web servers do: the goal's measure. */
  wire: number;
  requests: number;
  results: number;
  parts: Record<SearchPart, { bytes: number; wire: number; requests: number }>;
}

export interface SiteBenchFigures {
  entries: number;
  /** HTML pages the site build wrote. */
  pages: number;
  /** Whole site build: validation, Astro, search index, API, sitemap. */
  siteMs: number;
  /** Astro processes that rendered it (site/build.ts splits a large site by language). */
  processes: number;
  /** Phases, from the build's own timing lines: data, then each build step after the pages were written. */
  dataMs?: number;
  steps: Record<string, number>;
  /** Bytes of the built site, and of its search index. */
  siteBytes: number;
  searchIndexBytes: number;
  /** Files of the search index (all languages): what a deploy of the site uploads one by one. */
  searchIndexFiles: number;
  /** Bare Astro build of as many trivial pages as the site wrote. */
  floorMs: number;
  /** The largest HTML page. */
  largest: { file: string; bytes: number };
  /** An entry page: its HTML, and with the stylesheet a first visit also loads; raw and gzipped. */
  entryPage: { html: number; htmlGzip: number; withCss: number; withCssGzip: number };
  /** Searches on the search page, when measured. */
  searches: SearchFigures[];
}

function astroBin(): string {
  const main = fileURLToPath(import.meta.resolve('astro'));
  return path.join(main.slice(0, main.lastIndexOf(`${path.sep}dist${path.sep}`)), 'bin', 'astro.mjs');
}

function run(cmd: string, args: string[], cwd: string, env: Record<string, string | undefined>): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.on('close', (code) => (code === 0 ? resolve(code) : reject(new Error(`${cmd} ${args.join(' ')} failed:\n${err}`))));
  });
}

/** Time a bare Astro 7 build of `pages` trivial pages (one dynamic route), in a scratch project. */
export async function floorBuildMs(pages: number, scratch: string): Promise<number> {
  const dir = path.join(scratch, `floor-${pages}`);
  mkdirSync(path.join(dir, 'src', 'pages', 'p'), { recursive: true });
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  writeFileSync(path.join(dir, 'package.json'), '{"name":"floor","type":"module","private":true}\n');
  writeFileSync(path.join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
  writeFileSync(
    path.join(dir, 'src', 'pages', 'p', '[n].astro'),
    `---\nexport function getStaticPaths() { return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i + 1) } })); }\nconst { n } = Astro.params;\n---\n<html lang="zh-CN"><head><title>{n}</title></head><body><p>第 {n} 页</p></body></html>\n`,
  );
  const started = performance.now();
  // With the cache of compiled modules the site build's processes have, so that the two start alike.
  await run(process.execPath, [astroBin(), 'build'], dir, { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE ?? COMPILE_CACHE });
  const ms = performance.now() - started;
  rmSync(dir, { recursive: true, force: true });
  return ms;
}

function htmlFiles(dir: string): { file: string; bytes: number }[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ file: f.split(path.sep).join('/'), bytes: statSync(path.join(dir, f)).size }));
}

function entryPageBytes(out: string): SiteBenchFigures['entryPage'] {
  const html = readFileSync(path.join(out, 'catalogue', 'ML-0001', 'index.html'));
  const cssFiles = readdirSync(path.join(out, '_astro')).filter((f) => f.endsWith('.css'));
  const css = Buffer.concat(cssFiles.map((f) => readFileSync(path.join(out, '_astro', f))));
  return {
    html: html.length,
    htmlGzip: gzipSync(html).length,
    withCss: html.length + css.length,
    withCssGzip: gzipSync(html).length + gzipSync(css).length,
  };
}

/** Which part of the search a fetched file is, or undefined for what the page itself loads. */
export function searchPartOf(pathname: string): SearchPart | undefined {
  // The search page's only script is its own bundle (lib/search/ and the page's code).
  if (pathname.includes('/_astro/') && pathname.endsWith('.js')) return 'scripts';
  const m = new RegExp(`/${SEARCH_DIR}/[^/]+/(.+)$`).exec(pathname);
  if (!m) return undefined;
  const rest = m[1]!;
  if (rest.startsWith('t/')) return 'index';
  if (rest.startsWith('f/')) return 'filters';
  if (rest.startsWith('d/')) return 'fragments';
  return 'meta';
}

/** Load the search page with a query in Chromium and add up what the search fetched, by kind. */
export async function searchBytes(out: string, queries: readonly string[], chromiumPath: string): Promise<SearchFigures[]> {
  const { chromium } = await import('playwright-core');
  const server = await serveStatic({ dir: out });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'] });
  const figures: SearchFigures[] = [];
  try {
    for (const query of queries) {
      // A fresh context per query: nothing cached from the previous one.
      const context = await browser.newContext();
      const page = await context.newPage();
      const parts = Object.fromEntries(SEARCH_PARTS.map((p) => [p, { bytes: 0, wire: 0, requests: 0 }])) as SearchFigures['parts'];
      const pending: Promise<void>[] = [];
      page.on('response', (r) => {
        const part = searchPartOf(new URL(r.url()).pathname);
        if (!part) return;
        parts[part].requests++;
        pending.push(
          r
            .body()
            .then((b) => {
              parts[part].bytes += b.length;
              // What a web server that gzips text sends.
              parts[part].wire += gzipSync(b).length;
            })
            .catch(() => undefined),
        );
      });
      await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector('#search-status[data-done]', { timeout: 120_000 });
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      const results = Number((await page.textContent('#search-status'))?.replace(/\D/g, '') || 0);
      const sum = (k: 'bytes' | 'wire' | 'requests') => SEARCH_PARTS.reduce((n, p) => n + parts[p][k], 0);
      figures.push({ query, bytes: sum('bytes'), wire: sum('wire'), requests: sum('requests'), results, parts });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return figures;
}

export interface SiteBenchOptions {
  sizes: number[];
  /** Measure searches on the largest size in Chromium (skipped, and said so, when Chromium is missing). */
  chromiumPath?: string;
  queries?: string[];
  /** Astro processes for the site build (default: as site/build.ts chooses). */
  processes?: 1 | 2;
  log?: (line: string) => void;
}

/** `--processes`: 1 or 2 Astro processes for the site build; absent, as site/build.ts chooses. */
export function processesOf(flag: string | true | undefined): 1 | 2 | undefined {
  if (flag === undefined) return undefined;
  if (flag === '1' || flag === '2') return Number(flag) as 1 | 2;
  throw new UsageError('--processes 须为 1 或 2', '--processes must be 1 or 2');
}

/** The goal's query, a common word, and a rare one (one entry's ID). */
export const DEFAULT_QUERIES = ['拖欠', '信息', 'ML-0007'];

export async function benchSite(opts: SiteBenchOptions): Promise<SiteBenchFigures[]> {
  const log = opts.log ?? (() => undefined);
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'bench-site-'));
  const figures: SiteBenchFigures[] = [];
  try {
    for (const n of opts.sizes) {
      const repo = path.join(scratch, `repo-${n}`);
      writeSyntheticRepository(repo, n);
      const out = path.join(scratch, `site-${n}`);
      log(`${n} entries: building the site…`);
      const built = await buildSite({ dataRoot: repo, outDir: out, quiet: true, today: '2026-11-22', ...(opts.processes ? { processes: opts.processes } : {}) });
      if (built.code !== 0) throw new Error(`site build failed for ${n} entries:\n${built.output}`);
      const html = htmlFiles(out);
      log(`${n} entries: ${html.length} pages in ${(built.ms / 1000).toFixed(1)} s; bare Astro floor…`);
      const floorMs = await floorBuildMs(html.length, scratch);
      const steps: Record<string, number> = {};
      let dataMs: number | undefined;
      for (const m of built.output.matchAll(/timing: (.+?) (?:written )?in (\d+) ms/g))
        if (m[1] === 'data loaded and validated') dataMs = Number(m[2]);
        else steps[m[1]!] = Number(m[2]);
      const f: SiteBenchFigures = {
        entries: n,
        pages: html.length,
        siteMs: built.ms,
        processes: built.processes,
        ...(dataMs !== undefined ? { dataMs } : {}),
        steps,
        siteBytes: folderBytes(out),
        searchIndexBytes: folderBytes(path.join(out, SEARCH_DIR)),
        searchIndexFiles: folderFiles(path.join(out, SEARCH_DIR)),
        floorMs,
        largest: html.reduce((a, b) => (b.bytes > a.bytes ? b : a)),
        entryPage: entryPageBytes(out),
        searches: [],
      };
      if (n === Math.max(...opts.sizes) && opts.chromiumPath && existsSync(opts.chromiumPath)) {
        log(`${n} entries: searching in Chromium…`);
        f.searches = await searchBytes(out, opts.queries ?? DEFAULT_QUERIES, opts.chromiumPath);
      }
      figures.push(f);
      rmSync(out, { recursive: true, force: true });
      rmSync(repo, { recursive: true, force: true });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return figures;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The figures as tables for people. */
export function formatSiteBench(figures: readonly SiteBenchFigures[]): string {
  const lines = ['Site build (validation + Astro + search index + API + sitemap) against a bare Astro build of as many trivial pages:', ''];
  const stepNames = [...new Set(figures.flatMap((f) => Object.keys(f.steps)))];
  lines.push(`| entries | pages | processes | site build | floor | ratio | data | Astro pages | ${stepNames.map((n) => `${n} (after pages)`).join(' | ')} | largest page | site | index |`);
  lines.push(`|---:|---:|---:|---:|---:|---:|---:|---:|${stepNames.map(() => '---:|').join('')}---|---:|---:|`);
  for (const f of figures) {
    const stepsMs = Object.values(f.steps).reduce((a, b) => a + b, 0);
    const astro = f.siteMs - (f.dataMs ?? 0) - stepsMs;
    lines.push(
      `| ${f.entries} | ${f.pages} | ${f.processes} | ${s(f.siteMs)} | ${s(f.floorMs)} | ${(f.siteMs / f.floorMs).toFixed(2)}× | ${f.dataMs !== undefined ? s(f.dataMs) : '—'} | ${s(astro)} | ${stepNames.map((n) => (f.steps[n] !== undefined ? s(f.steps[n]!) : '—')).join(' | ')} | ${kb(f.largest.bytes)} ${f.largest.file} | ${(f.siteBytes / 1048576).toFixed(1)} MB | ${(f.searchIndexBytes / 1048576).toFixed(1)} MB, ${f.searchIndexFiles} files |`,
    );
  }
  lines.push('');
  for (const f of figures) {
    const e = f.entryPage;
    lines.push(`Entry page (${f.entries} entries): HTML ${kb(e.html)} (gzip ${kb(e.htmlGzip)}); with the stylesheet ${kb(e.withCss)} (gzip ${kb(e.withCssGzip)})`);
  }
  const searched = figures.filter((f) => f.searches.length);
  if (!searched.length) lines.push('Search bytes: not measured (Chromium not found; set CHROMIUM_PATH).');
  for (const f of searched) {
    lines.push(
      '',
      `Searches on the ${f.entries}-entry site, cold cache: bytes over the wire from a server that gzips text (as fetched in brackets), and requests:`,
      '',
    );
    lines.push(`| query | results | over the wire | as fetched | requests | ${SEARCH_PARTS.join(' | ')} |`);
    lines.push(`|---|---:|---:|---:|---:|${SEARCH_PARTS.map(() => '---:|').join('')}`);
    for (const q of f.searches)
      lines.push(
        `| ${q.query} | ${q.results} | ${kb(q.wire)} | ${kb(q.bytes)} | ${q.requests} | ${SEARCH_PARTS.map((p) => `${kb(q.parts[p].wire)} (${kb(q.parts[p].bytes)}, ${q.parts[p].requests})`).join(' | ')} |`,
      );
    // What every search pays whatever its words (the script and the index's meta), and what this one adds.
    const wire = (q: SearchFigures, parts: readonly SearchPart[]) => parts.reduce((n, p) => n + q.parts[p].wire, 0);
    const fixed: SearchPart[] = ['scripts', 'meta'];
    lines.push('', ...f.searches.map((q) => `${q.query}: ${kb(wire(q, fixed))} before any shard (script, meta), ${kb(q.wire - wire(q, fixed))} for the query itself (shards, filters, fragments)`));
  }
  return `${lines.join('\n')}\n`;
}

/** Size of a folder, for reports. */
export function folderFiles(dir: string): number {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(path.join(dir, f)).isFile()).length;
}

export function folderBytes(dir: string): number {
  let total = 0;
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    const st = statSync(path.join(dir, f));
    if (st.isFile()) total += st.size;
  }
  return total;
}
