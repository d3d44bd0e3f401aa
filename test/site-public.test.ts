// The public site as a citizen reads it, in real Chromium against the built example: phone tables that keep each
// value with its label, columns no narrower than their longest word, Chinese typography, no internal names.
import { AxeBuilder } from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildSite } from '../site/build.ts';
import { LIST_SLUG } from '../site/src/routes.ts';
import { LIST_KINDS, LISTS as LIST_SPECS } from '../schemas/index.ts';
import { LEGAL_LABELS, PROCEDURE_LABELS } from '../site/src/status.ts';
import { cssString, listLabel } from '../site/src/present.ts';
import { writeDocuments, type WrittenDocument } from '../lib/documents/write.ts';
import { loadSiteModel, type SiteModel } from '../lib/site/model.ts';
import { internalNames, pageText, typographyProblems } from '../lib/site/typography.ts';
import { serveStatic, type RunningServer } from '../lib/static-server.ts';
import { builtSearch, searchUrls } from './helpers/search.ts';

const REPO = path.resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BASE = '/';
const TODAY = '2026-11-22';
// Every list the format has (the incentive list too): its URL segment.
const LIST_FOLDER = LIST_SLUG;
const LISTS = LIST_KINDS.map((k) => LIST_SLUG[k]);
const LIST_SCHEMAS_PUBLISHED = Object.fromEntries(LIST_KINDS.map((k) => [k, LIST_SPECS[k].published])) as Record<(typeof LIST_KINDS)[number], string>;

let out: string;
let server: RunningServer;
let browser: Browser;
let model: SiteModel;

const at = (p = '') => `${server.url}${p}`;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  out = mkdtempSync(path.join(os.tmpdir(), 'site-public-'));
  const built = await buildSite({ dataRoot: REPO, outDir: out, base: BASE, today: TODAY, quiet: true });
  if (built.code !== 0) throw new Error(`The site did not build:\n${built.output}`);
  model = loadSiteModel(REPO, TODAY);
  server = await serveStatic({ dir: out, base: BASE });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

async function seriousViolations(p: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page: p }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

interface Pair {
  id: string;
  title: string;
}
interface PairReport {
  /** Every (ID, title) pair found in a cell, in the order a reader sees them. */
  pairs: { cell: string; row: string; seen: Pair[] }[];
  problems: string[];
}

/** The text of a computed `content` (a CSS string, "…" with backslash escapes); anything else (none) as it is. */
function cssContentText(content: string): string {
  if (!/^".*"$/s.test(content)) return content;
  return content.slice(1, -1).replace(/\\([0-9a-fA-F]{1,6}) ?|\\(.)/gs, (_, hex: string | undefined, ch: string) => (hex ? String.fromCodePoint(parseInt(hex, 16)) : ch));
}

/**
 * In the page: for every row of the list table, every cell's label — what its ::before shows, as the browser computed
 * it — must be its column's header; every ID link must be followed, on its own line, by its title, before any other
 * ID; and no value may sit in the label column.
 */
