// The vocabulary files: the example's glossary and synonyms load, and a mistake in them is reported at its line.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSiteModel } from '../lib/site/model.ts';
import { loadVocabulary } from '../site/src/glossary.ts';
import { EXEMPTION_EFFECTS } from '../schemas/index.ts';

const REPO = path.resolve(import.meta.dirname, '..');
const model = loadSiteModel(REPO, '2026-11-22');
const work = mkdtempSync(path.join(os.tmpdir(), 'vocabulary-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function withGlossary(edit: (text: string) => string): string {
  const root = path.join(work, String(Math.random()).slice(2));
  cpSync(path.join(REPO, 'vocabulary'), path.join(root, 'vocabulary'), { recursive: true });
  const file = path.join(root, 'vocabulary', 'glossary.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return root;
}

describe('the vocabulary', () => {
  it('explains every exemption effect, and each effect links to one term', () => {
    const v = loadVocabulary(model, REPO);
    for (const code of Object.keys(EXEMPTION_EFFECTS.labels)) expect(v.termOfValue.get(`EXEMPTION_EFFECTS.${code}`), code).toBeDefined();
    expect(v.glossary.map((g) => g.zh)).toEqual(expect.arrayContaining(['不记录', '不公示', '不惩戒', '可不惩戒', '严重失信主体名单', '守信激励']));
    expect(v.synonyms.find((s) => s.words.includes('黑名单'))?.means).toBe('严重失信主体名单');
  });

  it('a new jurisdiction without vocabulary files has none', () => {
    const v = loadVocabulary(model, path.join(work, 'nothing-here'));
    expect(v.glossary).toEqual([]);
    expect(v.synonyms).toEqual([]);
  });

  it('refuses an article the register does not hold, and an unknown value, each at its line', () => {
    const root = withGlossary((t) => t.replace('articles: [第四十一条]', 'articles: [第九十九条]').replace('values: [NATURE.basic]', 'values: [NATURE.basik]'));
    let message = '';
    try {
      loadVocabulary(model, root);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/vocabulary\/glossary\.yaml:\d+:\d+ {2}错误 error {2}登记册中的《山东省社会信用条例》没有收录第九十九条/);
    expect(message).toMatch(/vocabulary\/glossary\.yaml:\d+:\d+ {2}错误 error {2}模型中没有取值 NATURE\.basik/);
    expect(message).not.toMatch(/\n\s+at /);
  });
});
