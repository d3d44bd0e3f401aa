// Where the command line and the site find the archive and the jurisdiction's settings: the repository's releases/
// (or RELEASES_DIR) and its jurisdiction.yaml, read through the jurisdiction model.
import path from 'node:path';
import type { Jurisdiction } from '../../schemas/index.ts';
import { RELEASES_DIR } from '../release/archive.ts';
import { Repository } from '../repository.ts';
import { loadArchive, type Archive } from './archive.ts';

export interface ChecklistSources {
  archive: Archive;
  /** Undefined when jurisdiction.yaml is missing or invalid: the national defaults apply (npm run validate reports why). */
  jurisdiction: Jurisdiction | undefined;
}

export function loadSources(root: string, releasesDir = process.env.RELEASES_DIR ?? path.join(root, RELEASES_DIR)): ChecklistSources {
  return { archive: loadArchive(releasesDir), jurisdiction: new Repository(root).jurisdiction.entry };
}
