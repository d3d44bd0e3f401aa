// For running Astro's own CLI on the site (`npx astro dev --root site`): the default settings (this repository's
// data, today). `npm run build` does not read this file; it calls Astro with the settings it was given (site/build.ts).
import { siteConfig } from './config.ts';
import { resolveSettings } from './src/settings.ts';

export default siteConfig(resolveSettings());
