// The search index, built in process from the model (search-records.ts) while Astro renders: Pagefind's service
// indexes the records in its own process as soon as the build starts; once the pages are written, the few pages
// indexed as written (about, participate…) are added from disk and the index is written, refusing to pass when
// pages went missing (the API itself does not).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import type { SearchRecord } from './search-records.ts';

/** Pages indexed per Pagefind language (`zh-cn`, `en`). */
export type PagesByLanguage = Record<string, number>;

/** A written page the index takes as HTML: its file under the output folder and its address. */
export interface IndexedHtml {
  file: string;
  url: string;
}

export interface PendingIndex {
  index: Promise<PagefindIndex>;
}

const fail = (what: string, errors: readonly string[]) => {
  if (errors.length) throw new Error(`Pagefind ${what}: ${errors.join('; ')}`);
};

/** Start indexing the records (Pagefind works in its own process meanwhile). */
export function startSearchIndex(records: readonly SearchRecord[]): PendingIndex {
  const index = (async () => {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    fail('could not start', errors);
    const added = await Promise.all(records.map((r) => index.addCustomRecord(r)));
    for (const a of added) fail(`failed to index ${a.file?.url ?? 'a record'}`, a.errors);
    return index;
  })();
  // Reported when awaited; never an unhandled rejection meanwhile.
  index.catch(() => undefined);
  return { index };
}

/** Add the written pages, write `dir/pagefind`; fails unless each language holds exactly the expected number of pages. */
export async function writeSearchIndex(pending: PendingIndex, dir: string, html: readonly IndexedHtml[], expected: PagesByLanguage): Promise<PagesByLanguage> {
  try {
    const index = await pending.index;
    for (const h of html) fail(`failed to index ${h.file}`, (await index.addHTMLFile({ url: h.url, content: readFileSync(path.join(dir, h.file), 'utf8') })).errors);
    fail('failed to write', (await index.writeFiles({ outputPath: path.join(dir, 'pagefind') })).errors);
  } finally {
    await pagefind.close();
  }
  const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const actual = Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]));
  for (const lang of new Set([...Object.keys(expected), ...Object.keys(actual)]))
    if ((actual[lang] ?? 0) !== (expected[lang] ?? 0))
      throw new Error(
        `Pagefind indexed ${actual[lang] ?? 0} ${lang} pages, expected ${expected[lang] ?? 0}: a record went missing, or a page lost its data-pagefind-body or its <html lang>`,
      );
  return actual;
}
