// The site's search format (lib/search/): terms, the written files, and the queries the search page runs over them.
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, FRAGMENTS_PER_FILE, type SearchDoc } from '../lib/search/build.ts';
import { excerpt, openSearchIndex, SearchFormatError, type SearchIndex } from '../lib/search/query.ts';
import { decodePostings, encodePostings, indexTerms, keyOf, queryClauses, shardOf } from '../lib/search/terms.ts';
import { mainText, writeSearchIndex } from '../site/src/steps/search-index.ts';

const doc = (title: string, text = '', filters: Record<string, string[]> = {}, id?: string): SearchDoc => ({ url: `/${title}/`, title, text, filters, ...(id ? { id } : {}) });

/** Open an index built in memory, recording every file the queries read. */
async function open(docs: SearchDoc[], shardBytes?: number, fragmentsPerFile?: number): Promise<{ index: SearchIndex; read: string[] }> {
  const { files } = buildSearchIndex(docs, shardBytes, fragmentsPerFile);
  const read: string[] = [];
  const index = await openSearchIndex(async (file, version) => {
    read.push(file);
    if (file !== 'meta.json') expect(version).toMatch(/^[0-9a-f]{12}$/);
    return JSON.parse(files.get(file)!);
  });
  return { index, read };
}

const titles = async (index: SearchIndex, q: string | null, filters?: Record<string, string>) =>
  Promise.all((await index.search(q, filters)).map(async (d) => (await index.fragment(d)).title));

describe('terms', () => {
  it('Chinese text by its characters and pairs, other text by its words, full-width as ASCII', () => {
    expect([...indexTerms('拖欠工资')].sort()).toEqual(['工', '工资', '拖', '拖欠', '欠', '欠工', '资'].sort());
    expect([...indexTerms('ＭＬ－０００７ Tax Credit')]).toEqual(['ml', '0007', 'tax', 'credit']);
    expect(queryClauses('拖欠工资 ML-0007 ta')).toEqual([
      { term: '拖欠', prefix: false },
      { term: '欠工', prefix: false },
      { term: '工资', prefix: false },
      { term: 'ml', prefix: false },
      { term: '0007', prefix: true },
      { term: 'ta', prefix: false },
    ]);
    expect(queryClauses('税')).toEqual([{ term: '税', prefix: false }]);
    expect(queryClauses('，。！')).toEqual([]);
  });

  it('words are filed by their first three characters, so that a prefix is in one shard', () => {
    expect(keyOf('department')).toBe('dep');
    expect(keyOf('dep')).toBe('dep');
    expect(keyOf('拖欠')).toBe('拖欠');
    for (const n of [1, 7, 512]) expect(shardOf('dep', n)).toBe(shardOf(keyOf('department'), n));
    expect(new Set(['拖欠', '信息', '名单', '失信', '工资'].map((k) => shardOf(k, 512))).size).toBeGreaterThan(1);
  });

  it('postings round-trip, with the title flag', () => {
    const docs = [0, 3, 4, 100];
    const enc = encodePostings(docs, new Set([3, 100]));
    expect(enc).toEqual([2, 7, 2, 193]);
    expect(decodePostings(enc)).toEqual([
      { doc: 0, title: false },
      { doc: 3, title: true },
      { doc: 4, title: false },
      { doc: 100, title: true },
    ]);
  });
});

