// Editorial text that gains from structure — the response to comments (意见采纳情况) and notes — is GitHub-flavoured
// Markdown (lists, tables), rendered through a sanitizer that keeps only the elements such text needs.
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/** Paragraphs, lists, tables, emphasis and links (http, https, mailto) only: no headings, images, raw HTML or ids. */
const SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  tagNames: ['p', 'br', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'strong', 'em', 'del', 'code', 'blockquote', 'a'],
  attributes: { a: ['href'], th: ['align'], td: ['align'], ol: ['start'] },
  protocols: { href: ['http', 'https', 'mailto'] },
  clobber: [],
  clobberPrefix: '',
  strip: ['script', 'style'],
};

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize, SCHEMA).use(rehypeStringify);

const cache = new Map<string, string>();

/** Safe HTML of a Markdown text (GFM); raw HTML in the text is dropped, never passed through. */
export function markdownHtml(text: string): string {
  let html = cache.get(text);
  if (html === undefined) cache.set(text, (html = String(processor.processSync(text)).trim()));
  return html;
}

/** The text a Markdown source reads as, for plain-text outputs (the DOCX, a table cell): markup dropped, lines kept. */
export function markdownPlain(text: string): string {
  return markdownHtml(text)
    .replace(/>\s+</g, '><')
    .replace(/<\/(p|li|tr|blockquote)>/g, '\n')
    .replace(/<\/t[hd]>/g, '　')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<li>/g, '· ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e]!)
    .replace(/[ 　]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
