// What pages read: the build's settings (from the integration's virtual module) and the model loaded for them.
import settings from 'virtual:credit-lists/settings';
import { siteContext, type SiteContext } from './context.ts';

export type { SiteContext };
export { settings };

let ctx: SiteContext | undefined;

/** The model of this build (loaded by the integration before rendering; looked up once, asked on every page). */
export function site(): SiteContext {
  return (ctx ??= siteContext(settings));
}
