/// <reference types="astro/client" />

// The build's settings, served by the credit-lists integration's Vite plugin (site/src/virtual.ts).
declare module 'virtual:credit-lists/settings' {
  const settings: import('./settings.ts').SiteSettings;
  export default settings;
}
