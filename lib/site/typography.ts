// Checks of public text: Chinese typography (full-width punctuation, no stray spaces) and no internal names,
// over the text nodes of built HTML pages. Verbatim quotations of legal texts are exempt (quoted as published), and so
// are records that may not change (marked data-recorded): history notes (append-only) and what an archived release published.

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose text a reader does not see as prose. */
const SKIPPED = new Set(['script', 'style', 'head', 'code', 'pre', 'template']);

export interface TextNode {
  text: string;
  /** Inside a verbatim quotation of a legal text (blockquote class="article") or a recorded history note (data-recorded). */
  verbatim: boolean;
  /** Inside an element marked lang="en". */
  english: boolean;
}

const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k === 'amp') return '&';
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'quot') return '"';
    if (k === 'apos') return "'";
    if (k === 'nbsp') return '\u00a0';
    return String.fromCodePoint(k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10));
  });

const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'div', 'dl', 'dt', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'li', 'main', 'nav', 'ol', 'p', 'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'br', 'option', 'select', 'button', 'label', 'figure', 'figcaption', 'details', 'summary']);
/** Stands for a verbatim or English part inside a run of Chinese prose: no rule matches across it. */
const HOLE = '\uFFFC';

export interface PageText {
  /** Every visible text node. */
  nodes: TextNode[];
  /** The Chinese prose of the page, one string per block (inline elements joined as they render). */
  runs: string[];
}

/** The visible text of a page: its text nodes, and its prose runs with verbatim quotations and English parts held out. */
export function pageText(html: string): PageText {
  const nodes: TextNode[] = [];
  const runs: string[] = [];
  let run = '';
  const flush = () => {
    if (run.replace(new RegExp(HOLE, 'g'), '').trim()) runs.push(run);
    run = '';
  };
  const stack: { tag: string; verbatim: boolean; skipped: boolean; english: boolean }[] = [];
  const top = () => stack.at(-1) ?? { tag: '', verbatim: false, skipped: false, english: false };
  const re = /<!--[\s\S]*?-->|<!doctype[^>]*>|<\/?([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+/gi;
  for (const m of html.matchAll(re)) {
    const token = m[0];
    if (token.startsWith('<!')) continue;
    if (token.startsWith('<')) {
      const tag = m[1]!.toLowerCase();
      if (BLOCK.has(tag)) flush();
      if (token.startsWith('</')) {
        const at = stack.map((s) => s.tag).lastIndexOf(tag);
        if (at >= 0) stack.length = at;
        continue;
      }
      if (VOID.has(tag) || token.endsWith('/>')) continue;
      // A cell's end tag is optional (the list tables leave it out): the next cell or row closes it, as in HTML.
      if (tag === 'td' || tag === 'th' || tag === 'tr') while (top().tag === 'td' || top().tag === 'th') stack.pop();
      const attrs = m[2] ?? '';
      const parent = top();
      // Code reads as a word of its own in the sentence: nothing matches across it.
      if (tag === 'code' && !parent.skipped) run += HOLE;
      const lang = /\blang="([^"]*)"/.exec(attrs)?.[1];
      stack.push({
        tag,
        verbatim: parent.verbatim || (tag === 'blockquote' && /class="[^"]*\barticle\b/.test(attrs)) || /\sdata-recorded(?:[\s=]|$)/.test(attrs),
        skipped: parent.skipped || SKIPPED.has(tag),
        english: lang ? lang.startsWith('en') : parent.english,
      });
      continue;
    }
    const ctx = top();
    if (ctx.skipped) continue;
    const text = decode(token);
    if (!text.trim()) {
      run += ' ';
      continue;
    }
    nodes.push({ text, verbatim: ctx.verbatim, english: ctx.english });
    run += ctx.verbatim || ctx.english ? HOLE : text;
  }
  flush();
  return { nodes, runs };
}

const RULES: { rule: string; re: RegExp; zh: string }[] = [
  { rule: 'halfwidth-punctuation', re: /\p{Script=Han}\s*[,:;!?()]|[,:;!?()]\s*\p{Script=Han}/gu, zh: '中文中使用了半角标点' },
  { rule: 'space-between-han', re: /\p{Script=Han}\s+\p{Script=Han}/gu, zh: '汉字之间有空格' },
  { rule: 'space-before-fullwidth', re: /\S\s+[，。：；、！？）》」』]/gu, zh: '全角标点前有空格' },
  { rule: 'space-after-fullwidth', re: /[，。：；、！？（《「『]\s+\S/gu, zh: '全角标点后有空格' },
];

/** Chinese typography problems of one text: each with its rule and a short excerpt. */
export function typographyProblems(text: string): { rule: string; excerpt: string }[] {
  const out: { rule: string; excerpt: string }[] = [];
  for (const r of RULES)
    for (const m of text.matchAll(r.re)) out.push({ rule: r.rule, excerpt: text.slice(Math.max(0, m.index - 10), m.index + m[0].length + 10).replace(/\s+/g, '␣') });
  return out;
}

/** Names from inside the repository that a reader should never see: file names, field names, the tooling's words. */
const INTERNAL = /[\w.-]+\.(?:ya?ml|ts|md)\b|\bformatVersion\b|\b[a-z]+(?:_[a-z]+)+\b|\p{Script=Han}\s*history\b|\bhistory\s*\p{Script=Han}|本仓库|数据文件/gu;

export function internalNames(text: string): string[] {
  return [...text.matchAll(INTERNAL)].map((m) => text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 12).replace(/\s+/g, '␣'));
}