describe('queries', () => {
  const docs = [
    doc('建筑业企业资质许可信息', '住房城乡建设部门准予的行政许可信息。', { list: ['目录'] }, 'ML-0001'),
    doc('拖欠农民工工资失信联合惩戒对象名单信息', '被列入拖欠农民工工资失信联合惩戒对象名单的用人单位。', { list: ['目录'], status: ['施行中'] }, 'ML-0023'),
    doc('向社会公布违法行为', '向社会公布严重拖欠农民工工资违法行为。', { list: ['措施'], status: ['施行中'] }, 'CS-0017'),
    doc('Department of Taxation', '税务部门', { list: ['部门'] }),
  ];

  it('every word must match; the title and ID rank before the text; then the lists’ order', async () => {
    const { index } = await open(docs);
    expect(await titles(index, '拖欠')).toEqual([docs[1]!.title, docs[2]!.title]);
    expect(await titles(index, '拖欠 名单')).toEqual([docs[1]!.title]);
    expect(await titles(index, '农民工工资')).toEqual([docs[1]!.title, docs[2]!.title]);
    expect(await titles(index, '许可信息')).toEqual([docs[0]!.title]);
    expect(await titles(index, '不存在的词')).toEqual([]);
    expect(await titles(index, 'ml-0023')).toEqual([docs[1]!.title]);
    expect(await titles(index, 'ＭＬ－００２３')).toEqual([docs[1]!.title]);
  });

  it('a word of three letters or more finds the words it begins; a shorter one only itself', async () => {
    const { index } = await open(docs);
    expect(await titles(index, 'taxa')).toEqual(['Department of Taxation']);
    expect(await titles(index, 'Depart')).toEqual(['Department of Taxation']);
    expect(await titles(index, 'of')).toEqual(['Department of Taxation']);
    expect(await titles(index, 'ta')).toEqual([]);
  });

  it('filters narrow a query and stand alone; an unknown filter or value finds nothing', async () => {
    const { index } = await open(docs);
    expect(await titles(index, '拖欠', { list: '措施' })).toEqual([docs[2]!.title]);
    expect(await titles(index, '拖欠', { list: '措施', status: '施行中' })).toEqual([docs[2]!.title]);
    expect(await titles(index, null, { status: '施行中' })).toEqual([docs[1]!.title, docs[2]!.title]);
    expect(await titles(index, null, { list: '目录', status: '施行中' })).toEqual([docs[1]!.title]);
    expect(await titles(index, '拖欠', { list: '没有' })).toEqual([]);
    expect(await titles(index, '拖欠', { nothing: 'x' })).toEqual([]);
    expect(await index.search(null)).toEqual([]);
    expect(await index.search('', { list: '' })).toEqual([]);
  });

  it('a query reads the meta, the shards of its words and the fragments it shows — nothing else', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => doc(`条目${i}号`, i % 7 === 0 ? '拖欠工资' : '信用信息', { list: [i % 2 ? '甲' : '乙'] }));
    const { index, read } = await open(many, 2048);
    expect(index.meta.shards).toBeGreaterThan(8);
    const found = await index.search('拖欠');
    expect(found).toHaveLength(Math.ceil(3000 / 7));
    expect(found.slice(0, 3)).toEqual([0, 7, 14]);
    expect(index.meta.fragmentsPerFile).toBe(FRAGMENTS_PER_FILE);
    const shown = await Promise.all(found.slice(0, 10).map((d) => index.fragment(d)));
    expect(shown.map((f) => f.title)).toEqual(found.slice(0, 10).map((d) => `条目${d}号`));
    expect(read.filter((f) => f.startsWith('t/'))).toHaveLength(1);
    expect(read.filter((f) => f.startsWith('f/'))).toEqual([]);
    // Exactly the files of the groups of the ten results shown, each once: fewer than ten here (0, 7, …, 63).
    const groups = [...new Set(found.slice(0, 10).map((d) => `d/${Math.floor(d / FRAGMENTS_PER_FILE)}.json`))];
    expect(read.filter((f) => f.startsWith('d/')).sort()).toEqual(groups.sort());
    expect(groups.length).toBeLessThanOrEqual(10);
    expect(groups.length).toBe(Math.floor(63 / FRAGMENTS_PER_FILE) + 1);
    expect(read).toContain('meta.json');
    expect(read).toHaveLength(2 + groups.length);
    await index.search('拖欠', { list: '甲' });
    expect(read.filter((f) => f.startsWith('f/'))).toEqual(['f/list.json']);
    expect((await index.search('拖欠', { list: '甲' })).every((d) => d % 2 === 1)).toBe(true);
  });

  it('fragments are filed a group of consecutive documents a file; results of one group share one download', async () => {
    const many = Array.from({ length: 37 }, (_, i) => doc(`条目${i}号`, '信用信息', {}, i % 2 ? `ML-${i}` : undefined));
    const { files, meta } = buildSearchIndex(many, undefined, 16);
    expect(meta.fragmentsPerFile).toBe(16);
    // 37 documents: two full groups and a last one of five.
    expect([...files.keys()].filter((f) => f.startsWith('d/')).sort()).toEqual(['d/0.json', 'd/1.json', 'd/2.json']);
    const groups = [0, 1, 2].map((k) => JSON.parse(files.get(`d/${k}.json`)!) as { title: string; id?: string }[]);
    expect(groups.map((g) => g.length)).toEqual([16, 16, 5]);
    expect(groups[2]!.map((f) => f.title)).toEqual(['条目32号', '条目33号', '条目34号', '条目35号', '条目36号']);
    expect(groups[2]![1]).toEqual({ url: '/条目33号/', title: '条目33号', id: 'ML-33', text: '信用信息' });
    expect(groups[2]![0]).not.toHaveProperty('id');

    const { index, read } = await open(many, undefined, 16);
    // Every document's own fragment, all asked for at once: each group's file is fetched once.
    const all = await Promise.all(many.map((_, d) => index.fragment(d)));
    expect(all.map((f) => f.title)).toEqual(many.map((d) => d.title));
    expect(read.filter((f) => f.startsWith('d/')).sort()).toEqual(['d/0.json', 'd/1.json', 'd/2.json']);
    expect((await index.fragment(36)).title).toBe('条目36号');
    expect((await index.fragment(15)).title).toBe('条目15号');
    expect(read).toHaveLength(4);
    // No document beyond the last (nor a negative or fractional one): an error, and nothing fetched.
    for (const d of [37, 47, -1, 1.5]) await expect(index.fragment(d)).rejects.toThrow(RangeError);
    expect(read).toHaveLength(4);
    // Any size of group reads the same fragments, including one a file.
    for (const n of [1, 5, 37, 64]) {
      const other = await open(many, undefined, n);
      expect((await Promise.all(many.map((_, d) => other.index.fragment(d)))).map((f) => f.title)).toEqual(many.map((d) => d.title));
      expect(other.read.filter((f) => f.startsWith('d/'))).toHaveLength(Math.ceil(37 / n));
    }
    expect(() => buildSearchIndex(many, undefined, 0)).toThrow(RangeError);
    expect([...buildSearchIndex([]).files.keys()].filter((f) => f.startsWith('d/'))).toEqual([]);
  });

  it('the index says its format, and a page refuses another', async () => {
    const { files } = buildSearchIndex(docs);
    expect(JSON.parse(files.get('meta.json')!)).toMatchObject({ format: 2, docs: 4, shards: 1, filters: ['list', 'status'], fragmentsPerFile: FRAGMENTS_PER_FILE });
    await expect(openSearchIndex(async () => ({ ...JSON.parse(files.get('meta.json')!), format: 1 }))).rejects.toThrow(SearchFormatError);
    await expect(openSearchIndex(async () => ({ format: 3 }))).rejects.toThrow(SearchFormatError);
    expect((await openSearchIndex(async () => JSON.parse(files.get('meta.json')!))).meta.format).toBe(2);
    // Its version changes with its content.
    expect(buildSearchIndex(docs).meta.version).toBe(buildSearchIndex(docs).meta.version);
    expect(buildSearchIndex(docs.slice(1)).meta.version).not.toBe(buildSearchIndex(docs).meta.version);
  });
});

