// Atom feeds and the sitemap: escaping, ids, dates.
import { describe, expect, it } from 'vitest';
import { atomFeed, chinaDateTime, tagUri, xmlEscape } from '../site/src/atom.ts';
import { sitemapPaths, sitemapXml } from '../site/src/steps/sitemap.ts';

describe('atomFeed', () => {
  const xml = atomFeed({
    id: 'tag:github.com,2026:example/lists/releases/zh',
    title: '山东省 · 发布版本',
    selfHref: 'https://x.example/releases.atom',
    pageHref: 'https://x.example/releases/',
    lang: 'zh-CN',
    author: '信用办',
    fallbackUpdated: '2026-11-22T00:00:00+08:00',
    entries: [
      { id: 'tag:a,2026-03-20:r/1', title: '1.0.0 · 2026年版', updated: '2026-03-20T00:00:00+08:00', href: 'https://x.example/releases/1.0.0/', summary: 'a & b', html: '<p>新增 <b>3</b></p>' },
      { id: 'tag:a,2026-10-20:r/2', title: '2.0.0 <new>', updated: '2026-10-20T00:00:00+08:00', href: '/releases/2.0.0/' },
    ],
  });
  it('is an Atom 1.0 feed whose updated is its newest entry', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">')).toBe(true);
    expect(xml).toMatch(/<feed[^>]*>\n {2}<id>tag:github\.com,2026:example\/lists\/releases\/zh<\/id>/);
    expect(xml).toContain('  <updated>2026-10-20T00:00:00+08:00</updated>\n  <author>');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://x.example/releases.atom"/>');
  });
  it('escapes text and carries HTML content escaped', () => {
    expect(xml).toContain('<title>2.0.0 &lt;new&gt;</title>');
    expect(xml).toContain('<summary>a &amp; b</summary>');
    expect(xml).toContain('<content type="html">&lt;p&gt;新增 &lt;b&gt;3&lt;/b&gt;&lt;/p&gt;</content>');
  });
  it('uses the fallback date when empty', () => {
    const empty = atomFeed({ id: 'x:y', title: 't', selfHref: '/f', pageHref: '/', lang: 'en', author: 'a', fallbackUpdated: '2026-11-22T00:00:00+08:00', entries: [] });
    expect(empty).toContain('<updated>2026-11-22T00:00:00+08:00</updated>');
    expect(empty).not.toContain('<entry>');
  });
  it('tag URIs and dates', () => {
    expect(tagUri('https://github.com/example/shandong-credit-lists/', '2026-10-20', 'release/2.0.0')).toBe('tag:github.com,2026-10-20:example/shandong-credit-lists/release/2.0.0');
    expect(chinaDateTime('2026-10-20')).toBe('2026-10-20T00:00:00+08:00');
    expect(xmlEscape(`<'&">`)).toBe('&lt;&apos;&amp;&quot;&gt;');
  });
});

describe('sitemap', () => {
  it('lists every built page once, absolute when the origin is known; not the 404 page or the feeds', () => {
    const paths = sitemapPaths(['', 'catalogue/ML-0001/', '/en/', '404', 'releases.atom', 'en/consultations.atom'], '/credit-lists/').sort();
    expect(paths).toEqual(['/credit-lists/', '/credit-lists/catalogue/ML-0001/', '/credit-lists/en/']);
    const xml = sitemapXml('https://x.example', [...paths, paths[0]!]);
    expect(xml).toContain('<loc>https://x.example/credit-lists/catalogue/ML-0001/</loc>');
    expect(xml.match(/<url>/g)).toHaveLength(3);
    expect(sitemapXml(undefined, paths)).toContain('<loc>/credit-lists/en/</loc>');
  });
});
