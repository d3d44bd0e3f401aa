// The local static server: files, folders, the base path, the site's 404 page, and nothing outside the folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseBase, resolveRequest, serveStatic, type RunningServer } from '../lib/static-server.ts';

let dir: string;
let root: RunningServer;
let sub: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'static-'));
  mkdirSync(path.join(dir, 'catalogue', 'ML-0001'), { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), '<p>home</p>');
  writeFileSync(path.join(dir, '404.html'), '<p>missing</p>');
  writeFileSync(path.join(dir, 'catalogue', 'ML-0001', 'index.html'), '<p>entry</p>');
  writeFileSync(path.join(dir, 'releases.atom'), '<feed/>');
  root = await serveStatic({ dir });
  sub = await serveStatic({ dir, base: '/credit-lists' });
});
afterAll(async () => {
  await root.close();
  await sub.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('serveStatic', () => {
  it('serves folders by their index.html and files by type', async () => {
    expect(root.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const r = await fetch(`${root.url}catalogue/ML-0001/`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await r.text()).toBe('<p>entry</p>');
    expect((await fetch(`${root.url}releases.atom`)).headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
  });
  it('redirects a folder without its slash', async () => {
    const r = await fetch(`${root.url}catalogue/ML-0001`, { redirect: 'manual' });
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe('/catalogue/ML-0001/');
  });
  it('answers a missing page with the site’s 404 page and status 404', async () => {
    const r = await fetch(`${root.url}nope/`);
    expect(r.status).toBe(404);
    expect(await r.text()).toBe('<p>missing</p>');
  });
  it('serves under a base path only', async () => {
    expect(sub.url).toMatch(/\/credit-lists\/$/);
    expect((await fetch(`${sub.url}catalogue/ML-0001/`)).status).toBe(200);
    const outside = await fetch(sub.url.replace('/credit-lists/', '/catalogue/ML-0001/'));
    expect(outside.status).toBe(404);
    const bare = await fetch(sub.url.replace('/credit-lists/', '/'), { redirect: 'manual' });
    expect(bare.headers.get('location')).toBe('/credit-lists/');
  });
});

describe('resolveRequest', () => {
  it('never leaves the folder', () => {
    expect(resolveRequest('/srv/site', '/', '/../etc/passwd')).toBeUndefined();
    expect(resolveRequest('/srv/site', '/', '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
    expect(resolveRequest('/srv/site', '/', '/a/../b/')).toBe(path.resolve('/srv/site/b'));
    expect(resolveRequest('/srv/site', '/x/', '/y/')).toBeUndefined();
    expect(resolveRequest('/srv/site', '/', '/%E0%A4%A')).toBeUndefined();
  });
  it('normalises base paths', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('credit-lists')).toBe('/credit-lists/');
    expect(normaliseBase('/a/b/')).toBe('/a/b/');
  });
});
