// The search index (lib/search/), written from the model: each language's documents are the model's records
// (search-records.ts) and the few pages indexed as written (about, participate, glossary), whose <main> is read back
// once the pages exist. Each language is written to a temporary folder and renamed into place, so a failed build leaves
// no half index.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSearchIndex, type SearchDoc } from '../../../lib/search/build.ts';
import type { Lang } from '../routes.ts';
import type { SearchRecord } from './search-records.ts';

/** The folder of the index under the output folder; one subfolder per language. */
export const SEARCH_DIR = 'search-index';

/** A written page the index takes as HTML (with no filter values): its file under the output folder and its address. */
export interface IndexedHtml {
  file: string;
  url: string;
  lang: Lang;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The title (its <h1>) and text of a written page's <main>, without its breadcrumb, scripts and tags. */
export function mainText(html: string): { title: string; text: string } {
  const main = /<main\b[^>]*>([\s\S]*?)<\/main>/i.exec(html)?.[1];
  if (main === undefined) throw new Error('the page has no <main>');
  const text = (s: string) =>
    s
      .replace(/<(script|style|nav)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<\/(p|div|li|h\d|dd|dt|tr|blockquote|section)>|<br\s*\/?>/gi, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
        e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? m),
      )
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(main)?.[1] ?? '';
  return { title: text(h1), text: text(main.replace(/<h1\b[\s\S]*?<\/h1>/i, '')) };
}

/** Write `dir/search-index/<lang>/` for each language of the records; returns the documents indexed per language. */
export function writeSearchIndex(dir: string, records: readonly SearchRecord[], html: readonly IndexedHtml[]): Record<string, number> {
  const byLang = new Map<Lang, SearchDoc[]>();
  const add = (lang: Lang, doc: SearchDoc) => {
    let docs = byLang.get(lang);
    if (!docs) byLang.set(lang, (docs = []));
    docs.push(doc);
  };
  for (const { lang, ...doc } of records) add(lang, doc);
  for (const h of html) add(h.lang, { url: h.url, filters: {}, ...mainText(readFileSync(path.join(dir, h.file), 'utf8')) });

  // Each language's folder is replaced whole (the processes of a split build each write their own languages').
  const counts: Record<string, number> = {};
  for (const [lang, docs] of byLang) {
    const target = path.join(dir, SEARCH_DIR, lang);
    const temp = `${target}.tmp-${process.pid}`;
    rmSync(temp, { recursive: true, force: true });
    const { files } = buildSearchIndex(docs);
    for (const sub of ['t', 'f', 'd']) mkdirSync(path.join(temp, sub), { recursive: true });
    for (const [file, body] of files) writeFileSync(path.join(temp, file), body);
    rmSync(target, { recursive: true, force: true });
    renameSync(temp, target);
    counts[lang] = docs.length;
  }
  return counts;
}
