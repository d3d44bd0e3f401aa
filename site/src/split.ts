// A build split across processes, one per language (site/build.ts starts them): a helper's output folder is merged
// into the primary's before the build steps run on the whole site.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where a helper leaves the pages it wrote (Astro's pathnames), for the primary's sitemap. */
export const HELPER_PAGES = '.split-pages.json';

export function writeHelperPages(out: string, pages: readonly string[]): void {
  writeFileSync(path.join(out, HELPER_PAGES), JSON.stringify(pages));
}

/**
 * Move a helper's output into the primary's: a folder the primary lacks moves whole, a file the primary lacks moves,
 * and a file both wrote (the shared assets, the public folder's files) must be byte for byte the same. Returns the
 * helper's pages.
 */
export function mergeHelperOutput(from: string, into: string): string[] {
  const pages = JSON.parse(readFileSync(path.join(from, HELPER_PAGES), 'utf8')) as string[];
  rmSync(path.join(from, HELPER_PAGES));
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(from, rel))) {
      const src = path.join(from, rel, name);
      const dst = path.join(into, rel, name);
      if (!existsSync(dst)) {
        mkdirSync(path.dirname(dst), { recursive: true });
        renameSync(src, dst);
      } else if (statSync(src).isDirectory()) walk(path.join(rel, name));
      else if (!readFileSync(src).equals(readFileSync(dst))) throw new Error(`the split build's processes wrote different ${path.join(rel, name)}`);
    }
  };
  walk('');
  return pages;
}

/**
 * The primary's word from its parent that every helper finished: listened for from the start (it may come while
 * the primary still renders), awaited once the primary's own pages are written. A failed helper's parent stops the
 * primary instead.
 */
export function listenForMerge(): () => Promise<void> {
  let said = false;
  let wake: (() => void) | undefined;
  const onMessage = (m: unknown) => {
    if (m !== 'merge') return;
    said = true;
    // A message listener keeps the process alive: once told, it goes.
    process.off('message', onMessage);
    wake?.();
  };
  process.on('message', onMessage);
  return () =>
    said
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          // The channel alone does not keep a child alive (exit-with-parent.ts); while waiting on it, it must.
          process.channel?.ref();
          wake = () => {
            process.channel?.unref();
            resolve();
          };
        });
}
