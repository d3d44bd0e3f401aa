// What the checklist page's script imports: the pure part of the library only (no Node modules).
export * from './archive.ts';
export * from './checklist.ts';
export * from './errors.ts';
export * from './html.ts';