const READ_PAIRS = `(() => {
  const ID = /^[A-Z]{2}-\\d{4}$/;
  const problems = [];
  const pairs = [];
  const table = document.querySelector('table.list-table');
  const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
  const labelOf = (td) => (${cssContentText})(getComputedStyle(td, '::before').content);
  const firstRect = (node) => {
    const r = document.createRange();
    r.selectNodeContents(node);
    return [...r.getClientRects()].find((x) => x.width > 0);
  };
  for (const tr of table.querySelectorAll('tbody tr')) {
    const cells = [...tr.children];
    const rowId = cells[1]?.textContent.trim();
    cells.forEach((td, i) => {
      const label = labelOf(td);
      if (label !== heads[i]) problems.push(rowId + ': cell ' + i + ' is labelled ' + label + ', its column ' + heads[i]);
      const box = td.getBoundingClientRect();
      const valueLeft = box.left + parseFloat(getComputedStyle(td).paddingLeft) - 1;
      // The visible pieces of the value: links and text runs, with where each begins.
      const pieces = [];
      const walk = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const text = n.textContent.trim();
        if (!text) continue;
        const rect = firstRect(n);
        if (!rect) continue;
        if (rect.left < valueLeft) problems.push(rowId + ' / ' + label + ': “' + text + '” sits in the label column');
        const link = n.parentElement.closest('a');
        pieces.push({ text, top: rect.top, left: rect.left, bottom: rect.bottom, isId: !!link && ID.test(link.textContent.trim()) && i !== 1 });
      }
      // Reading order: by line, then from the left.
      pieces.sort((a, b) => (Math.abs(a.top - b.top) < 3 ? a.left - b.left : a.top - b.top));
      const seen = [];
      for (let k = 0; k < pieces.length; k++) {
        if (!pieces[k].isId) continue;
        const next = pieces[k + 1];
        if (!next || next.isId) { problems.push(rowId + ' / ' + label + ': ' + pieces[k].text + ' has no title after it'); continue; }
        if (Math.abs(next.top - pieces[k].top) > 3) problems.push(rowId + ' / ' + label + ': the title of ' + pieces[k].text + ' starts on another line');
        seen.push({ id: pieces[k].text, title: next.text });
      }
      if (seen.length) pairs.push({ cell: label, row: rowId, seen });
    });
  }
  return { pairs, problems };
})()`;

describe('list tables on a 390 px phone', () => {
  it('every ID in a cell reads back with its own title, and every value beside its own label', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const p = await phone.newPage();
    let checked = 0;
    let idLinks = 0;
    for (const list of LISTS) {
      await p.goto(at(`${list}/`));
      idLinks += await p.evaluate(() => [...document.querySelectorAll('table.list-table tbody td:not(:nth-child(2)) a')].filter((a) => /^[A-Z]{2}-\d{4}$/.test(a.textContent!.trim())).length);
      const r = await p.evaluate<PairReport>(READ_PAIRS);
      expect(r.problems, list).toEqual([]);
      for (const cell of r.pairs)
        for (const pair of cell.seen) {
          const target = model.byId.get(pair.id);
          expect(target, `${cell.row} ${cell.cell}: ${pair.id}`).toBeDefined();
          expect(pair.title, `${cell.row} ${cell.cell}: the title read after ${pair.id}`).toBe(target!.data.title);
          checked++;
        }
      expect(await p.evaluate(() => document.documentElement.scrollWidth), list).toBeLessThanOrEqual(390);
    }
    // Every ID link of a trigger or scope cell was read with its title (the rows show the version in force, so count them there).
    expect(checked).toBe(idLinks);
    expect(checked).toBeGreaterThan(20);
    await phone.close();
  }, 90_000);

  it('the check is live: the grid layout this replaced fails it', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const p = await phone.newPage();
    await p.goto(at('measures/'));
    await p.addStyleTag({ content: '.list-table td { display: grid !important; grid-template-columns: 7rem 1fr; padding-left: 0.5rem !important; } .list-table td::before { float: none !important; margin: 0 !important; }' });
    const r = await p.evaluate<PairReport>(READ_PAIRS);
    expect(r.problems.length).toBeGreaterThan(0);
    // And without the page's column labels (given once, in its head) every cell reads as unlabelled.
    await p.reload();
    await p.evaluate(() => document.querySelectorAll('head style').forEach((s) => s.remove()));
    const unlabelled = await p.evaluate<PairReport>(READ_PAIRS);
    expect(unlabelled.problems.filter((x) => x.includes(' is labelled none,')).length).toBe(await p.locator('table.list-table tbody td').count());
    await phone.close();
  }, 90_000);

  it('a label with quotes, a backslash, a line break or a closing tag reads back as written', async () => {
    const p = await browser.newPage();
    const labels = ['公开（公示）期限', 'say "no"', 'a\\b', 'two\nlines', '</style><b>x</b>', 'tab\there', '\u007f'];
    await p.setContent(`<html><head><style>${labels.map((l, i) => `#c${i}::before{content:${cssString(l)}}`).join('')}</style></head><body>${labels.map((_, i) => `<p id="c${i}"></p>`).join('')}</body></html>`);
    const read = await p.evaluate((n) => Array.from({ length: n }, (_, i) => getComputedStyle(document.getElementById(`c${i}`)!, '::before').content), labels.length);
    expect(read.map(cssContentText)).toEqual(labels);
    expect(await p.locator('b').count()).toBe(0);
    await p.close();
  });
});

