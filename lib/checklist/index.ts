// The case checklist and point-in-time queries over the release archive.
export * from './archive.ts';
export * from './checklist.ts';
export * from './errors.ts';
export * from './settings.ts';
export * from './text.ts';
export * from './html.ts';
export * from './load.ts';
export * from './publish.ts';
