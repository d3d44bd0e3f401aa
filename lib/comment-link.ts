// The one place that turns an entry and its consultation channel into the link a citizen follows to comment.
// Forge: the repository's issue form, prefilled; e-mail: a mailto with subject and body; platform: the official site.
import type { z } from 'zod';
import type { Channel, Jurisdiction, Lifecycle } from '../schemas/index.ts';

export type CommentChannel = z.infer<typeof Channel>;

export interface CommentTarget {
  id: string;
  title: string;
  /** Absolute URL of the entry's page, quoted in an e-mail body so the office knows what is meant. */
  pageUrl?: string;
}

export interface CommentLink {
  kind: CommentChannel['kind'];
  href: string;
  /** Whether following the link needs an account on the forge. */
  needsForgeAccount: boolean;
}

/** The issue-form template of the forge; its field ids are `entry` and `entry_title`. */
export const COMMENT_TEMPLATE = 'comment.yml';

/** The channel for comments on an entry: its own open consultation's channel, else the jurisdiction's default. */
export function channelFor(entry: Lifecycle, jurisdiction: Jurisdiction, consultationOpen: boolean): CommentChannel {
  return consultationOpen && entry.consultation ? entry.consultation.channel : jurisdiction.consultation.default_channel;
}

export type AccountFreeChannel = Exclude<CommentChannel, { kind: 'forge' }>;

/**
 * The ways to comment that need no account: the consultation's own channel where it is e-mail or a platform, then the
 * credit office's contact (jurisdiction.yaml contact) where it differs. Empty only where neither exists.
 */
export function accountFreeChannels(channel: CommentChannel, jurisdiction: Jurisdiction): AccountFreeChannel[] {
  const out: AccountFreeChannel[] = channel.kind === 'forge' ? [] : [channel];
  const office = jurisdiction.contact?.channel;
  if (office && !out.some((c) => channelAddress(c) === channelAddress(office))) out.push(office);
  return out;
}

/** The address a channel prints: the e-mail address or the platform's URL. */
export function channelAddress(c: AccountFreeChannel): string {
  return c.kind === 'email' ? c.address : c.url;
}

/** Whether a channel is the credit office's contact marked as an example address (jurisdiction.yaml contact.example). */
export function isExampleAddress(c: AccountFreeChannel, jurisdiction: Jurisdiction): boolean {
  const office = jurisdiction.contact;
  return office?.example === true && channelAddress(office.channel) === channelAddress(c);
}

/** Subject line shared by every channel: “[意见] ML-0001 title”. */
export function commentSubject(t: CommentTarget): string {
  return `[意见] ${t.id} ${t.title}`;
}

function mailBody(t: CommentTarget): string {
  return [
    `条目编号：${t.id}`,
    `条目名称：${t.title}`,
    ...(t.pageUrl ? [`页面：${t.pageUrl}`] : []),
    '',
    '意见：',
    '',
    '理由或依据：',
    '',
    '联系方式（可选）：',
    '',
  ].join('\n');
}

/** Build the comment link for an entry through a channel. */
export function commentLink(t: CommentTarget, channel: CommentChannel, repositoryUrl: string): CommentLink {
  switch (channel.kind) {
    case 'forge': {
      const base = repositoryUrl.replace(/\/+$/, '');
      const q = new URLSearchParams({ template: COMMENT_TEMPLATE, title: commentSubject(t), entry: t.id, entry_title: t.title });
      // URLSearchParams writes spaces as “+”; forms decode both, but %20 survives every forge and mail client alike.
      return { kind: 'forge', href: `${base}/issues/new?${q.toString().replace(/\+/g, '%20')}`, needsForgeAccount: true };
    }
    case 'email': {
      // RFC 6068: percent-encode subject and body; line breaks as %0D%0A.
      const enc = (s: string) => encodeURIComponent(s).replace(/%0A/g, '%0D%0A');
      return {
        kind: 'email',
        href: `mailto:${channel.address}?subject=${enc(commentSubject(t))}&body=${enc(mailBody(t))}`,
        needsForgeAccount: false,
      };
    }
    case 'platform':
      return { kind: 'platform', href: channel.url, needsForgeAccount: false };
  }
}

/** The page of a pull request on the forge: `<repository_url>/pull/<n>`. */
export function pullRequestUrl(repositoryUrl: string, n: number): string {
  return `${repositoryUrl.replace(/\/+$/, '')}/pull/${n}`;
}

/** A data file on the forge, at the default branch. */
export function sourceFileUrl(repositoryUrl: string, file: string): string {
  return `${repositoryUrl.replace(/\/+$/, '')}/blob/HEAD/${file.split('/').map(encodeURIComponent).join('/')}`;
}