/** In the page: every table cell whose content box is narrower than the longest word of its text (Chinese words by ICU's segmenter). */
const NARROW_CELLS = `(() => {
  const seg = new Intl.Segmenter('zh', { granularity: 'word' });
  const cells = [];
  const keys = new Map();
  // Read every cell first, then measure every distinct word in one layout pass.
  for (const cell of document.querySelectorAll('main table th, main table td')) {
    if (cell.offsetParent === null) continue;
    const cs = getComputedStyle(cell);
    const width = cell.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    const words = [...new Set([...seg.segment(cell.innerText)].filter((s) => s.isWordLike).map((s) => s.segment))];
    for (const w of words) if (!keys.has(cs.font + '|' + w)) keys.set(cs.font + '|' + w, { font: cs.font, word: w });
    cells.push({ name: cell.closest('table').tHead?.rows[0]?.cells[cell.cellIndex]?.textContent || cell.tagName, font: cs.font, width, words });
  }
  const box = document.createElement('div');
  box.style.cssText = 'position:absolute;left:0;top:0;visibility:hidden';
  const spans = new Map();
  for (const [key, { font, word }] of keys) {
    const span = document.createElement('span');
    span.style.cssText = 'white-space:nowrap;display:inline-block';
    span.style.font = font;
    span.textContent = word;
    box.append(span);
    spans.set(key, span);
  }
  document.body.append(box);
  const need = new Map([...spans].map(([k, span]) => [k, span.getBoundingClientRect().width]));
  box.remove();
  const out = [];
  for (const c of cells)
    for (const w of c.words) {
      const n = need.get(c.font + '|' + w);
      if (n > c.width + 0.5) out.push(w + ' needs ' + Math.round(n) + ' px, its cell has ' + Math.round(c.width) + ' px (' + c.name + ')');
    }
  return out;
})()`;

describe('columns on a desktop screen', () => {
  it('no column is narrower than its longest word', async () => {
    const desk = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await desk.newPage();
    const entries = model.entries.filter((e) => e.list === 'measure').slice(0, 1).map((e) => `measures/${e.id}/`);
    for (const page of ['', ...LISTS.map((l) => `${l}/`), 'consultations/', 'releases/', ...entries, 'en/', ...LISTS.map((l) => `en/${l}/`)]) {
      await p.goto(at(page));
      expect(await p.evaluate<string[]>(NARROW_CELLS), page || 'home').toEqual([]);
    }
    // A small laptop: the widest list scrolls sideways rather than squeezing its columns.
    await p.setViewportSize({ width: 1024, height: 768 });
    await p.goto(at('catalogue/'));
    expect(await p.evaluate<string[]>(NARROW_CELLS)).toEqual([]);
    // The check is live: without those minimums the catalogue's columns are squeezed below their words.
    await p.addStyleTag({ content: 'th { word-break: normal !important; } .list-table td { min-width: 0 !important; }' });
    expect((await p.evaluate<string[]>(NARROW_CELLS)).length).toBeGreaterThan(0);
    await desk.close();
  }, 120_000);
});

/** The site-relative URLs the search finds for each query (every result, not only the first ten). */
async function searchAll(queries: string[]): Promise<Record<string, string[]>> {
  const index = await builtSearch(out);
  return Object.fromEntries(await Promise.all(queries.map(async (q) => [q, await searchUrls(index, q)] as const)));
}

