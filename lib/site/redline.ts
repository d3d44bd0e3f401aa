// Word-level redline of an amendment: the words deleted from the version in force and the words the draft inserts,
// marked with <del> and <ins> and announced to screen readers (which do not read those elements out by default).

/** A token of HTML: a tag (kept whole, never marked) or a word of text. */
interface Token {
  text: string;
  tag: boolean;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** HTML as tags and words: Chinese by ICU's word segmenter, Latin words and numbers whole, punctuation alone. */
export function tokens(html: string): Token[] {
  const out: Token[] = [];
  for (const m of html.matchAll(/<[^>]*>|[^<]+/g)) {
    if (m[0].startsWith('<')) out.push({ text: m[0], tag: true });
    else for (const s of segmenter.segment(m[0])) out.push({ text: s.segment, tag: false });
  }
  return out;
}

type Op = { kind: 'same' | 'del' | 'ins'; token: Token };

/** The shortest edit between two token lists (longest common subsequence; amendments are short texts). */
function diff(a: Token[], b: Token[]): Op[] {
  const n = a.length;
  const m = b.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i]!.text === b[j]!.text ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i]!.text === b[j]!.text) {
      ops.push({ kind: 'same', token: a[i]! });
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) ops.push({ kind: 'del', token: a[i++]! });
    else ops.push({ kind: 'ins', token: b[j++]! });
  }
  while (i < n) ops.push({ kind: 'del', token: a[i++]! });
  while (j < m) ops.push({ kind: 'ins', token: b[j++]! });
  return ops;
}

export interface RedlineWords {
  /** Announced before and after a change, visually hidden: ［删除：…］. */
  deleted: [string, string];
  inserted: [string, string];
}

export const REDLINE_WORDS: Record<'zh' | 'en', RedlineWords> = {
  zh: { deleted: ['［删除：', '］'], inserted: ['［增加：', '］'] },
  en: { deleted: ['[deleted: ', ']'], inserted: ['[inserted: ', ']'] },
};

export interface Redline {
  /** The version in force with the deleted words marked. */
  before: string;
  /** The draft with the inserted words marked. */
  after: string;
  changed: boolean;
}

/** Mark the words that differ between two HTML fragments (escaped HTML in, HTML out). Tags are never split or marked. */
export function redline(beforeHtml: string, afterHtml: string, words: RedlineWords): Redline {
  const ops = diff(tokens(beforeHtml), tokens(afterHtml));
  const wrap = (kind: 'del' | 'ins', text: string) => {
    const [open, close] = kind === 'del' ? words.deleted : words.inserted;
    return `<${kind}><span class="visually-hidden">${open}</span>${text}<span class="visually-hidden">${close}</span></${kind}>`;
  };
  const render = (keep: (k: Op['kind']) => boolean, mark: 'del' | 'ins') => {
    let out = '';
    let run = '';
    let runKind: Op['kind'] | undefined;
    const flush = () => {
      if (run) out += runKind && runKind !== 'same' ? wrap(runKind, run) : run;
      run = '';
    };
    for (const op of ops) {
      if (!keep(op.kind)) continue;
      // Tags pass through unmarked: a change never cuts an element in two.
      if (op.token.tag) {
        flush();
        out += op.token.text;
        runKind = undefined;
        continue;
      }
      const kind = op.kind === mark ? op.kind : 'same';
      if (kind !== runKind) flush();
      runKind = kind;
      run += op.token.text;
    }
    flush();
    return out;
  };
  return {
    before: render((k) => k !== 'ins', 'del'),
    after: render((k) => k !== 'del', 'ins'),
    changed: ops.some((o) => o.kind !== 'same' && !o.token.tag),
  };
}
