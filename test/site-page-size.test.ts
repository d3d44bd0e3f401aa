// Each page of a long list stays small: lists are paged 100 entries a page, so a page's size does not grow with the
// list. Measured on a synthetic repository with several full pages per list (the benchmark measures 10,000 entries).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticRepository } from '../lib/synthetic.ts';
import { buildSite } from '../site/build.ts';
import { PAGE_SIZE } from '../site/src/paging.ts';
import { COLUMNS, listLabelCss } from '../site/src/present.ts';
import { t } from '../site/src/i18n.ts';

const ENTRIES = 400;
let dir: string;
let sizes: { file: string; bytes: number }[];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'site-page-size-'));
  writeSyntheticRepository(path.join(dir, 'repo'), ENTRIES);
  const built = await buildSite({ dataRoot: path.join(dir, 'repo'), outDir: path.join(dir, 'site'), base: '/', today: '2026-11-22', quiet: true });
  if (built.code !== 0) throw new Error(`The site did not build:\n${built.output}`);
  const out = path.join(dir, 'site');
  sizes = (readdirSync(out, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ file: f.split(path.sep).join('/'), bytes: statSync(path.join(out, f)).size }));
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('page sizes of long lists', () => {
  it('lists are paged: the catalogue of 200 items has pages of 100, each well under 300 KB', () => {
    expect(PAGE_SIZE).toBe(100);
    const catalogue = sizes.filter((s) => /^(en\/)?catalogue\/(page\/\d+\/)?index\.html$/.test(s.file));
    expect(catalogue.map((s) => s.file).sort()).toEqual(['catalogue/index.html', 'catalogue/page/2/index.html', 'en/catalogue/index.html', 'en/catalogue/page/2/index.html']);
    // A full page of 100 entries, with room left for the pager of a 10,000-entry list (100 links).
    for (const s of catalogue) expect(s.bytes, s.file).toBeLessThan(200 * 1024);
  });

  it('no built page reaches 300 KB, filter pages included', () => {
    const largest = [...sizes].sort((a, b) => b.bytes - a.bytes)[0]!;
    expect(sizes.length).toBeGreaterThan(2 * ENTRIES);
    expect(largest.bytes, largest.file).toBeLessThan(300 * 1024);
  });
});

describe('list rows', () => {
  it('carry no label per cell: each column’s label is given once, in the page’s head, from the columns of the list', () => {
    for (const [file, lang] of [['catalogue/page/2/index.html', 'zh'], ['en/catalogue/page/2/index.html', 'en']] as const) {
      const html = readFileSync(path.join(dir, 'site', file), 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      const css = listLabelCss('catalogue', lang);
      expect(head, file).toContain(`<style>${css}</style>`);
      const labels = [t(lang, 'no'), ...COLUMNS.catalogue.map((c) => c.label[lang])];
      labels.forEach((label, i) => expect(css, file).toContain(`.list-catalogue td:nth-child(${i + 1}){--label:"${label}"}`));
      const body = html.slice(html.indexOf('<tbody>') + 7, html.indexOf('</tbody>'));
      expect(body).not.toContain('data-label');
      const rows = body.split('\n');
      expect(rows).toHaveLength(PAGE_SIZE);
      // Every row has a cell per column, its end tag left out where the next cell begins.
      for (const row of rows) {
        expect(row.match(/<td>/g)?.length, row).toBe(labels.length);
        expect(row.match(/<\/td>/g)?.length, row).toBe(1);
        expect(row.endsWith('</td></tr>'), row).toBe(true);
      }
    }
  });

  it('a list page of 100 rows stays small: about 0.7 KB a Chinese catalogue row (1.2 KB with a label in every cell)', () => {
    const page = sizes.find((s) => s.file === 'catalogue/page/2/index.html')!;
    expect(page.bytes).toBeLessThan(90 * 1024);
  });
});