describe('search recall', () => {
  it('every entry is found by each two-character word of its title', async () => {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await p.goto(at('search/'));
    // The words as the reader's browser segments the title (ICU), the two-character ones.
    const words: Record<string, string[]> = await p.evaluate(`(() => {
      const seg = new Intl.Segmenter('zh', { granularity: 'word' });
      const titles = ${JSON.stringify(Object.fromEntries(model.entries.map((e) => [e.id, e.data.title])))};
      return Object.fromEntries(Object.entries(titles).map(([id, t]) => [id, [...seg.segment(t)].filter((s) => s.isWordLike && /^\\p{Script=Han}{2}$/u.test(s.segment)).map((s) => s.segment)]));
    })()`);
    const queries = [...new Set(Object.values(words).flat())];
    expect(queries.length).toBeGreaterThan(30);
    const found = await searchAll(queries);
    const misses: string[] = [];
    for (const e of model.entries)
      for (const w of words[e.id]!) if (!found[w]!.includes(`/${LIST_FOLDER[e.list]}/${e.id}/`)) misses.push(`${e.id} ${e.data.title}: ${w}`);
    expect(misses).toEqual([]);
    await ctx.close();
  }, 180_000);

  it('the public’s words find what the lists call them (vocabulary/synonyms.yaml), through the search page', async () => {
    const synonyms = parse(readFileSync(path.join(REPO, 'vocabulary', 'synonyms.yaml'), 'utf8')) as { words: string[]; means: string }[];
    expect(synonyms.find((s) => s.means === '严重失信主体名单')?.words).toContain('黑名单');
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await p.goto(at('search/'));
    const byTerm = await searchAll(synonyms.map((s) => s.means));
    for (const s of synonyms) {
      expect(byTerm[s.means]!.length, `${s.means} finds something`).toBeGreaterThan(0);
      for (const w of s.words) {
        // Through the form, as a reader types it (the page stays loaded between searches).
        await p.fill('#q', w);
        await p.evaluate(() => delete document.getElementById('search-status')!.dataset.done);
        await p.click('#search-form button[type=submit]');
        await p.waitForSelector('#search-status[data-done]');
        const total = Number((await p.textContent('#search-status'))!.replace(/\D/g, ''));
        expect(total, `${w} → ${s.means}`).toBeGreaterThanOrEqual(byTerm[s.means]!.length);
        expect(await p.textContent('#search-synonyms')).toContain(s.means);
        const shown = await p.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        expect(shown.length).toBeGreaterThan(0);
      }
    }
    // 黑名单 finds every serious-dishonesty list of the catalogue.
    await p.goto(at(`search/?q=${encodeURIComponent('黑名单')}`));
    await p.waitForSelector('#search-status[data-done]');
    const lists = model.entries.filter((e) => e.list === 'catalogue' && e.data.kind === 'serious_dishonesty_list');
    expect(lists.length).toBeGreaterThan(0);
    for (const e of lists) expect(byTerm['严重失信主体名单']).toContain(`/catalogue/${e.id}/`);
    // 红名单 finds every entry of the incentive list.
    const incentives = model.entries.filter((e) => e.list === 'incentive');
    expect(incentives.length).toBeGreaterThan(0);
    for (const e of incentives) expect(byTerm['守信激励'], e.id).toContain(`/${LIST_FOLDER.incentive}/${e.id}/`);
    expect(await seriousViolations(p)).toEqual([]);
    await ctx.close();
  }, 180_000);
});

/** Every built page, as site-relative path → HTML. */
function builtPages(): Map<string, string> {
  const pages = new Map<string, string>();
  for (const f of readdirSync(out, { recursive: true }) as string[])
    if (f.endsWith('.html')) pages.set(f.split(path.sep).join('/'), readFileSync(path.join(out, f), 'utf8'));
  return pages;
}

