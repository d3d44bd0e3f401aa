// Site benchmark: build time on synthetic repositories against a bare Astro build of as many trivial pages
// (the stack's floor), the bytes of an entry page, and the bytes a search downloads, measured in Chromium.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { writeSyntheticRepository } from '../lib/synthetic.ts';
import { buildSite, REPO_ROOT } from './build.ts';
import { serveStatic } from '../lib/static-server.ts';

export interface SiteBenchFigures {
  entries: number;
  /** HTML pages the site build wrote. */
  pages: number;
  /** Whole site build: validation, Astro, search index, API. */
  siteMs: number;
  /** Parts of it, from the build's own timing lines: loading and validating the data, and the Pagefind index. */
  dataMs?: number;
  searchIndexMs?: number;
  /** Bytes of the built site, and of its search index. */
  siteBytes: number;
  searchIndexBytes: number;
  /** Bare Astro build of as many trivial pages as the site wrote. */
  floorMs: number;
  /** Bare Astro build of one trivial page per entry. */
  floorPerEntryMs: number;
  /** An entry page: its HTML, and with the stylesheet a first visit also loads; raw and gzipped. */
  entryPage: { html: number; htmlGzip: number; withCss: number; withCssGzip: number };
  /** Bytes fetched by one search on the search page (Pagefind script, wasm, index chunks, fragments), when measured. */
  search?: { query: string; bytes: number; requests: number; results: number };
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
  await run(process.execPath, [astroBin(), 'build'], dir, { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' });
  return performance.now() - started;
}

function htmlPages(dir: string): number {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).length;
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

/** Load the search page with a query in Chromium and add up what it fetched besides the page and its stylesheet. */
export async function searchBytes(out: string, query: string, chromiumPath: string): Promise<SiteBenchFigures['search']> {
  const { chromium } = await import('playwright-core');
  const server = await serveStatic({ dir: out });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'] });
  try {
    const page = await (await browser.newContext()).newPage();
    let bytes = 0;
    let requests = 0;
    const pending: Promise<void>[] = [];
    page.on('response', (r) => {
      const u = new URL(r.url());
      if (!u.pathname.startsWith('/pagefind/') && u.pathname !== '/search.js') return;
      requests++;
      pending.push(r.body().then((b) => void (bytes += b.length)).catch(() => undefined));
    });
    await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('#search-status[data-done]', { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    const results = await page.locator('#search-results li').count();
    return { query, bytes, requests, results };
  } finally {
    await browser.close();
    await server.close();
  }
}

export interface SiteBenchOptions {
  sizes: number[];
  /** Measure the search on the largest size in Chromium (skipped, and said so, when Chromium is missing). */
  chromiumPath?: string;
  query?: string;
  log?: (line: string) => void;
}

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
      const built = await buildSite({ dataRoot: repo, outDir: out, quiet: true, today: '2026-11-22' });
      if (built.code !== 0) throw new Error(`site build failed for ${n} entries:\n${built.output}`);
      const pages = htmlPages(out);
      log(`${n} entries: ${pages} pages in ${(built.ms / 1000).toFixed(1)} s; bare Astro floor…`);
      const floorMs = await floorBuildMs(pages, scratch);
      const floorPerEntryMs = await floorBuildMs(n, scratch);
      const timing = (what: string) => {
        const m = new RegExp(`timing: ${what} in (\\d+) ms`).exec(built.output);
        return m ? Number(m[1]) : undefined;
      };
      const dataMs = timing('data loaded and validated');
      const searchIndexMs = timing('search index written');
      const f: SiteBenchFigures = {
        entries: n,
        pages,
        siteMs: built.ms,
        ...(dataMs !== undefined ? { dataMs } : {}),
        ...(searchIndexMs !== undefined ? { searchIndexMs } : {}),
        siteBytes: folderBytes(out),
        searchIndexBytes: folderBytes(path.join(out, 'pagefind')),
        floorMs,
        floorPerEntryMs,
        entryPage: entryPageBytes(out),
      };
      if (n === Math.max(...opts.sizes) && opts.chromiumPath && existsSync(opts.chromiumPath)) {
        log(`${n} entries: searching in Chromium…`);
        f.search = await searchBytes(out, opts.query ?? '拖欠', opts.chromiumPath);
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

/** The figures as a table for people. */
export function formatSiteBench(figures: readonly SiteBenchFigures[]): string {
  const lines = ['Site build (validation + Astro + Pagefind + API) against a bare Astro build of trivial pages:', ''];
  lines.push('| entries | pages | site build | floor, same pages | ratio | floor, one page per entry | ratio |');
  lines.push('|---:|---:|---:|---:|---:|---:|---:|');
  for (const f of figures)
    lines.push(
      `| ${f.entries} | ${f.pages} | ${s(f.siteMs)} | ${s(f.floorMs)} | ${(f.siteMs / f.floorMs).toFixed(2)}× | ${s(f.floorPerEntryMs)} | ${(f.siteMs / f.floorPerEntryMs).toFixed(2)}× |`,
    );
  lines.push('', 'Goal: site build under 1.5× the floor (same number of pages).', '');
  for (const f of figures)
    if (f.dataMs !== undefined && f.searchIndexMs !== undefined)
      lines.push(
        `${f.entries} entries: data load + validation ${s(f.dataMs)} · Astro pages ${s(f.siteMs - f.dataMs - f.searchIndexMs)} · Pagefind index ${s(f.searchIndexMs)} · site ${(f.siteBytes / 1048576).toFixed(1)} MB, of which search index ${(f.searchIndexBytes / 1048576).toFixed(1)} MB`,
      );
  lines.push('');
  for (const f of figures) {
    const e = f.entryPage;
    lines.push(`Entry page (${f.entries} entries): HTML ${kb(e.html)} (gzip ${kb(e.htmlGzip)}); with the stylesheet ${kb(e.withCss)} (gzip ${kb(e.withCssGzip)})`);
  }
  for (const f of figures)
    if (f.search)
      lines.push(`Search for “${f.search.query}” on the ${f.entries}-entry site: ${kb(f.search.bytes)} in ${f.search.requests} requests (${f.search.results} results shown; uncompressed)`);
  if (!figures.some((f) => f.search)) lines.push('Search bytes: not measured (Chromium not found; set CHROMIUM_PATH).');
  return `${lines.join('\n')}\n`;
}

/** Size of a folder, for reports. */
export function folderBytes(dir: string): number {
  let total = 0;
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    const st = statSync(path.join(dir, f));
    if (st.isFile()) total += st.size;
  }
  return total;
}
