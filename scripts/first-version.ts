// After `changeset version`: a repository's first release is 1.0.0 whatever its changeset asked for (RELEASING.md).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../lib/atomic.ts';
import { runMain } from '../lib/cli.ts';
import { firstVersionFix } from '../lib/release/first-version.ts';

await runMain(() => {
  const root = path.join(import.meta.dirname, '..');
  const files = ['package.json', 'package-lock.json', 'CHANGELOG.md'];
  const read = (f: string) => (existsSync(path.join(root, f)) ? readFileSync(path.join(root, f), 'utf8') : undefined);
  const fixed = firstVersionFix({ released: existsSync(path.join(root, 'releases', 'index.json')), packageJson: read('package.json')!, lock: read('package-lock.json'), changelog: read('CHANGELOG.md') });
  if (!fixed) return 0;
  writeFileAtomic(path.join(root, 'package.json'), fixed.packageJson);
  if (fixed.lock !== undefined) writeFileAtomic(path.join(root, 'package-lock.json'), fixed.lock);
  if (fixed.changelog !== undefined) writeFileAtomic(path.join(root, 'CHANGELOG.md'), fixed.changelog);
  process.stdout.write(`首次发布：版本 ${fixed.from} 改为 1.0.0。First release: version ${fixed.from} becomes 1.0.0.\n`);
  return 0;
});
