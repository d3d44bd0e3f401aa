// Other jurisdictions read from their own regulations: Shanghai and Shenzhen validate, release and build a site with no code change.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRelease } from '../lib/release/build.ts';
import { Repository } from '../lib/repository.ts';
import { buildSite } from '../site/build.ts';
import { validate } from '../lib/validate.ts';
import { profileOf, selfNameOf } from '../schemas/index.ts';
import type { CatalogueFile, Manifest } from '../schemas/release.ts';

const ROOT = path.join(import.meta.dirname, '..');
const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'jurisdictions');
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

const normalise = (s: string) => s.replace(/[\s\u3000]+/g, '');

/** The article texts of a reference law, split the way the example's verbatim check splits them. */
function referenceArticles(file: string): Map<string, string> {
  const body = readFileSync(file, 'utf8').split('<!-- INFO END -->')[1]!;
  const out = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of body.split('\n')) {
    const m = /^(第[一二三四五六七八九十百零]+条(?:之[一二三四五六七八九十]+)?)[ \u3000](.*)$/.exec(line);
    if (m) out.set(m[1]!, (current = [m[2]!]));
    else if (line.startsWith('#')) current = undefined;
    else current?.push(line);
  }
  return new Map([...out].map(([k, v]) => [k, v.join('\n')]));
}

const CASES = [
  { id: 'shanghai', law: '上海市社会信用条例(2017-06-23).md', selfName: '本市', scope: 'whole', measureBody: '上海市社会信用管理部门' },
  { id: 'shenzhen', law: '深圳经济特区社会信用条例(2023-01-06).md', selfName: '本市', scope: 'supplement', measureBody: '深圳市人民政府' },
] as const;

describe.each(CASES)('the $id profile', (c) => {
  const root = path.join(FIXTURES, c.id);
  const repo = new Repository(root);

  it('validates with no problem at all', () => {
    const r = validate(root);
    expect(r.diagnostics).toEqual([]);
    expect(r.files.length).toBeGreaterThanOrEqual(6);
  });

  it('quotes its regulation word for word, from reference/laws/', () => {
    const official = referenceArticles(path.join(ROOT, 'reference', 'laws', c.law));
    const own = repo.all('basis').find((b) => b.entry?.level === 'local_regulation')!;
    expect(own.entry!.source_note).toContain(c.law);
    for (const a of own.entry!.articles) expect(normalise(a.text), `${own.id} ${a.number}`).toBe(normalise(official.get(a.number) ?? ''));
  });

  it('reads its settings from the regulation, each with its article', () => {
    const j = repo.jurisdiction.entry!;
    const p = profileOf(j);
    expect(selfNameOf(j)).toBe(c.selfName);
    expect(p.catalogueScope.scope).toBe(c.scope);
    expect(p.lists.measure.approvingBody).toBe(c.measureBody);
    expect(p.lists.catalogue.basis).toMatch(/^《.+条例》第.+条/);
    for (const name of Object.keys(j.time_limits ?? {})) expect(p.timeLimits[name as keyof typeof p.timeLimits]!.basis, name).toMatch(/^《.+条例》第.+条/);
    expect(Object.keys(j.time_limits ?? {}).length).toBeGreaterThan(0);
  });

  it('releases 1.0.0 with its entries', () => {
    const fresh = mkdtempSync(path.join(tmpdir(), `release-${c.id}-`)); // a repository with no archive yet
    temps.push(fresh);
    const built = buildRelease({ root: fresh, dataRoot: root, version: '1.0.0' });
    const files = new Map(built.files);
    const manifest = JSON.parse(files.get('manifest.json')!.toString()) as Manifest;
    expect(manifest.version).toBe('1.0.0');
    expect(manifest.jurisdiction.name).toBe(repo.jurisdiction.entry!.name);
    const catalogue = JSON.parse(files.get('catalogue.json')!.toString()) as CatalogueFile;
    expect(catalogue.entries.map((e) => e.id)).toEqual(repo.all('catalogue').map((f) => f.id));
  });

  it('builds its site', async () => {
    const out = mkdtempSync(path.join(tmpdir(), `site-${c.id}-`));
    temps.push(out);
    const r = await buildSite({ dataRoot: root, outDir: path.join(out, 'dist'), quiet: true, today: '2026-11-22' });
    expect(r.code, r.output).toBe(0);
    const home = readFileSync(path.join(out, 'dist', 'index.html'), 'utf8');
    expect(home).toContain(repo.jurisdiction.entry!.name);
    expect(existsSync(path.join(out, 'dist', 'catalogue', 'ML-0001', 'index.html'))).toBe(true);
  }, 240_000);
});
