// Writing the search index of one language: the documents' terms in shards, each filter's values, and each
// document's fragment (what a result shows), a few consecutive documents a file. Pure: returns the files, which the
// site's build step writes.
import { createHash } from 'node:crypto';
import { encodePostings, indexTerms, keyOf, SEARCH_FORMAT, shardOf } from './terms.ts';

/** One thing a reader can find: an entry, a legal instrument, a department, a page. */
export interface SearchDoc {
  /** Site-relative (`/catalogue/ML-0001/`): the search page puts the base path in front. */
  url: string;
  title: string;
  id?: string;
  /** Everything searched besides the title and ID (content, what it is, its bases' names). */
  text: string;
  filters: Record<string, readonly string[]>;
}

/** `meta.json`: what the page reads first. */
export interface SearchMeta {
  format: number;
  /** Changes whenever any file does; the page asks for `file?v=version`, so a cache never mixes two builds. */
  version: string;
  docs: number;
  shards: number;
  filters: string[];
  /** Documents a fragment file: `d/<k>.json` holds those numbered k × fragmentsPerFile onwards. */
  fragmentsPerFile: number;
}

/** What a result shows: element `doc % fragmentsPerFile` of `d/<floor(doc / fragmentsPerFile)>.json`. */
export interface SearchFragment {
  url: string;
  title: string;
  id?: string;
  text: string;
}

/** About this many bytes of postings a shard (before gzip): a query of one word downloads one shard of ~4 KB gzipped. */
export const SHARD_BYTES = 16_384;

/**
 * Fragments a file: the build writes 16× fewer files than one a document (10,000 small writes were about half the
 * step's time), while ten results shown fetch at most ten files of ~16 fragments each.
 */
export const FRAGMENTS_PER_FILE = 16;

export interface BuiltIndex {
  meta: SearchMeta;
  /** Path under the language's folder → contents. */
  files: Map<string, string>;
}

export function buildSearchIndex(docs: readonly SearchDoc[], shardBytes = SHARD_BYTES, fragmentsPerFile = FRAGMENTS_PER_FILE): BuiltIndex {
  if (!Number.isInteger(fragmentsPerFile) || fragmentsPerFile < 1) throw new RangeError(`fragmentsPerFile must be a whole number of 1 or more, not ${fragmentsPerFile}`);
  const postings = new Map<string, number[]>();
  const titled = new Map<string, Set<number>>();
  docs.forEach((d, n) => {
    const inTitle = indexTerms([d.title, d.id].filter(Boolean).join('\n'));
    for (const term of new Set([...inTitle, ...indexTerms(d.text)])) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(n);
      if (inTitle.has(term)) {
        let t = titled.get(term);
        if (!t) titled.set(term, (t = new Set()));
        t.add(n);
      }
    }
  });
  const encoded = new Map([...postings].map(([term, list]) => [term, encodePostings(list, titled.get(term))]));
  let size = 0;
  for (const [term, list] of encoded) size += term.length * 3 + 6 + list.join(',').length;
  let shards = 1;
  while (shards < 4096 && size / shards > shardBytes) shards *= 2;

  const byShard: Record<string, number[]>[] = Array.from({ length: shards }, () => ({}));
  for (const term of [...encoded.keys()].sort()) byShard[shardOf(keyOf(term), shards)]![term] = encoded.get(term)!;

  const files = new Map<string, string>();
  byShard.forEach((terms, i) => files.set(`t/${i}.json`, JSON.stringify(terms)));
  const filterKeys = [...new Set(docs.flatMap((d) => Object.keys(d.filters)))].sort();
  for (const key of filterKeys) {
    const values = new Map<string, number[]>();
    docs.forEach((d, n) => {
      for (const v of new Set(d.filters[key] ?? [])) {
        let list = values.get(v);
        if (!list) values.set(v, (list = []));
        list.push(n);
      }
    });
    files.set(`f/${encodeURIComponent(key)}.json`, JSON.stringify(Object.fromEntries([...values].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([v, list]) => [v, encodePostings(list)]))));
  }
  for (let first = 0; first < docs.length; first += fragmentsPerFile) {
    const group = docs.slice(first, first + fragmentsPerFile).map((d): SearchFragment => ({ url: d.url, title: d.title, ...(d.id ? { id: d.id } : {}), text: d.text }));
    files.set(`d/${first / fragmentsPerFile}.json`, JSON.stringify(group));
  }
  const hash = createHash('sha256');
  for (const [file, body] of files) hash.update(file).update('\0').update(body).update('\0');
  const meta: SearchMeta = { format: SEARCH_FORMAT, version: hash.digest('hex').slice(0, 12), docs: docs.length, shards, filters: filterKeys, fragmentsPerFile };
  files.set('meta.json', JSON.stringify(meta));
  return { meta, files };
}
