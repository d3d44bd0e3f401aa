// Each page of a long list stays small: lists are paged 100 entries a page, so a page's size does not grow with the
// list. Measured on a synthetic repository with several full pages per list (the benchmark measures 10,000 entries).
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticRepository } from '../lib/synthetic.ts';
import { buildSite } from '../site/build.ts';
import { PAGE_SIZE } from '../site/src/paging.ts';

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
