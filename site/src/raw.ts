// HTML the site escaped itself (present.ts, fields.ts), inserted into a template as is, with the marker Astro's own
// set:html uses. The pages rendered most often (entries, lists, the frame) use these instead of `<Fragment set:html>`
// and small components (Zh, PullRequestLink), each a component render Astro awaits; an entry page had about fifty.
import { markHTMLString } from 'astro/runtime/server/index.js';
import { pullRequestUrl } from '../../lib/comment-link.ts';
import { t } from './i18n.ts';
import { esc, txt } from './present.ts';
import type { Lang } from './routes.ts';

/** Already-escaped HTML, written into the page unchanged. */
export function raw(html: string): unknown {
  return markHTMLString(html);
}

/** Text from the data, escaped, marked lang="zh-CN" on English pages where it is Chinese (what Zh.astro renders). */
export function zh(lang: Lang, text: string | number | undefined): unknown {
  return raw(text === undefined ? '' : txt(String(text), lang));
}

/** “ · 合并请求 #12”, linking to the pull request on the forge, when a record names one (empty otherwise). */
export function pullRequestHtml(lang: Lang, repo: string, n: number | undefined): string {
  return n === undefined ? '' : ` · <a href="${esc(pullRequestUrl(repo, n))}">${esc(t(lang, 'pullRequest'))} #${n}</a>`;
}