describe('excerpts', () => {
  it('the text around the first match, with the words searched for marked', () => {
    const text = `${'甲'.repeat(100)}被列入拖欠农民工工资名单，拖欠工程款。${'乙'.repeat(100)}`;
    const parts = excerpt(text, '拖欠', 40);
    expect(parts[0]).toEqual({ text: '…', mark: false });
    expect(parts.at(-1)).toEqual({ text: '…', mark: false });
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['拖欠', '拖欠']);
    expect(parts.map((p) => p.text).join('').length).toBe(42);
    expect(excerpt('短文本', '没有')).toEqual([{ text: '短文本', mark: false }]);
    expect(excerpt('Tax Department', 'tax').filter((p) => p.mark).map((p) => p.text)).toEqual(['Tax']);
    // Its parts (content, bases, list) read as one line, in Chinese typography.
    expect(excerpt('被列入名单的信息。\n《某条例》\n公共信用信息补充目录\n一般信息事项', '名单').map((p) => p.text).join('')).toBe('被列入名单的信息。《某条例》公共信用信息补充目录 · 一般信息事项');
  });
});

describe('the site’s step', () => {
  it('reads a written page’s main text without its breadcrumb, scripts and tags', () => {
    const html =
      '<html><body><header>站点</header><main id="main"><nav class="breadcrumb"><a href="/">首页</a></nav><h1>关于<span>本站</span></h1><p>数据&amp;说明&#x3002;</p><script>var x = 1;</script><ul><li>一</li><li>二</li></ul></main><footer>页脚</footer></body></html>';
    expect(mainText(html)).toEqual({ title: '关于本站', text: '数据&说明。\n一\n二' });
    expect(() => mainText('<html><body><p>x</p></body></html>')).toThrow('no <main>');
  });

  it('writes each language’s index into place, replacing that language’s last one whole and no other', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'search-step-'));
    try {
      mkdirSync(path.join(dir, 'about'), { recursive: true });
      writeFileSync(path.join(dir, 'about', 'index.html'), '<main><h1>关于</h1><p>说明</p></main>');
      mkdirSync(path.join(dir, 'search-index', 'zh'), { recursive: true });
      writeFileSync(path.join(dir, 'search-index', 'zh', 'stale.json'), '{}');
      const counts = writeSearchIndex(dir, [{ ...doc('条目', '内容'), lang: 'zh' }, { ...doc('Entry', 'text'), lang: 'en' }], [{ file: 'about/index.html', url: '/about/', lang: 'zh' }]);
      expect(counts).toEqual({ zh: 2, en: 1 });
      // Both of zh's documents' fragments in its one group file.
      expect(readdirSync(path.join(dir, 'search-index', 'zh', 'd'))).toEqual(['0.json']);
      expect(JSON.parse(readFileSync(path.join(dir, 'search-index', 'zh', 'd', '0.json'), 'utf8'))).toEqual([
        { url: '/条目/', title: '条目', text: '内容' },
        { url: '/about/', title: '关于', text: '说明' },
      ]);
      expect(() => readFileSync(path.join(dir, 'search-index', 'zh', 'stale.json'))).toThrow();
      // The other process of a split build writes the other language beside it.
      writeSearchIndex(dir, [{ ...doc('Other', 'text'), lang: 'en' }], []);
      expect(JSON.parse(readFileSync(path.join(dir, 'search-index', 'zh', 'meta.json'), 'utf8')).docs).toBe(2);
      expect(JSON.parse(readFileSync(path.join(dir, 'search-index', 'en', 'meta.json'), 'utf8')).docs).toBe(1);
      expect(readdirSync(path.join(dir, 'search-index')).sort()).toEqual(['en', 'zh']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the page’s modules import nothing at run time but each other (they are bundled for the browser)', () => {
    for (const file of ['query.ts', 'terms.ts']) {
      const src = readFileSync(path.join(import.meta.dirname, '..', 'lib', 'search', file), 'utf8');
      const imports = [...src.matchAll(/^import (type )?.*from '([^']+)';$/gm)].filter((m) => !m[1]).map((m) => m[2]);
      expect(imports.every((i) => i === './terms.ts'), `${file}: ${imports.join(', ')}`).toBe(true);
    }
  });
});
