// The search's terms, shared by the build that writes the index and the page that reads it (no Node or DOM APIs).
// Chinese text is indexed by its characters and character pairs, so every word of two characters or more is found
// without a dictionary (a word's pairs are all in any text that holds it); other text by its words of letters and
// digits, found by prefix from three characters on.

/** The version of the files under `search-index/<lang>/`; the page refuses an index of another. */
export const SEARCH_FORMAT = 2;

/** A run of text the index treats as one: Han characters, or a word of other letters and digits. */
export interface Run {
  han: boolean;
  text: string;
}

/** Words are filed under their first three characters, so that a prefix finds them all in one shard. */
const PREFIX_KEY = 3;

const RUNS = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+)/gu;

/** Full-width letters and digits as ASCII, lower case: 'ＭＬ－０００７' finds 'ML-0007'. */
export const normalise = (s: string): string => s.normalize('NFKC').toLowerCase();

export function runs(text: string): Run[] {
  const out: Run[] = [];
  for (const m of normalise(text).matchAll(RUNS)) out.push(m[1] ? { han: true, text: m[1] } : { han: false, text: m[2]! });
  return out;
}

/** Every term of a text, once each: Han characters and pairs, and words. */
export function indexTerms(text: string): Set<string> {
  const terms = new Set<string>();
  for (const r of runs(text)) {
    if (!r.han) {
      terms.add(r.text);
      continue;
    }
    const chars = Array.from(r.text);
    for (let i = 0; i < chars.length; i++) {
      terms.add(chars[i]!);
      if (i + 1 < chars.length) terms.add(chars[i]! + chars[i + 1]!);
    }
  }
  return terms;
}

/** What a query asks for: each clause must match. A word of three characters or more matches every word it begins. */
export interface Clause {
  term: string;
  prefix: boolean;
}

export function queryClauses(query: string): Clause[] {
  const clauses = new Map<string, Clause>();
  for (const r of runs(query)) {
    const chars = Array.from(r.text);
    if (!r.han) clauses.set(r.text, { term: r.text, prefix: chars.length >= PREFIX_KEY });
    else if (chars.length === 1) clauses.set(r.text, { term: r.text, prefix: false });
    else for (let i = 0; i + 1 < chars.length; i++) clauses.set(chars[i]! + chars[i + 1]!, { term: chars[i]! + chars[i + 1]!, prefix: false });
  }
  return [...clauses.values()];
}

/** The key a term is filed under: a Han term itself; a word's first three characters. */
export function keyOf(term: string): string {
  if (/^\p{Script=Han}/u.test(term)) return term;
  const chars = Array.from(term);
  return chars.length > PREFIX_KEY ? chars.slice(0, PREFIX_KEY).join('') : term;
}

/** The shard a key's postings are in (FNV-1a over UTF-16 code units). */
export function shardOf(key: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % shards;
}

/**
 * Postings: the documents holding a term, ascending, each as its distance from the previous one (the first from -1),
 * doubled, plus one where the term is in the document's title or ID. Small numbers, which gzip well.
 */
export function encodePostings(docs: readonly number[], inTitle?: ReadonlySet<number>): number[] {
  let prev = -1;
  return docs.map((d) => {
    const v = (d - prev) * 2 + (inTitle?.has(d) ? 1 : 0);
    prev = d;
    return v;
  });
}

export function decodePostings(values: readonly number[]): { doc: number; title: boolean }[] {
  let prev = -1;
  return values.map((v) => {
    prev += Math.floor(v / 2);
    return { doc: prev, title: v % 2 === 1 };
  });
}
