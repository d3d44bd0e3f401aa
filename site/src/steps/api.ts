// Build step: publish the release archive under /api/v1/ byte for byte — index.json and its signature, allowed_signers,
// every version, latest/ — and the published JSON Schemas.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PUBLISHED_SCHEMA_DIR } from '../../../lib/json-schema.ts';
import { INDEX_FILE } from '../../../lib/release/archive.ts';
import { ALLOWED_SIGNERS, INDEX_SIGNATURE } from '../../../lib/release/signing.ts';
import type { SiteReleases } from '../../../lib/site/releases.ts';

function copyDir(from: string, to: string): number {
  mkdirSync(to, { recursive: true });
  let n = 0;
  for (const name of readdirSync(from)) {
    copyFileSync(path.join(from, name), path.join(to, name));
    n++;
  }
  return n;
}

/** Publish the archive under `<outDir>/api/v1/`: index.json and its signature, allowed_signers, every version, latest/ and the schemas. Returns files written. */
export function publishApi(releases: SiteReleases, schemasDir: string, outDir: string): number {
  const api = path.join(outDir, 'api', 'v1');
  mkdirSync(api, { recursive: true });
  let n = copyDir(path.join(schemasDir, PUBLISHED_SCHEMA_DIR), path.join(api, 'schemas'));
  if (!releases.index) return n;
  for (const name of [INDEX_FILE, INDEX_SIGNATURE, ALLOWED_SIGNERS]) {
    copyFileSync(path.join(releases.dir, name), path.join(api, name)); // all three exist: loadReleases verified the archive
    n++;
  }
  for (const r of releases.releases) n += copyDir(path.join(releases.dir, r.record.version), path.join(api, r.record.version));
  if (releases.latest) n += copyDir(path.join(releases.dir, releases.latest.record.version), path.join(api, 'latest'));
  return n;
}
