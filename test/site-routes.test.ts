// The site's routes and settings: one injected route per page kind and language, each rendered by a view that exists,
// and settings that are validated once, with a usage error naming a bad field.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_KINDS, ROUTES, routeOf } from '../site/src/page-kinds.ts';
import { LANGS } from '../site/src/routes.ts';
import { resolveSettings, REPO_ROOT } from '../site/src/settings.ts';
import { UsageError } from '../lib/cli.ts';

const VIEWS = path.join(REPO_ROOT, 'site', 'src', 'views');

describe('page kinds and routes', () => {
  it('injects one route per page kind and language, with no two on one pattern', () => {
    const expected = Object.values(PAGE_KINDS).reduce((n, k) => n + ('langs' in k ? k.langs.length : LANGS.length), 0);
    expect(ROUTES.length).toBe(expected);
    expect(new Set(ROUTES.map((r) => r.pattern)).size).toBe(ROUTES.length);
    expect(ROUTES.filter((r) => r.key === 'entry').map((r) => r.pattern)).toEqual(['/[list]/[id]', '/en/[list]/[id]']);
    expect(routeOf('/').key).toBe('home');
    expect(routeOf('/en').lang).toBe('en');
    expect(routeOf('/en/releases/[version]').key).toBe('release');
    expect(() => routeOf('/nowhere')).toThrow(/No page kind/);
  });

  it('names a view that exists for every page, and a feed for every endpoint', () => {
    for (const [key, kind] of Object.entries(PAGE_KINDS)) {
      if ('view' in kind.render) expect(existsSync(path.join(VIEWS, `${kind.render.view}.astro`)), key).toBe(true);
      else expect(['releases', 'consultations'], key).toContain(kind.render.feed);
      expect(/\[(?:\.\.\.)?\w+\]/.test(kind.pattern), key).toBe('paths' in kind);
    }
  });
});

describe('site settings', () => {
  it('resolves defaults against the repository and normalises the base path', () => {
    const s = resolveSettings({ base: 'credit-lists', today: '2026-11-22' });
    expect(s).toMatchObject({ dataRoot: REPO_ROOT, releasesDir: path.join(REPO_ROOT, 'releases'), base: '/credit-lists/', outDir: path.join(REPO_ROOT, 'dist'), today: '2026-11-22' });
    expect(s.siteUrl).toBeUndefined();
  });

  it('refuses a bad date or origin with a usage error naming the field', () => {
    expect(() => resolveSettings({ today: '2026-13-01' })).toThrow(UsageError);
    expect(() => resolveSettings({ today: '2026-13-01' })).toThrow(/today/);
    expect(() => resolveSettings({ siteUrl: 'ftp://example.org' })).toThrow(/siteUrl/);
  });
});
