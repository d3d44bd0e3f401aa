// The example city's release archive, built into a temporary copy of examples/jinan: the city publishes 1.0.0 on top of
// the province's vendored release, so the checklist can be read as a layered repository's officer reads it.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildRelease, writeToDir } from '../../lib/release/build.ts';
import { canonicalJson } from '../../lib/release/canonical.ts';

export const CITY = path.resolve(import.meta.dirname, '..', '..', 'examples', 'jinan');

/** A copy of the city with its first release in releases/ (unsigned: the checklist reads hashes, not signatures). */
export function cityWithRelease(): { root: string; dispose: () => void } {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'city-archive-'));
  const root = path.join(tmp, 'jinan');
  cpSync(CITY, root, { recursive: true });
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'jinan-credit-lists', version: '1.0.0', private: true }));
  const built = buildRelease({ root });
  mkdirSync(path.join(root, 'releases'), { recursive: true });
  writeToDir(path.join(root, 'releases', built.version), built);
  writeFileSync(path.join(root, 'releases', 'index.json'), canonicalJson(built.index));
  return { root, dispose: () => rmSync(tmp, { recursive: true, force: true }) };
}