describe('public text on every built page', () => {
  it('Chinese pages use full-width punctuation and no stray spaces (quoted law and recorded notes as they stand)', () => {
    const problems: string[] = [];
    const pages = builtPages();
    let runs = 0;
    for (const [f, html] of pages) {
      if (f.startsWith('en/')) continue;
      for (const r of pageText(html).runs) {
        runs++;
        for (const p of typographyProblems(r)) problems.push(`${f}: ${p.rule} “${p.excerpt}”`);
      }
    }
    expect(pages.size).toBeGreaterThan(200);
    expect(runs).toBeGreaterThan(5000);
    expect(problems).toEqual([]);
  });

  it('every entry page, of every list and in both languages, says when the entry was last updated', () => {
    const pages = builtPages();
    const lists = new Set<string>();
    for (const e of model.entries) {
      const latest = e.data.history.map((h) => h.date).sort().at(-1)!;
      for (const [prefix, label] of [['', '最后更新'], ['en/', 'Last updated']] as const) {
        const html = pages.get(`${prefix}${LIST_FOLDER[e.list]}/${e.id}/index.html`);
        expect(html, `${prefix}${e.id}`).toBeDefined();
        expect(new RegExp(`<dt>${label}</dt>\\s*<dd><time datetime="([^"]+)"`).exec(html!)?.[1], `${prefix}${e.id}`).toBe(latest);
      }
      lists.add(e.list);
    }
    expect([...lists].sort()).toEqual([...LIST_KINDS].sort());
  });

  it('no internal file or field names, in Chinese or English', () => {
    const problems: string[] = [];
    for (const [f, html] of builtPages()) for (const n of pageText(html).nodes) if (!n.verbatim) for (const x of internalNames(n.text)) problems.push(`${f}: “${x}”`);
    expect(problems).toEqual([]);
  });

  it('the glossary explains every exemption effect, and each term reads in both languages, accessibly', async () => {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    for (const prefix of ['', 'en/']) {
      await p.goto(at(`${prefix}glossary/`));
      for (const id of ['not-recorded', 'not-published', 'not-punished', 'may-not-punish', 'lenient', 'serious-dishonesty-list']) expect(await p.locator(`dt#${id}`).count(), id).toBe(1);
      expect(await p.locator('.glossary dd a[href*="/bases/"]').count()).toBeGreaterThan(5);
      expect(await seriousViolations(p)).toEqual([]);
    }
    expect(await p.textContent('dt#serious-dishonesty-list + dd')).toContain('黑名单');
    await ctx.close();
  }, 120_000);
});

/** The text of a PDF in content order (a cell's lines follow each other), without line breaks or spaces. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

/** The text of a DOCX's body: every run of word/document.xml, unescaped. */
function docxText(file: string): string {
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!)
    .join('')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!)
    .replace(/\s+/g, '');
}

