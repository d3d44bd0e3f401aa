// One URL check: an address zod accepts is one the published JSON Schema (ajv, format: uri) accepts, and the reverse.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { schemaIssues } from '../lib/release/validators.ts';
import { parseYaml } from '../lib/yaml.ts';
import { Basis, HTTP_URL_PATTERN } from '../schemas/index.ts';
import { FORMAT_VERSION } from '../schemas/release.ts';

const ROOT = path.join(import.meta.dirname, '..');
const basis = parseYaml(readFileSync(path.join(ROOT, 'bases', 'wage-payment-regulation.yaml'), 'utf8')).data as Record<string, unknown>;

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats.default(ajv);
const authoring = ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'basis.schema.json'), 'utf8')));

/** Real addresses of official texts and platforms, in the forms they are published. */
const REAL = [
  'https://www.gov.cn/zhengce/content/2020-12/18/content_5570954.htm',
  'https://www.gov.cn/zhengce/zhengceku/2020-01/07/content_5467278.htm',
  'https://flk.npc.gov.cn/detail2.html?ZmY4MDgxODE3NmYzNDc3MTAxNzcwMjg4YmIyNzE4MTQ%3D',
  'http://www.npc.gov.cn/npc/c30834/202101/49d4b5a3e3a34f2a9e5c1e5b2a1e0b83.shtml',
  'https://www.shandong.gov.cn/art/2020/8/10/art_107851_108015.html',
  'https://fgw.shandong.gov.cn/col/col91380/index.html',
  'https://www.creditchina.gov.cn/zhengcefagui/zhengcefagui/zhongyangzhengcefagui/',
  'https://yyzx.creditchina.gov.cn:8443/consult?list=catalogue&id=ML-0001#comments',
  'https://github.com/example/shandong-credit-lists',
  'https://forge.example/credit/lists/issues/new?template=comment.yml&title=%E6%84%8F%E8%A7%81',
];

/** Pieces of addresses: [well-formed, breaking one check or another (non-ASCII, spaces, bad escapes, IP hosts, odd ports, other schemes)]. */
const SCHEMES = [['https://', 'http://'], ['HTTPS://', 'ftp://', 'javascript:', 'https:/', '//', '']] as const;
const HOSTS = [['www.gov.cn', 'flk.npc.gov.cn', 'localhost', 'xn--fiqs8s.cn', 'www.gov.cn:8080'], ['中国.cn', '1.2.3.4', '1.2.3.999', 'a..b', '-a.cn', 'a_b.cn', 'www.gov.cn:99999', 'user@www.gov.cn', '[::1]', '']] as const;
const PATHS = [['', '/', '/zhengce/content_5570954.htm', '/%E4%B8%AD', '/~user/(1)', '/a;b=c', "/it's"], ['/中文.html', '/a b', '/%zz', '/a|b', '/a"b', '/[x]', '/a\\b']] as const;
const QUERIES = [['', '?a=1&b=2', '?q=%20', '?a=/b?c'], ['?q=中', '?q=a b', '?x=<y>']] as const;
const FRAGMENTS = [['', '#x', '#/p?q'], ['#a#b', '#中']] as const;
const NOISE = [' ', '\t', '中', '%', '#', '?', '@', ':', '/', '\\', '"', '<', '^', '`', '{', '}', '|', '\u00a0', 'é'];

/** A small seeded generator, so that a failure can be replayed. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
}

function fuzzed(n: number, seed = 17): string[] {
  const rnd = prng(seed);
  const pick = <T>(a: readonly T[]) => a[Math.floor(rnd() * a.length)]!;
  // Mostly well-formed pieces, so that both outcomes are common.
  const part = (p: readonly [readonly string[], readonly string[]]) => pick(rnd() < 0.85 ? p[0] : p[1]);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let u = part(SCHEMES) + part(HOSTS) + part(PATHS) + part(QUERIES) + part(FRAGMENTS);
    if (rnd() < 0.2) {
      const at = Math.floor(rnd() * (u.length + 1));
      u = u.slice(0, at) + pick(NOISE) + u.slice(at);
    }
    out.push(u);
  }
  return out;
}

function accepted(url: string) {
  const data = { ...basis, source_url: url };
  const published = { formatVersion: FORMAT_VERSION, version: '1.0.0', edition: '2026年版', releaseDate: '2026-05-01', bases: [{ ...data, id: 'wage-payment-regulation' }] };
  return { zod: Basis.safeParse(data).success, authoring: authoring(data) === true, published: schemaIssues('bases', published).length === 0 };
}

describe('source_url, one check for zod and the JSON Schemas', () => {
  it('accepts the real addresses of official texts', () => {
    for (const url of REAL) expect(accepted(url), url).toEqual({ zod: true, authoring: true, published: true });
  });

  it('agrees on 600 fuzzed addresses, valid and not', () => {
    const cases = fuzzed(600);
    let valid = 0;
    for (const url of cases) {
      const a = accepted(url);
      expect(a.authoring, url).toBe(a.zod);
      expect(a.published, url).toBe(a.zod);
      if (a.zod) valid++;
    }
    // Both kinds were tried in earnest.
    expect(valid).toBeGreaterThan(50);
    expect(cases.length - valid).toBeGreaterThan(50);
  });

  it('refuses what format: uri refuses: Chinese characters and spaces not encoded', () => {
    for (const url of ['https://www.gov.cn/法规/条例.html', 'https://www.gov.cn/a b.html', 'https://中国.cn/'])
      expect(accepted(url), url).toEqual({ zod: false, authoring: false, published: false });
    expect(HTTP_URL_PATTERN.test(new URL('https://www.gov.cn/法规/条例.html').href)).toBe(true);
  });
});
