// Building the site: invalid data stops the build with the validator's report, a failed build keeps the previous
// site, and a fresh jurisdiction (no entries, no releases) still builds.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../site/build.ts';
import { SEARCH_FORMAT } from '../lib/search/terms.ts';
import { builtSearch } from './helpers/search.ts';
import { BASE_FIXTURE as FIXTURE } from './helpers/paths.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'site-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('buildSite', () => {
  it('refuses invalid data with the validator’s own report and leaves the previous site in place', async () => {
    const root = path.join(work, 'invalid');
    cpSync(FIXTURE, root, { recursive: true });
    const file = path.join(root, 'catalogue', 'ML-0001.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('nature: dishonesty', 'nature: dishonest'));
    const out = path.join(work, 'out-invalid');
    mkdirSync(out);
    writeFileSync(path.join(out, 'index.html'), 'previous site');
    const r = await buildSite({ dataRoot: root, outDir: out, quiet: true, today: '2026-11-22' });
    expect(r.code).toBe(1);
    expect(r.output).toMatch(/catalogue\/ML-0001\.yaml:\d+:\d+ {2}错误 error/);
    expect(r.output).toContain('dishonest');
    expect(r.output).toContain('数据校验未通过，网站未生成');
    expect(r.output).not.toMatch(/\n\s+at .*\.(ts|js):\d+/); // no stack trace for a data mistake
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous site');
    expect(existsSync(`${out}.tmp-${process.pid}`)).toBe(false);
  }, 120_000);

  it('renders the trail’s pull-request links and an e-mail comment link for an open consultation', async () => {
    const root = path.join(work, 'trail');
    cpSync(FIXTURE, root, { recursive: true });
    const file = path.join(root, 'catalogue', 'ML-0001.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('  document_number: 示例〔2026〕1号\n', '  document_number: 示例〔2026〕1号\n  pull_request: 12\n')
        .replace('{date: "2026-01-05", event: proposed}', '{date: "2026-01-05", event: proposed, pull_request: 7}'),
    );
    const out = path.join(work, 'out-trail');
    // CS-0001's consultation (e-mail channel) runs 2026-10-01 to 10-30.
    const r = await buildSite({ dataRoot: root, outDir: out, quiet: true, today: '2026-10-15' });
    expect(r.output).not.toContain('[ERROR]');
    expect(r.code).toBe(0);
    const ml1 = readFileSync(path.join(out, 'catalogue', 'ML-0001', 'index.html'), 'utf8');
    expect(ml1).toContain('href="https://forge.example/credit/lists/pull/12"');
    expect(ml1).toContain('href="https://forge.example/credit/lists/pull/7"');
    const cs1 = readFileSync(path.join(out, 'measures', 'CS-0001', 'index.html'), 'utf8');
    expect(cs1).toContain('data-phase="consultation_open"');
    const mailto = /href="(mailto:[^"]+)"[^>]*data-comment-channel="email" data-entry="CS-0001"/.exec(cs1);
    expect(mailto, 'an e-mail comment button').not.toBeNull();
    expect(mailto![1]!.replace(/&amp;/g, '&')).toMatch(/^mailto:consult@credit\.example\?subject=%5B%E6%84%8F%E8%A7%81%5D%20CS-0001%20/);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('2026-10-30'); // open now, with its closing date
  }, 120_000);

  it('builds a fresh jurisdiction with no entries and no releases', async () => {
    const root = path.join(work, 'fresh');
    mkdirSync(root);
    cpSync(path.join(FIXTURE, 'jurisdiction.yaml'), path.join(root, 'jurisdiction.yaml'));
    const out = path.join(work, 'out-fresh');
    const r = await buildSite({ dataRoot: root, outDir: out, quiet: true, today: '2026-11-22' });
    expect(r.output).not.toContain('[ERROR]');
    expect(r.code).toBe(0);
    const home = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(home).toContain('<html lang="zh-CN">');
    expect(home).toContain('尚无发布版本');
    expect(readFileSync(path.join(out, 'catalogue', 'index.html'), 'utf8')).toContain('此清单暂无条目');
    expect(existsSync(path.join(out, 'api', 'v1', 'schemas', 'catalogue.schema.json'))).toBe(true);
    expect(existsSync(path.join(out, 'api', 'v1', 'index.json'))).toBe(false);
    // The search indexes the about, participate and glossary pages even with no entries.
    const index = await builtSearch(out);
    expect(index.meta.format).toBe(SEARCH_FORMAT);
    expect(readdirSync(path.join(out, 'search-index', 'zh', 'd'))).toHaveLength(Math.ceil(index.meta.docs / index.meta.fragmentsPerFile));
    const urls = await Promise.all(Array.from({ length: index.meta.docs }, async (_, n) => (await index.fragment(n)).url));
    expect(urls).toEqual(expect.arrayContaining(['/about/', '/participate/', '/glossary/']));
  }, 120_000);
});