describe('official documents (npm run documents)', () => {
  let written: WrittenDocument[];
  beforeAll(async () => {
    written = await writeDocuments(out, { chromiumPath: CHROMIUM });
  }, 240_000);

  const releasesIndex = () => JSON.parse(readFileSync(path.join(REPO, 'releases', 'index.json'), 'utf8')) as { releases: { version: string; edition: string; releaseDate: string }[] };

  it('every release’s PDF and DOCX hold its edition, document number, date, the lists’ columns and every entry it publishes', () => {
    const { releases } = releasesIndex();
    expect(written.filter((w) => w.path.startsWith('documents/releases/')).length).toBe(releases.length);
    for (const r of releases) {
      const w = written.find((x) => x.path === `documents/releases/${r.version}/`)!;
      const changes = JSON.parse(readFileSync(path.join(REPO, 'releases', r.version, 'changes.json'), 'utf8')) as { changes: { approval: { document_number: string } }[] };
      for (const [kind, text] of [['pdf', pdfText(w.pdf)], ['docx', docxText(w.docx)]] as const) {
        const where = `${r.version} ${kind}`;
        expect(text, where).toContain('附件1');
        expect(text, where).toContain(r.edition.replace(/\s+/g, ''));
        expect(text, where).toContain(r.releaseDate);
        for (const c of changes.changes) expect(text, where).toContain(c.approval.document_number);
        for (const column of ['信息事项名称', '提供单位', '公开属性', '惩戒对象', '实施单位', '豁免效果', '适用范围']) expect(text, `${where}: column ${column}`).toContain(column);
        // Every list the release publishes (the incentive list from format 1.1 on), under its own attachment title.
        for (const kind of LIST_KINDS) {
          const file = path.join(REPO, 'releases', r.version, `${LIST_SCHEMAS_PUBLISHED[kind]}.json`);
          if (!existsSync(file)) continue;
          const published = JSON.parse(readFileSync(file, 'utf8')) as { entries: { id: string; title: string; legal_status: string }[] };
          if (published.entries.length) expect(text, `${where}: ${kind}`).toContain(`${model.jurisdiction.name}${listLabel(kind).zh}`.replace(/\s+/g, ''));
          for (const e of published.entries.filter((x) => x.legal_status !== 'repealed')) {
            expect(text, `${where}: ${e.id}`).toContain(e.id);
            expect(text, `${where}: ${e.id}`).toContain(e.title.replace(/\s+/g, ''));
          }
        }
        if (model.jurisdiction.example) expect(text, where).toContain('示例数据，非官方发布');
      }
    }
  });

  it('the response to comments of a release lists each consulted entry with its counts', () => {
    const first = releasesIndex().releases.at(-1)!;
    const w = written.find((x) => x.path === `documents/releases/${first.version}/`)!;
    const published = JSON.parse(readFileSync(path.join(REPO, 'releases', first.version, 'measures.json'), 'utf8')) as { entries: { id: string; consultation?: { response?: string } }[] };
    const consulted = published.entries.find((e) => e.consultation?.response);
    expect(consulted).toBeDefined();
    for (const text of [pdfText(w.pdf), docxText(w.docx)]) {
      expect(text).toContain('意见采纳情况');
      expect(text).toContain(consulted!.consultation!.response!.replace(/\s+/g, '').slice(0, 30));
    }
  });

  it('the consultation draft holds every entry open for comment, with its window and an address that needs no account', () => {
    const open = model.entries.filter((e) => e.phase.code === 'consultation_open');
    expect(open.length).toBeGreaterThan(0);
    const w = written.find((x) => x.path === 'documents/consultation/')!;
    for (const text of [pdfText(w.pdf), docxText(w.docx)]) {
      expect(text).toContain('征求意见稿');
      for (const e of open) {
        expect(text, e.id).toContain(e.id);
        expect(text, e.id).toContain(e.data.title.replace(/\s+/g, ''));
        expect(text, e.id).toContain(`${e.phase.opens}至${e.phase.closes}`);
        // An address that needs no account, for every entry: its own e-mail or platform, else the credit office's.
        const ch = e.data.consultation!.channel;
        const office = model.jurisdiction.contact!.channel;
        const address = ch.kind === 'email' ? ch.address : ch.kind === 'platform' ? ch.url : office.kind === 'email' ? office.address : office.url;
        expect(text, e.id).toContain(address);
      }
      if (model.jurisdiction.contact!.example) expect(text).toContain('示例地址');
    }
  });

  it('release and consultation pages link the documents, and the links resolve', async () => {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    for (const page of [`releases/${releasesIndex().releases[0]!.version}/`, 'consultations/', 'en/consultations/']) {
      await p.goto(at(page));
      const hrefs = await p.locator('a[data-document-file]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs.length, page).toBe(2);
      for (const h of hrefs) expect((await p.request.get(`${server.url.replace(/\/$/, '')}${h}`)).status(), h).toBe(200);
      if (page === 'consultations/') expect(await seriousViolations(p)).toEqual([]);
    }
    await p.goto(at('documents/consultation/'));
    expect(await seriousViolations(p)).toEqual([]);
    await ctx.close();
  }, 180_000);
});

describe('one vocabulary of status', () => {
  it('home counts add up, badges say the legal status with the procedure beside it, the version in force comes first', async () => {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await p.goto(at());
    const cards = p.locator('ul.cards > li');
    expect(await cards.count()).toBe(LIST_KINDS.length);
    for (let i = 0; i < LIST_KINDS.length; i++) {
      const total = Number(await cards.nth(i).locator('.stat').textContent());
      const parts = await cards.nth(i).locator('ul.counts li').allTextContents();
      expect(parts.reduce((n, s) => n + Number(s.replace(/^\D+/, '')), 0), parts.join(' ')).toBe(total);
    }
    const amending = model.entries.find((e) => e.data.status === 'consultation' && e.data.approval && e.phase.code === 'consultation_open')!;
    await p.goto(at(`${LIST_FOLDER[amending.list]}/${amending.id}/`));
    expect(await p.getAttribute('.status-banner', 'data-legal-status')).toBe('in_force');
    expect(await p.getAttribute('.status-banner', 'data-procedure')).toBe('amendment_consultation_open');
    expect(await p.textContent('.status-banner')).toMatch(/现行有效[\s\S]*修订征求意见中/);
    // The version in force is the first field list; the draft comes after the redline of what it changes.
    const headings = await p.locator('main h2').allTextContents();
    expect(headings.findIndex((h) => h.startsWith('现行版本'))).toBeLessThan(headings.findIndex((h) => h.startsWith('本次修订的内容')));
    expect(await p.locator('table.amendment ins, table.amendment del').count()).toBeGreaterThan(0);
    expect(await p.locator('table.amendment ins .visually-hidden').first().textContent()).toBe('［增加：');
    // The search page filters by the same words, with counts in full-width brackets.
    await p.goto(at('search/'));
    await p.waitForFunction(() => document.querySelectorAll('#f-status option').length > 1);
    const legal = (await p.locator('#f-status option').allTextContents()).slice(1);
    const procedures = (await p.locator('#f-procedure option').allTextContents()).slice(1);
    const word = (o: string) => o.replace(/（\d+）$/, '');
    expect(legal.every((o) => /（\d+）$/.test(o)), legal.join(' ')).toBe(true);
    expect(legal.map(word).every((w) => Object.values(LEGAL_LABELS).some((l) => l.zh === w)), legal.join(' ')).toBe(true);
    expect(legal.map(word)).toContain('现行有效');
    expect(procedures.map(word)).toContain('修订征求意见中');
    expect(procedures.map(word).every((w) => Object.values(PROCEDURE_LABELS).some((l) => l.zh === w)), procedures.join(' ')).toBe(true);
    // In its list, the row shows the version in force with both badges.
    await p.goto(at(`${LIST_FOLDER[amending.list]}/`));
    const row = p.locator(`table.list-table tr:has(a[href$="/${amending.id}/"])`).first();
    expect(await row.locator('.phase').allTextContents()).toEqual(['现行有效', '修订征求意见中']);
    expect(await seriousViolations(p)).toEqual([]);
    await ctx.close();
  }, 180_000);

  it('exemption effects link to their glossary terms', async () => {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await p.goto(at('exemptions/'));
    const links = await p.locator('table.list-table a.term').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(5);
    for (const h of new Set(links)) {
      const id = h.split('#')[1]!;
      await p.goto(`${server.url.replace(/\/$/, '')}${h}`);
      expect(await p.locator(`dt#${id}`).count(), h).toBe(1);
    }
    await ctx.close();
  }, 120_000);
});

describe('participation that needs no account', () => {
  const open = () => model.entries.filter((e) => e.phase.code === 'consultation_open');
  const noAccountAddress = (a: { href: string; address: string; text: string }) =>
    a.text.includes(a.address) && (a.href.startsWith(`mailto:${a.address}`) || (/^https?:/.test(a.href) && !a.href.startsWith(model.jurisdiction.repository_url)));

  it('every open consultation prints an e-mail or platform address; the button uses it, the forge form is only beside it', async () => {
    expect(open().filter((e) => e.data.consultation!.channel.kind === 'forge').length, 'the example has forge consultations').toBeGreaterThan(3);
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    for (const e of open()) {
      await p.goto(at(`${LIST_FOLDER[e.list]}/${e.id}/`));
      const ways = await p
        .locator('.comment-box li[data-no-account] a[data-address]')
        .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, address: a.getAttribute('data-address')!, text: a.textContent!.trim() })));
      expect(ways.length, e.id).toBeGreaterThan(0);
      for (const w of ways) expect(noAccountAddress(w), `${e.id}: ${JSON.stringify(w)}`).toBe(true);
      const own = e.data.consultation!.channel;
      // The consultation's own address comes first where it has one.
      if (own.kind !== 'forge') expect(ways[0]!.address).toBe(own.kind === 'email' ? own.address : own.url);
      expect(await p.locator('a.button[data-entry]').getAttribute('data-comment-channel'), e.id).not.toBe('forge');
      expect(await p.locator('.comment-box a[data-comment-channel="forge"]').count(), e.id).toBe(own.kind === 'forge' ? 1 : 0);
    }
    // The home page's and the consultations page's comment links need no account either.
    for (const page of ['', 'consultations/', 'en/consultations/']) {
      await p.goto(at(page));
      const kinds = await p.locator('td a[data-comment-channel]').evaluateAll((as) => as.map((a) => a.getAttribute('data-comment-channel')));
      expect(kinds.length, page).toBe(open().length);
      expect(kinds.filter((k) => k === 'forge'), page).toEqual([]);
    }
    await ctx.close();
  });

  it('an example address is said to be one, wherever it is printed', async () => {
    const contact = model.jurisdiction.contact!;
    expect(contact.example, 'the example configuration marks its address').toBe(true);
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    for (const page of ['participate/', `${LIST_FOLDER[open()[0]!.list]}/${open()[0]!.id}/`, 'en/participate/']) {
      await p.goto(at(page));
      const marked = await p.locator('li[data-no-account]').evaluateAll((lis, address) => lis.filter((li) => li.textContent!.includes(address)).map((li) => li.querySelector('.example-address')?.textContent ?? ''), contact.channel.kind === 'email' ? contact.channel.address : contact.channel.url);
      expect(marked.length, page).toBeGreaterThan(0);
      for (const m of marked) expect(m, page).toMatch(page.startsWith('en/') ? /example address/ : /示例地址/);
    }
    await ctx.close();
  });

  it('/participate/ states the profile’s time limits with their articles and quotes 第三十九条 from the register', async () => {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await p.goto(at('participate/'));
    const limits = await p.locator('[data-objection-limits] li').allTextContents();
    const expected = (['information_objection', 'information_objection_assisted'] as const).map((k) => model.profile.timeLimits[k]!);
    expect(limits).toHaveLength(expected.length);
    expected.forEach((l, i) => {
      expect(limits[i]).toContain(`${l.working_days} 个工作日`);
      expect(limits[i]).toContain(l.basis);
    });
    expect(expected.map((l) => l.basis)).toEqual(['《山东省社会信用条例》第三十九条第二款', '《山东省社会信用条例》第三十九条第二款']);
    // The citation links the article on the instrument's page, and the article is quoted as the register holds it.
    const basis = model.bases.find((b) => b.data.title === '山东省社会信用条例')!;
    const links = await p.locator('[data-objection-limits] a[data-setting-basis]').evaluateAll((as) => as.map((a) => decodeURIComponent(a.getAttribute('href')!)));
    for (const h of links) expect(h).toBe(`${BASE}bases/${basis.id}/#art-第三十九条`);
    const article = basis.data.articles.find((a) => a.number === '第三十九条')!;
    const quoted = (await p.locator('#objection ~ blockquote.article').first().textContent())!.replace(/\s+/g, '');
    expect(quoted).toBe(article.text.replace(/\s+/g, ''));
    // Nothing said about objections that the profile does not say (the wrong 10 working days of the old page).
    const main = (await p.textContent('main'))!;
    expect(main).not.toMatch(/10\s*个工作日/);
    // Who decides on each list, as the profile says, with each list's basis.
    for (const k of LIST_KINDS) {
      const row = (await p.locator(`tr[data-list="${k}"]`).textContent())!;
      const rule = model.profile.lists[k];
      expect(row, k).toContain(rule.approvingBody);
      if (rule.basis) expect(row, k).toContain(rule.basis);
      expect(row, k).toContain(rule.consultation.basis);
    }
    expect(await p.locator('[data-office-contact] a[data-address]').count()).toBe(1);
    expect(await seriousViolations(p)).toEqual([]);
    await ctx.close();
  });

  it('category values read in English on English pages', async () => {
    const names = model.jurisdiction.categories_en!;
    expect(Object.keys(names).sort()).toEqual([...model.jurisdiction.categories].sort());
    const items = model.entries.filter((e) => e.list === 'catalogue');
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    for (const e of items.slice(0, 3)) {
      await p.goto(at(`en/${LIST_FOLDER.catalogue}/${e.id}/`));
      const category = (e.data as { category: string }).category;
      const text = (await p.textContent('main'))!;
      expect(text, e.id).toContain(names[category]!);
      expect(text, e.id).not.toContain(category);
    }
    await p.goto(at(`en/${LIST_FOLDER.catalogue}/`));
    const facet = (await p.locator('.facets').textContent())!;
    for (const c of new Set(items.map((e) => (e.data as { category: string }).category))) expect(facet).toContain(names[c]!);
    await ctx.close();
  });
});
