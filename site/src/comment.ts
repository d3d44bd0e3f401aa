// The comment links of an entry as the site shows it: first the ways that need no account (the consultation's own
// e-mail or platform, the credit office's contact), the forge form only as an extra; the page's address where known.
import { accountFreeChannels, channelFor, commentLink, isExampleAddress, type AccountFreeChannel, type CommentLink } from '../../lib/comment-link.ts';
import type { SiteEntry } from '../../lib/site/model.ts';
import { href, paths } from './routes.ts';
import { site } from './store.ts';

export interface CommentWay {
  channel: AccountFreeChannel;
  link: CommentLink;
  /** The credit office's contact, marked as an example address in the configuration. */
  example: boolean;
}

export interface CommentWays {
  /** Ways that need no account, the consultation's own first; empty only where the configuration has none. */
  noAccount: CommentWay[];
  /** The forge's prefilled form, where the consultation's channel is the forge. */
  forge?: CommentLink;
  /** What the button follows: the first way that needs no account, else the forge form. */
  primary: CommentLink;
}

export function entryCommentWays(e: SiteEntry): CommentWays {
  const { model, siteUrl } = site();
  const j = model.jurisdiction;
  const open = e.phase.code === 'consultation_open';
  const pageUrl = siteUrl ? new URL(href('zh', paths.entry(e.list, e.id)), siteUrl).href : undefined;
  const target = { id: e.id, title: e.data.title, ...(pageUrl ? { pageUrl } : {}) };
  const channel = channelFor(e.data, j, open);
  const noAccount = accountFreeChannels(channel, j).map((c) => ({ channel: c, link: commentLink(target, c, j.repository_url), example: isExampleAddress(c, j) }));
  const forge = channel.kind === 'forge' ? commentLink(target, channel, j.repository_url) : undefined;
  return { noAccount, ...(forge ? { forge } : {}), primary: noAccount[0]?.link ?? forge! };
}

/** The link the comment button follows. */
export function entryCommentLink(e: SiteEntry): CommentLink {
  return entryCommentWays(e).primary;
}
