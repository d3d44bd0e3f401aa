// What pages read: the build's settings (from the integration's virtual module) and the model loaded for them.
import settings from 'virtual:credit-lists/settings';
import { siteContext, type SiteContext } from './context.ts';

export type { SiteContext };
export { settings };

/** The model of this build (loaded by the integration before rendering). */
export function site(): SiteContext {
  return siteContext(settings);
}
