// “您是不是要写 …”: the code a clerk meant, from a misspelling (edit distance), a Chinese label, a registered
// department's name or a legal basis's title. One place, used by the loader's messages, the rules and the scaffolder.

export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

/** The candidate nearest to `word` by edit distance (ignoring case), if it is near enough to be a misspelling. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > 200) return undefined;
  let best: string | undefined;
  let bestD = Infinity;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const dist = editDistance(w, c.toLowerCase());
    if (dist < bestD) [best, bestD] = [c, dist];
  }
  return best !== undefined && bestD > 0 && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** A name as written in running text: no spaces, no book-title marks, no “中华人民共和国” in front. */
function normalName(s: string): string {
  return s.replace(/[\s\u3000《》〈〉“”"]/g, '').replace(/^中华人民共和国/, '');
}

/**
 * The one candidate a name stands for: the same name, or the only one whose name ends with it (财政厅 → 某省财政厅),
 * or whose name the text ends with. Undefined when none or several fit.
 */
function byName<T>(value: string, candidates: readonly T[], names: (c: T) => (string | undefined)[]): T | undefined {
  const v = normalName(value);
  if (v.length < 2) return undefined;
  const namesOf = (c: T) => names(c).filter((n): n is string => !!n).map(normalName);
  const exact = candidates.filter((c) => namesOf(c).some((n) => n === v || n.toLowerCase() === v.toLowerCase()));
  if (exact.length === 1) return exact[0];
  const partial = candidates.filter((c) => namesOf(c).some((n) => n.endsWith(v) || v.endsWith(n)));
  return partial.length === 1 ? partial[0] : undefined;
}

export interface Department {
  id: string;
  name: string;
  name_en?: string | undefined;
}

export interface BasisTitle {
  id: string;
  title: string;
  title_en?: string | undefined;
}

/** What the repository has registered, for suggestions: its departments and the titles of its legal bases. */
export interface Vocabulary {
  departments: readonly Department[];
  bases: readonly BasisTitle[];
}

export interface Suggestion {
  code: string;
  /** The name it was recognised by, for the message: 某省财政厅. */
  name: string;
  by: 'name' | 'spelling';
}

/** The department meant by a registered name (某省财政厅 → finance) or a misspelt ID (finace → finance). */
export function suggestDepartment(value: string, departments: readonly Department[]): Suggestion | undefined {
  if (departments.some((d) => d.id === value)) return undefined;
  const named = byName(value, departments, (d) => [d.name, d.name_en]);
  if (named) return { code: named.id, name: named.name, by: 'name' };
  const near = closest(value, departments.map((d) => d.id));
  const d = departments.find((x) => x.id === near);
  return d ? { code: d.id, name: d.name, by: 'spelling' } : undefined;
}

/** The legal basis meant by its title (保障农民工工资支付条例 → wage-payment-regulation) or a misspelt ID. */
export function suggestBasis(value: string, bases: readonly BasisTitle[]): Suggestion | undefined {
  if (bases.some((b) => b.id === value)) return undefined;
  const named = byName(value, bases, (b) => [b.title, b.title_en]);
  if (named) return { code: named.id, name: named.title, by: 'name' };
  const near = closest(value, bases.map((b) => b.id));
  const b = bases.find((x) => x.id === near);
  return b ? { code: b.id, name: b.title, by: 'spelling' } : undefined;
}

/**
 * The enumeration value meant by a Chinese or English label (轻微 → minor), a unique part of one (减损权益 →
 * rights_reducing) or a misspelling (finace → finance). `labelOf` gives each allowed value's labels.
 */
export function suggestCode(value: string, allowed: readonly string[], labelOf: (v: string) => { zh: string; en: string } | undefined): Suggestion | undefined {
  if (allowed.includes(value)) return undefined;
  const labelled = allowed.map((code) => ({ code, label: labelOf(code) }));
  const named = byName(value, labelled, (c) => [c.label?.zh, c.label?.en]);
  if (named) return { code: named.code, name: named.label?.zh ?? named.code, by: 'name' };
  const v = value.trim();
  if (v.length >= 2) {
    const containing = labelled.filter((c) => c.label && (c.label.zh.includes(v) || c.label.en.toLowerCase().includes(v.toLowerCase())));
    if (containing.length === 1) return { code: containing[0]!.code, name: containing[0]!.label!.zh, by: 'name' };
  }
  const near = closest(v, allowed);
  return near ? { code: near, name: labelOf(near)?.zh ?? near, by: 'spelling' } : undefined;
}
