// Reading the search index: the search page runs this in the browser, and the tests run the same code in Node
// against the written files. Only fetches what a query needs: `meta.json`, the shards its terms are filed in, the
// index of a filter in use, and the fragment files of the results shown (each file once, however many it serves).
import type { SearchFragment, SearchMeta } from './build.ts';
import { decodePostings, keyOf, queryClauses, runs, SEARCH_FORMAT, shardOf } from './terms.ts';

/** Reads one file of the language's index (`version` is undefined for `meta.json`, which says it). */
export type Load = (file: string, version: string | undefined) => Promise<unknown>;

export interface SearchIndex {
  meta: SearchMeta;
  /** The documents that match every word of the query and every filter, best first (title and ID before text). */
  search(query: string | null, filters?: Readonly<Record<string, string>>): Promise<number[]>;
  fragment(doc: number): Promise<SearchFragment>;
}

export class SearchFormatError extends Error {}

type Postings = Record<string, number[]>;

export async function openSearchIndex(load: Load): Promise<SearchIndex> {
  const meta = (await load('meta.json', undefined)) as SearchMeta;
  if (meta?.format !== SEARCH_FORMAT) throw new SearchFormatError(`search index format ${String(meta?.format)}, this page reads ${SEARCH_FORMAT}`);
  const cache = new Map<string, Promise<unknown>>();
  const get = (file: string) => {
    let p = cache.get(file);
    if (!p) cache.set(file, (p = load(file, meta.version)));
    return p;
  };

  async function matching(term: string, prefix: boolean): Promise<Map<number, number>> {
    const shard = (await get(`t/${shardOf(keyOf(term), meta.shards)}.json`)) as Postings;
    const scores = new Map<number, number>();
    const add = (values: number[], exact: boolean) => {
      for (const p of decodePostings(values)) {
        const score = (p.title ? 3 : 1) * (exact ? 2 : 1);
        if (score > (scores.get(p.doc) ?? 0)) scores.set(p.doc, score);
      }
    };
    if (Object.hasOwn(shard, term)) add(shard[term]!, true);
    if (prefix) for (const [t, values] of Object.entries(shard)) if (t !== term && t.startsWith(term)) add(values, false);
    return scores;
  }

  async function filtered(key: string, value: string): Promise<Set<number>> {
    if (!meta.filters.includes(key)) return new Set();
    const values = (await get(`f/${encodeURIComponent(key)}.json`)) as Postings;
    return new Set(Object.hasOwn(values, value) ? decodePostings(values[value]!).map((p) => p.doc) : []);
  }

  return {
    meta,
    async search(query, filters = {}) {
      const clauses = queryClauses(query ?? '');
      const chosen = Object.entries(filters).filter(([, v]) => v);
      if (!clauses.length && !chosen.length) return [];
      const [scored, sets] = await Promise.all([Promise.all(clauses.map((c) => matching(c.term, c.prefix))), Promise.all(chosen.map(([k, v]) => filtered(k, v)))]);
      let docs: Map<number, number>;
      if (scored.length) {
        const [first, ...rest] = [...scored].sort((a, b) => a.size - b.size);
        docs = new Map();
        for (const [doc, score] of first!) {
          let total = score;
          for (const s of rest) {
            const more = s.get(doc);
            if (more === undefined) {
              total = -1;
              break;
            }
            total += more;
          }
          if (total >= 0) docs.set(doc, total);
        }
      } else {
        const [first, ...rest] = [...sets].sort((a, b) => a.size - b.size);
        docs = new Map([...first!].filter((d) => rest.every((s) => s.has(d))).map((d) => [d, 0]));
      }
      if (scored.length) for (const s of sets) for (const d of docs.keys()) if (!s.has(d)) docs.delete(d);
      return [...docs].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([d]) => d);
    },
    // Results of one group share its file: the cache holds its download, fetched once.
    async fragment(doc) {
      if (!Number.isInteger(doc) || doc < 0 || doc >= meta.docs) throw new RangeError(`no document ${doc} in the search index (${meta.docs} documents)`);
      const group = (await get(`d/${Math.floor(doc / meta.fragmentsPerFile)}.json`)) as SearchFragment[];
      return group[doc % meta.fragmentsPerFile]!;
    },
  };
}

/** A piece of an excerpt: marked where it is what the reader searched for. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** About `width` characters of the text around the first place it holds the query, with the query's words marked. */
export function excerpt(text: string, query: string, width = 90): ExcerptPart[] {
  // The text's parts read as one line: after a closing mark nothing, else the site's separator.
  const flat = text.replace(/\s*\n\s*/g, (_, at: number) => (/[。；！？》）」]/.test(text[at - 1] ?? '') ? '' : ' · '));
  const lower = flat.toLowerCase();
  const words = runs(query).map((r) => r.text).filter((w) => w.length > 0);
  // Offsets hold when lower-casing keeps the length (Han, ASCII); where it does not, nothing is marked.
  const marks: [number, number][] = [];
  if (lower.length === flat.length)
    for (const w of words) for (let i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + w.length)) marks.push([i, i + w.length]);
  marks.sort((a, b) => a[0] - b[0]);
  const start = marks.length ? Math.max(0, Math.min(marks[0]![0] - Math.floor(width / 3), flat.length - width)) : 0;
  const end = Math.min(flat.length, start + width);
  const parts: ExcerptPart[] = [];
  const push = (t: string, mark: boolean) => t && parts.push({ text: t, mark });
  let at = start;
  for (const [a, b] of marks) {
    if (b <= at || a >= end) continue;
    push(flat.slice(at, Math.max(at, a)), false);
    push(flat.slice(Math.max(at, a), Math.min(b, end)), true);
    at = Math.min(b, end);
  }
  push(flat.slice(at, end), false);
  if (start > 0) parts.unshift({ text: '…', mark: false });
  if (end < flat.length) parts.push({ text: '…', mark: false });
  return parts;
}
