// The search index: Pagefind over the built pages, refusing to pass when pages went missing (the API itself does not).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Pages indexed per Pagefind language (`zh-cn`, `en`). */
export type PagesByLanguage = Record<string, number>;

/** Index `dir` into `dir/pagefind`; fails unless each language holds exactly the expected number of pages. */
export async function writeSearchIndex(dir: string, expected: PagesByLanguage): Promise<PagesByLanguage> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(`Pagefind failed to index: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind failed to write: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const actual = Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]));
  for (const lang of new Set([...Object.keys(expected), ...Object.keys(actual)]))
    if ((actual[lang] ?? 0) !== (expected[lang] ?? 0))
      throw new Error(
        `Pagefind indexed ${actual[lang] ?? 0} ${lang} pages, expected ${expected[lang] ?? 0}: a page lost its data-pagefind-body or its <html lang>, or an extra one gained them`,
      );
  return actual;
}
