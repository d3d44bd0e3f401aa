// upstream:sync — fetch exactly the pinned version of each upper level's release into upstream/<code>/<version>/,
// verified against the pin and the manifest before anything is written.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { UpstreamPin } from '../../schemas/upstream.ts';
import { UPSTREAM_DIR } from '../../schemas/upstream.ts';
import { ARCHIVE } from '../../schemas/lists.ts';
import { writeDirAtomic } from '../atomic.ts';
import { checkListedFile, checkManifest, MANIFEST_FILE, type UpstreamProblem } from './check.ts';
import { readVendored, vendoredDir } from './load.ts';
import { openSource, type Source } from './source.ts';

export interface SyncResult {
  pin: UpstreamPin;
  /** The vendored folder, relative to the repository root. */
  dir: string;
  outcome: 'written' | 'unchanged' | 'refused';
  files: number;
  problems: UpstreamProblem[];
}

/** Fetch and verify one pinned release; write it only when every byte verifies and no copy is there yet. */
export async function syncOne(root: string, pin: UpstreamPin, source: Source = openSource(pin.source, root)): Promise<SyncResult> {
  const dir = vendoredDir(pin);
  const problems: UpstreamProblem[] = [];
  const refused = (files = 0): SyncResult => ({ pin, dir, outcome: 'refused', files, problems });

  if (existsSync(path.join(root, dir))) {
    // Vendored releases are committed and never rewritten: an intact copy is kept, a damaged one is reported.
    const present = readVendored(root, pin);
    if (present.problems.length) {
      problems.push(...present.problems, {
        file: dir,
        zh: `已有的副本未通过校验；请用 git 恢复它（git checkout -- ${dir}），或删除该目录后重新同步`,
        en: `the copy already there does not verify; restore it with git (git checkout -- ${dir}), or delete the folder and sync again`,
      });
      return refused();
    }
    return { pin, dir, outcome: 'unchanged', files: present.files, problems };
  }

  const shown = `${source.shown.replace(/\/$/, '')}/${pin.version}`;
  const manifestBytes = await source.read(pin.version, MANIFEST_FILE);
  if (!manifestBytes) {
    problems.push({ file: `${shown}/${MANIFEST_FILE}`, zh: `来源中没有版本 ${pin.version}`, en: `the source has no version ${pin.version}` });
    return refused();
  }
  const manifest = checkManifest(manifestBytes, pin, shown, problems);
  if (!manifest) return refused();
  const files = new Map<string, Uint8Array>([[MANIFEST_FILE, manifestBytes]]);
  for (const f of manifest.files) {
    const bytes = await source.read(pin.version, f.path);
    if (checkListedFile(f, bytes, shown, problems)) files.set(f.path, bytes!);
  }
  if (problems.length) return refused();
  // A signed release carries its manifest's signature beside it; it travels with the copy (releases before signing have none).
  const signature = await source.read(pin.version, ARCHIVE.manifestSignature);
  if (signature) files.set(ARCHIVE.manifestSignature, signature);
  writeDirAtomic(path.join(root, dir), files);
  return { pin, dir, outcome: 'written', files: files.size, problems };
}

/** Sync every pin, one after the other; one pin's failure does not stop the others. */
export async function syncAll(root: string, pins: readonly UpstreamPin[]): Promise<SyncResult[]> {
  const out: SyncResult[] = [];
  for (const pin of pins) out.push(await syncOne(root, pin));
  return out;
}

export { UPSTREAM_DIR };
