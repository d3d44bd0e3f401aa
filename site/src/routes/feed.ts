// The one entrypoint of every injected feed route: the route's feed in the route's language.
import type { APIContext } from 'astro';
import { consultationsFeed, releasesFeed } from '../feeds.ts';
import { routeOf } from '../page-kinds.ts';

const FEEDS = { releases: releasesFeed, consultations: consultationsFeed };

export function GET({ routePattern }: APIContext): Response {
  const { kind, lang } = routeOf(routePattern);
  if (!('feed' in kind.render)) throw new Error(`${routePattern} is not a feed`);
  return FEEDS[kind.render.feed](lang);
}
