// Atom 1.0 feeds (RFC 4287), written by hand: a feed of entries with ids, dates, links and HTML or text content.

export interface AtomEntry {
  /** A permanent IRI, e.g. a tag: URI. */
  id: string;
  title: string;
  /** RFC 3339 date-time. */
  updated: string;
  href: string;
  summary?: string;
  /** HTML content, escaped into the feed as type="html". */
  html?: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** The feed's own address and the page it mirrors. */
  selfHref: string;
  pageHref: string;
  /** BCP 47 tag for xml:lang. */
  lang: string;
  author: string;
  /** When no entry gives a date (empty feed). */
  fallbackUpdated: string;
  entries: AtomEntry[];
}

/** Escape text for XML content and attribute values. */
export function xmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Midnight of a calendar day in China (UTC+8), as RFC 3339. */
export function chinaDateTime(day: string): string {
  return `${day}T00:00:00+08:00`;
}

/** A tag: URI (RFC 4151) under the host and path of `baseUrl` (the repository): stable as long as they are. */
export function tagUri(baseUrl: string, date: string, specific: string): string {
  const u = new URL(baseUrl);
  const where = u.pathname.replace(/^\/+|\/+$/g, '');
  return `tag:${u.host},${date}:${where ? `${where}/` : ''}${specific}`;
}

export function atomFeed(f: AtomFeed): string {
  const updated = f.entries.map((e) => e.updated).sort().at(-1) ?? f.fallbackUpdated;
  const entries = f.entries.map((e) =>
    [
      '  <entry>',
      `    <id>${xmlEscape(e.id)}</id>`,
      `    <title>${xmlEscape(e.title)}</title>`,
      `    <updated>${e.updated}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(e.href)}"/>`,
      ...(e.summary ? [`    <summary>${xmlEscape(e.summary)}</summary>`] : []),
      ...(e.html ? [`    <content type="html">${xmlEscape(e.html)}</content>`] : []),
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlEscape(f.lang)}">`,
    `  <id>${xmlEscape(f.id)}</id>`,
    `  <title>${xmlEscape(f.title)}</title>`,
    ...(f.subtitle ? [`  <subtitle>${xmlEscape(f.subtitle)}</subtitle>`] : []),
    `  <updated>${updated}</updated>`,
    `  <author><name>${xmlEscape(f.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(f.selfHref)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(f.pageHref)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
