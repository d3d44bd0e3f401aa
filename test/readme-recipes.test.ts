// The README's consumer recipes, run as written (sh, openssl, Python, TypeScript) against the archive served over
// HTTP: they accept the genuine archive and stop at the signature when the index was edited and re-hashed.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { canonicalJson, sha256 } from '../lib/release/canonical.ts';
import { loadReleases } from '../lib/site/releases.ts';
import { publishApi } from '../site/src/steps/api.ts';
import { serveStatic, type RunningServer } from '../lib/static-server.ts';
import type { Manifest, ReleaseIndex } from '../schemas/release.ts';

const REPO = path.resolve(import.meta.dirname, '..');
const README = readFileSync(path.join(REPO, 'README.md'), 'utf8');
const section = README.slice(README.indexOf('<!-- section:releases -->'), README.indexOf('<!-- /section:releases -->'));
const blocks = [...section.matchAll(/```(sh|python|ts)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, code: m[2]! }));
const [shRecipe, opensslRecipe] = blocks.filter((b) => b.lang === 'sh').map((b) => b.code);
const pythonRecipe = blocks.find((b) => b.lang === 'python')!.code;
const tsRecipe = blocks.find((b) => b.lang === 'ts')!.code;
const EXAMPLE_SITE = 'https://credit.example.gov.cn';

let temp: string;
let genuine: RunningServer;
let tampered: RunningServer;

/** The archive's /api/v1/ as the site publishes it; `tamper` edits a copy of the archive first. */
function site(name: string, tamper?: (releases: string) => void): string {
  let releases = path.join(REPO, 'releases');
  if (tamper) {
    releases = path.join(temp, `${name}-releases`);
    cpSync(path.join(REPO, 'releases'), releases, { recursive: true });
    tamper(releases);
  }
  const out = path.join(temp, name);
  // publishApi copies what loadReleases verified; a tampered copy is published as is, the way an attacker would serve it.
  publishApi(tamper ? loadReleasesUnchecked(releases) : loadReleases(releases), path.join(REPO, 'schemas'), out);
  return out;
}

function loadReleasesUnchecked(dir: string): ReturnType<typeof loadReleases> {
  const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as ReleaseIndex;
  const releases = index.releases.map((record) => ({ record, manifest: {} as Manifest, changes: {} as never }));
  return { dir, index, releases, latest: releases.find((r) => r.record.version === index.latest), exampleKey: true };
}

/** A consumer's folder with the pinned copy of allowed_signers. */
function consumer(): string {
  const dir = mkdtempSync(path.join(temp, 'consumer-'));
  cpSync(path.join(REPO, 'releases', 'allowed_signers'), path.join(dir, 'allowed_signers'));
  return dir;
}

/** Run a recipe without blocking: the server answering it lives in this process. */
function run(cmd: string, args: string[], cwd: string): Promise<{ status: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, timeout: 60_000 });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, out }));
  });
}
const withSite = (code: string, server: RunningServer) => code.replaceAll(EXAMPLE_SITE, server.url.replace(/\/$/, ''));

beforeAll(async () => {
  temp = mkdtempSync(path.join(os.tmpdir(), 'recipes-'));
  genuine = await serveStatic({ dir: site('genuine') });
  // An edit of the latest manifest, re-hashed into the index, without the key: only the signature can tell.
  tampered = await serveStatic({
    dir: site('tampered', (releases) => {
      const index = JSON.parse(readFileSync(path.join(releases, 'index.json'), 'utf8')) as ReleaseIndex;
      const m = path.join(releases, index.latest, 'manifest.json');
      writeFileSync(m, readFileSync(m, 'utf8').replace('"example": true', '"example": false'));
      index.releases.find((r) => r.version === index.latest)!.manifestSha256 = sha256(readFileSync(m));
      writeFileSync(path.join(releases, 'index.json'), canonicalJson(index));
    }),
  });
}, 120_000);
afterAll(async () => {
  await genuine?.close();
  await tampered?.close();
  rmSync(temp, { recursive: true, force: true });
});

describe('the README consumer recipes', () => {
  it('are all there: sh, openssl, Python and TypeScript, each checking the signature before the hashes', () => {
    expect(blocks.map((b) => b.lang)).toEqual(['sh', 'sh', 'python', 'ts']);
    for (const code of [shRecipe!, pythonRecipe, tsRecipe]) {
      const sig = code.indexOf('index.json.sig');
      expect(sig).toBeGreaterThan(0);
      expect(sig).toBeLessThan(code.indexOf('manifestSha256'));
    }
  });

  it('sh with ssh-keygen: accepts the genuine archive, stops at the signature of a re-hashed index', async () => {
    const ok = await run('sh', ['-e', '-c', withSite(shRecipe!, genuine)], consumer());
    expect(ok.status, ok.out).toBe(0);
    expect(ok.out).toContain('Good "credit-lists-release" signature for example-release-key@credit-lists.example');
    expect(ok.out).toContain('catalogue.csv: OK');
    const bad = await run('sh', ['-e', '-c', withSite(shRecipe!, tampered)], consumer());
    expect(bad.status).not.toBe(0);
    expect(bad.out).not.toContain('manifest.json: OK');
    expect(bad.out).not.toContain('Good "credit-lists-release" signature');
  }, 120_000);

  it('sh with openssl only: verifies the index signature, and fails on an edited index', async () => {
    const dir = consumer();
    const fetch = `curl -fsSO "${genuine.url}api/v1/index.json" -fsSO "${genuine.url}api/v1/index.json.sig"\n`;
    const ok = await run('sh', ['-e', '-c', fetch + opensslRecipe!], dir);
    expect(ok.status, ok.out).toBe(0);
    expect(ok.out).toContain('Signature Verified Successfully');
    writeFileSync(path.join(dir, 'index.json'), readFileSync(path.join(dir, 'index.json'), 'utf8').replace('"latest"', '"latest" '));
    const bad = await run('sh', ['-e', '-c', opensslRecipe!], dir);
    expect(bad.status).not.toBe(0);
    expect(bad.out).toContain('Signature Verification Failure');
  }, 120_000);

  it('Python: accepts the genuine archive, refuses the re-hashed index', async () => {
    const ok = await run('python3', ['-c', withSite(pythonRecipe, genuine)], consumer());
    expect(ok.status, ok.out).toBe(0);
    expect(ok.out).toMatch(/^(added|amended|corrected|repealed) /m);
    const bad = await run('python3', ['-c', withSite(pythonRecipe, tampered)], consumer());
    expect(bad.status).not.toBe(0);
    expect(bad.out).toContain('InvalidSignature');
  }, 120_000);

  it('TypeScript on Node: accepts the genuine archive, refuses the re-hashed index', async () => {
    const dir = consumer();
    writeFileSync(path.join(dir, 'ok.mts'), withSite(tsRecipe, genuine));
    writeFileSync(path.join(dir, 'bad.mts'), withSite(tsRecipe, tampered));
    const ok = await run(process.execPath, ['ok.mts'], dir);
    expect(ok.status, ok.out).toBe(0);
    expect(ok.out).toMatch(/^\d+ \{/m);
    const bad = await run(process.execPath, ['bad.mts'], dir);
    expect(bad.status).not.toBe(0);
    expect(bad.out).toContain('bad signature');
  }, 120_000);
});
