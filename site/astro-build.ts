// The build process site/build.ts starts: Astro's programmatic build with the settings given as its one argument
// (JSON), validated here; no environment variables, no config file.
import { build } from 'astro';
import { siteConfig } from './config.ts';
import { SiteSettings } from './src/settings.ts';

const settings = SiteSettings.parse(JSON.parse(process.argv[2] ?? '{}'));
await build({ ...siteConfig(settings), configFile: false });
