// The comment link of an entry as the site shows it: the entry's channel, and its page's address where the site URL is known.
import { channelFor, commentLink, type CommentLink } from '../../lib/comment-link.ts';
import type { SiteEntry } from '../../lib/site/model.ts';
import { href, paths } from './routes.ts';
import { site } from './store.ts';

export function entryCommentLink(e: SiteEntry): CommentLink {
  const { model, siteUrl } = site();
  const open = e.phase.code === 'consultation_open';
  const pageUrl = siteUrl ? new URL(href('zh', paths.entry(e.list, e.id)), siteUrl).href : undefined;
  return commentLink({ id: e.id, title: e.data.title, ...(pageUrl ? { pageUrl } : {}) }, channelFor(e.data, model.jurisdiction, open), model.jurisdiction.repository_url);
}
