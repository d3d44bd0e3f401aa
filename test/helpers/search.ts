// The site's search as the tests run it: the search page's own module (lib/search/query.ts) over a built site's files.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openSearchIndex, type SearchIndex } from '../../lib/search/query.ts';
import { SEARCH_DIR } from '../../site/src/steps/search-index.ts';
import type { Lang } from '../../site/src/routes.ts';

export function builtSearch(out: string, lang: Lang = 'zh'): Promise<SearchIndex> {
  return openSearchIndex(async (file) => JSON.parse(readFileSync(path.join(out, SEARCH_DIR, lang, file), 'utf8')));
}

/** Every result's site-relative URL, best first. */
export async function searchUrls(index: SearchIndex, query: string | null, filters: Record<string, string> = {}): Promise<string[]> {
  return Promise.all((await index.search(query, filters)).map(async (d) => (await index.fragment(d)).url));
}
