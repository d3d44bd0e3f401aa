// A large site is rendered by one process per language (site/build.ts): the result is the same site, byte for byte,
// as one process builds, and a failure in either process leaves nothing behind.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, processesFor, SPLIT_FROM_ENTRIES } from '../site/build.ts';
import { resolveSettings } from '../site/src/settings.ts';
import { HELPER_PAGES, mergeHelperOutput, writeHelperPages } from '../site/src/split.ts';
import { writeSyntheticRepository } from '../lib/synthetic.ts';

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'site-split-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file under a folder, with its bytes. */
function tree(dir: string): Map<string, Buffer> {
  return new Map(
    (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((d) => d.isFile())
      .map((d) => {
        const file = path.join(d.parentPath, d.name);
        return [path.relative(dir, file), readFileSync(file)] as const;
      }),
  );
}

describe('a site split across processes', () => {
  it('is the same site, file for file and byte for byte, as one process builds', async () => {
    const repo = path.join(work, 'repo');
    writeSyntheticRepository(repo, 120);
    const [one, two] = await Promise.all(
      ([1, 2] as const).map((processes) => buildSite({ dataRoot: repo, outDir: path.join(work, `out-${processes}`), quiet: true, today: '2026-11-22', processes })),
    );
    expect(one!.code, one!.output).toBe(0);
    expect(two!.code, two!.output).toBe(0);
    expect(two!.output).toContain('timing: split build merged');
    // A split build says what it did in a few lines of its own, not Astro's line per page.
    expect(one!.output).toContain('/catalogue/ML-0001/index.html');
    expect(two!.output).not.toContain('/catalogue/ML-0001/index.html');
    const pages = [...tree(one!.outDir).keys()].filter((f) => f.endsWith('.html')).length;
    expect(two!.output).toContain(`[credit-lists] ${pages} pages in all`);
    expect(two!.output).toMatch(/\[credit-lists\] \d+ pages bundled and written in [\d.]+ s/);
    const a = tree(one!.outDir);
    const b = tree(two!.outDir);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [file, bytes] of a) expect(b.get(file)!.equals(bytes), file).toBe(true);
    // Both languages' pages are in it, in the sitemap and in the search.
    expect(a.has(path.join('en', 'catalogue', 'ML-0001', 'index.html'))).toBe(true);
    expect(b.get('sitemap.xml')!.toString()).toContain('/en/catalogue/ML-0001/');
    expect(b.has(path.join('search-index', 'en', 'meta.json'))).toBe(true);
    expect(b.has(HELPER_PAGES)).toBe(false);
    // Nothing is left beside the output.
    expect(readdirSync(work).filter((f) => f.includes('.tmp-'))).toEqual([]);
  }, 240_000);

  it('invalid data stops it with the validator’s report, and leaves the previous site and no temporary folder', async () => {
    const repo = path.join(work, 'bad');
    writeSyntheticRepository(repo, 20);
    writeFileSync(path.join(repo, 'catalogue', 'ML-0001.yaml'), 'id: ML-0001\ntitle: [unclosed\n');
    const out = path.join(work, 'out-bad');
    mkdirSync(out);
    writeFileSync(path.join(out, 'index.html'), 'previous site');
    const r = await buildSite({ dataRoot: repo, outDir: out, quiet: true, today: '2026-11-22', processes: 2 });
    expect(r.code).toBe(1);
    expect(r.output).toContain('ML-0001.yaml');
    expect(r.output).toContain('数据校验未通过');
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous site');
    expect(readdirSync(work).filter((f) => f.includes('.tmp-'))).toEqual([]);
  }, 240_000);

  it('a large site is split on a machine with two cores; a small one, or one asked for one process, is not', () => {
    const repo = path.join(work, 'count');
    mkdirSync(path.join(repo, 'catalogue'), { recursive: true });
    const settings = resolveSettings({ dataRoot: repo, outDir: path.join(work, 'unused') });
    expect(processesFor({}, settings)).toBe(1);
    for (let i = 0; i < SPLIT_FROM_ENTRIES; i++) writeFileSync(path.join(repo, 'catalogue', `ML-${String(i).padStart(4, '0')}.yaml`), '');
    expect(processesFor({}, settings)).toBe(os.availableParallelism() >= 2 ? 2 : 1);
    expect(processesFor({ processes: 1 }, settings)).toBe(1);
  });
});

describe('merging a helper’s output', () => {
  it('moves what the primary lacks, keeps what both wrote alike, and refuses what they wrote differently', () => {
    const from = path.join(work, 'merge-from');
    const into = path.join(work, 'merge-into');
    for (const [dir, files] of [
      [from, { 'en/a/index.html': 'en', '_astro/x.css': 'same', '_astro/y.js': 'only helper', 'favicon.svg': 'icon' }],
      [into, { 'a/index.html': 'zh', '_astro/x.css': 'same', 'favicon.svg': 'icon' }],
    ] as const)
      for (const [f, body] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
        writeFileSync(path.join(dir, f), body);
      }
    writeHelperPages(from, ['en/a/']);
    expect(mergeHelperOutput(from, into)).toEqual(['en/a/']);
    expect([...tree(into).keys()].sort()).toEqual(['_astro/x.css', '_astro/y.js', 'a/index.html', 'en/a/index.html', 'favicon.svg'].map((f) => path.join(...f.split('/'))).sort());

    mkdirSync(path.join(from, '_astro'), { recursive: true });
    writeFileSync(path.join(from, '_astro', 'x.css'), 'different');
    writeHelperPages(from, []);
    expect(() => mergeHelperOutput(from, into)).toThrow(/different _astro.x\.css/);
  });
});
