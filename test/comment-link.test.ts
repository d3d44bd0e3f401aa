// The one function that builds a citizen's comment link, for each channel.
import { describe, expect, it } from 'vitest';
import { accountFreeChannels, channelFor, commentLink, commentSubject, isExampleAddress, pullRequestUrl, sourceFileUrl } from '../lib/comment-link.ts';
import type { Jurisdiction, Lifecycle } from '../schemas/index.ts';

const target = { id: 'ML-0023', title: '拖欠农民工工资失信联合惩戒对象名单信息（用人单位）', pageUrl: 'https://credit.example.org/catalogue/ML-0023/' };

describe('commentLink', () => {
  it('forge: the issue form, prefilled with the entry, on the repository', () => {
    const l = commentLink(target, { kind: 'forge' }, 'https://github.com/example/lists/');
    expect(l.kind).toBe('forge');
    expect(l.needsForgeAccount).toBe(true);
    const u = new URL(l.href);
    expect(`${u.origin}${u.pathname}`).toBe('https://github.com/example/lists/issues/new');
    expect(Object.fromEntries(u.searchParams)).toEqual({
      template: 'comment.yml',
      title: '[意见] ML-0023 拖欠农民工工资失信联合惩戒对象名单信息（用人单位）',
      entry: 'ML-0023',
      entry_title: '拖欠农民工工资失信联合惩戒对象名单信息（用人单位）',
    });
    expect(l.href).not.toContain('+');
    expect(l.href).toContain('title=%5B%E6%84%8F%E8%A7%81%5D%20ML-0023%20');
  });

  it('e-mail: a mailto with subject and body prefilled, no account needed', () => {
    const l = commentLink(target, { kind: 'email', address: 'consult@credit.example' }, 'https://github.com/example/lists');
    expect(l).toMatchObject({ kind: 'email', needsForgeAccount: false });
    expect(l.href.startsWith('mailto:consult@credit.example?subject=')).toBe(true);
    const q = new URLSearchParams(l.href.slice(l.href.indexOf('?') + 1));
    expect(q.get('subject')).toBe(commentSubject(target));
    const body = q.get('body')!;
    expect(body).toContain('条目编号：ML-0023');
    expect(body).toContain('页面：https://credit.example.org/catalogue/ML-0023/');
    expect(l.href).toContain('%0D%0A');
    expect(l.href).not.toMatch(/[ +]/);
  });

  it('platform: the official platform’s address as configured', () => {
    const l = commentLink(target, { kind: 'platform', url: 'https://yjzj.example.gov.cn/x?id=1' }, 'https://github.com/example/lists');
    expect(l).toEqual({ kind: 'platform', href: 'https://yjzj.example.gov.cn/x?id=1', needsForgeAccount: false });
  });
});

describe('channelFor', () => {
  const jurisdiction = { consultation: { minimum_days: 30, default_channel: { kind: 'forge' } } } as unknown as Jurisdiction;
  const entry: Lifecycle = {
    status: 'consultation',
    consultation: { opens: '2026-11-10', closes: '2026-12-10', channel: { kind: 'email', address: 'a@b.example' } },
    history: [{ date: '2026-11-10', event: 'consultation_opened' }],
  };
  it('uses the consultation’s own channel while it is open, else the jurisdiction’s default', () => {
    expect(channelFor(entry, jurisdiction, true)).toEqual({ kind: 'email', address: 'a@b.example' });
    expect(channelFor(entry, jurisdiction, false)).toEqual({ kind: 'forge' });
  });
});

describe('forge links', () => {
  it('pull requests and data files', () => {
    expect(pullRequestUrl('https://github.com/example/lists/', 12)).toBe('https://github.com/example/lists/pull/12');
    expect(sourceFileUrl('https://github.com/example/lists', 'catalogue/ML-0001.yaml')).toBe('https://github.com/example/lists/blob/HEAD/catalogue/ML-0001.yaml');
  });
});

describe('accountFreeChannels', () => {
  const office = { kind: 'email', address: 'example@example.org' } as const;
  const withContact = (example?: boolean) => ({ contact: { channel: office, ...(example === undefined ? {} : { example }) } }) as unknown as Jurisdiction;
  const without = {} as unknown as Jurisdiction;

  it('a forge consultation gets the credit office’s contact, never the forge', () => {
    expect(accountFreeChannels({ kind: 'forge' }, withContact())).toEqual([office]);
    expect(accountFreeChannels({ kind: 'forge' }, without)).toEqual([]);
  });

  it('a consultation’s own e-mail or platform comes first, the office’s after it, once', () => {
    const own = { kind: 'platform', url: 'https://yjzj.example.gov.cn/x' } as const;
    expect(accountFreeChannels(own, withContact())).toEqual([own, office]);
    expect(accountFreeChannels(office, withContact())).toEqual([office]);
    expect(accountFreeChannels(own, without)).toEqual([own]);
  });

  it('only the office’s address marked example is an example', () => {
    expect(isExampleAddress(office, withContact(true))).toBe(true);
    expect(isExampleAddress(office, withContact(false))).toBe(false);
    expect(isExampleAddress({ kind: 'email', address: 'other@example.org' }, withContact(true))).toBe(false);
  });
});
