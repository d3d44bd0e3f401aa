// End to end in real Chromium against the built site (the example data and its release archive), served under a
// sub-path: browse, filter, follow links both ways, search in Chinese, comment, English, releases, feeds, accessibility.
import { AxeBuilder } from '@axe-core/playwright';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../site/build.ts';
import { loadSiteModel, type SiteModel } from '../lib/site/model.ts';
import { serveStatic, type RunningServer } from '../lib/static-server.ts';
import { LIST_KINDS, LISTS, type ListKind } from '../schemas/index.ts';
import { builtSearch, searchUrls } from './helpers/search.ts';

const REPO = path.resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BASE = '/credit-lists/';
const TODAY = '2026-11-22';
const SITE_URL = 'https://credit.example.org';

let out: string;
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let model: SiteModel;
const problems: string[] = [];
const LIST_FOLDER = Object.fromEntries(LIST_KINDS.map((k) => [k, LISTS[k].folder])) as Record<ListKind, string>;

/** Site-relative path → URL on the test server (which serves under BASE). */
const at = (p = '') => `${server.url}${p}`;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install chromium; CI does) or set CHROMIUM_PATH. The browser tests are not skipped.`);
  out = mkdtempSync(path.join(os.tmpdir(), 'site-e2e-'));
  const built = await buildSite({ dataRoot: REPO, outDir: out, base: BASE, siteUrl: SITE_URL, today: TODAY, quiet: true });
  if (built.code !== 0) throw new Error(`The site did not build:\n${built.output}`);
  model = loadSiteModel(REPO, TODAY);
  server = await serveStatic({ dir: out, base: BASE });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  context = await browser.newContext();
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()} (${page.url()})`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message} (${page.url()})`));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

/** The wage-arrears serious-dishonesty list item of the example data. */
function wageArrearsItem() {
  const e = model.entries.find((x) => x.list === 'catalogue' && x.data.kind === 'serious_dishonesty_list' && x.data.title.startsWith('拖欠农民工工资'));
  if (!e) throw new Error('the example data lacks the wage-arrears serious-dishonesty list item');
  return e;
}

/** The release in effect on TODAY (the newest one dated on or before it): the one the checklists are built from. */
function releaseInEffect(): { version: string; releaseDate: string; manifestSha256: string } {
  const index = JSON.parse(readFileSync(path.join(REPO, 'releases', 'index.json'), 'utf8')) as { releases: { version: string; releaseDate: string; manifestSha256: string }[] };
  return index.releases.filter((r) => r.releaseDate <= TODAY)[0]!;
}

/** The catalogue items of the release in effect on TODAY: the ones with a case checklist. */
function publishedCatalogueIds(): string[] {
  const { version } = releaseInEffect();
  return (JSON.parse(readFileSync(path.join(REPO, 'releases', version, 'catalogue.json'), 'utf8')) as { entries: { id: string }[] }).entries.map((e) => e.id);
}

async function seriousViolations(p: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page: p }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Chinese text on an English page that is not marked lang="zh-CN" (WCAG 3.1.2, which axe does not check). */
async function unmarkedChinese(p: Page): Promise<string[]> {
  return p.evaluate(`(() => {
    const out = [];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      if (!/\\p{Script=Han}/u.test(n.textContent)) continue;
      const marked = n.parentElement.closest('[lang]');
      if (!marked || !marked.lang.startsWith('zh')) out.push(n.parentElement.tagName + ': ' + n.textContent.slice(0, 40));
    }
    return out;
  })()`);
}

async function expectAccessible(p: Page) {
  expect(await seriousViolations(p), p.url()).toEqual([]);
}

// axe over the largest pages takes several seconds each on a loaded 2-core machine.
describe('the public site in Chromium', { timeout: 120_000 }, () => {
  it('the checks are live: axe and the language check report real violations', async () => {
    const p = await context.newPage();
    await p.setContent('<html><body><img src="data:,"><a href="#"></a><input type="text"></body></html>');
    expect((await seriousViolations(p)).length).toBeGreaterThan(0);
    await p.setContent('<html lang="en"><body><p>Data: 中文</p><p lang="zh-CN">标记</p></body></html>');
    expect(await unmarkedChinese(p)).toEqual(['P: Data: 中文']);
    await p.close();
  });

  it('home → list → filtered list → entry → legal basis → back', async () => {
    const item = wageArrearsItem();
    await page.goto(at());
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expect.poll(() => page.textContent('.example-banner')).toContain('示例数据，非官方发布');
    await expectAccessible(page);

    await page.click('nav.wrap a[href$="/catalogue/"]');
    await page.waitForURL(`**${BASE}catalogue/`);
    const catalogue = model.entries.filter((e) => e.list === 'catalogue');
    expect(await page.locator('table.list-table tbody tr').count()).toBe(catalogue.length);
    await expectAccessible(page);

    // Filter without JavaScript: a facet value is a link to its own page.
    const facet = page.locator('.facet a[href$="/filter/nature/dishonesty/"]');
    const shown = Number((await facet.locator('xpath=following-sibling::span[1]').textContent())!.replace(/\D/g, ''));
    await facet.click();
    await page.waitForURL(`**${BASE}catalogue/filter/nature/dishonesty/`);
    const rows = page.locator('table.list-table tbody tr');
    expect(await rows.count()).toBe(shown);
    expect(shown).toBe(catalogue.filter((e) => e.list === 'catalogue' && e.data.nature === 'dishonesty').length);
    expect(shown).toBeLessThan(catalogue.length);
    await expectAccessible(page);

    await page.click(`table.list-table a[href$="/catalogue/${item.id}/"] >> nth=0`);
    await page.waitForURL(`**${BASE}catalogue/${item.id}/`);
    expect(await page.textContent('h1')).toContain(item.data.title);
    expect(await page.getAttribute('.status-banner', 'data-phase')).toBe(item.phase.code);
    // Links both ways: the measures this item triggers are listed on it.
    for (const m of item.linksIn.filter((l) => l.via === 'trigger')) expect(await page.locator(`a[href$="/measures/${m.id}/"]`).count()).toBeGreaterThan(0);
    await expectAccessible(page);

    const basisId = item.data.bases[0]!.basis;
    const entryUrl = page.url();
    await page.click(`section.citation h3 a[href$="/bases/${basisId}/"]`);
    await page.waitForURL(`**${BASE}bases/${basisId}/`);
    const basis = model.basisById.get(basisId)!;
    expect(await page.textContent('h1')).toBe(basis.data.title);
    expect(await page.textContent('main')).toContain(basis.data.articles[0]!.text.split('\n')[0]);
    expect(await page.locator(`main a[href$="/catalogue/${item.id}/"]`).count()).toBeGreaterThan(0); // and back to the citing entry
    await expectAccessible(page);

    await page.goBack();
    expect(page.url()).toBe(entryUrl);
    expect(await page.textContent('h1')).toContain(item.data.title);
  }, 300_000); // five pages, each checked by axe: two minutes when the machine is shared

  it('search: 拖欠 finds the wage-arrears item, through the page and through the index itself', async () => {
    const item = wageArrearsItem();
    const fetched: string[] = [];
    const onRequest = (r: { url(): string }) => void fetched.push(new URL(r.url()).pathname);
    page.on('request', onRequest);
    await page.goto(at(`search/?q=${encodeURIComponent('拖欠')}`));
    await page.waitForSelector('#search-status[data-done]');
    page.off('request', onRequest);
    // A search fetches the index's meta, the one shard its word is filed in and its results' fragment files; no filter index.
    const index = fetched.filter((p) => p.startsWith(`${BASE}search-index/zh/`)).map((p) => p.slice(`${BASE}search-index/zh/`.length));
    expect(index.filter((p) => p.startsWith('t/'))).toHaveLength(1);
    expect(index).toContain('meta.json');
    expect(index.filter((p) => p.startsWith('f/'))).toEqual([]);
    const hrefs = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain(`${BASE}catalogue/${item.id}/`);
    // The excerpt marks the word searched for.
    expect(await page.locator('#search-results mark').first().textContent()).toBe('拖欠');
    // Results come ten at a time, their texts in the files of their groups of documents: exactly the groups of the
    // results shown are downloaded, each once.
    const total = Number((await page.textContent('#search-status'))!.replace(/\D/g, ''));
    const built = await builtSearch(out);
    const found = await built.search('拖欠');
    expect(found).toHaveLength(total);
    expect(hrefs).toEqual(await Promise.all(found.slice(0, 10).map(async (d) => `${BASE}${(await built.fragment(d)).url.slice(1)}`)));
    const groupsOf = (docs: number[]) => [...new Set(docs.map((d) => `d/${Math.floor(d / built.meta.fragmentsPerFile)}.json`))].sort();
    const firstGroups = groupsOf(found.slice(0, 10));
    expect(index.filter((p) => p.startsWith('d/')).sort()).toEqual(firstGroups);
    expect(firstGroups.length).toBeLessThanOrEqual(10);
    if (total <= 10) expect(await page.locator('#search-more').isVisible()).toBe(false);
    await expectAccessible(page);

    // “More” shows the next ten and fetches only their groups not fetched already (a common word: more than ten results).
    const common: string[] = [];
    const onCommon = (r: { url(): string }) => void common.push(new URL(r.url()).pathname);
    const fragmentFiles = () => common.filter((p) => p.startsWith(`${BASE}search-index/zh/d/`)).map((p) => p.slice(`${BASE}search-index/zh/`.length)).sort();
    page.on('request', onCommon);
    await page.goto(at(`search/?q=${encodeURIComponent('信用')}`));
    await page.waitForSelector('#search-status[data-done]');
    const commonFound = await built.search('信用');
    expect(commonFound.length).toBeGreaterThan(10);
    const shownGroups = groupsOf(commonFound.slice(0, 10));
    expect(fragmentFiles()).toEqual(shownGroups);
    common.length = 0;
    await page.click('#search-more');
    await expect.poll(() => page.locator('#search-results li').count()).toBe(Math.min(20, commonFound.length));
    page.off('request', onCommon);
    expect(fragmentFiles()).toEqual(groupsOf(commonFound.slice(10, 20)).filter((g) => !shownGroups.includes(g)));
    const twenty = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(twenty).toEqual(await Promise.all(commonFound.slice(0, 20).map(async (d) => `${BASE}${(await built.fragment(d)).url.slice(1)}`)));

    // With a filter, through the form: only the catalogue's entries, the one filter's index downloaded.
    const filtered: string[] = [];
    const onFiltered = (r: { url(): string }) => void filtered.push(new URL(r.url()).pathname);
    page.on('request', onFiltered);
    await page.goto(at(`search/?q=${encodeURIComponent('拖欠')}&list=${encodeURIComponent(LISTS.catalogue.label.zh)}`));
    await page.waitForSelector('#search-status[data-done]');
    page.off('request', onFiltered);
    const inCatalogue = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(inCatalogue).toContain(`${BASE}catalogue/${item.id}/`);
    expect(inCatalogue.every((u) => u.startsWith(`${BASE}catalogue/`))).toBe(true);
    expect(filtered.filter((p) => p.includes('/search-index/zh/f/'))).toEqual([`${BASE}search-index/zh/f/list.json`]);
    const urls = await searchUrls(await builtSearch(out), '拖欠', { list: LISTS.catalogue.label.zh });
    expect(inCatalogue.length).toBe(Math.min(10, urls.length));

    // The options rendered at build time are the index's own filter values, value for value and count for count
    // (in full-width brackets on this Chinese page).
    const rendered = await page.locator('select[data-filter]').evaluateAll((ss) =>
      Object.fromEntries(ss.map((s) => [(s as HTMLSelectElement).dataset.filter!, [...(s as HTMLSelectElement).options].slice(1).map((o) => `${o.value}|${o.text}`)])),
    );
    expect(rendered.list!.length).toBeGreaterThan(2);
    const fromIndex = Object.fromEntries(
      Object.keys(rendered).map((k) => {
        const values = JSON.parse(readFileSync(path.join(out, 'search-index', 'zh', 'f', `${k}.json`), 'utf8')) as Record<string, number[]>;
        return [k, Object.keys(values).sort().map((v) => `${v}|${v}（${values[v]!.length}）`)];
      }),
    );
    expect(rendered).toEqual(fromIndex);
  });

  it('every incentive has its page, and the search finds it in the incentive list', async () => {
    const incentives = model.entries.filter((e) => e.list === 'incentive');
    expect(incentives.length).toBeGreaterThanOrEqual(5);
    for (const e of incentives) {
      const res = await page.goto(at(`${LISTS.incentive.folder}/${e.id}/`));
      expect(res!.status(), e.id).toBe(200);
      expect(await page.textContent('h1')).toContain(e.data.title);
    }
    const urls = await searchUrls(await builtSearch(out), '容缺受理', { list: LISTS.incentive.label.zh });
    expect(urls).toContain(`/${LISTS.incentive.folder}/JL-0001/`);
    expect(urls.every((u) => u.startsWith(`/${LISTS.incentive.folder}/`))).toBe(true);
  });

  it('the comment button carries the entry, through a channel that needs no account; the forge form is an extra', async () => {
    const open = model.entries.find((e) => e.phase.code === 'consultation_open' && e.data.consultation!.channel.kind === 'forge');
    expect(open, 'the example data has a forge consultation open on the test day').toBeDefined();
    await page.goto(at(`${LIST_FOLDER[open!.list]}/${open!.id}/`));
    const a = page.locator('a.button[data-entry]');
    expect(await a.getAttribute('data-entry')).toBe(open!.id);
    // The button writes to the credit office (jurisdiction.yaml contact), with the entry in the subject.
    const office = model.jurisdiction.contact!.channel;
    expect(office.kind).toBe('email');
    const mail = new URL((await a.getAttribute('href'))!);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.pathname).toBe(office.kind === 'email' ? office.address : '');
    expect(mail.searchParams.get('subject')).toBe(`[意见] ${open!.id} ${open!.data.title}`);
    expect(await a.getAttribute('data-comment-channel')).toBe('email');
    // The forge's prefilled form is still offered, beside it.
    const forge = new URL((await page.locator('.comment-box a[data-comment-channel="forge"]').getAttribute('href'))!);
    expect(`${forge.origin}${forge.pathname}`).toBe(`${model.jurisdiction.repository_url.replace(/\/$/, '')}/issues/new`);
    expect(forge.searchParams.get('entry')).toBe(open!.id);
    expect(forge.searchParams.get('template')).toBe('comment.yml');
    expect(forge.searchParams.get('title')).toBe(`[意见] ${open!.id} ${open!.data.title}`);
    expect(await page.textContent('.status-banner')).toContain(open!.phase.closes!);
    await expectAccessible(page);

    // The home page lists it with its closing date.
    await page.goto(at());
    expect(await page.textContent('main')).toContain(open!.phase.closes!);
  });

  it('an entry under amendment shows the version in force beside the draft, and its earlier round', async () => {
    const amending = model.entries.find((x) => x.data.status === 'consultation' && x.data.approval && x.data.earlier_rounds);
    if (!amending) throw new Error('the example data lacks an approved entry under amendment');
    for (const prefix of ['', 'en/']) {
      await page.goto(at(`${prefix}${LIST_FOLDER[amending.list]}/${amending.id}/`));
      const rows = await page.locator('table.amendment tbody tr').count();
      expect(rows, amending.id).toBeGreaterThan(0);
      expect(await page.locator('section.round').count()).toBe(amending.data.earlier_rounds!.length);
      expect(await page.textContent('section.round')).toContain(amending.data.earlier_rounds![0]!.approval!.document_number);
      await expectAccessible(page);
      if (prefix) expect(await unmarkedChinese(page)).toEqual([]);
    }
  });

  it('an English page', async () => {
    const item = wageArrearsItem();
    await page.goto(at(`en/catalogue/${item.id}/`));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('nav.wrap')).toContain('Catalogue');
    expect(await page.textContent('.example-banner')).toContain('Example data, not an official publication');
    if (item.data.title_en) expect(await page.textContent('h1')).toContain(item.data.title_en);
    await page.click('a.lang-switch');
    await page.waitForURL(`**${BASE}catalogue/${item.id}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.goto(at('en/'));
    await expectAccessible(page);
    // The data stays Chinese on English pages, and says so to screen readers.
    for (const p of ['en/', `en/catalogue/${item.id}/`, 'en/catalogue/', 'en/catalogue/filter/nature/dishonesty/', `en/bases/${item.data.bases[0]!.basis}/`, 'en/consultations/', 'en/releases/', 'en/participate/', 'en/about/']) {
      await page.goto(at(p));
      expect(await unmarkedChinese(page), p).toEqual([]);
    }
  });

  it('the release page offers the files, and they are the archive’s', async () => {
    const index = JSON.parse(readFileSync(path.join(REPO, 'releases', 'index.json'), 'utf8')) as { latest: string };
    const manifest = JSON.parse(readFileSync(path.join(REPO, 'releases', index.latest, 'manifest.json'), 'utf8')) as { files: { path: string; sha256: string }[] };
    await page.goto(at('releases/'));
    await page.click(`main a[href$="/releases/${index.latest}/"]`);
    await page.waitForURL(`**${BASE}releases/${index.latest}/`);
    const offered = await page.locator('a[data-release-file]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(offered).toContain(`${BASE}api/v1/${index.latest}/manifest.json`);
    for (const f of manifest.files) {
      const href = `${BASE}api/v1/${index.latest}/${f.path}`;
      expect(offered).toContain(href);
      const body = await (await page.request.get(`${server.url.replace(BASE, '')}${href}`)).body();
      expect(createHash('sha256').update(body).digest('hex'), f.path).toBe(f.sha256);
    }
    await expectAccessible(page);
    const latest = await page.request.get(at('api/v1/latest/manifest.json'));
    expect(await latest.body()).toEqual(readFileSync(path.join(REPO, 'releases', index.latest, 'manifest.json')));
  });

  it('works on a phone: nothing wider than a 390 px screen', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const p = await phone.newPage();
    p.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    const item = wageArrearsItem();
    for (const url of [at(), at('catalogue/'), at(`catalogue/${item.id}/`), at('releases/'), at('search/')]) {
      await p.goto(url);
      const width = await p.evaluate(() => document.documentElement.scrollWidth);
      expect(width, url).toBeLessThanOrEqual(390);
    }
    // A list's rows become cards: each cell shows its column's label before its value (given once per page, not per cell).
    for (const url of [at('catalogue/'), at('en/measures/')]) {
      await p.goto(url);
      const heads = await p.locator('table.list-table thead th').allTextContents();
      const labels = await p.locator('table.list-table tbody tr').last().locator('td').evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
      expect(labels, url).toEqual(heads.map((h) => JSON.stringify(h.trim())));
      expect(await p.locator('table.list-table td[data-label]').count(), url).toBe(0);
    }
    await expectAccessible(p);
    await phone.close();
  });

  it('prints the table without navigation, and keeps the example notice', async () => {
    await page.goto(at('measures/'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.wrap').isVisible()).toBe(false);
    expect(await page.locator('.facets').isVisible()).toBe(false);
    expect(await page.locator('table.list-table').isVisible()).toBe(true);
    expect(await page.locator('.example-banner').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('feeds, sitemap and the 404 page', async () => {
    const releases = await (await page.request.get(at('releases.atom'))).text();
    expect(releases).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(releases).toContain(`<link rel="self" type="application/atom+xml" href="${SITE_URL}${BASE}releases.atom"/>`);
    expect(releases.match(/<entry>/g)?.length).toBe(JSON.parse(readFileSync(path.join(REPO, 'releases', 'index.json'), 'utf8')).releases.length);
    const consultations = await (await page.request.get(at('en/consultations.atom'))).text();
    expect(consultations).toContain('xml:lang="en"');
    const sitemap = await (await page.request.get(at('sitemap.xml'))).text();
    expect(sitemap).toContain(`<loc>${SITE_URL}${BASE}catalogue/${wageArrearsItem().id}/</loc>`);
    const missing = await page.goto(at('no-such-page/'));
    expect(missing?.status()).toBe(404);
    expect(await page.textContent('h1')).toBe('找不到页面');
  });

  it('a case checklist: every item has one, it prints, its boxes tick, and its form recomputes it', async () => {
    const item = wageArrearsItem();
    for (const id of publishedCatalogueIds()) expect(existsSync(path.join(out, 'checklist', id, 'index.html')), id).toBe(true);
    await page.goto(at(`catalogue/${item.id}/`));
    await page.click('.checklist-link a');
    expect(page.url()).toBe(at(`checklist/${item.id}/`));
    expect(await page.textContent('h1')).toContain('办案清单');
    expect(await page.locator('[data-checklist-subject]').count()).toBe(item.list === 'catalogue' ? item.data.subject_types.length : -1);
    // A release dated after TODAY is not yet in effect: the checklist follows the one that is.
    const inEffect = releaseInEffect();
    expect(await page.textContent('[data-checklist-release]')).toContain(inEffect.manifestSha256);
    const legal = page.locator('[data-checklist-subject="legal_person"]');
    expect(await legal.locator('li[data-step="objection_before_listing"]').getAttribute('data-days')).toBe('10');
    expect(await legal.locator('li[data-measure]').count()).toBe(11);
    const box = legal.locator('li[data-step="prior_notice"] input[type="checkbox"]');
    await legal.locator('li[data-step="prior_notice"] label').click();
    expect(await box.isChecked()).toBe(true);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-checklist-form]').isVisible()).toBe(false);
    expect(await page.locator('nav.wrap').isVisible()).toBe(false);
    expect(await legal.locator('li[data-step="decision_document"]').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await box.isChecked()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // The form: force majeure (HM-0008, not recorded and not punished) leaves no measure; a date before the first release is refused.
    await page.check('input[name="circumstance"][value="HM-0008"]');
    await page.click('[data-checklist-form] button[type="submit"]');
    expect(await legal.locator('li[data-measure]').count()).toBe(0);
    expect(await legal.locator('li[data-excluded][data-reason="exempted"]').count()).toBe(11);
    await page.fill('input[name="date"]', '2026-01-01');
    await page.click('[data-checklist-form] button[type="submit"]');
    expect(await page.textContent('[data-checklist-error]')).toContain('早于第一个发布版本');

    // Without JavaScript the form stays hidden and the page shows everything for today.
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const p2 = await plain.newPage();
    await p2.goto(at(`en/checklist/${item.id}/`));
    expect(await p2.locator('[data-checklist-form]').isVisible()).toBe(false);
    expect(await p2.locator('[data-checklist-subject="legal_person"] li[data-measure]').count()).toBe(11);
    expect(await unmarkedChinese(p2)).toEqual([]);
    await plain.close();
    const json = await (await page.request.get(at(`api/v1/${inEffect.version}/checklists/${item.id}.json`))).json();
    expect(json.subjects.legal_person.measures).toHaveLength(11);
    const history = await (await page.request.get(at('api/v1/entries/CS-0002.json'))).json();
    expect(history.versions.map((v: { valid_to: string | null }) => v.valid_to)).toEqual(['2026-10-31', null]);
    expect(await seriousViolations(page)).toEqual([]);
  }, 120_000);

  it('no client JavaScript except the search page and the checklists, and no console errors', () => {
    const withScript: string[] = [];
    for (const f of readdirSync(out, { recursive: true }) as string[])
      if (f.endsWith('.html') && readFileSync(path.join(out, f), 'utf8').includes('<script')) withScript.push(f.split(path.sep).join('/'));
    const checklists = withScript.filter((f) => /^(en\/)?checklist\//.test(f));
    expect(checklists.length).toBe(2 * publishedCatalogueIds().length);
    expect(withScript.filter((f) => !checklists.includes(f)).sort()).toEqual(['en/search/index.html', 'search/index.html']);
    expect(problems.filter((p) => !p.includes('/no-such-page/'))).toEqual([]); // the one 404 asked for on purpose is expected
  });
});
